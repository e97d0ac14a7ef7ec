-- office-siblings: the other offices of the same subject as some office facts (`Disney | lead director` for
--          `Disney | chair`): a holder named in one may have left another (`office-moves`), so they reconcile again.
-- Inputs:  $1 fact ids (jsonb array of text).
-- Outputs: rows (id) of the sibling office facts, roots only, by id.
SELECT DISTINCT coalesce(o.merged_into, o.id) AS id
FROM facts f
JOIN facts o ON o.subject_tokens @> f.subject_tokens AND o.subject_tokens <@ f.subject_tokens
  AND o.kind = 'person' AND o.predicate_key <> f.predicate_key AND o.predicate_key <> 'role' AND o.predicate_key NOT LIKE 'role %'
WHERE f.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
  AND f.kind = 'person' AND f.predicate_key <> 'role' AND f.predicate_key NOT LIKE 'role %'
ORDER BY id;

-- office-moves: for some office facts (person facts other than a person's own `role` or `role <post>`), the days an article named one
--          of the people they hold in another office of the same subject (`endByOfficeMoves`), and did not name them
--          in this one: "Disney chair Susan Arnold" (2022) for `Disney | lead director`.
-- Inputs:  $1 fact ids (jsonb array of text), roots.
-- Outputs: rows (fact_id, holder, day, role): one per fact, holder, day and role given there. Claims a reviewer rejected, earlier values
--          ("former CEO") and articles with no date count for nothing.
SELECT f.id AS fact_id, c.value->>'name' AS holder, a.published::text AS day, c.value->>'role' AS role
FROM facts f
JOIN facts o ON o.subject_tokens @> f.subject_tokens AND o.subject_tokens <@ f.subject_tokens
  AND o.kind = 'person' AND o.predicate_key <> f.predicate_key AND o.predicate_key <> 'role' AND o.predicate_key NOT LIKE 'role %'
JOIN claims c ON c.fact_id = o.id AND c.kind = 'person' AND c.status <> 'rejected' AND NOT coalesce(c.stated_earlier, false)
JOIN articles a ON a.id = c.article_id AND a.published IS NOT NULL
WHERE f.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
  AND f.kind = 'person' AND f.predicate_key <> 'role' AND f.predicate_key NOT LIKE 'role %'
  AND NOT EXISTS (
    SELECT 1 FROM claims s JOIN facts sf ON sf.id = s.fact_id
    WHERE s.article_id = c.article_id AND (sf.id = f.id OR sf.merged_into = f.id) AND s.value->>'name' = c.value->>'name'
  )
GROUP BY f.id, c.value->>'name', a.published, c.value->>'role'
ORDER BY f.id, holder, day, role;

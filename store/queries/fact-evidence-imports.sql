-- fact-evidence-imports: every imported claim that counts for some facts (see fact-evidence-claims).
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (root_id, id, fact_id, object, attribute, value, observed_at, status, source_name,
--          corrected_value), by root then claim id.
WITH roots AS (SELECT jsonb_array_elements_text($1::jsonb) AS id),
members AS (
  SELECT f.id AS fact_id, f.id AS root_id FROM facts f WHERE f.id IN (SELECT id FROM roots)
  UNION ALL
  SELECT f.id, f.merged_into FROM facts f WHERE f.merged_into IN (SELECT id FROM roots)
)
SELECT m.root_id, i.id, i.fact_id, i.object, i.attribute, i.value, i.observed_at, i.status, s.name AS source_name,
       (SELECT r.value FROM reviews r
         WHERE r.target_kind = 'claim' AND r.target_id = i.id AND r.action = 'correct'
           AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws = r.id)
         ORDER BY r.created_at DESC, r.id DESC LIMIT 1) AS corrected_value
FROM members m
JOIN imported_claims i ON i.fact_id = m.fact_id
JOIN sources s ON s.id = i.source_id
ORDER BY m.root_id, i.id;

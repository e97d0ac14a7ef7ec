-- facts-attested: which of some facts have claims (their own, or of facts merged into them) in articles of
--          one story: a generic subject of that story may resolve into them.
-- Inputs:  $1 jsonb array of fact ids, $2 story id (the root).
-- Outputs: rows (id) of the attested facts.
WITH wanted AS (SELECT jsonb_array_elements_text($1::jsonb) AS id),
members AS (
  SELECT f.id AS fact_id, f.id AS root_id FROM facts f WHERE f.id IN (SELECT id FROM wanted)
  UNION ALL
  SELECT f.id, f.merged_into FROM facts f WHERE f.merged_into IN (SELECT id FROM wanted)
)
SELECT DISTINCT m.root_id AS id
FROM members m
JOIN claims c ON c.fact_id = m.fact_id
JOIN article_stories a ON a.article_id = c.article_id
JOIN stories s ON s.id = a.story_id
WHERE COALESCE(s.merged_into, s.id) = $2;

-- facts-attested: which of some facts have claims (their own, or of facts merged into them) in articles of
--          one story: a generic subject of that story may resolve into them.
-- Inputs:  $1 jsonb array of fact ids, $2 story id (the root).
-- Outputs: rows (id) of the attested facts.
-- The ids are an array (= ANY) where facts are looked up: the planner takes a set-returning function for 100
-- rows and hashed a sequential scan of all facts, twice, growing with the store (issue 13), where the array
-- probes facts_pkey and facts_merged_into_idx.
WITH wanted AS (SELECT ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) AS ids),
members AS (
  SELECT f.id AS fact_id, f.id AS root_id FROM wanted w JOIN facts f ON f.id = ANY (w.ids)
  UNION ALL
  SELECT f.id, f.merged_into FROM wanted w JOIN facts f ON f.merged_into = ANY (w.ids)
)
SELECT DISTINCT m.root_id AS id
FROM members m
JOIN claims c ON c.fact_id = m.fact_id
JOIN article_stories a ON a.article_id = c.article_id
JOIN stories s ON s.id = a.story_id
WHERE COALESCE(s.merged_into, s.id) = $2;

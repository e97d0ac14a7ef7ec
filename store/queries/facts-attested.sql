-- facts-attested: which of some facts have claims (their own, or of facts merged into them) in articles of
--          one story: a generic subject of that story may resolve into them.
-- Inputs:  $1 jsonb array of fact ids, $2 story id (the root).
-- Outputs: rows (id) of the attested facts.
-- The ids are an array (= ANY) where facts are looked up: the planner takes a set-returning function for 100
-- rows and hashed a sequential scan of all facts, twice, growing with the store (issue 13), where the array
-- probes facts_pkey and facts_merged_into_idx. The story's articles are found from its stories (the root and
-- those merged into it, by key: article_stories_story_idx) and their claims by article: as joins, PGlite (no
-- statistics) hashed every story and every article's signature for each call.
WITH wanted AS (SELECT ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) AS ids),
members AS (
  SELECT f.id AS fact_id, f.id AS root_id FROM wanted w JOIN facts f ON f.id = ANY (w.ids)
  UNION ALL
  SELECT f.id, f.merged_into FROM wanted w JOIN facts f ON f.merged_into = ANY (w.ids)
),
-- COALESCE(merged_into, id) = $2, as two index lookups.
story AS (
  SELECT id FROM stories WHERE merged_into = $2
  UNION
  SELECT id FROM stories WHERE id = $2 AND merged_into IS NULL
),
story_claims AS MATERIALIZED (
  SELECT c.fact_id
  FROM story s
  CROSS JOIN LATERAL (SELECT a.article_id FROM article_stories a WHERE a.story_id = s.id OFFSET 0) a
  CROSS JOIN LATERAL (SELECT cl.fact_id FROM claims cl WHERE cl.article_id = a.article_id OFFSET 0) c
)
SELECT DISTINCT m.root_id AS id
FROM members m
WHERE m.fact_id IN (SELECT fact_id FROM story_claims);

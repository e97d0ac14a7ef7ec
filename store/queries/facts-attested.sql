-- facts-attested: which of some facts have claims (their own, or of facts merged into them) in articles of
--          one story: a generic subject of that story may resolve into them.
-- Inputs:  $1 jsonb array of fact ids, $2 story id (the root).
-- Outputs: rows (id) of the attested facts.
-- Read from the smaller side. A story of at most 64 stories merged into its root is read whole: its articles,
-- their claims, the facts those name (the story's stories by key, article_stories_story_idx, and their claims by
-- article). A larger one is tested from each fact instead, its members' claims one after the other until one is
-- in an article of the story (claims by fact, each article's story by key), so a fact the story reports is found
-- at its first such claim: the generated stream's recurring cast chains one story of 4,600 articles, and reading
-- all of its claims took 330 ms a call at 52,000 articles, 1.6 ms this way (issue 13). Either side gives the same
-- rows. Every read is a lookup by key (lateral, OFFSET 0): PGlite (no statistics) otherwise hashed every story and
-- every article's signature for each call. The ids are an array (= ANY) where facts are looked up: the planner
-- takes a set-returning function for 100 rows and hashed a sequential scan of all facts (issue 13).
WITH wanted AS (SELECT ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) AS ids),
-- COALESCE(merged_into, id) = $2, as two index lookups.
story AS (
  SELECT id FROM stories WHERE merged_into = $2
  UNION
  SELECT id FROM stories WHERE id = $2 AND merged_into IS NULL
),
large AS MATERIALIZED (SELECT count(*) > 64 AS large FROM (SELECT 1 FROM stories WHERE merged_into = $2 LIMIT 65) s),
members AS (
  SELECT f.id AS fact_id, f.id AS root_id FROM wanted w JOIN facts f ON f.id = ANY (w.ids)
  UNION ALL
  SELECT f.id, f.merged_into FROM wanted w JOIN facts f ON f.merged_into = ANY (w.ids)
),
story_claims AS MATERIALIZED (
  SELECT c.fact_id
  FROM story s
  CROSS JOIN LATERAL (SELECT a.article_id FROM article_stories a WHERE a.story_id = s.id OFFSET 0) a
  CROSS JOIN LATERAL (SELECT cl.fact_id FROM claims cl WHERE cl.article_id = a.article_id OFFSET 0) c
)
SELECT DISTINCT m.root_id AS id
FROM members m
WHERE NOT (SELECT large FROM large) AND m.fact_id IN (SELECT fact_id FROM story_claims)
UNION
SELECT f.id
FROM wanted w JOIN facts f ON f.id = ANY (w.ids)
WHERE (SELECT large FROM large) AND EXISTS (
  SELECT 1
  FROM (SELECT f.id AS fact_id UNION ALL SELECT g.id FROM facts g WHERE g.merged_into = f.id) m
  CROSS JOIN LATERAL (SELECT cl.article_id FROM claims cl WHERE cl.fact_id = m.fact_id OFFSET 0) c
  CROSS JOIN LATERAL (SELECT a.story_id FROM article_stories a WHERE a.article_id = c.article_id OFFSET 0) a
  CROSS JOIN LATERAL (SELECT 1 FROM stories s WHERE s.id = a.story_id AND (s.merged_into = $2 OR (s.id = $2 AND s.merged_into IS NULL)) OFFSET 0) s
);

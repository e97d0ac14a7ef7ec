-- story-candidates: the articles that may belong to one story with a new article: those sharing at least
--          one of its entity keys (nearest in publish date first, at most $4), and its near-duplicates (same
--          cluster), which always belong with it.
-- Inputs:  $1 entity keys (text[]), $2 the new article's id (excluded), $3 its publish date (nullable), $4 limit.
-- Outputs: rows (article_id, story_id: the root story now, published, entities, terms, same_cluster).
WITH mine AS (SELECT COALESCE(cluster_id, id) AS cluster FROM articles WHERE id = $2),
shared AS (
  SELECT a.article_id FROM article_stories a
  WHERE a.entity_keys && $1::text[] AND a.article_id <> $2
  ORDER BY CASE WHEN $3::date IS NULL OR a.published IS NULL THEN 0 ELSE abs(a.published - $3::date) END, a.article_id
  LIMIT $4
),
copies AS (
  SELECT ar.id AS article_id FROM articles ar, mine
  WHERE ar.id <> $2 AND COALESCE(ar.cluster_id, ar.id) = mine.cluster
)
SELECT a.article_id, COALESCE(s.merged_into, s.id) AS story_id, a.published, a.entities, a.terms,
       (a.article_id IN (SELECT article_id FROM copies)) AS same_cluster
FROM article_stories a JOIN stories s ON s.id = a.story_id
WHERE a.article_id IN (SELECT article_id FROM shared UNION SELECT article_id FROM copies)
ORDER BY a.article_id;

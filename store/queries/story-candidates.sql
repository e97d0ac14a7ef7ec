-- story-candidates: the articles that may belong to one story with a new article: those sharing at least
--          one of its entity keys, nearest in publish date first, at most $4.
-- Inputs:  $1 entity keys (text[]), $2 the new article's id (excluded), $3 its publish date (nullable), $4 limit.
-- Outputs: rows (article_id, story_id: the root story now, published, entities, terms).
SELECT a.article_id, COALESCE(s.merged_into, s.id) AS story_id, a.published, a.entities, a.terms
FROM article_stories a JOIN stories s ON s.id = a.story_id
WHERE a.entity_keys && $1::text[] AND a.article_id <> $2
ORDER BY CASE WHEN $3::date IS NULL OR a.published IS NULL THEN 0 ELSE abs(a.published - $3::date) END, a.article_id
LIMIT $4;

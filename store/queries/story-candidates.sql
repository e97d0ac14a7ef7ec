-- story-candidates: the articles that may belong to one story with a new article: the $4 nearest in publish
--          date of those sharing at least one of its entity keys, and its near-duplicates (same cluster), which
--          always belong with it.
--          Nearest first, in one total order: by distance in days (an undated article is at 0); then, at
--          equal distance, undated before dated and the earlier date first; within one date, descending
--          article id on and before the new article's date, ascending after it. An undated new article
--          takes the undated ones first, then the latest (descending date, then article id).
--          That order is the one the index article_story_keys (key, published, article_id) yields for each
--          key read forwards after the date (and among the undated) and backwards before it, so the $4
--          nearest overall are among the $4 nearest of some key on some side (story_key_neighbours, 0028):
--          each key costs at most three range scans of $4 rows, whatever the number of articles sharing it.
--          Of those nearest, only the ones whose signature lists at least $5 of the keys come back (and every
--          near-duplicate): storyLink needs MIN_SHARED_NAMES distinct shared names, and counts no more than the
--          entities listed with a shared key, so the others can never link; which articles are the nearest is
--          decided before, so the stories formed are the same (issue 13: the recurring cast made 140 rows a call
--          at 10,000 articles, most sharing one name).
--          That test is made first on the nearest rows themselves: one of the $4 nearest overall is among the $4
--          nearest of every key it has (fewer than $4 articles come before it on its side for any of them), so
--          story_key_neighbours returns it once for each of the keys it shares, and an article listed for fewer
--          than $5 keys cannot list $5 of them (a signature's entity keys are distinct; article_story_keys holds
--          every key of its current signature and may hold older ones, so the count is an upper bound and the
--          signature's own test below still decides). Only those read their signature: at 52,000 generated
--          articles 400 signatures a call were read to keep about 50 (issue 13).
-- Inputs:  $1 entity keys (text[]), $2 the new article's id (excluded), $3 its publish date (nullable), $4 limit,
--          $5 the fewest of the keys a candidate's entities must list (integer; 1 or less keeps every one).
-- Outputs: rows (article_id, story_id: the root story now, published, entities, terms, marks (null: stored
--          before 0042), same_cluster).
WITH mine AS (SELECT COALESCE(cluster_id, id) AS cluster FROM articles WHERE id = $2),
near AS (SELECT article_id, published FROM story_key_neighbours($1::text[], $2, $3::date, $4)),
shared AS (
  SELECT d.article_id, d.keys FROM (SELECT article_id, published, count(*) AS keys FROM near GROUP BY article_id, published) d
  ORDER BY CASE WHEN $3::date IS NULL OR d.published IS NULL THEN 0 ELSE abs(d.published - $3::date) END,
           CASE WHEN $3::date IS NOT NULL THEN d.published END ASC NULLS FIRST,
           CASE WHEN $3::date IS NULL THEN d.published END DESC NULLS FIRST,
           CASE WHEN $3::date IS NULL OR d.published <= $3::date THEN d.article_id END DESC,
           d.article_id
  LIMIT $4
),
-- COALESCE(cluster_id, id) = cluster, as two index lookups (a scan of every article otherwise).
copies AS (
  SELECT ar.id AS article_id FROM articles ar, mine WHERE ar.cluster_id = mine.cluster AND ar.id <> $2
  UNION
  SELECT ar.id FROM articles ar, mine WHERE ar.id = mine.cluster AND ar.cluster_id IS NULL AND ar.id <> $2
)
SELECT a.article_id, COALESCE(s.merged_into, s.id) AS story_id, a.published, a.entities, a.terms, a.marks,
       (a.article_id IN (SELECT article_id FROM copies)) AS same_cluster
FROM article_stories a JOIN stories s ON s.id = a.story_id
WHERE a.article_id IN (SELECT article_id FROM shared WHERE keys >= $5::int UNION SELECT article_id FROM copies)
  AND ($5::int <= 1
       OR (SELECT count(*) FROM jsonb_array_elements(a.entities) e WHERE e->>'key' = ANY ($1::text[])) >= $5::int
       OR a.article_id IN (SELECT article_id FROM copies))
ORDER BY a.article_id;

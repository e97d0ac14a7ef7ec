-- stories-list: every story (merged stories under the one they merged into) with its articles and the
--          number of facts its articles' claims count for, most recent story first.
-- Inputs:  $1 limit, $2 a story id to list alone (nullable; a story merged into another lists that one).
-- Outputs: rows (story_id, articles: jsonb array of {id, doc, title, published} oldest first, facts, first, last).
-- The facts are counted for the stories listed only, each from its own articles' claims (claims_article_idx): a
-- count correlated with a scan of every story's members cost O(stories x articles), minutes for 1,800 stories of
-- 10,000 articles on PGlite.
WITH members AS (
  SELECT COALESCE(s.merged_into, s.id) AS story_id, a.article_id
  FROM article_stories a JOIN stories s ON s.id = a.story_id
), listed AS (
  SELECT m.story_id,
         jsonb_agg(jsonb_build_object('id', ar.id, 'doc', ar.doc, 'title', ar.title, 'published', ar.published)
                   ORDER BY ar.published NULLS FIRST, ar.doc) AS articles,
         array_agg(ar.id) AS article_ids,
         min(ar.published) AS first, max(ar.published) AS last
  FROM members m JOIN articles ar ON ar.id = m.article_id
  WHERE $2::text IS NULL OR m.story_id = (SELECT COALESCE(merged_into, id) FROM stories WHERE id = $2::text)
  GROUP BY m.story_id
  ORDER BY max(ar.published) DESC NULLS LAST, m.story_id
  LIMIT $1
)
SELECT l.story_id, l.articles,
       (SELECT count(DISTINCT COALESCE(f.merged_into, f.id))
          FROM claims c JOIN facts f ON f.id = c.fact_id
         WHERE c.article_id = ANY (l.article_ids)) AS facts,
       l.first, l.last
FROM listed l
ORDER BY l.last DESC NULLS LAST, l.story_id;

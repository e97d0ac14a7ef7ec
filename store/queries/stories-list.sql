-- stories-list: every story (merged stories under the one they merged into) with its articles and the
--          number of facts its articles' claims count for, most recent story first.
-- Inputs:  $1 limit, $2 a story id to list alone (nullable; a story merged into another lists that one).
-- Outputs: rows (story_id, articles: jsonb array of {id, doc, title, published} oldest first, facts, first, last).
WITH members AS (
  SELECT COALESCE(s.merged_into, s.id) AS story_id, a.article_id
  FROM article_stories a JOIN stories s ON s.id = a.story_id
)
SELECT m.story_id,
       jsonb_agg(jsonb_build_object('id', ar.id, 'doc', ar.doc, 'title', ar.title, 'published', ar.published)
                 ORDER BY ar.published NULLS FIRST, ar.doc) AS articles,
       (SELECT count(DISTINCT COALESCE(f.merged_into, f.id))
          FROM members mm JOIN claims c ON c.article_id = mm.article_id JOIN facts f ON f.id = c.fact_id
         WHERE mm.story_id = m.story_id) AS facts,
       min(ar.published) AS first, max(ar.published) AS last
FROM members m JOIN articles ar ON ar.id = m.article_id
WHERE $2::text IS NULL OR m.story_id = (SELECT COALESCE(merged_into, id) FROM stories WHERE id = $2::text)
GROUP BY m.story_id
ORDER BY max(ar.published) DESC NULLS LAST, m.story_id
LIMIT $1;

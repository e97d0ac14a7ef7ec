-- articles-summary: articles without their text, with their outlet, how many claims each has and which version of
--          its page it is (0021).
-- Inputs:  $1 article id (nullable: every article whose page no later version replaced, one row per URL).
-- Outputs: rows (id, doc, title, published, url, source_name, claims, version: its number among the versions of its
--          URL, 1 without one; versions: how many versions its URL has, 1 without one; superseded_by: the article id
--          of the next version or NULL), ordered by doc then id.
SELECT a.id, a.doc, a.title, a.published, COALESCE(a.url, a.canonical) AS url, s.name AS source_name,
       (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
       COALESCE(v.seq, 1) AS version,
       COALESCE((SELECT max(o.seq) FROM article_versions o WHERE o.url = v.url), 1) AS versions,
       (SELECT n.article_id FROM article_versions n WHERE n.supersedes = a.id) AS superseded_by
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN article_versions v ON v.article_id = a.id
WHERE ($1::text IS NULL AND NOT EXISTS (SELECT 1 FROM article_versions n WHERE n.supersedes = a.id))
   OR a.id = $1::text
ORDER BY a.doc, a.id;

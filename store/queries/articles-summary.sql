-- articles-summary: articles without their text, with their outlet and how many claims each has.
-- Inputs:  $1 article id (nullable: every article).
-- Outputs: rows (id, doc, title, published, url, source_name, claims), ordered by doc then id.
SELECT a.id, a.doc, a.title, a.published, COALESCE(a.url, a.canonical) AS url, s.name AS source_name,
       (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
WHERE $1::text IS NULL OR a.id = $1::text
ORDER BY a.doc, a.id;

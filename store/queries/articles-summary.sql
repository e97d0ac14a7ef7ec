-- articles-summary: every article without its text, with its outlet and how many claims it has.
-- Inputs:  none.
-- Outputs: rows (id, doc, title, published, url, source_name, claims), ordered by doc then id.
SELECT a.id, a.doc, a.title, a.published, COALESCE(a.url, a.canonical) AS url, s.name AS source_name,
       (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
ORDER BY a.doc, a.id;

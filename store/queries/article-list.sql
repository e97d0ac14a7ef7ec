-- article-list: every article, by document name.
-- Inputs:  none.
-- Outputs: rows (article columns), ordered by doc then id.
SELECT id, doc, url, path, canonical, title, byline, published, lang, text, content_hash, source_id
FROM articles
ORDER BY doc, id;

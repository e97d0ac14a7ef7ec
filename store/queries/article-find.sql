-- article-find: one article by id, content hash or document name.
-- Inputs:  $1 id, content hash or doc. A doc ingested with several texts (an updated page) gives the latest.
-- Outputs: at most one row (article columns).
SELECT id, doc, url, path, canonical, title, byline, published, lang, text, content_hash, source_id
FROM articles
WHERE id = $1 OR content_hash = $1 OR doc = $1
ORDER BY (id = $1 OR content_hash = $1) DESC, created_at DESC, id
LIMIT 1;

-- article-by-url: the latest article fetched from a URL (its final URL after redirects).
-- Inputs:  $1 url.
-- Outputs: at most one row (article columns).
SELECT id, doc, url, path, canonical, title, byline, published, lang, text, content_hash, source_id
FROM articles
WHERE url = $1
ORDER BY created_at DESC, id
LIMIT 1;

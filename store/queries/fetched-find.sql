-- fetched-find: the conditional-GET state of one URL.
-- Inputs:  $1 URL (canonical form).
-- Outputs: at most one row (url, final_url, etag, last_modified, content_type, charset, body, fetched_at).
SELECT url, final_url, etag, last_modified, content_type, charset, body, fetched_at
FROM fetched_pages
WHERE url = $1;

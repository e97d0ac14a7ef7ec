-- fetched-upsert: record (or replace) the conditional-GET state of one URL.
-- Inputs:  $1 url, $2 final_url, $3 etag, $4 last_modified, $5 content_type, $6 charset, $7 body (bytea),
--          $8 fetched_at (timestamptz).
-- Outputs: no rows.
INSERT INTO fetched_pages (url, final_url, etag, last_modified, content_type, charset, body, fetched_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)
ON CONFLICT (url) DO UPDATE SET
  final_url = EXCLUDED.final_url, etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
  content_type = EXCLUDED.content_type, charset = EXCLUDED.charset, body = EXCLUDED.body, fetched_at = EXCLUDED.fetched_at;

-- article-version-insert: number a newly stored article as the next version of the article at its URL (0021).
-- Inputs:  $1 article id, $2 url (the final URL after redirects). Run under article-url-lock for $2.
-- Outputs: one row (seq: 1 for the first article at the URL; supersedes: the previous version's article id or NULL).
WITH previous AS (
  SELECT article_id, seq FROM article_versions WHERE url = $2 ORDER BY seq DESC LIMIT 1
)
INSERT INTO article_versions (article_id, url, seq, supersedes)
SELECT $1, $2, COALESCE((SELECT seq FROM previous), 0) + 1, (SELECT article_id FROM previous)
RETURNING seq, supersedes;

-- article-stages-list: articles in the given stages, oldest change first.
-- Inputs:  $1 text[] of stages, $2 int limit.
-- Outputs: rows (article_id, doc, stage, extractor, reason, updated_at) ordered by updated_at, article_id.
SELECT s.article_id, a.doc, s.stage, s.extractor, s.reason, s.updated_at
FROM article_stages s
JOIN articles a ON a.id = s.article_id
WHERE s.stage = ANY ($1::text[])
ORDER BY s.updated_at, s.article_id
LIMIT $2;

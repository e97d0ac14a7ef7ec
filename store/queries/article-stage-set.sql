-- article-stage-set: record an article's pipeline stage, never moving it backwards.
-- Inputs:  $1 article_id, $2 stage ('ingested' | 'extracted' | 'reconciled' | 'failed'),
--          $3 extractor (nullable), $4 reason (the failure, only with 'failed').
-- Outputs: the row written (article_id, stage), or no row when the stage was kept:
--          'ingested' only creates a row; nothing replaces 'reconciled' but 'reconciled' again
--          (a late re-run of an earlier stage, or its failure, does not undo finished work).
INSERT INTO article_stages AS s (article_id, stage, extractor, reason, updated_at)
VALUES ($1, $2, $3, $4, now())
ON CONFLICT (article_id) DO UPDATE
SET stage = EXCLUDED.stage, extractor = EXCLUDED.extractor, reason = EXCLUDED.reason, updated_at = EXCLUDED.updated_at
WHERE EXCLUDED.stage = 'reconciled' OR (s.stage <> 'reconciled' AND EXCLUDED.stage <> 'ingested')
RETURNING article_id, stage;

-- 0011_article_stages: where each article is in the pipeline, kept by the store itself.
--
-- Does:    creates article_stages, one row per article: ingested, extracted, reconciled, or failed
--          (with the reason). Each stage is written in the transaction of the work it records, so a
--          lost or flushed Redis, a purged queue or a failed job leaves the store saying what is
--          unfinished (`newsfacts recover` re-enqueues it). Articles stored before this migration
--          are reconciled when they have claims, else ingested (recovering them again is harmless:
--          every job is idempotent).
-- Inputs:  articles and claims of 0001_schema.sql.
-- Outputs: the table, its partial index on unfinished rows, and the backfill. Rows change in place
--          (a stage is a state, not history) and are never deleted (append-only trigger below).

CREATE TABLE article_stages (
  article_id  text PRIMARY KEY REFERENCES articles (id),
  stage       text NOT NULL CHECK (stage IN ('ingested', 'extracted', 'reconciled', 'failed')),
  extractor   text,
  reason      text CHECK ((stage = 'failed') = (reason IS NOT NULL)),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- `recover` and `articles --stage` read the unfinished ones, a small part of the table.
CREATE INDEX article_stages_unfinished_idx ON article_stages (stage, updated_at) WHERE stage <> 'reconciled';

CREATE TRIGGER article_stages_no_delete BEFORE DELETE ON article_stages FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();

INSERT INTO article_stages (article_id, stage)
SELECT a.id, CASE WHEN EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id) THEN 'reconciled' ELSE 'ingested' END
FROM articles a;

-- 0006_copying_and_reconcile_indexes: persisted copy detection, and reconcile cost independent of store size.
--
-- Does:    - source_copying: pairs of sources that truth discovery (`refreshTrust`, store/truth.ts) found to
--            depend on each other (one likely copies the other, errors included), with the probability and the
--            evidence behind it. Derived data like source_trust: each refresh replaces the whole set, so
--            rows may be deleted. A pair is stored once, source_a before source_b in code-unit order (as the code sorts);
--          - facts_subject_tokens_idx without GIN's pending list (fastupdate off), flushed once: with it on,
--            every entity-resolution lookup (facts-related.sql) scanned the whole unmerged pending list, up to
--            4 MB, which made resolving one article's new keys grow with the number of facts stored;
--          - claims_article_dates_idx: the date claims of an article by offset. Reconciliation dates a claim by the
--            dates of its own sentence (claims-context.sql); the index tells which claims have one nearby without
--            reading every claim of their articles, scattered over the table once it is large.
-- Inputs:  the tables of 0001-0004.
-- Outputs: the table and index settings above.

CREATE TABLE source_copying (
  source_a      text NOT NULL,
  source_b      text NOT NULL,
  -- P(the two sources are dependent), from the values they share (ACCU).
  probability   double precision NOT NULL CHECK (probability >= 0 AND probability <= 1),
  -- Items (a fact at one moment) both gave a value for, and how many of those values were the same.
  shared_items  integer NOT NULL CHECK (shared_items >= 0),
  same_values   integer NOT NULL CHECK (same_values >= 0 AND same_values <= shared_items),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source_a, source_b),
  -- The order is the code's (UTF-16 code units), which no database collation promises to match: only checked apart.
  CHECK (source_a <> source_b)
);
CREATE INDEX claims_article_dates_idx ON claims (article_id, start_offset, end_offset) WHERE kind = 'date';

ALTER INDEX facts_subject_tokens_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('facts_subject_tokens_idx'::regclass);

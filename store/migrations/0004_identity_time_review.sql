-- 0004_identity_time_review: entity resolution, imported claims, reviews as input, source trust.
--
-- Does:    - facts: merged_into (a fact whose subject resolved to another's entity: its claims count for
--            that fact), and two generated columns for finding related facts quickly: predicate_key and
--            subject_tokens (the halves of `key`), GIN-indexed;
--          - imported_claims: rows of `newsfacts import` (source, object, attribute, value, observed_at),
--            append-only like claims;
--          - version_evidence.claim_id may now name an imported claim too, so its foreign key to claims goes;
--          - reviews.seen_claim_ids: the claims a reviewer saw, so newer evidence against a pinned value
--            can be told apart from what was reviewed;
--          - source_trust: each source's estimated trustworthiness (derived data, recomputed in place).
-- Inputs:  the tables of 0001/0002.
-- Outputs: the columns, tables, indexes and triggers above.

ALTER TABLE facts
  ADD COLUMN merged_into text REFERENCES facts (id),
  ADD COLUMN predicate_key text GENERATED ALWAYS AS (split_part(key, '|', 2)) STORED,
  ADD COLUMN subject_tokens text[] GENERATED ALWAYS AS (string_to_array(split_part(key, '|', 1), ' ')) STORED;
CREATE INDEX facts_merged_into_idx ON facts (merged_into);
CREATE INDEX facts_predicate_key_idx ON facts (predicate_key);
CREATE INDEX facts_subject_tokens_idx ON facts USING gin (subject_tokens);

CREATE TABLE imported_claims (
  id           text PRIMARY KEY,
  source_id    text NOT NULL REFERENCES sources (id),
  object       text NOT NULL,
  attribute    text NOT NULL,
  value        jsonb NOT NULL,
  observed_at  date,
  fact_id      text NOT NULL REFERENCES facts (id),
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'corrected')),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX imported_claims_fact_idx ON imported_claims (fact_id);
CREATE TRIGGER imported_claims_no_delete BEFORE DELETE ON imported_claims FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER imported_claims_no_truncate BEFORE TRUNCATE ON imported_claims FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

ALTER TABLE version_evidence DROP CONSTRAINT version_evidence_claim_id_fkey;

ALTER TABLE reviews ADD COLUMN seen_claim_ids jsonb NOT NULL DEFAULT '[]'::jsonb;

CREATE TABLE source_trust (
  source      text PRIMARY KEY,
  trust       double precision NOT NULL CHECK (trust >= 0 AND trust <= 1),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- 0018_version_evidence_deltas: a version stores what changed in its evidence, not the whole of it again.
--
-- Does:    - fact_versions.evidence_form: 'full' (written before this migration: `candidates` holds every candidate's
--            claim ids and documents, version_evidence every supporting and opposing claim) or 'delta' (from now on:
--            `candidates` holds each candidate without its claim lists, under a slot, store/version-evidence.ts);
--          - fact_versions.fingerprint: a hash of everything reconciliation decided for a 'delta' version, so a
--            reconcile compares it without reading evidence;
--          - fact_versions.supporting / opposing: a 'delta' version's supporting (opposing) claim ids when no set of
--            its candidates makes them up exactly (rare); null when the flagged candidates do;
--          - version_members: per 'delta' version, the claims that entered (added) or left (not added) each candidate
--            slot against the previous version. A version's candidates are the replay of its fact's rows up to it.
--          version_members is append-only like version_evidence (no UPDATE, DELETE or TRUNCATE).
-- Inputs:  fact_versions of 0001, the triggers of 0002.
-- Outputs: the columns ('full' and nulls on the rows stored before, no table rewrite) and the table.

ALTER TABLE fact_versions
  ADD COLUMN evidence_form text NOT NULL DEFAULT 'full' CHECK (evidence_form IN ('full', 'delta')),
  ADD COLUMN fingerprint text,
  ADD COLUMN supporting jsonb,
  ADD COLUMN opposing jsonb;

CREATE TABLE version_members (
  version_id  text NOT NULL REFERENCES fact_versions (id),
  slot        text NOT NULL,
  claim_id    text NOT NULL,
  added       boolean NOT NULL,
  PRIMARY KEY (version_id, slot, claim_id)
);

CREATE TRIGGER version_members_no_update BEFORE UPDATE ON version_members
  FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER version_members_no_delete BEFORE DELETE ON version_members
  FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER version_members_no_truncate BEFORE TRUNCATE ON version_members
  FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

-- 0044_evidence_changes: a reconcile reads only the claims of a fact that changed since its last read (issue 13).
--
-- Does:    claims.recorded_xid: the transaction that inserted the claim or last changed its row (a column default
--          and a BEFORE UPDATE trigger), indexed with fact_id (claims_fact_xid_idx replaces claims_fact_idx, which
--          it serves as well). evidence_changes (append-only): a fact whose counted claims changed in a way no
--          claim row of it shows: a claim moved out of it (claims.fact_id), its article joined a near-duplicate
--          cluster (articles.cluster_id) or was superseded by a newer version of its page (article_versions), a
--          reviewer corrected one of its claims or withdrew a review of one (reviews), or a fact was merged into
--          it or out of it (facts.merged_into: the fact, the old and the new root). Each row holds the writing
--          transaction's id.
--          The store's reader (store/fact-reconciler.ts, `EvidenceCache`) keeps the evidence keys it read for a
--          fact with that read's snapshot: next time the claims of the fact's members whose recorded_xid the
--          snapshot did not see, and no evidence_changes row by such a transaction, are all that can differ
--          (`fact-evidence-keys`); otherwise it reads the fact whole.
-- Inputs:  claims, articles, article_versions, reviews, facts.
-- Outputs: the column (null on rows stored before: they are read whole once), the table, the triggers.

ALTER TABLE claims ADD COLUMN recorded_xid xid8;
ALTER TABLE claims ALTER COLUMN recorded_xid SET DEFAULT pg_current_xact_id();
CREATE INDEX claims_fact_xid_idx ON claims (fact_id, recorded_xid);
DROP INDEX claims_fact_idx;

CREATE TABLE evidence_changes (
  fact_id text NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id()
);
CREATE INDEX evidence_changes_fact_idx ON evidence_changes (fact_id, xid);
CREATE TRIGGER evidence_changes_no_update BEFORE UPDATE ON evidence_changes FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER evidence_changes_no_delete BEFORE DELETE ON evidence_changes FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER evidence_changes_no_truncate BEFORE TRUNCATE ON evidence_changes FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

CREATE FUNCTION newsfacts_claim_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.recorded_xid := pg_current_xact_id();
  IF OLD.fact_id IS NOT NULL AND OLD.fact_id IS DISTINCT FROM NEW.fact_id THEN
    INSERT INTO evidence_changes (fact_id) VALUES (OLD.fact_id);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER claims_evidence_changed BEFORE UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION newsfacts_claim_changed();

CREATE FUNCTION newsfacts_article_evidence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO evidence_changes (fact_id) SELECT DISTINCT c.fact_id FROM claims c WHERE c.article_id = NEW.id AND c.fact_id IS NOT NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER articles_evidence_changed AFTER UPDATE OF cluster_id ON articles
  FOR EACH ROW WHEN (OLD.cluster_id IS DISTINCT FROM NEW.cluster_id) EXECUTE FUNCTION newsfacts_article_evidence_changed();

CREATE FUNCTION newsfacts_article_superseded() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO evidence_changes (fact_id) SELECT DISTINCT c.fact_id FROM claims c WHERE c.article_id = NEW.supersedes AND c.fact_id IS NOT NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER article_versions_evidence_changed AFTER INSERT ON article_versions
  FOR EACH ROW WHEN (NEW.supersedes IS NOT NULL) EXECUTE FUNCTION newsfacts_article_superseded();

CREATE FUNCTION newsfacts_review_evidence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target text := CASE WHEN NEW.target_kind = 'claim' THEN NEW.target_id END;
BEGIN
  IF NEW.withdraws IS NOT NULL THEN
    SELECT r.target_id INTO target FROM reviews r WHERE r.id = NEW.withdraws AND r.target_kind = 'claim';
  END IF;
  IF target IS NOT NULL THEN
    INSERT INTO evidence_changes (fact_id) SELECT c.fact_id FROM claims c WHERE c.id = target AND c.fact_id IS NOT NULL;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER reviews_evidence_changed AFTER INSERT ON reviews FOR EACH ROW EXECUTE FUNCTION newsfacts_review_evidence_changed();

CREATE FUNCTION newsfacts_fact_members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO evidence_changes (fact_id)
  SELECT f FROM unnest(ARRAY[NEW.id, OLD.merged_into, NEW.merged_into]) AS f WHERE f IS NOT NULL;
  RETURN NULL;
END
$$;
CREATE TRIGGER facts_members_changed AFTER UPDATE OF merged_into ON facts
  FOR EACH ROW WHEN (OLD.merged_into IS DISTINCT FROM NEW.merged_into) EXECUTE FUNCTION newsfacts_fact_members_changed();

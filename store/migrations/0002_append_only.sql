-- 0002_append_only: history cannot be rewritten, whoever connects.
--
-- Does:    adds triggers that raise SQLSTATE NF001 (mapped to ConflictError by store/errors.ts) on
--          - any UPDATE of fact_versions except closing an open version (recorded_to NULL -> a time)
--            with every other column unchanged;
--          - UPDATE of version_evidence;
--          - DELETE or TRUNCATE of any store table.
--          Claims may still be UPDATEd: reviews will change their status.
-- Inputs:  the tables of 0001_schema.sql.
-- Outputs: two trigger functions (newsfacts_forbid_change, newsfacts_close_version_only) and their
--          triggers. DROP SCHEMA/DROP TABLE still work: test cleanup relies on that.

CREATE FUNCTION newsfacts_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION USING
    ERRCODE = 'NF001',
    MESSAGE = format('%s is append-only: %s is not allowed', TG_TABLE_NAME, TG_OP);
END
$$;

CREATE FUNCTION newsfacts_close_version_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Comparing the rows as jsonb minus recorded_to checks every other column, including ones added later.
  IF OLD.recorded_to IS NULL AND NEW.recorded_to IS NOT NULL
     AND (to_jsonb(NEW) - 'recorded_to') = (to_jsonb(OLD) - 'recorded_to') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION USING
    ERRCODE = 'NF001',
    MESSAGE = format('fact_versions is append-only: version %s may only have its open recorded_to set, once', OLD.id);
END
$$;

CREATE TRIGGER fact_versions_close_only BEFORE UPDATE ON fact_versions
  FOR EACH ROW EXECUTE FUNCTION newsfacts_close_version_only();
CREATE TRIGGER version_evidence_no_update BEFORE UPDATE ON version_evidence
  FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();

CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER articles_no_delete BEFORE DELETE ON articles FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER facts_no_delete BEFORE DELETE ON facts FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER claims_no_delete BEFORE DELETE ON claims FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER fact_versions_no_delete BEFORE DELETE ON fact_versions FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER version_evidence_no_delete BEFORE DELETE ON version_evidence FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();

-- Row triggers do not fire on TRUNCATE, which would otherwise empty a table in one statement.
CREATE TRIGGER sources_no_truncate BEFORE TRUNCATE ON sources FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER articles_no_truncate BEFORE TRUNCATE ON articles FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER facts_no_truncate BEFORE TRUNCATE ON facts FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER claims_no_truncate BEFORE TRUNCATE ON claims FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER fact_versions_no_truncate BEFORE TRUNCATE ON fact_versions FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER version_evidence_no_truncate BEFORE TRUNCATE ON version_evidence FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER reviews_no_truncate BEFORE TRUNCATE ON reviews FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

-- 0055_facts_attention_rank: each fact carries the attention rank of its open version, so a page of one rank walks
--          only that rank's facts in page order.
--
-- Does:    facts.attention (smallint): the rank `facts-page` sorts the list by, of the fact's open version: 0
--          contested, 1 needs-review, 2 settled or reviewed with a disputed (outweighed) value, 3 the rest; null for
--          a fact with no version yet. Written by an AFTER INSERT trigger on fact_versions for an open version
--          (`newsfacts_fact_attention`), only when the rank changes, so every way a version is written (reconcile,
--          review, import, reidentify, withdrawal) keeps it; existing facts are filled from their open versions.
--          facts_unmerged_attention_idx orders unmerged facts by (attention, subject, id) in the page's C collation.
--          `facts-page` still tests each fact's version as before (`EXISTS`): the column only lets it walk the rank's
--          facts instead of probing every fact in subject order for the rank's status. On the 51,989-article store a
--          first page of contested facts (7 % of 139,653) probed 1,689 facts to keep 51, 5-6 of PostgreSQL's 8 ms a
--          request (issue 13, `GET /api/facts` p99).
-- Inputs:  fact_versions (status, evidence_form, disputed, candidates: the rank's terms as facts-page reads them).
-- Outputs: facts.attention, facts_unmerged_attention_idx, newsfacts_fact_attention() and its trigger.

ALTER TABLE facts ADD COLUMN attention smallint;

CREATE FUNCTION newsfacts_attention_rank(status text, evidence_form text, disputed boolean, candidates jsonb)
RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE WHEN status = 'contested' THEN 0
               WHEN status = 'needs-review' THEN 1
               WHEN CASE WHEN evidence_form = 'slots' THEN COALESCE(disputed, false)
                         ELSE COALESCE(candidates @> '[{"status": "disputed"}]'::jsonb, false) END THEN 2
               ELSE 3 END)::smallint
$$;

UPDATE facts f
SET attention = newsfacts_attention_rank(v.status, v.evidence_form, v.disputed, v.candidates)
FROM fact_versions v
WHERE v.fact_id = f.id AND v.recorded_to IS NULL;

CREATE FUNCTION newsfacts_fact_attention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE facts
  SET attention = newsfacts_attention_rank(NEW.status, NEW.evidence_form, NEW.disputed, NEW.candidates)
  WHERE id = NEW.fact_id
    AND attention IS DISTINCT FROM newsfacts_attention_rank(NEW.status, NEW.evidence_form, NEW.disputed, NEW.candidates);
  RETURN NULL;
END
$$;

CREATE TRIGGER fact_versions_attention AFTER INSERT ON fact_versions
  FOR EACH ROW WHEN (NEW.recorded_to IS NULL) EXECUTE FUNCTION newsfacts_fact_attention();

CREATE INDEX facts_unmerged_attention_idx ON facts (attention, subject COLLATE "C", id COLLATE "C") WHERE merged_into IS NULL;

-- The new column has no statistics until the next ANALYZE (PGlite runs none of its own): without them a page
-- is planned for a few hundred facts of the rank and sorts them all (10,310 contested facts: 48 ms instead of 2.6).
ANALYZE facts;

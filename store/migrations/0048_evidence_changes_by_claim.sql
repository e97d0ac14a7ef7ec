-- 0048_evidence_changes_by_claim: a kept read of a fact's evidence survives the changes that have a claim-level
--          answer (issue 13).
--
-- Does:    evidence_changes (0044) rows say what changed, so that fact-evidence-keys reads a fact whole again only
--          when a claim may have left it. Two nullable columns:
--          - claim_id: this claim of the fact changed in a way its row does not show (its article joined a
--            near-duplicate cluster, a reviewer corrected it or withdrew a review of it); the next read of the fact
--            returns that claim's key again, with its cluster and correction now.
--          - member_id: this fact was merged into the fact (facts.merged_into set to it: a resolution merge, a story
--            re-homing, an identity review, or the re-pointing of an absorbed fact's members); the next read
--            returns every claim of that member, which the kept keys did not hold.
--          A row with neither (as every row 0044 wrote) still makes the next read whole: a member leaving the fact
--          (its merged_into moved off it), a claim moved out (claims.fact_id), an article superseded by a newer
--          version of its page (its claims stop counting), and the fact itself merged or unmerged.
--          In the generated stream about nine log rows an article came from cluster joins and merges into named
--          facts, so a recurring person's fact was read whole every few of its articles.
--          evidence_keys(jsonb) (0047) is replaced: the same rows, but a member logged as joined after the kept
--          snapshot is read whole, and the claims logged by id are read with those whose recorded_xid is new.
-- Inputs:  claims, facts, articles, article_versions, reviews, evidence_changes.
-- Outputs: the columns, the trigger functions (same triggers), the function.

ALTER TABLE evidence_changes ADD COLUMN claim_id text;
ALTER TABLE evidence_changes ADD COLUMN member_id text;

CREATE OR REPLACE FUNCTION newsfacts_article_evidence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only the article's claims show another cluster: each is logged, not its whole fact.
  INSERT INTO evidence_changes (fact_id, claim_id) SELECT c.fact_id, c.id FROM claims c WHERE c.article_id = NEW.id AND c.fact_id IS NOT NULL;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION newsfacts_review_evidence_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target text := CASE WHEN NEW.target_kind = 'claim' THEN NEW.target_id END;
BEGIN
  IF NEW.withdraws IS NOT NULL THEN
    SELECT r.target_id INTO target FROM reviews r WHERE r.id = NEW.withdraws AND r.target_kind = 'claim';
  END IF;
  IF target IS NOT NULL THEN
    -- A correction or its withdrawal changes that claim's key (its corrected value), nothing else of the fact.
    INSERT INTO evidence_changes (fact_id, claim_id) SELECT c.fact_id, c.id FROM claims c WHERE c.id = target AND c.fact_id IS NOT NULL;
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION newsfacts_fact_members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The root it left is read whole (its claims left). The root it joined gains its claims, logged as a member:
  -- not as a change of the fact itself, which the root's read would take for a claim leaving one of its members.
  -- A fact that is a root again is read whole; a merged one is read as no root, so needs no row.
  IF OLD.merged_into IS NOT NULL THEN
    INSERT INTO evidence_changes (fact_id) VALUES (OLD.merged_into);
  END IF;
  IF NEW.merged_into IS NOT NULL THEN
    INSERT INTO evidence_changes (fact_id, member_id) VALUES (NEW.merged_into, NEW.id);
  ELSE
    INSERT INTO evidence_changes (fact_id) VALUES (NEW.id);
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION evidence_keys(keys_asked jsonb)
RETURNS TABLE (root_id text, id text, row_version text, status text, cluster_id text, corrected_value jsonb)
LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
    WITH asked AS MATERIALIZED (
      SELECT q.root, q.since::pg_snapshot AS snap, pg_snapshot_xmin(q.since::pg_snapshot) AS since, q.writer::xid8 AS writer
      FROM jsonb_to_recordset(keys_asked) AS q (root text, since text, writer text)
    ),
    members AS MATERIALIZED (
      SELECT q.root AS root_id, f.id AS fact_id FROM asked q CROSS JOIN LATERAL (SELECT id FROM facts WHERE id = q.root OFFSET 0) f
      UNION ALL
      SELECT q.root, f.id FROM asked q CROSS JOIN LATERAL (SELECT id FROM facts WHERE merged_into = q.root OFFSET 0) f
    ),
    -- A member merged into the fact since the kept read (a member row by a transaction the snapshot did not see)
    -- is read whole, so what changed in it before does not matter: a claim it lost was never among the kept
    -- keys, unless it was a member then too, and then it left the fact in between, which the fact's own row says.
    joined AS MATERIALIZED (
      SELECT m.root_id, m.fact_id,
             q.since IS NOT NULL AND EXISTS (SELECT 1 FROM evidence_changes e WHERE e.fact_id = m.root_id AND e.xid >= q.since AND e.member_id = m.fact_id
                                               AND (NOT pg_visible_in_snapshot(e.xid, q.snap) OR e.xid = q.writer)) AS joined
      FROM members m JOIN asked q ON q.root = m.root_id
    ),
    judged AS MATERIALIZED (
      SELECT q.root,
             CASE WHEN q.since IS NULL THEN NULL
                  WHEN q.writer IS NOT NULL AND q.writer IS DISTINCT FROM pg_current_xact_id_if_assigned()
                       AND pg_xact_status(q.writer) IS DISTINCT FROM 'committed' THEN NULL
                  -- Probed per member (evidence_changes_fact_idx): as a join, PGlite (no statistics) scanned the whole table.
                  -- Only a row naming neither a claim nor a member (a claim may have left) makes the read whole.
                  WHEN EXISTS (SELECT 1 FROM joined m WHERE m.root_id = q.root AND NOT m.joined AND EXISTS (
                                 SELECT 1 FROM evidence_changes e WHERE e.fact_id = m.fact_id AND e.xid >= q.since
                                   AND e.claim_id IS NULL AND e.member_id IS NULL
                                   AND (NOT pg_visible_in_snapshot(e.xid, q.snap) OR e.xid = q.writer))) THEN NULL
                  ELSE q.since END AS since, q.snap, q.writer
      FROM asked q
    ),
    -- Per member, what to read: all its claims (the fact is read whole, or the member joined it since), or only
    -- those changed since (since: the snapshot's xmin).
    reads AS MATERIALIZED (
      SELECT m.root_id, m.fact_id, j.snap, j.writer, CASE WHEN m.joined THEN NULL ELSE j.since END AS since
      FROM joined m JOIN judged j ON j.root = m.root_id
    )
    SELECT NULL::text AS root_id, NULL::text AS id, pg_current_snapshot()::text AS row_version,
           pg_current_xact_id_if_assigned()::text AS status, NULL::text AS cluster_id, NULL::jsonb AS corrected_value
    UNION ALL
    (SELECT j.root, NULL, NULL, CASE WHEN j.since IS NULL THEN 'whole' ELSE 'fresh' END, NULL, NULL
     FROM judged j JOIN asked q ON q.root = j.root WHERE q.since IS NOT NULL
     ORDER BY j.root)
    UNION ALL
    (SELECT m.root_id, c.id, c.row_version, c.status, a.cluster_id,
            CASE WHEN c.status <> 'pending' THEN (SELECT r.value FROM reviews r
              WHERE r.target_kind = 'claim' AND r.target_id = c.id AND r.action = 'correct'
                AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws = r.id)
              ORDER BY r.created_at DESC, r.id DESC LIMIT 1) END
     FROM reads m
     CROSS JOIN LATERAL (
       SELECT x.id, x.status, x.article_id, x.xmin::text AS row_version FROM claims x
       WHERE x.fact_id = m.fact_id AND m.since IS NULL
       UNION ALL
       (SELECT x.id, x.status, x.article_id, x.xmin::text FROM claims x
        WHERE x.fact_id = m.fact_id AND x.recorded_xid >= m.since AND (NOT pg_visible_in_snapshot(x.recorded_xid, m.snap) OR x.recorded_xid = m.writer)
        UNION
        SELECT x.id, x.status, x.article_id, x.xmin::text FROM evidence_changes e
        CROSS JOIN LATERAL (SELECT y.id, y.status, y.article_id, y.xmin FROM claims y WHERE y.id = e.claim_id AND y.fact_id = m.fact_id OFFSET 0) x
        WHERE e.fact_id = m.fact_id AND e.xid >= m.since AND e.claim_id IS NOT NULL
          AND (NOT pg_visible_in_snapshot(e.xid, m.snap) OR e.xid = m.writer))
     ) c
     JOIN articles a ON a.id = c.article_id
     WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.supersedes = c.article_id)
     ORDER BY m.root_id, c.id);
END
$$;

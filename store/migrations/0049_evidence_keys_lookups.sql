-- 0049_evidence_keys_lookups: evidence_keys (0048) reads every table by its index, whatever the store's size
--          when a session first plans it.
--
-- Does:    replaces evidence_keys(jsonb) with the same statement and rows, run with sequential scans, hash joins
--          and merge joins off, so that each table is read by a nested loop over its index. A PL/pgSQL function's
--          plan is made once per session, and PGlite keeps no statistics: `newsfacts run` planned 0048's
--          statement on a store of a few articles, where a hash join over a sequential scan of every article
--          was cheapest, and kept that plan for the whole run (fact-evidence-keys 3 -> 23 ms a call over 3,000
--          generated articles; flat before 0048, whose lateral union the planner could not flatten into index
--          probes as it did 0047's). Every read in it is a lookup by key (a fact's members, claims by fact and
--          recorded_xid or by id, log rows by fact and xid, an article, a review), so nested index probes are the
--          right plan at any size; also, the superseded-article test now probes article_versions' unique index
--          (0047 and 0048 hashed the whole table, empty in generated stores but not in one fed web pages). The
--          claims a log row names are looked up by id alone (claims_pkey), not with their fact, which the planner
--          answered by reading the fact's claims (claims_fact_xid_idx) per row.
-- Inputs:  claims, facts, articles, article_versions, reviews, evidence_changes.
-- Outputs: the function.

CREATE OR REPLACE FUNCTION evidence_keys(keys_asked jsonb)
RETURNS TABLE (root_id text, id text, row_version text, status text, cluster_id text, corrected_value jsonb)
LANGUAGE plpgsql STABLE
SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off
AS $$
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
        -- By its id alone (claims_pkey): asked with its fact too, the planner read the fact's claims by claims_fact_xid_idx.
        SELECT x.id, x.status, x.article_id, x.xmin::text FROM evidence_changes e
        CROSS JOIN LATERAL (SELECT y.id, y.status, y.article_id, y.xmin, y.fact_id FROM claims y WHERE y.id = e.claim_id OFFSET 0) x
        WHERE e.fact_id = m.fact_id AND e.xid >= m.since AND e.claim_id IS NOT NULL AND x.fact_id = m.fact_id
          AND (NOT pg_visible_in_snapshot(e.xid, m.snap) OR e.xid = m.writer))
     ) c
     JOIN articles a ON a.id = c.article_id
     WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.supersedes = c.article_id)
     ORDER BY m.root_id, c.id);
END
$$;

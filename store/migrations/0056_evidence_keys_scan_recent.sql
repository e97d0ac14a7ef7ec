-- 0056_evidence_keys_scan_recent: kept reads of many facts, or of a fact of many members, are brought up to date
--          from what was written since, not probed member by member (issue 13).
--
-- Does:    evidence_keys (0049) brought a kept read up to date member by member: for each fact merged into the root,
--          its facts row and four index probes (its claims by xid, its log rows by claim, a log row naming
--          neither, its joining), about 13 blocks, whether anything changed or not. On the 52,000-article store a
--          long story's counts gather about 1,000 members each, and an article reporting a vote share reconciles
--          the 1,055 candidates' vote shares resolution relates it to: such reads returned a few claims for
--          12,800-16,000 blocks, and were 90 % of fact-evidence-keys' server time (bench/README.md, session 26).
--          Now a root the caller gives a bound (`scan_xids`: half a transaction per member of its kept read) is
--          brought up to date by xid when fewer transactions began since its kept read's snapshot xmin than the
--          bounds of all the roots asked add up to: one pass over the claims recorded or changed, and the log rows
--          written, since the lowest such xmin (two new indexes, by xid), each counted for its fact and for the
--          fact that one is merged into, if asked (a jsonb object of the roots: a lookup each, where joining two
--          lists of a thousand compared every pair), and tested against that root's snapshot. What it keeps of a
--          root is what the member probes found: a member logged as joined since is read whole; a log row naming
--          neither a claim nor a member, of the root or a member that did not join, reads the fact whole. Any other
--          root (no bound, no kept read, a kept read too old: a long transaction anywhere holds the xmin back) is
--          read member by member as before, now without joining each member to its root's row.
--          Every claim row also says its fact (`fact_id`): the caller counts a root's members from it.
--          The function runs without JIT (`jit = off`): its generic plan, not knowing the xids, estimates each range
--          by xid at a sixth of its table, past PostgreSQL's JIT threshold, and compiling took 2 s a session.
-- Inputs:  claims, facts, articles, article_versions, reviews, evidence_changes.
-- Outputs: claims_recorded_xid_idx, evidence_changes_xid_idx, the function (with one more column).

CREATE INDEX claims_recorded_xid_idx ON claims (recorded_xid);
CREATE INDEX evidence_changes_xid_idx ON evidence_changes (xid);

DROP FUNCTION evidence_keys(jsonb);

CREATE FUNCTION evidence_keys(keys_asked jsonb)
RETURNS TABLE (root_id text, id text, row_version text, status text, cluster_id text, corrected_value jsonb, fact_id text)
LANGUAGE plpgsql STABLE
SET enable_seqscan = off SET enable_hashjoin = off SET enable_mergejoin = off SET plan_cache_mode = force_generic_plan SET jit = off
AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
    WITH asked0 AS MATERIALIZED (
      SELECT q.root, q.since::pg_snapshot AS snap, pg_snapshot_xmin(q.since::pg_snapshot) AS since, q.writer::xid8 AS writer, q.scan_xids
      FROM jsonb_to_recordset(keys_asked) AS q (root text, since text, writer text, scan_xids numeric)
    ),
    -- Per root: whether its kept read counts (there is one, and its transaction committed or is this one), and
    -- whether it is brought up to date by xid (scan): when fewer transactions began since its snapshot's xmin than
    -- the bounds asked of all the roots add up to (a pass over what was written since serves them all).
    asked AS MATERIALIZED (
      SELECT q.root, q.snap, q.since, q.writer, k.kept,
             k.kept AND coalesce(pg_snapshot_xmax(pg_current_snapshot())::text::numeric - q.since::text::numeric <= (SELECT sum(b.scan_xids) FROM asked0 b), false) AS scan
      FROM asked0 q
      CROSS JOIN LATERAL (SELECT q.since IS NOT NULL AND NOT (q.writer IS NOT NULL AND q.writer IS DISTINCT FROM pg_current_xact_id_if_assigned()
                                                              AND pg_xact_status(q.writer) IS DISTINCT FROM 'committed') AS kept) k
    ),
    -- The scanned roots, by id (a jsonb object: each a lookup, where a join of two lists of a thousand roots
    -- compares every pair): [snapshot, its xmin, writer]; and the lowest xmin.
    scan_set AS MATERIALIZED (
      SELECT min(q.since) AS lo, jsonb_object_agg(q.root, jsonb_build_array(q.snap::text, q.since::text, q.writer::text)) AS roots
      FROM asked q WHERE q.scan
    ),
    -- The log rows written since that a scanned root's kept read did not see, of the root or a fact merged into it
    -- now: a row counts for its fact and for the fact that one is merged into, if asked, as members are read.
    changes AS MATERIALIZED (
      SELECT e.fact_id, e.claim_id, e.member_id, r.root
      FROM scan_set w
      CROSS JOIN LATERAL (SELECT e.fact_id, e.xid, e.claim_id, e.member_id FROM evidence_changes e WHERE e.xid >= w.lo OFFSET 0) e
      CROSS JOIN LATERAL (SELECT f.merged_into FROM facts f WHERE f.id = e.fact_id OFFSET 0) f
      CROSS JOIN LATERAL (VALUES (e.fact_id), (f.merged_into)) r (root)
      CROSS JOIN LATERAL (SELECT w.roots -> r.root AS kept) k
      WHERE k.kept IS NOT NULL AND e.xid >= (k.kept ->> 1)::xid8
        AND (NOT pg_visible_in_snapshot(e.xid, (k.kept ->> 0)::pg_snapshot) OR e.xid = (k.kept ->> 2)::xid8)
    ),
    -- A scanned root's members logged as joined since (still members): each is read whole.
    scan_joined AS MATERIALIZED (
      SELECT DISTINCT c.root, c.member_id FROM changes c
      WHERE c.member_id IS NOT NULL AND c.fact_id = c.root
        AND EXISTS (SELECT 1 FROM facts f WHERE f.id = c.member_id AND f.merged_into = c.root)
    ),
    -- A scanned root is read whole when a log row names neither a claim nor a member, of it or a member that did not join.
    scan_whole AS MATERIALIZED (
      SELECT DISTINCT c.root FROM changes c
      WHERE c.claim_id IS NULL AND c.member_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM scan_joined j WHERE j.root = c.root AND j.member_id = c.fact_id)
    ),
    -- Every other root is read member by member (a scanned one read whole as if asked without a kept read).
    probed AS MATERIALIZED (
      SELECT q.root, q.snap, CASE WHEN q.kept AND NOT q.scan THEN q.since END AS since, q.writer
      FROM asked q
      WHERE NOT q.scan OR EXISTS (SELECT 1 FROM scan_whole w WHERE w.root = q.root)
    ),
    members AS MATERIALIZED (
      SELECT q.root AS root_id, f.id AS fact_id, q.snap, q.since, q.writer FROM probed q CROSS JOIN LATERAL (SELECT id FROM facts WHERE id = q.root OFFSET 0) f
      UNION ALL
      SELECT q.root, f.id, q.snap, q.since, q.writer FROM probed q CROSS JOIN LATERAL (SELECT id FROM facts WHERE merged_into = q.root OFFSET 0) f
    ),
    -- A member merged into the fact since the kept read (a member row by a transaction the snapshot did not see)
    -- is read whole, so what changed in it before does not matter: a claim it lost was never among the kept
    -- keys, unless it was a member then too, and then it left the fact in between, which the fact's own row says.
    joined AS MATERIALIZED (
      SELECT m.root_id, m.fact_id, m.snap, m.since, m.writer,
             m.since IS NOT NULL AND EXISTS (SELECT 1 FROM evidence_changes e WHERE e.fact_id = m.root_id AND e.xid >= m.since AND e.member_id = m.fact_id
                                               AND (NOT pg_visible_in_snapshot(e.xid, m.snap) OR e.xid = m.writer)) AS joined
      FROM members m
    ),
    -- Probed per member (evidence_changes_fact_idx): as a join, PGlite (no statistics) scanned the whole table.
    -- Only a row naming neither a claim nor a member (a claim may have left) makes the read whole.
    probed_whole AS MATERIALIZED (
      SELECT DISTINCT m.root_id FROM joined m
      WHERE m.since IS NOT NULL AND NOT m.joined AND EXISTS (
        SELECT 1 FROM evidence_changes e WHERE e.fact_id = m.fact_id AND e.xid >= m.since
          AND e.claim_id IS NULL AND e.member_id IS NULL
          AND (NOT pg_visible_in_snapshot(e.xid, m.snap) OR e.xid = m.writer))
    ),
    -- Per member, what to read: all its claims (the fact is read whole, or the member joined it since), or only
    -- those changed since (since: the snapshot's xmin); a scanned root's joined members whole.
    reads AS MATERIALIZED (
      SELECT m.root_id, m.fact_id, m.snap, m.writer,
             CASE WHEN m.joined OR EXISTS (SELECT 1 FROM probed_whole w WHERE w.root_id = m.root_id) THEN NULL ELSE m.since END AS since
      FROM joined m
      UNION ALL
      SELECT j.root, j.member_id, NULL::pg_snapshot, NULL::xid8, NULL::xid8
      FROM scan_joined j WHERE NOT EXISTS (SELECT 1 FROM scan_whole w WHERE w.root = j.root)
    ),
    -- A scanned root's other members: the claims recorded or changed since, and those logged by id since, whose
    -- fact is the root or merged into it now and did not join it since.
    scan_rows AS MATERIALIZED (
      SELECT x.root, x.id, x.status, x.article_id, x.row_version, x.fact_id FROM (
        SELECT r.root, y.id, y.status, y.article_id, y.xmin::text AS row_version, y.fact_id
        FROM scan_set w
        CROSS JOIN LATERAL (SELECT y.id, y.status, y.article_id, y.xmin, y.fact_id, y.recorded_xid FROM claims y WHERE y.recorded_xid >= w.lo OFFSET 0) y
        CROSS JOIN LATERAL (SELECT f.merged_into FROM facts f WHERE f.id = y.fact_id OFFSET 0) f
        CROSS JOIN LATERAL (VALUES (y.fact_id), (f.merged_into)) r (root)
        CROSS JOIN LATERAL (SELECT w.roots -> r.root AS kept) k
        WHERE k.kept IS NOT NULL AND y.recorded_xid >= (k.kept ->> 1)::xid8
          AND (NOT pg_visible_in_snapshot(y.recorded_xid, (k.kept ->> 0)::pg_snapshot) OR y.recorded_xid = (k.kept ->> 2)::xid8)
        UNION
        -- By its id alone (claims_pkey), as 0049 does.
        SELECT c.root, y.id, y.status, y.article_id, y.xmin::text, y.fact_id FROM changes c
        CROSS JOIN LATERAL (SELECT z.id, z.status, z.article_id, z.xmin, z.fact_id FROM claims z WHERE z.id = c.claim_id OFFSET 0) y
        WHERE c.claim_id IS NOT NULL AND y.fact_id = c.fact_id
      ) x
      WHERE NOT EXISTS (SELECT 1 FROM scan_whole w WHERE w.root = x.root)
        AND NOT EXISTS (SELECT 1 FROM scan_joined j WHERE j.root = x.root AND j.member_id = x.fact_id)
    )
    SELECT NULL::text AS root_id, NULL::text AS id, pg_current_snapshot()::text AS row_version,
           pg_current_xact_id_if_assigned()::text AS status, NULL::text AS cluster_id, NULL::jsonb AS corrected_value, NULL::text AS fact_id
    UNION ALL
    (SELECT q.root, NULL, NULL,
            CASE WHEN NOT q.kept THEN 'whole'
                 WHEN q.scan THEN CASE WHEN EXISTS (SELECT 1 FROM scan_whole w WHERE w.root = q.root) THEN 'whole' ELSE 'fresh' END
                 WHEN EXISTS (SELECT 1 FROM probed_whole w WHERE w.root_id = q.root) THEN 'whole' ELSE 'fresh' END,
            NULL, NULL, NULL
     FROM asked q
     WHERE q.since IS NOT NULL
     ORDER BY q.root)
    UNION ALL
    (SELECT c.root_id, c.id, c.row_version, c.status, a.cluster_id,
            CASE WHEN c.status <> 'pending' THEN (SELECT r.value FROM reviews r
              WHERE r.target_kind = 'claim' AND r.target_id = c.id AND r.action = 'correct'
                AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws = r.id)
              ORDER BY r.created_at DESC, r.id DESC LIMIT 1) END,
            c.fact_id
     FROM (
       SELECT m.root_id, x.id, x.status, x.article_id, x.row_version, m.fact_id
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
       ) x
       UNION ALL
       SELECT s.root, s.id, s.status, s.article_id, s.row_version, s.fact_id FROM scan_rows s
     ) c
     JOIN articles a ON a.id = c.article_id
     WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.supersedes = c.article_id)
     ORDER BY c.root_id, c.id);
END
$$;

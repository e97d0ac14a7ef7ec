-- 0047_evidence_keys_function: fact-evidence-keys as a PL/pgSQL function, so a session plans it once.
--
-- Does:    evidence_keys(jsonb): the rows fact-evidence-keys returned as its own statement (0044; its header says
--          what they are), from one RETURN QUERY. The statement has four CTEs, three UNION ALL branches and
--          lateral and correlated subqueries; PGlite parses and plans every statement it is sent, and planning
--          it cost about as much CPU as running it on a hot fact's few changed claims (a 600-article store, ten
--          facts with most claims: 3.0 -> 0.8 ms of CPU per call for a read of what changed, 6.6 -> 3.4 ms for a
--          whole read; same rows). A function's statement is planned once per session, as story_key_neighbours
--          (0029) is. STABLE: it runs in the calling statement's snapshot, which is the one it reports.
-- Inputs:  claims, facts, articles, article_versions, reviews, evidence_changes (0044).
-- Outputs: the function.

CREATE FUNCTION evidence_keys(keys_asked jsonb)
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
      SELECT q.root AS root_id, f.id AS fact_id, q.since FROM asked q CROSS JOIN LATERAL (SELECT id FROM facts WHERE id = q.root OFFSET 0) f
      UNION ALL
      SELECT q.root, f.id, q.since FROM asked q CROSS JOIN LATERAL (SELECT id FROM facts WHERE merged_into = q.root OFFSET 0) f
    ),
    judged AS MATERIALIZED (
      SELECT q.root,
             CASE WHEN q.since IS NULL THEN NULL
                  WHEN q.writer IS NOT NULL AND q.writer IS DISTINCT FROM pg_current_xact_id_if_assigned()
                       AND pg_xact_status(q.writer) IS DISTINCT FROM 'committed' THEN NULL
                  -- Probed per member (evidence_changes_fact_idx): as a join, PGlite (no statistics) scanned the whole table.
                  WHEN EXISTS (SELECT 1 FROM members m WHERE m.root_id = q.root AND EXISTS (
                                 SELECT 1 FROM evidence_changes e WHERE e.fact_id = m.fact_id AND e.xid >= q.since
                                   AND (NOT pg_visible_in_snapshot(e.xid, q.snap) OR e.xid = q.writer))) THEN NULL
                  ELSE q.since END AS since, q.snap, q.writer
      FROM asked q
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
     FROM members m
     JOIN judged j ON j.root = m.root_id
     CROSS JOIN LATERAL (
       SELECT x.id, x.status, x.article_id, x.xmin::text AS row_version FROM claims x
       WHERE x.fact_id = m.fact_id AND j.since IS NULL
       UNION ALL
       SELECT x.id, x.status, x.article_id, x.xmin::text FROM claims x
       WHERE x.fact_id = m.fact_id AND x.recorded_xid >= j.since AND (NOT pg_visible_in_snapshot(x.recorded_xid, j.snap) OR x.recorded_xid = j.writer)
     ) c
     JOIN articles a ON a.id = c.article_id
     WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.supersedes = c.article_id)
     ORDER BY m.root_id, c.id);
END
$$;

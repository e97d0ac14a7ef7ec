-- fact-evidence-keys: the extracted claims that count for some facts (their own claims and those of facts merged
--          into them), with only what can change once it is stored: reconciliation keeps the rest of each claim
--          from an earlier read (store/fact-reconciler.ts, EvidenceCache) and reads it whole (fact-evidence-claims)
--          only the first time, or after the row changed. A fact the reader read before (`since`: that read's
--          snapshot, 0044) is answered with only the claims of its members that a transaction the snapshot did not
--          see (or the reading transaction itself, `writer`) recorded or changed, when nothing else changed its
--          evidence since: no evidence_changes row of its members by such a transaction, and the reading transaction
--          committed or is this one. Otherwise, and for a fact asked without `since`, every claim.
-- Inputs:  $1 jsonb array of {root: a fact id (of a fact that is not itself merged), since: a pg_snapshot as text or
--          null, writer: xid8 as text or null}.
--          A claim of an article that a later version of its page supersedes (0021, article_versions) does not count.
-- Outputs: first one row (root_id null, id null; row_version: this statement's snapshot as text; status: this
--          transaction's id as text, or null before it has one) that the reader keeps with what it read; then per
--          fact asked with `since`, one row (root_id, id null, status: 'fresh' when only changed claims follow, else
--          'whole'); then rows (root_id, id, row_version: the row's xmin, which any change to it moves, status,
--          cluster_id, corrected_value: the latest reviewer correction not withdrawn of the claim or null), by root
--          then claim id. Only ids at or after the snapshot's xmin are probed (claims_fact_xid_idx,
--          evidence_changes_fact_idx), then tested against the snapshot, so a long transaction elsewhere (which
--          holds the xmin back) makes the probe longer, never the answer.
-- The ids are looked up one fact at a time (lateral): the planner takes a set-returning function for 100 rows
-- and hashed a sequential scan of all facts, growing with the store (issue 13).
WITH asked AS MATERIALIZED (
  SELECT q.root, q.since::pg_snapshot AS snap, pg_snapshot_xmin(q.since::pg_snapshot) AS since, q.writer::xid8 AS writer
  FROM jsonb_to_recordset($1::jsonb) AS q (root text, since text, writer text)
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

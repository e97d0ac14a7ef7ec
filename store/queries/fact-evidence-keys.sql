-- fact-evidence-keys: every extracted claim that counts for some facts (their own claims and those of facts
--          merged into them), with only what can change once it is stored: reconciliation keeps the rest of
--          each claim from an earlier read (store/fact-reconciler.ts, EvidenceCache) and reads it whole
--          (fact-evidence-claims) only the first time, or after the row changed.
-- Inputs:  $1 jsonb array of fact ids (facts that are not themselves merged).
--          A claim of an article that a later version of its page supersedes (0021, article_versions) does not count.
-- Outputs: rows (root_id, id, row_version: the row's xmin, which any change to it moves, status, cluster_id,
--          corrected_value: the latest reviewer correction not withdrawn of the claim or null), by root then claim id.
-- The ids are an array (= ANY) where facts are looked up: the planner takes a set-returning function for 100
-- rows and hashed a sequential scan of all facts, twice, growing with the store (issue 13), where the array
-- probes facts_pkey and facts_merged_into_idx.
WITH roots AS (SELECT ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) AS ids),
members AS (
  SELECT f.id AS fact_id, f.id AS root_id FROM roots q JOIN facts f ON f.id = ANY (q.ids)
  UNION ALL
  SELECT f.id, f.merged_into FROM roots q JOIN facts f ON f.merged_into = ANY (q.ids)
)
SELECT m.root_id, c.id, c.row_version, c.status, a.cluster_id,
       CASE WHEN c.status <> 'pending' THEN (SELECT r.value FROM reviews r
         WHERE r.target_kind = 'claim' AND r.target_id = c.id AND r.action = 'correct'
           AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws = r.id)
         ORDER BY r.created_at DESC, r.id DESC LIMIT 1) END AS corrected_value
FROM members m
CROSS JOIN LATERAL (SELECT x.*, x.xmin::text AS row_version FROM claims x WHERE x.fact_id = m.fact_id OFFSET 0) c
JOIN articles a ON a.id = c.article_id
WHERE NOT EXISTS (SELECT 1 FROM article_versions v WHERE v.supersedes = c.article_id)
ORDER BY m.root_id, c.id;

-- counts: the store's size at a glance.
-- Inputs:  none.
-- Outputs: one row: articles (as listings show them: one per page, its latest version, 0021), facts (those listings show: not merged into another, with a current version),
--          contested (current versions of those facts: a merged fact's last version no longer counts), versions (ints), and
--          claims_by_kind (jsonb object kind -> int; kinds without claims are absent).
SELECT
  (SELECT count(*)::int FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_versions n WHERE n.supersedes = a.id)) AS articles,
  (SELECT count(*)::int FROM facts f
    WHERE f.merged_into IS NULL AND EXISTS (SELECT 1 FROM fact_versions v WHERE v.fact_id = f.id AND v.recorded_to IS NULL)) AS facts,
  (SELECT count(*)::int FROM fact_versions v JOIN facts f ON f.id = v.fact_id
    WHERE v.recorded_to IS NULL AND v.status = 'contested' AND f.merged_into IS NULL) AS contested,
  (SELECT count(*)::int FROM fact_versions) AS versions,
  COALESCE((SELECT jsonb_object_agg(kind, n) FROM (SELECT kind, count(*)::int AS n FROM claims GROUP BY kind) k),
           '{}'::jsonb) AS claims_by_kind;

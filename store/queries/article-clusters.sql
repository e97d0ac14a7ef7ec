-- article-clusters: every article with its near-duplicate cluster, for `newsfacts articles`.
-- Inputs:  $1 boolean: true lists only articles that have a near-duplicate.
-- Outputs: rows (id, doc, url, canonical, title, published, source_name, cluster_id, cluster_size, versions: how many
--          versions its page has, 0021), clustered articles grouped together, oldest first within a cluster. An article a
--          later version of its page replaced is left out (its URL is one row, the latest version's).
SELECT a.id, a.doc, a.url, a.canonical, a.title, a.published, s.name AS source_name, a.cluster_id,
       CASE WHEN a.cluster_id IS NULL THEN 1
            ELSE (SELECT count(*) FROM articles m WHERE m.cluster_id = a.cluster_id
                    AND NOT EXISTS (SELECT 1 FROM article_versions n WHERE n.supersedes = m.id)) END AS cluster_size,
       COALESCE(v.seq, 1) AS versions
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN article_versions v ON v.article_id = a.id
WHERE (NOT $1::boolean OR a.cluster_id IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM article_versions n WHERE n.supersedes = a.id)
ORDER BY coalesce(a.cluster_id, a.id), a.created_at, a.id;

-- article-clusters: every article with its near-duplicate cluster, for `newsfacts articles`.
-- Inputs:  $1 boolean: true lists only articles that have a near-duplicate.
-- Outputs: rows (id, doc, url, canonical, title, published, source_name, cluster_id, cluster_size),
--          clustered articles grouped together, oldest first within a cluster.
SELECT a.id, a.doc, a.url, a.canonical, a.title, a.published, s.name AS source_name, a.cluster_id,
       CASE WHEN a.cluster_id IS NULL THEN 1
            ELSE (SELECT count(*) FROM articles m WHERE m.cluster_id = a.cluster_id) END AS cluster_size
FROM articles a
LEFT JOIN sources s ON s.id = a.source_id
WHERE NOT $1::boolean OR a.cluster_id IS NOT NULL
ORDER BY coalesce(a.cluster_id, a.id), a.created_at, a.id;

-- article-superseded-facts: the facts the claims of the version an article supersedes fed (0021): reconciled again
--          when the new version's claims are recorded, so the superseded claims stop counting there too.
-- Inputs:  $1 article id.
-- Outputs: rows (id: fact id), by id. None when the article supersedes nothing.
SELECT DISTINCT c.fact_id AS id
FROM article_versions v
JOIN claims c ON c.article_id = v.supersedes
WHERE v.article_id = $1 AND c.fact_id IS NOT NULL
ORDER BY 1;

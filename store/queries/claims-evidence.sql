-- claims-evidence: every claim of some facts, with the article facts that reconciliation weighs.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (claim columns, doc, published, source_name, cluster_id: the article's near-duplicate
--          cluster or NULL), ordered by fact then claim id.
SELECT c.id, c.article_id, c.kind, c.start_offset, c.end_offset, c.quote, c.subject, c.predicate, c.value,
       c.qualifier, c.attribution, c.hedge, c.extractor, c.rule, c.confidence, c.status, c.fact_id,
       a.doc, a.published, s.name AS source_name, a.cluster_id
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE c.fact_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
ORDER BY c.fact_id, c.id;

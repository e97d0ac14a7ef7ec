-- claims-list: stored claims, optionally filtered.
-- Inputs:  $1 doc or article id (nullable), $2 kind (nullable), $3 fact id (nullable). Null means any.
-- Outputs: rows (claim columns with dated_at_event, 0043, date_event, 0046, doc, published, source_name, superseded_by: the article id of the later version of
--          the claim's page that replaced it, 0021, or NULL), in document then text order.
SELECT c.id, c.article_id, c.kind, c.start_offset, c.end_offset, c.quote, c.subject, c.predicate, c.value,
       c.qualifier, c.attribution, c.hedge, c.extractor, c.rule, c.confidence, c.status, c.fact_id, c.dated_at_event, c.date_event,
       a.doc, a.published, s.name AS source_name,
       (SELECT v.article_id FROM article_versions v WHERE v.supersedes = a.id) AS superseded_by
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE ($1::text IS NULL OR a.doc = $1 OR a.id = $1)
  AND ($2::text IS NULL OR c.kind = $2)
  AND ($3::text IS NULL OR c.fact_id = $3)
ORDER BY a.doc, a.id, c.start_offset, c.end_offset, c.id;

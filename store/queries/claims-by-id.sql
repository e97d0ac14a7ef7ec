-- claims-by-id: claims by id with where they come from, to show a fact's evidence.
-- Inputs:  $1 jsonb array of claim ids.
-- Outputs: rows (claim columns with dated_at_event, 0043, date_event, 0046, doc, published, source_name, superseded_by: the article id of the later version of
--          the claim's page that replaced it, 0021, or NULL), ordered by id.
SELECT c.id, c.article_id, c.kind, c.start_offset, c.end_offset, c.quote, c.subject, c.predicate, c.value,
       c.qualifier, c.attribution, c.hedge, c.extractor, c.rule, c.confidence, c.status, c.fact_id, c.dated_at_event, c.date_event,
       a.doc, a.published, s.name AS source_name,
       (SELECT v.article_id FROM article_versions v WHERE v.supersedes = a.id) AS superseded_by
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE c.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
ORDER BY c.id;

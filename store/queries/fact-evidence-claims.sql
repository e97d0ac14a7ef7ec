-- fact-evidence-claims: some extracted claims whole, as reconciliation evidence (see fact-evidence-keys).
-- Inputs:  $1 jsonb array of claim ids.
-- Outputs: rows (the claim columns of claims-list, row_version: the row's xmin, stated_valid_from, stated_earlier,
--          stated_valid_to and cues_stored: the claim's valid-time cues, 0014 and 0030, doc, published, source_name), by claim id. Never the article's text.
SELECT c.id, c.article_id, c.kind, c.start_offset, c.end_offset, c.quote, c.subject, c.predicate, c.value,
       c.qualifier, c.attribution, c.hedge, c.extractor, c.rule, c.confidence, c.status, c.fact_id,
       c.xmin::text AS row_version, c.stated_valid_from, c.stated_earlier, c.stated_valid_to, c.cues_stored, a.doc, a.published, s.name AS source_name
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
WHERE c.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
ORDER BY c.id;

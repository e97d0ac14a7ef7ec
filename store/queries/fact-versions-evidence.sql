-- fact-versions-evidence: claims (extracted or imported) by id, as a version's evidence.
-- Inputs:  $1 jsonb array of claim ids.
-- Outputs: rows (id, origin, article_id, doc, published, source_name, kind, quote, start_offset,
--          end_offset, attribution, hedge, superseded_by: the article id of the later version of the claim's page that
--          replaced it, 0021, or NULL), by id. Imported rows quote `object attribute = value`.
SELECT c.id, 'claim' AS origin, c.article_id, a.doc, a.published, s.name AS source_name, c.kind, c.quote,
       c.start_offset, c.end_offset, c.attribution, c.hedge,
       (SELECT v.article_id FROM article_versions v WHERE v.supersedes = a.id) AS superseded_by
FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN sources s ON s.id = a.source_id
WHERE c.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
UNION ALL
SELECT i.id, 'import', NULL, s.name, i.observed_at, s.name, NULL,
       i.object || ' ' || i.attribute || ' = ' || COALESCE(i.value ->> 'text', i.value ->> 'amount'), 0, 1, NULL, NULL, NULL
FROM imported_claims i JOIN sources s ON s.id = i.source_id
WHERE i.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
ORDER BY 1;

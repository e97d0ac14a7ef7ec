-- entity-mentions: where articles name an entity (every variant of its root): article, outlet, title, the
--          claim and its quote if a claim names it, the span and text.
-- Inputs:  $1 root entity id.
-- Outputs: rows (article_id, doc, title, outlet, published, claim_id, quote, start_offset, end_offset, text),
--          by document, then offset.
SELECT x.article_id, a.doc, a.title, s.name AS outlet, a.published, x.claim_id, c.quote, x.start_offset, x.end_offset, x.text
FROM entities e
JOIN entity_mentions x ON x.entity_id = e.id
JOIN articles a ON a.id = x.article_id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN claims c ON c.id = x.claim_id
WHERE e.id = $1 OR e.merged_into = $1
ORDER BY a.doc, x.start_offset NULLS LAST, x.claim_id NULLS FIRST, x.id;

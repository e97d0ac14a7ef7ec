-- entity-mentions-insert: where an article names a variant (a claim and/or a span of its text).
-- Inputs:  $1 jsonb array of {id, entity_id, article_id, claim_id, start_offset, end_offset, text}.
-- Outputs: none. Re-recording an article finds its mentions by id.
INSERT INTO entity_mentions (id, entity_id, article_id, claim_id, start_offset, end_offset, text)
SELECT m.id, m.entity_id, m.article_id, m.claim_id, m.start_offset, m.end_offset, m.text
FROM jsonb_to_recordset($1::jsonb) AS m (id text, entity_id text, article_id text, claim_id text, start_offset integer, end_offset integer, text text)
ON CONFLICT (id) DO NOTHING;

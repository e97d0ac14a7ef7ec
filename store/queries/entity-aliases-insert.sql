-- entity-aliases-insert: a variant's lookup keys (links true) and printed forms (links false, key = the form's key).
-- Inputs:  $1 jsonb array of {entity_id, key, alias, links}.
-- Outputs: none.
INSERT INTO entity_aliases (entity_id, key, alias, links)
SELECT a.entity_id, a.key, a.alias, a.links
FROM jsonb_to_recordset($1::jsonb) AS a (entity_id text, key text, alias text, links boolean)
ON CONFLICT DO NOTHING;

-- entities-insert: make sure every variant an article describes exists.
-- Inputs:  $1 jsonb array of {id, type, name, key, sketch}, sorted by id.
-- Outputs: none. A known variant keeps its row (its id hashes everything it holds).
INSERT INTO entities (id, type, name, key, sketch)
SELECT e.id, e.type, e.name, e.key, e.sketch
FROM jsonb_to_recordset($1::jsonb) AS e (id text, type text, name text, key text, sketch jsonb)
ORDER BY e.id
ON CONFLICT (id) DO NOTHING;

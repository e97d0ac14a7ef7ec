-- facts-upsert: make sure every fact a batch of claims observes exists.
-- Inputs:  $1 jsonb array of {id, key, subject, predicate, kind, story_id, value_key}, sorted by id. Inserting in id
--          order keeps concurrent writers acquiring row locks in one order, so they queue instead of
--          deadlocking. story_id is null for an entity's fact (a person's role, an office); value_key (0057) is
--          the value key the batch's claims of a new fact give (null: none), kept only when the fact is new.
-- Outputs: rows (id) of the facts this call created (only new keys change entity resolution).
--          A known key keeps its first subject/predicate wording.
INSERT INTO facts (id, key, subject, predicate, kind, story_id, value_key)
SELECT f.id, f.key, f.subject, f.predicate, f.kind, f.story_id, f.value_key
FROM jsonb_to_recordset($1::jsonb) AS f (id text, key text, subject text, predicate text, kind text, story_id text, value_key text)
ORDER BY f.id
ON CONFLICT (key) DO NOTHING
RETURNING id;

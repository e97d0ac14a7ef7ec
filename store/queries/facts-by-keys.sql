-- facts-by-keys: the extracted facts with one of some exact keys.
-- Inputs:  $1 keys (text[]).
-- Outputs: rows (id, key, kind, merged_into, story_id), by id.
SELECT id, key, kind, merged_into, story_id FROM facts WHERE kind IS NOT NULL AND key = ANY ($1::text[]) ORDER BY id;

-- facts-rehomed-into: the facts of other stories merged into some facts: an absorbed story's facts, each re-homed into
--          its twin (`rehomeFacts`) and since carried along wherever that twin was merged, which must follow their
--          twin again when a value's facts part (`planResolution`).
-- Inputs:  $1 jsonb array of fact ids, $2 the story id in scope.
-- Outputs: rows (id, key, kind, merged_into, story_id, value_key), by id.
SELECT id, key, kind, merged_into, story_id, value_key FROM facts
WHERE merged_into = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) AND story_id IS NOT NULL AND story_id <> $2::text
ORDER BY id;

-- facts-of-stories: the facts scoped to some stories, to re-home when their story merges into another.
-- Inputs:  $1 jsonb array of story ids.
-- Outputs: rows (id, key, subject, predicate, kind, story_id, value_key), by id.
SELECT id, key, subject, predicate, kind, story_id, value_key FROM facts
WHERE story_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
ORDER BY id;

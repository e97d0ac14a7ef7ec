-- facts-by-value: the facts of some stories that share a predicate and a value key (0057, `identityValueKey`): the
--          facts resolution must look at when a fact of that story, predicate and value is reported or parts from it.
-- Inputs:  $1 jsonb array of questions {story_id, predicate (predicate key), value_key}.
-- Outputs: rows (id, key, kind, merged_into, story_id, value_key), by id; a fact answering several questions once.
-- One probe of facts_story_value_idx per question, never a scan of a story's facts.
SELECT DISTINCT f.id, f.key, f.kind, f.merged_into, f.story_id, f.value_key
FROM jsonb_to_recordset($1::jsonb) AS q (story_id text, predicate text, value_key text)
JOIN facts f ON f.story_id = q.story_id AND f.predicate_key = q.predicate AND f.value_key = q.value_key
ORDER BY f.id;

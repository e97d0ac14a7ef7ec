-- facts-related: the facts entity resolution must look at for one key: those with the same predicate
--          whose subject words include all of the given words (supersets, GIN containment) and that are in
--          the given story or name their subject (story_id null), plus the facts with one of the given
--          exact keys (the key's subsets, enumerated by the caller).
-- Inputs:  $1 predicate key, $2 subject words without the scope token (text[]), $3 exact keys (text[],
--          may be empty), $4 the story id in scope (nullable: only facts about named subjects).
-- Outputs: rows (id, key, kind, merged_into, story_id) of extracted (kind not null) facts, by id.
SELECT id, key, kind, merged_into, story_id FROM facts
WHERE kind IS NOT NULL
  AND ((predicate_key = $1 AND subject_tokens @> $2::text[] AND (story_id IS NULL OR story_id = $4::text)) OR key = ANY ($3::text[]))
ORDER BY id;

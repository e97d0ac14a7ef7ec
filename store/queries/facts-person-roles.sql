-- facts-person-roles: the extracted person facts of some subjects that are a person's own posts (`role`, or
--          `role <post>`: `role coach`), whatever the post: an entity's facts under each of its printed names.
-- Inputs:  $1 subject keys (text[]: a key's subject half, sorted normalised words joined by spaces).
-- Outputs: rows (id, key, kind, merged_into, story_id), by id.
-- Each subject's facts are found by its words (the GIN index of subject_tokens, a lateral subquery kept apart by
-- OFFSET 0), then tested on kind and post: PGlite (no statistics) ANDed the words' lookup with the index of
-- predicates over every `role …` fact of the store, a cost growing with it (issue 13).
SELECT DISTINCT f.id, f.key, f.kind, f.merged_into, f.story_id
FROM unnest($1::text[]) AS s (words)
CROSS JOIN LATERAL (
  SELECT id, key, kind, merged_into, story_id, predicate_key FROM facts
  WHERE subject_tokens @> string_to_array(s.words, ' ') AND split_part(key, '|', 1) = s.words
  OFFSET 0
) f
WHERE f.kind = 'person' AND (f.predicate_key = 'role' OR f.predicate_key LIKE 'role %')
ORDER BY f.id;

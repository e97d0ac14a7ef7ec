-- facts-person-roles: the extracted person facts of some subjects that are a person's own posts (`role`, or
--          `role <post>`: `role coach`), whatever the post: an entity's facts under each of its printed names.
-- Inputs:  $1 subject keys (text[]: a key's subject half, sorted normalised words joined by spaces).
-- Outputs: rows (id, key, kind, merged_into, story_id), by id.
SELECT DISTINCT f.id, f.key, f.kind, f.merged_into, f.story_id
FROM unnest($1::text[]) AS s (words)
JOIN facts f ON f.subject_tokens @> string_to_array(s.words, ' ') AND split_part(f.key, '|', 1) = s.words
WHERE f.kind = 'person' AND (f.predicate_key = 'role' OR f.predicate_key LIKE 'role %')
ORDER BY f.id;

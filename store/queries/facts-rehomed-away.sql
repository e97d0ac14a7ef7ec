-- facts-rehomed-away: the facts scoped to a story that count for a fact of another story: re-homed there when
--          their story merged into that one. When a pass of re-formation finds the story on its own again they
--          stand on their own again. A reviewer's merge is not among them (the caller keeps those).
-- Inputs:  $1 story id.
-- Outputs: rows (id, key, subject, predicate, kind, story_id), by id.
SELECT f.id, f.key, f.subject, f.predicate, f.kind, f.story_id
FROM facts f JOIN facts t ON t.id = f.merged_into
WHERE f.story_id = $1 AND t.story_id IS NOT NULL AND t.story_id <> $1
ORDER BY f.id;

-- facts-related: the facts entity resolution must look at for some keys, one question per key: those with
--          the question's predicate whose subject words include all of its words (supersets, GIN containment)
--          and that are in the given story or name their subject (story_id null), plus the facts with one of its
--          exact keys (the key's subsets, enumerated by the caller). Every question of a round in one statement.
-- Inputs:  $1 jsonb array of questions {i (integer), predicate (predicate key), words (subject words without the
--          scope token), keys (exact keys, may be empty)}, $2 the story id in scope (nullable: only facts about
--          named subjects).
-- Outputs: rows (i, id, key, kind, merged_into, story_id) of extracted (kind not null) facts, by question, then id;
--          a fact answering several questions comes once for each.
-- Three lookups, each by its own index, so none visits other stories' facts: the story's facts (facts_story_idx),
-- the facts about named subjects (facts_unscoped_subject_tokens_idx, 0041) and the exact keys (facts.key); a fact
-- two of them find comes once.
SELECT q.i, f.id, f.key, f.kind, f.merged_into, f.story_id
FROM jsonb_to_recordset($1::jsonb) AS q (i integer, predicate text, words text[], keys text[])
CROSS JOIN LATERAL (
  SELECT id, key, kind, merged_into, story_id FROM facts
  WHERE kind IS NOT NULL AND story_id = $2::text AND predicate_key = q.predicate AND subject_tokens @> q.words
  UNION
  SELECT id, key, kind, merged_into, story_id FROM facts
  WHERE kind IS NOT NULL AND story_id IS NULL AND predicate_key = q.predicate AND subject_tokens @> q.words
  UNION
  SELECT id, key, kind, merged_into, story_id FROM facts
  WHERE kind IS NOT NULL AND key = ANY (q.keys)
) f
ORDER BY q.i, f.id;

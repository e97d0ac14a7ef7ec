-- facts-related: the facts entity resolution must look at for some keys, one question per key: those with
--          the question's predicate whose subject words include all of its words (supersets, GIN containment)
--          and that are in the given story or name their subject (story_id null), plus the facts with one of its
--          exact keys (the key's subsets, enumerated by the caller). Every question of a round in one statement.
-- Inputs:  $1 jsonb array of questions {i (integer), predicate (predicate key), words (subject words without the
--          scope token), keys (exact keys, may be empty)}, $2 the story id in scope (nullable: only facts about
--          named subjects).
-- Outputs: rows (i, id, key, kind, merged_into, story_id, value_key) of extracted (kind not null) facts, by question, then id;
--          a fact answering several questions comes once for each.
-- Three lookups, each by its own index, so none visits other stories' facts: the story's facts (facts_story_idx,
-- read once for every question: ANDed with the index of predicates, which PGlite did, each question read every
-- story's facts of its predicate),
-- the facts about named subjects by predicate and word (facts_unscoped_predicate_words_idx, 0050: those listing the
-- predicate joined to each of the question's words, then tested on the predicate and words themselves; OFFSET 0
-- keeps PGlite, which has no statistics, from ANDing in the index of all facts' words or predicates) and the exact
-- keys (facts.key); a fact two of them find comes once.
WITH story AS MATERIALIZED (
  SELECT id, key, kind, merged_into, story_id, predicate_key, subject_tokens, value_key FROM facts WHERE story_id = $2::text
)
SELECT q.i, f.id, f.key, f.kind, f.merged_into, f.story_id, f.value_key
FROM jsonb_to_recordset($1::jsonb) AS q (i integer, predicate text, words text[], keys text[])
CROSS JOIN LATERAL (
  SELECT id, key, kind, merged_into, story_id, value_key FROM story
  WHERE kind IS NOT NULL AND predicate_key = q.predicate AND subject_tokens @> q.words
  UNION
  SELECT id, key, kind, merged_into, story_id, value_key FROM (
    SELECT id, key, kind, merged_into, story_id, predicate_key, subject_tokens, value_key FROM facts
    WHERE story_id IS NULL
      AND fact_predicate_words(predicate_key, subject_tokens) @> CASE WHEN cardinality(q.words) = 0 THEN ARRAY[q.predicate]
            ELSE ARRAY(SELECT q.predicate || chr(31) || w FROM unnest(q.words) AS w) END
    OFFSET 0
  ) named
  WHERE kind IS NOT NULL AND predicate_key = q.predicate AND subject_tokens @> q.words
  UNION
  SELECT id, key, kind, merged_into, story_id, value_key FROM facts
  WHERE kind IS NOT NULL AND key = ANY (q.keys)
) f
ORDER BY q.i, f.id;

-- 0041_facts_unscoped_subject_tokens: resolution looks up facts about named subjects without visiting every story's.
--
-- Does:    facts_unscoped_subject_tokens_idx, a GIN index of subject_tokens over the facts no story scopes
--          (story_id null). facts-related asks, per new key, for the facts whose subject words include the
--          key's words either in the article's story or about a named subject: with one index over every fact,
--          `people` matched each story's own `people` fact and filtered them by story afterwards, a cost growing
--          with the number of stories (on 10,000 generated articles, 1,259 stories, facts-related went 1.2 ->
--          6.4 ms per call while its answers went 6.5 -> 21.5 rows). The story's facts are found through
--          facts_story_idx (0009), the named subjects' through this index, and exact keys through the unique index of facts.key.
-- Inputs:  facts of 0001, 0009.
-- Outputs: the index.

CREATE INDEX facts_unscoped_subject_tokens_idx ON facts USING gin (subject_tokens) WHERE story_id IS NULL;

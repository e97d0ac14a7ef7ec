-- 0057_fact_value_keys: a story's facts found by their value (issue 17, reconcile/README.md "Value identity").
--
-- Does:    facts.value_key: the key every claim a fact ever had gives its value, when that value is of a kind that
--          rarely coincides inside a story (money, a percentage, a capacity, an age: `identityValueKey`), else null;
--          written when the fact is created and changed (only ever to null) when a claim with another value comes.
--          facts_story_value_idx finds one story's facts of one predicate and one value key, so resolution asks for a
--          fact's value twins by index, never by reading its story's facts. Facts stored before this migration have
--          none (null) and take no part until a claim creates a fact again.
-- Inputs:  facts.
-- Outputs: the column and the partial index.

ALTER TABLE facts ADD COLUMN value_key text;
CREATE INDEX facts_story_value_idx ON facts (story_id, predicate_key, value_key) WHERE value_key IS NOT NULL;

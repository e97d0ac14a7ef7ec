-- 0050_facts_predicate_words: resolution finds the facts about named subjects with a predicate and some subject
--          words by one index probe per word of that predicate, not per word.
--
-- Does:    fact_predicate_words(predicate, words): the predicate, and the predicate joined to each word (by
--          chr(31)); facts_unscoped_predicate_words_idx, a GIN index of it over the facts no story scopes. A fact
--          with predicate P whose subject words include W lists P and P·w for every w of W, so facts-related
--          asks for those (P alone when W is empty) and then tests the predicate and the words themselves: the
--          same facts as before. With 0041's index of words alone, PGlite (no statistics) took each word's
--          facts of every predicate and every story (a recurring name's word is in a fact per role, per
--          office, per story) and ANDed them with the predicate's (`amount`: a fact per story), then read each
--          from the table: on 10,000 generated articles facts-related went 1.6 -> 10.8 ms a call while its
--          answers went 6.8 -> 20.6 rows.
-- Inputs:  facts of 0001, 0004, 0009.
-- Outputs: the function and the index.

CREATE FUNCTION fact_predicate_words(predicate text, words text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT array_agg(x) FROM (SELECT predicate AS x UNION ALL SELECT predicate || chr(31) || w FROM unnest(words) AS w) AS t $$;

CREATE INDEX facts_unscoped_predicate_words_idx ON facts USING gin (fact_predicate_words(predicate_key, subject_tokens)) WHERE story_id IS NULL;

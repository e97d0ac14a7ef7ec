-- story-insert: record the story an article founds and the article's signature.
-- Inputs:  $1 story id, $2 article id, $3 published (nullable), $4 entities (jsonb array of {key, weight}),
--          $5 entity keys (text[]), $6 terms (text[]).
-- Outputs: none. A second call for the same article changes nothing.
WITH story AS (INSERT INTO stories (id) VALUES ($1) ON CONFLICT (id) DO NOTHING)
INSERT INTO article_stories (article_id, story_id, published, entities, entity_keys, terms)
VALUES ($2, $1, $3::date, $4::jsonb, $5::text[], $6::text[])
ON CONFLICT (article_id) DO NOTHING;

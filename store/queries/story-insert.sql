-- story-insert: record the story an article founds, the article's signature, and its entity keys with its
--          publish date (article_story_keys, what story-candidates searches).
-- Inputs:  $1 story id, $2 article id, $3 published (nullable), $4 entities (jsonb array of {key, weight}),
--          $5 entity keys (text[]), $6 terms (text[]), $7 marks (text[]: figures and days, `storyMarks`).
--          The signature is of this version's rules: placed by the latest pass of story re-formation (0045).
-- Outputs: none. A second call for the same article changes nothing.
WITH story AS (INSERT INTO stories (id) VALUES ($1) ON CONFLICT (id) DO NOTHING),
signature AS (
  INSERT INTO article_stories (article_id, story_id, published, entities, entity_keys, terms, marks, generation)
  VALUES ($2, $1, $3::date, $4::jsonb, $5::text[], $6::text[], $7::text[], (SELECT COALESCE(max(id), 0) FROM story_reformations))
  ON CONFLICT (article_id) DO NOTHING
  RETURNING article_id, published
)
INSERT INTO article_story_keys (key, published, article_id)
SELECT DISTINCT k.key, s.published, s.article_id FROM signature s, unnest($5::text[]) AS k (key);

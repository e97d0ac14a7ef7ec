-- story-replace-signature: a pass of story re-formation places an article: when its signature changes, the one it
--          had (with the root it is in) goes to article_story_history; the new signature replaces it in article_stories
--          and its entity keys not yet indexed for the article are added to article_story_keys (0045).
-- Inputs:  $1 article id, $2 the pass, $3 entities (jsonb array of {key, weight}), $4 entity keys (text[]),
--          $5 terms (text[]), $6 marks (text[]), $7 whether the signature changed (boolean).
-- Outputs: none.
WITH old AS (
  SELECT a.*, COALESCE(s.merged_into, s.id) AS root FROM article_stories a JOIN stories s ON s.id = a.story_id
  WHERE a.article_id = $1
),
kept AS (
  INSERT INTO article_story_history (article_id, replaced_by, story_id, published, entities, terms, marks)
  SELECT article_id, $2, root, published, entities, terms, marks FROM old WHERE $7::boolean
  ON CONFLICT (article_id, replaced_by) DO NOTHING
),
placed AS (
  UPDATE article_stories SET generation = $2, entities = $3::jsonb, entity_keys = $4::text[], terms = $5::text[], marks = $6::text[]
  WHERE article_id = $1
  RETURNING article_id, published
)
INSERT INTO article_story_keys (key, published, article_id)
SELECT DISTINCT k.key, p.published, p.article_id FROM placed p, unnest($4::text[]) AS k (key)
WHERE NOT EXISTS (
  SELECT 1 FROM article_story_keys x
  WHERE x.key = k.key AND x.article_id = p.article_id AND (x.published = p.published OR (x.published IS NULL AND p.published IS NULL))
);

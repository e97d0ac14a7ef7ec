-- 0009_stories: stories (articles about one event over time) and story-scoped facts.
--
-- Does:    - stories: one row per story an article founded (`s_` + the article id's hex); a story that a
--            later article joined to another points at the surviving one with merged_into (the smallest
--            id of the component, so membership and ids do not depend on arrival order);
--          - article_stories: each reconciled article's story signature (entity keys with weights,
--            content terms, publish date) and the story it founded, GIN-indexed on its entity keys for
--            finding the articles it may belong with;
--          - facts.story_id: the story a story-scoped fact belongs to (null: an entity's fact, e.g. a
--            person's role, or a fact stored before stories existed).
-- Inputs:  the tables of 0001–0008.
-- Outputs: the tables, columns and indexes above. Stories and signatures are never deleted.

CREATE TABLE stories (
  id           text PRIMARY KEY,
  merged_into  text REFERENCES stories (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stories_merged_into_idx ON stories (merged_into);

CREATE TABLE article_stories (
  article_id   text PRIMARY KEY REFERENCES articles (id),
  story_id     text NOT NULL REFERENCES stories (id),
  published    date,
  entities     jsonb NOT NULL,
  entity_keys  text[] NOT NULL,
  terms        text[] NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_stories_story_idx ON article_stories (story_id);
CREATE INDEX article_stories_entity_keys_idx ON article_stories USING gin (entity_keys) WITH (fastupdate = off);

ALTER TABLE facts ADD COLUMN story_id text REFERENCES stories (id);
CREATE INDEX facts_story_idx ON facts (story_id) WHERE story_id IS NOT NULL;

CREATE TRIGGER stories_no_delete BEFORE DELETE ON stories FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER stories_no_truncate BEFORE TRUNCATE ON stories FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_stories_no_delete BEFORE DELETE ON article_stories FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_stories_no_truncate BEFORE TRUNCATE ON article_stories FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

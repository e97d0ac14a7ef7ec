-- 0045_story_reformation: stories formed again by the rules of this version (`newsfacts reidentify`), with the
--          signatures and memberships they replace kept.
--
-- Does:    - story_reformations: one row per pass that forms every stored article's story again (`reidentify`),
--            numbered from 1, in two phases: placing every article (placed_at set when done), then moving each
--            article, its facts and its claims to the story it was placed in (finished_at). An interrupted pass
--            is resumed, not started again;
--          - article_stories.generation: the pass whose rules made the article's signature and placed it (0: the
--            first placement, before any pass). A pass links an article only to articles it has already placed,
--            so an old chain (two events joined through a recurring name, by rules before 0042) is not followed;
--          - stories.pass_into: the story a pass's placing merged this one into (null: a root of the pass), kept
--            apart from merged_into until the whole partition is known, so an article that an earlier one of its
--            story does not link to until a later one arrives is never moved out and back in (which would write
--            versions of facts that end where they were);
--          - article_story_history: the signature and story (the root it was in) an article had before a pass
--            changed either, one row per article and pass. Append-only: UPDATE, DELETE and TRUNCATE raise
--            NF001 (newsfacts_forbid_change of 0002). article_stories holds the current signature, stories the
--            current membership (merged_into, as a join already updates it).
--          A new signature's entity keys are added to article_story_keys (which stays append-only); a key the
--          article no longer has still finds it as a candidate, which its current signature then refuses.
-- Inputs:  article_stories of 0009, 0042.
-- Outputs: the tables, the column (default 0: no row is rewritten, no trigger fires), triggers.

CREATE TABLE story_reformations (
  id           integer PRIMARY KEY,
  started_at   timestamptz NOT NULL DEFAULT now(),
  placed_at    timestamptz,
  finished_at  timestamptz
);

ALTER TABLE article_stories ADD COLUMN generation integer NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN pass_into text REFERENCES stories (id);
CREATE INDEX stories_pass_into_idx ON stories (pass_into) WHERE pass_into IS NOT NULL;

CREATE TABLE article_story_history (
  article_id   text NOT NULL REFERENCES article_stories (article_id),
  replaced_by  integer NOT NULL REFERENCES story_reformations (id),
  story_id     text NOT NULL REFERENCES stories (id),
  published    date,
  entities     jsonb NOT NULL,
  terms        text[] NOT NULL,
  marks        text[],
  replaced_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, replaced_by)
);

CREATE TRIGGER article_story_history_no_update BEFORE UPDATE ON article_story_history FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_story_history_no_delete BEFORE DELETE ON article_story_history FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_story_history_no_truncate BEFORE TRUNCATE ON article_story_history FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

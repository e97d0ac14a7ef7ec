-- 0020_entities: the people, organisations, places and projects articles name, with aliases and mentions.
--
-- Does:    - entities: one row per variant (`e_` + hash of type, key and context: how one or more articles
--            describe an entity, `reconcile/entities.ts`), its sketch (name, words, lookup keys, a person's
--            organisations and role words); variants that are one entity (`sameEntity`) point at the surviving
--            one, the smallest id of their component, with merged_into (so ids do not depend on arrival order);
--          - entity_aliases: each variant's lookup keys (links: what cross-article identity looks up, indexed)
--            and the surface forms articles print for it;
--          - entity_mentions: where an article names a variant: a claim (claim_id) and/or a span of its text.
-- Inputs:  the tables of 0001–0019.
-- Outputs: the tables and indexes above. Nothing here is ever deleted.

CREATE TABLE entities (
  id           text PRIMARY KEY,
  type         text NOT NULL CHECK (type IN ('person', 'organisation', 'place', 'project')),
  name         text NOT NULL,
  key          text NOT NULL,
  sketch       jsonb NOT NULL,
  merged_into  text REFERENCES entities (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entities_merged_into_idx ON entities (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX entities_key_idx ON entities (key);

CREATE TABLE entity_aliases (
  entity_id    text NOT NULL REFERENCES entities (id),
  key          text NOT NULL,
  alias        text NOT NULL,
  links        boolean NOT NULL,
  PRIMARY KEY (entity_id, key, alias)
);
CREATE INDEX entity_aliases_links_idx ON entity_aliases (key) WHERE links;

CREATE TABLE entity_mentions (
  id           text PRIMARY KEY,
  entity_id    text NOT NULL REFERENCES entities (id),
  article_id   text NOT NULL REFERENCES articles (id),
  claim_id     text,
  start_offset integer,
  end_offset   integer,
  text         text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX entity_mentions_entity_idx ON entity_mentions (entity_id);
CREATE INDEX entity_mentions_article_idx ON entity_mentions (article_id);
CREATE INDEX entity_mentions_claim_idx ON entity_mentions (claim_id) WHERE claim_id IS NOT NULL;

CREATE TRIGGER entities_no_delete BEFORE DELETE ON entities FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER entities_no_truncate BEFORE TRUNCATE ON entities FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER entity_aliases_no_delete BEFORE DELETE ON entity_aliases FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER entity_aliases_no_truncate BEFORE TRUNCATE ON entity_aliases FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER entity_mentions_no_delete BEFORE DELETE ON entity_mentions FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER entity_mentions_no_truncate BEFORE TRUNCATE ON entity_mentions FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

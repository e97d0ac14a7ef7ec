-- entity-variants-insert: store the variants an article describes, their lookup keys and printed forms, and
--          where the article names them, in one statement (aliases and mentions name variants inserted by it:
--          foreign keys are checked when the statement ends).
-- Inputs:  $1 jsonb array of variants {id, type, name, key, sketch}, sorted by id; $2 jsonb array of aliases
--          {entity_id, key, alias, links}: a variant's lookup keys (links true) and printed forms (links false, key =
--          the form's key); $3 jsonb array of mentions {id, entity_id, article_id, claim_id, start_offset, end_offset,
--          text} (a claim and/or a span of its text; may be empty).
-- Outputs: none. A known variant keeps its row (its id hashes everything it holds); re-recording an article finds
--          its aliases and mentions already there.
WITH variants AS (
  INSERT INTO entities (id, type, name, key, sketch)
  SELECT e.id, e.type, e.name, e.key, e.sketch
  FROM jsonb_to_recordset($1::jsonb) AS e (id text, type text, name text, key text, sketch jsonb)
  ORDER BY e.id
  ON CONFLICT (id) DO NOTHING
), aliases AS (
  INSERT INTO entity_aliases (entity_id, key, alias, links)
  SELECT a.entity_id, a.key, a.alias, a.links
  FROM jsonb_to_recordset($2::jsonb) AS a (entity_id text, key text, alias text, links boolean)
  ON CONFLICT DO NOTHING
)
INSERT INTO entity_mentions (id, entity_id, article_id, claim_id, start_offset, end_offset, text)
SELECT m.id, m.entity_id, m.article_id, m.claim_id, m.start_offset, m.end_offset, m.text
FROM jsonb_to_recordset($3::jsonb) AS m (id text, entity_id text, article_id text, claim_id text, start_offset integer, end_offset integer, text text)
ON CONFLICT (id) DO NOTHING;

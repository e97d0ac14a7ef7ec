-- entity-roots-of-keys: the entity (root) each of some person keys names, and every key of that entity's
--          variants: what fact resolution needs to join a person's facts printed under two names.
-- Inputs:  $1 person entity keys (`p:` + sorted words, text[]).
-- Outputs: rows (key, root_id, variant_key): for each given key found, one row per variant of its entity.
WITH found AS (
  SELECT DISTINCT e.key, COALESCE(e.merged_into, e.id) AS root_id
  FROM entities e WHERE e.type = 'person' AND e.key = ANY ($1::text[])
)
SELECT f.key, f.root_id, v.key AS variant_key
FROM found f JOIN entities v ON (v.id = f.root_id OR v.merged_into = f.root_id)
ORDER BY f.key, v.key;

-- entity-candidates: the stored variants sharing a lookup key with some variants (index on entity_aliases.key):
--          the only ones `sameEntity` can join them with.
-- Inputs:  $1 lookup keys (text[]).
-- Outputs: rows (id, root_id, sketch), by id.
-- The variants are looked up by id (= ANY of an array): as a join, PGlite (no statistics) hashed a sequential
-- scan of every entity for the few aliases found, a cost growing with the store (issue 13: 1.0 -> 6.5 ms a call
-- over 10,000 articles).
SELECT e.id, COALESCE(e.merged_into, e.id) AS root_id, e.sketch
FROM entities e
WHERE e.id = ANY (ARRAY(SELECT a.entity_id FROM entity_aliases a WHERE a.links AND a.key = ANY ($1::text[])))
ORDER BY e.id;

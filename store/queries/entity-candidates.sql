-- entity-candidates: the stored variants sharing a lookup key with some variants (index on entity_aliases.key):
--          the only ones `sameEntity` can join them with.
-- Inputs:  $1 lookup keys (text[]).
-- Outputs: rows (id, root_id, sketch), by id.
SELECT DISTINCT e.id, COALESCE(e.merged_into, e.id) AS root_id, e.sketch
FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
WHERE a.links AND a.key = ANY ($1::text[])
ORDER BY e.id;

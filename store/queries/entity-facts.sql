-- entity-facts: the facts an entity's claims support (the fact each naming claim counts for), current version.
-- Inputs:  $1 root entity id.
-- Outputs: rows (id, subject, predicate, status, value, claims: ids of the entity's claims in it), by subject.
WITH claims_of AS (
  SELECT DISTINCT x.claim_id FROM entities e JOIN entity_mentions x ON x.entity_id = e.id
  WHERE (e.id = $1 OR e.merged_into = $1) AND x.claim_id IS NOT NULL
),
facts_of AS (
  SELECT COALESCE(f.merged_into, f.id) AS id, array_agg(DISTINCT c.id ORDER BY c.id) AS claims
  FROM claims_of k JOIN claims c ON c.id = k.claim_id JOIN facts f ON f.id = c.fact_id
  GROUP BY COALESCE(f.merged_into, f.id)
)
SELECT f.id, f.subject, f.predicate, v.status, v.value, x.claims
FROM facts_of x JOIN facts f ON f.id = x.id
JOIN fact_versions v ON v.fact_id = f.id AND v.recorded_to IS NULL
ORDER BY f.subject, f.predicate, f.id;

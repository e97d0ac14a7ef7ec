-- claim-target: an extracted or imported claim by id, with the fact its evidence counts for.
-- Inputs:  $1 claim id.
-- Outputs: at most one row (id, origin 'claim' | 'import', fact_id, root_id).
SELECT c.id, 'claim' AS origin, c.fact_id, COALESCE(f.merged_into, f.id) AS root_id
FROM claims c LEFT JOIN facts f ON f.id = c.fact_id WHERE c.id = $1
UNION ALL
SELECT i.id, 'import', i.fact_id, COALESCE(f.merged_into, f.id)
FROM imported_claims i JOIN facts f ON f.id = i.fact_id WHERE i.id = $1;

-- version-members: the claims in each candidate slot of some facts' latest versions (the replay of their
--          version_members rows), which a reconcile diffs its result against.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (fact_id, slot, claim_id), by fact, slot, claim. Facts whose versions predate 0018 have none.
SELECT x.fact_id, x.slot, x.claim_id
FROM (
  SELECT DISTINCT ON (p.fact_id, m.slot, m.claim_id) p.fact_id, m.slot, m.claim_id, m.added
  FROM fact_versions p
  JOIN version_members m ON m.version_id = p.id
  WHERE p.fact_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
  ORDER BY p.fact_id, m.slot, m.claim_id, p.seq DESC
) x
WHERE x.added
ORDER BY x.fact_id, x.slot, x.claim_id;

-- version-members: the claims in each candidate slot of some facts' latest versions (the replay of their
--          version_members rows), which a reconcile diffs its result against.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (fact_id, slot, claim_id), by fact, slot, claim. Facts whose versions predate 0018 have none.
-- Each version's members are read through version_members' primary key (a lateral subquery kept apart by
-- OFFSET 0): as a join, PGlite (no statistics) hashed a sequential scan of every version's members, a cost
-- growing with the store (issue 13: 2.6 -> 22.8 ms a call over 10,000 articles).
SELECT x.fact_id, x.slot, x.claim_id
FROM (
  SELECT DISTINCT ON (p.fact_id, m.slot, m.claim_id) p.fact_id, m.slot, m.claim_id, m.added
  FROM fact_versions p
  CROSS JOIN LATERAL (SELECT v.slot, v.claim_id, v.added FROM version_members v WHERE v.version_id = p.id OFFSET 0) m
  WHERE p.fact_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
  ORDER BY p.fact_id, m.slot, m.claim_id, p.seq DESC
) x
WHERE x.added
ORDER BY x.fact_id, x.slot, x.claim_id;

-- fact-revisions: the revision of each of some facts: versions ever written + reviews of the fact.
--          It moves on every change a reviewer could have missed, so it is the fact's ETag.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (id, revision) for the facts that exist.
SELECT f.id,
       (SELECT count(*) FROM fact_versions x WHERE x.fact_id = f.id)
         + (SELECT count(*) FROM reviews r WHERE r.target_kind = 'fact' AND r.target_id = f.id) AS revision
FROM facts f
WHERE f.id IN (SELECT jsonb_array_elements_text($1::jsonb));

-- fact-revisions: the revision of each of some facts: versions ever written + reviews of the fact.
--          It moves on every change a reviewer could have missed, so it is the fact's ETag. Versions ever written
--          is the latest seq (a fact's versions are numbered 1, 2, ... without gaps: version-insert writes the open
--          one's seq + 1), one index probe instead of counting a hot fact's hundreds of versions.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (id, revision) for the facts that exist.
SELECT f.id,
       (SELECT COALESCE(max(x.seq), 0) FROM fact_versions x WHERE x.fact_id = f.id)
         + (SELECT count(*) FROM reviews r WHERE r.target_kind = 'fact' AND r.target_id = f.id) AS revision
FROM facts f
WHERE f.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)));

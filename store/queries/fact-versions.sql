-- fact-versions: a fact's whole history.
-- Inputs:  $1 fact id.
-- Outputs: rows (version columns, supporting, opposing), oldest (seq 1) first.
SELECT v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason, v.candidates,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'support'), '[]'::jsonb) AS supporting,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'oppose'), '[]'::jsonb) AS opposing
FROM fact_versions v
WHERE v.fact_id = $1
ORDER BY v.seq;

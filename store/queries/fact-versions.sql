-- fact-versions: a fact's whole history.
-- Inputs:  $1 fact id.
-- Outputs: rows (version columns, supporting, opposing, evidence_form, fingerprint, explicit_supporting,
--          explicit_opposing), oldest (seq 1) first. A 'delta' version (0018) has empty supporting and opposing here:
--          its evidence is the replay of version-changes (store/version-evidence.ts).
SELECT v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason, v.candidates,
       v.evidence_form, v.fingerprint, v.supporting AS explicit_supporting, v.opposing AS explicit_opposing,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'support'), '[]'::jsonb) AS supporting,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'oppose'), '[]'::jsonb) AS opposing
FROM fact_versions v
WHERE v.fact_id = $1
ORDER BY v.seq;

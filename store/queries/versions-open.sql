-- versions-open: the current (open) version of some facts, with its evidence sets.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (version columns, supporting and opposing as jsonb arrays of claim ids, evidence_form,
--          fingerprint, explicit_supporting, explicit_opposing); at most one per fact (fact_versions_one_open_idx).
--          A 'delta' version (0018) answers with its fingerprint: no evidence is read for it.
SELECT v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason, v.candidates,
       v.evidence_form, v.fingerprint, v.supporting AS explicit_supporting, v.opposing AS explicit_opposing,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'support'), '[]'::jsonb) AS supporting,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'oppose'), '[]'::jsonb) AS opposing
FROM fact_versions v
WHERE v.fact_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
  AND v.recorded_to IS NULL;

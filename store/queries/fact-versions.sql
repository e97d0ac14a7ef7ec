-- fact-versions: a fact's history, or the part of it a page reads.
-- Inputs:  $1 fact id, $2 the first version's seq (1: from the start), $3 how many versions at most (null: all).
-- Outputs: rows (version columns, supporting, opposing, evidence_form, fingerprint, explicit_supporting,
--          explicit_opposing), oldest first, from seq $2 (fact_versions_fact_id_seq_key). A 'delta' version (0018) has empty supporting and opposing here:
--          its evidence is the replay of version-changes (store/version-evidence.ts). A 'slots' version (0036) reads
--          as a 'delta' one, its candidates replayed by version_candidates.
SELECT v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason, version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates) AS candidates,
       CASE WHEN v.evidence_form = 'slots' THEN 'delta' ELSE v.evidence_form END AS evidence_form, v.fingerprint, v.supporting AS explicit_supporting, v.opposing AS explicit_opposing,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'support'), '[]'::jsonb) AS supporting,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'oppose'), '[]'::jsonb) AS opposing
FROM fact_versions v
WHERE v.fact_id = $1 AND v.seq >= $2::int
ORDER BY v.seq
LIMIT $3::int;

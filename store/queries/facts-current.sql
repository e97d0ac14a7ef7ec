-- facts-current: facts with their current version, optionally filtered.
-- Inputs:  $1 fact id (nullable), $2 status (nullable), $3 text the subject contains, any case (nullable),
--          $4 contested (boolean, nullable: true = only contested, false = only not contested).
--          Facts merged into another (entity resolution) are left out unless asked for by id.
-- Outputs: rows (key, subject, predicate, fact_kind, version columns, supporting, opposing, evidence_form,
--          fingerprint, explicit_supporting, explicit_opposing, members: for a 'delta' version (0018) the
--          [slot, claim id, doc] its candidates hold, replayed from version_members by version_members_at, 0019), by subject. A 'slots' version (0036)
--          reads as a 'delta' one, its candidates replayed by version_candidates.
SELECT f.key, f.subject, f.predicate, f.kind AS fact_kind,
       v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason, version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates) AS candidates,
       CASE WHEN v.evidence_form = 'slots' THEN 'delta' ELSE v.evidence_form END AS evidence_form, v.fingerprint, v.supporting AS explicit_supporting, v.opposing AS explicit_opposing,
       CASE WHEN v.evidence_form <> 'full' THEN version_members_at(v.fact_id, v.seq) END AS members,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'support'), '[]'::jsonb) AS supporting,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'oppose'), '[]'::jsonb) AS opposing
FROM facts f
JOIN fact_versions v ON v.fact_id = f.id AND v.recorded_to IS NULL
WHERE (f.merged_into IS NULL OR f.id = $1)
  AND ($1::text IS NULL OR f.id = $1)
  AND ($2::text IS NULL OR v.status = $2)
  AND ($3::text IS NULL OR strpos(lower(f.subject), lower($3)) > 0)
  AND ($4::boolean IS NULL OR (v.status = 'contested') = $4)
ORDER BY f.subject, f.predicate, f.id;

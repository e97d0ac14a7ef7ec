-- facts-batch: one batch of facts with their current version, keyset-paginated, for the export and fact lists at any
--          store size (the members of their 'delta' versions come from version-members-batch, one query a batch).
-- Inputs:  $1 attention rank (nullable: every fact; 0 contested, 1 needs-review, 2 with a disputed (outweighed)
--          value, 3 the rest), $2 status (nullable), $3 text the subject contains, any case (nullable),
--          $4 contested (boolean, nullable: true = only contested, false = only not contested),
--          $5 subject, $6 predicate, $7 fact id of the last row of the previous batch (all null on the first),
--          $8 batch size. Facts merged into another (entity resolution) are left out.
-- Outputs: rows (key, subject, predicate, fact_kind, version columns, evidence_form, fingerprint, explicit_supporting,
--          explicit_opposing, supporting, opposing: a 'full' version's evidence (before 0018), empty for a 'delta'
--          one), by subject, predicate, id (the database's collation, as facts-current). A 'slots' version (0036) reads
--          as a 'delta' one, its candidates replayed by version_candidates; it answers 'disputed' from its column.
-- Plan:    unnamed statements are planned with their parameters bound, so the rank's branch is all that stays, in
--          the terms the planner has statistics and indexes for (status: fact_versions_open_status_idx, 0007; a
--          disputed value: fact_versions_open_disputed_form_idx, 0036). The common rank walks facts_unmerged_order_idx
--          (0024) from the cursor and stops at the batch size; a rare one finds its facts by index and sorts just
--          those.
SELECT f.key, f.subject, f.predicate, f.kind AS fact_kind,
       v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason, version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates) AS candidates,
       CASE WHEN v.evidence_form = 'slots' THEN 'delta' ELSE v.evidence_form END AS evidence_form, v.fingerprint, v.supporting AS explicit_supporting, v.opposing AS explicit_opposing,
       CASE WHEN v.evidence_form = 'full' THEN
         COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                   WHERE e.version_id = v.id AND e.stance = 'support'), '[]'::jsonb)
       ELSE '[]'::jsonb END AS supporting,
       CASE WHEN v.evidence_form = 'full' THEN
         COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                   WHERE e.version_id = v.id AND e.stance = 'oppose'), '[]'::jsonb)
       ELSE '[]'::jsonb END AS opposing
FROM facts f
JOIN fact_versions v ON v.fact_id = f.id AND v.recorded_to IS NULL
WHERE f.merged_into IS NULL
  AND ($1::int IS NULL
       OR ($1::int = 0 AND v.status = 'contested')
       OR ($1::int = 1 AND v.status = 'needs-review')
       OR ($1::int = 2 AND v.status NOT IN ('contested', 'needs-review') AND CASE WHEN v.evidence_form = 'slots' THEN v.disputed ELSE v.candidates @> '[{"status": "disputed"}]'::jsonb END)
       OR ($1::int = 3 AND v.status NOT IN ('contested', 'needs-review') AND NOT CASE WHEN v.evidence_form = 'slots' THEN v.disputed ELSE v.candidates @> '[{"status": "disputed"}]'::jsonb END))
  AND ($2::text IS NULL OR v.status = $2)
  AND ($3::text IS NULL OR strpos(lower(f.subject), lower($3)) > 0)
  AND ($4::boolean IS NULL OR (v.status = 'contested') = $4)
  AND ($7::text IS NULL OR (f.subject, f.predicate, f.id) > ($5::text, $6::text, $7::text))
ORDER BY f.subject, f.predicate, f.id
LIMIT $8::int;

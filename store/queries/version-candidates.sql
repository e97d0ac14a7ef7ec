-- version-candidates: the candidates of some 'slots' versions (0036) as 0018 stored them, replayed, which a
--          reconcile diffs its result against when this process did not write the version itself.
-- Inputs:  $1 jsonb array of {"fact_id", "seq"}: the versions.
-- Outputs: rows (fact_id, candidates: jsonb array, in the version's order), one per version asked.
SELECT b.fact_id, version_candidates_at(b.fact_id, b.seq) AS candidates
FROM jsonb_to_recordset($1::jsonb) AS b(fact_id text, seq integer);

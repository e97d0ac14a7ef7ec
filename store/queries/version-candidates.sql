-- version-candidates: the live candidate entries of some 'slots' versions (0036, 0037), replayed in list order with
--          their order keys, which a reconcile diffs against when this process did not write the version itself.
-- Inputs:  $1 jsonb array of {"fact_id", "seq"}: the versions.
-- Outputs: rows (fact_id, candidates: jsonb array of entries with `pos`, or 0036's `rank`), one per version asked.
SELECT b.fact_id, version_slot_entries_at(b.fact_id, b.seq) AS candidates
FROM jsonb_to_recordset($1::jsonb) AS b(fact_id text, seq integer);

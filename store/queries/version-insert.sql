-- version-insert: append the next version of some facts (open: recorded_to NULL), one statement per batch.
-- Inputs:  $1 jsonb array of {id, fact_id, seq, status, value (jsonb or null), valid_from, valid_to, confidence,
--          reason, candidates (jsonb: the candidate entries that changed, store/version-evidence.ts, or with snapshot
--          true every listed one, 0038), snapshot (true or null), listed (jsonb: what a list shows, 0040), disputed,
--          fingerprint, supporting and opposing (jsonb arrays or null)}, sorted by fact_id; $2 recorded_from (timestamptz).
--          Versions are written in the 'slots' evidence form (0036); their membership changes go to version_members.
-- Outputs: none. Fails (unique) if a fact already has an open version or that seq.
INSERT INTO fact_versions (id, fact_id, seq, status, value, valid_from, valid_to, recorded_from,
                           confidence, reason, candidates, evidence_form, snapshot, listed, disputed, fingerprint, supporting, opposing)
SELECT v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, $2::timestamptz,
       v.confidence, v.reason, v.candidates, 'slots', v.snapshot, v.listed, v.disputed, v.fingerprint, v.supporting, v.opposing
FROM jsonb_to_recordset($1::jsonb) AS v (id text, fact_id text, seq integer, status text, value jsonb, valid_from date,
                                         valid_to date, confidence double precision, reason text, candidates jsonb,
                                         snapshot boolean, listed jsonb, disputed boolean,
                                         fingerprint text, supporting jsonb, opposing jsonb)
ORDER BY v.fact_id;

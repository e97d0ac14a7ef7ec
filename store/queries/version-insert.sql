-- version-insert: append a fact's next version (open: recorded_to NULL).
-- Inputs:  $1 id, $2 fact_id, $3 seq, $4 status, $5 value (jsonb text or null), $6 valid_from, $7 valid_to,
--          $8 recorded_from (timestamptz), $9 confidence, $10 reason, $11 candidates (jsonb text).
-- Outputs: none. Fails (unique) if the fact already has an open version or this seq.
INSERT INTO fact_versions (id, fact_id, seq, status, value, valid_from, valid_to, recorded_from,
                           confidence, reason, candidates)
VALUES ($1, $2, $3, $4, $5::jsonb, $6::date, $7::date, $8::timestamptz, $9, $10, $11::jsonb);

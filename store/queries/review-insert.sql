-- review-insert: record a reviewer's decision (reviews are append-only inputs to reconciliation).
-- Inputs:  $1 id, $2 target_kind, $3 target_id, $4 action, $5 value (jsonb text or null), $6 reason,
--          $7 reviewer, $8 created_at (timestamptz), $9 seen_claim_ids (jsonb array), $10 withdraws (the review a
--          withdrawal takes back, else null).
-- Outputs: the row.
INSERT INTO reviews (id, target_kind, target_id, action, value, reason, reviewer, created_at, seen_claim_ids, withdraws)
VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8::timestamptz, $9::jsonb, $10)
RETURNING id, target_kind, target_id, action, value, reason, reviewer, created_at, seen_claim_ids, withdraws, NULL::text AS withdrawn_by;

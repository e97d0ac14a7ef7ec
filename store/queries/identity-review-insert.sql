-- identity-review-insert: record a reviewer's decision on fact identity (append-only, 0023).
-- Inputs:  $1 id, $2 action (merge | move | withdraw), $3 target_kind, $4 target_id, $5 into_fact, $6 from_fact,
--          $7 reason, $8 reviewer, $9 created_at (timestamptz), $10 withdraws.
-- Outputs: the row, with withdrawn_by null.
INSERT INTO identity_reviews (id, action, target_kind, target_id, into_fact, from_fact, reason, reviewer, created_at, withdraws)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz, $10)
RETURNING id, action, target_kind, target_id, into_fact, from_fact, reason, reviewer, created_at, withdraws, NULL::text AS withdrawn_by;

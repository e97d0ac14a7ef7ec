-- review-find: one review by id, with the withdrawal that took it back.
-- Inputs:  $1 review id.
-- Outputs: at most one row (review columns, withdraws, withdrawn_by).
SELECT r.id, r.target_kind, r.target_id, r.action, r.value, r.reason, r.reviewer, r.created_at, r.seen_claim_ids, r.withdraws,
       (SELECT w.id FROM reviews w WHERE w.withdraws = r.id) AS withdrawn_by
FROM reviews r WHERE r.id = $1;

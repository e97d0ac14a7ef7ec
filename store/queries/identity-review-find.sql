-- identity-review-find: one identity review by id, with the withdrawal that took it back.
-- Inputs:  $1 review id.
-- Outputs: at most one row.
SELECT r.id, r.action, r.target_kind, r.target_id, r.into_fact, r.from_fact, r.reason, r.reviewer, r.created_at, r.withdraws,
       (SELECT w.id FROM identity_reviews w WHERE w.withdraws = r.id) AS withdrawn_by
FROM identity_reviews r WHERE r.id = $1;

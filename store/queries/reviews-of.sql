-- reviews-of: every review of one target, oldest first.
-- Inputs:  $1 target_kind ('claim' | 'fact'), $2 target id.
-- Outputs: rows (review columns, withdraws, withdrawn_by: the withdrawal that took the review back or null).
SELECT r.id, r.target_kind, r.target_id, r.action, r.value, r.reason, r.reviewer, r.created_at, r.seen_claim_ids, r.withdraws,
       (SELECT w.id FROM reviews w WHERE w.withdraws = r.id) AS withdrawn_by
FROM reviews r WHERE r.target_kind = $1 AND r.target_id = $2
ORDER BY r.created_at, r.id;

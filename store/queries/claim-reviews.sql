-- claim-reviews: every review of some claims, oldest first.
-- Inputs:  $1 jsonb array of claim ids.
-- Outputs: rows (review columns, withdraws, withdrawn_by: the withdrawal that took the review back or null).
SELECT r.id, r.target_kind, r.target_id, r.action, r.value, r.reason, r.reviewer, r.created_at, r.seen_claim_ids, r.withdraws,
       (SELECT w.id FROM reviews w WHERE w.withdraws = r.id) AS withdrawn_by
FROM reviews r
WHERE r.target_kind = 'claim' AND r.target_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
ORDER BY r.created_at, r.id;

-- claim-reviews: every review of some claims, oldest first.
-- Inputs:  $1 jsonb array of claim ids.
-- Outputs: rows (review columns).
SELECT id, target_kind, target_id, action, value, reason, reviewer, created_at, seen_claim_ids
FROM reviews
WHERE target_kind = 'claim' AND target_id IN (SELECT jsonb_array_elements_text($1::jsonb))
ORDER BY created_at, id;

-- reviews-of: every review of one target, oldest first.
-- Inputs:  $1 target_kind ('claim' | 'fact'), $2 target id.
-- Outputs: rows (review columns).
SELECT id, target_kind, target_id, action, value, reason, reviewer, created_at, seen_claim_ids
FROM reviews WHERE target_kind = $1 AND target_id = $2
ORDER BY created_at, id;

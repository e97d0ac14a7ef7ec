-- fact-reviews: the latest review of each of some facts.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (id, target_kind, target_id, action, value, reason, reviewer, created_at, seen_claim_ids),
--          at most one per fact.
SELECT DISTINCT ON (target_id) id, target_kind, target_id, action, value, reason, reviewer, created_at, seen_claim_ids
FROM reviews
WHERE target_kind = 'fact' AND target_id IN (SELECT jsonb_array_elements_text($1::jsonb))
ORDER BY target_id, created_at DESC, id DESC;

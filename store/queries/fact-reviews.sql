-- fact-reviews: the latest review that counts of each of some facts: not a withdrawal, and not withdrawn (0012).
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (id, target_kind, target_id, action, value, reason, reviewer, created_at, seen_claim_ids),
--          at most one per fact.
SELECT DISTINCT ON (r.target_id) r.id, r.target_kind, r.target_id, r.action, r.value, r.reason, r.reviewer, r.created_at, r.seen_claim_ids,
       r.withdraws, NULL::text AS withdrawn_by
FROM reviews r
WHERE r.target_kind = 'fact' AND r.target_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
  AND r.action <> 'withdraw' AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws = r.id)
ORDER BY r.target_id, r.created_at DESC, r.id DESC;

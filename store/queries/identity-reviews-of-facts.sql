-- identity-reviews-of-facts: the identity reviews that name some facts, as target or destination, oldest first,
--          each with the withdrawal that took it back (a fact's history shows them).
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (identity review columns, withdrawn_by).
WITH ids AS (SELECT ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) AS a)
SELECT r.id, r.action, r.target_kind, r.target_id, r.into_fact, r.from_fact, r.reason, r.reviewer, r.created_at, r.withdraws,
       (SELECT w.id FROM identity_reviews w WHERE w.withdraws = r.id) AS withdrawn_by
FROM identity_reviews r, ids
WHERE r.action <> 'withdraw'
  AND ((r.target_kind = 'fact' AND r.target_id = ANY (ids.a)) OR r.into_fact = ANY (ids.a) OR r.from_fact = ANY (ids.a))
ORDER BY r.created_at, r.id;

-- identity-merges-standing: of some facts, those a reviewer merged into another fact by a merge no withdrawal
--          takes back, with the latest such merge's destination: entity resolution keeps them there.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (id, into_fact).
SELECT DISTINCT ON (r.target_id) r.target_id AS id, r.into_fact
FROM identity_reviews r
WHERE r.action = 'merge' AND r.target_kind = 'fact'
  AND r.target_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
  AND NOT EXISTS (SELECT 1 FROM identity_reviews w WHERE w.withdraws = r.id)
ORDER BY r.target_id, r.created_at DESC, r.id DESC;

-- identity-moves-standing: of some claims, those a reviewer moved by a move no withdrawal takes back (0023):
--          re-identification leaves them where the reviewer put them.
-- Inputs:  $1 jsonb array of claim ids.
-- Outputs: rows (id).
SELECT DISTINCT r.target_id AS id
FROM identity_reviews r
WHERE r.action = 'move' AND r.target_kind = 'claim'
  AND r.target_id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
  AND NOT EXISTS (SELECT 1 FROM identity_reviews w WHERE w.withdraws = r.id);

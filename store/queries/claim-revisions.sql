-- claim-revisions: the revision of each of some claims: 1 + the reviews of the claim (its ETag).
-- Inputs:  $1 jsonb array of claim ids.
-- Outputs: rows (id, revision).
SELECT c.id, 1 + (SELECT count(*) FROM reviews r WHERE r.target_kind = 'claim' AND r.target_id = c.id) AS revision
FROM (SELECT jsonb_array_elements_text($1::jsonb) AS id) c;

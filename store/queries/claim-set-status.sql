-- claim-set-status: a review's effect on a claim (claims, unlike versions, may change status).
-- Inputs:  $1 claim id, $2 status ('accepted' | 'rejected' | 'corrected').
-- Outputs: none.
WITH c AS (UPDATE claims SET status = $2 WHERE id = $1 RETURNING id)
UPDATE imported_claims SET status = $2 WHERE id = $1;

-- claims-count: how many claims are in a review status (and of a kind).
-- Inputs:  $1 claim status, $2 kind (nullable).
-- Outputs: one row (count).
SELECT count(*) AS count FROM claims WHERE status = $1::text AND ($2::text IS NULL OR kind = $2::text);

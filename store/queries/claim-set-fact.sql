-- claim-set-fact: the fact a claim counts for, as a reviewer moved it (identity-reviews, 0023); null: no fact.
-- Inputs:  $1 claim id, $2 fact id or null.
-- Outputs: none.
UPDATE claims SET fact_id = $2::text WHERE id = $1::text;

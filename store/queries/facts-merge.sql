-- facts-merge: apply planned merges in their order, each as fact-merge.sql does one (migration 0035's facts_merge).
-- Inputs:  $1 jsonb array of {id, merged_into (fact id or null)}.
-- Outputs: one row (merged: the number of merges applied).
SELECT facts_merge($1::jsonb) AS merged;

-- fact-find: a fact's identity row.
-- Inputs:  $1 fact id.
-- Outputs: at most one row (id, key, subject, predicate, kind, merged_into).
SELECT id, key, subject, predicate, kind, merged_into FROM facts WHERE id = $1;

-- fact-find: a fact's identity row.
-- Inputs:  $1 fact id.
-- Outputs: at most one row (id, key, subject, predicate, kind).
SELECT id, key, subject, predicate, kind FROM facts WHERE id = $1;

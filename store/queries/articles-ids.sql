-- articles-ids: every article id, oldest publication first (undated last), for a pass over the whole store.
-- Inputs:  none.
-- Outputs: rows (id).
SELECT id FROM articles ORDER BY published NULLS LAST, id;

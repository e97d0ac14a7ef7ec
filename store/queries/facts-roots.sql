-- facts-roots: every fact that stands on its own (not merged into another), for a full re-reconcile.
-- Inputs:  none.
-- Outputs: rows (id), by id.
SELECT id FROM facts WHERE merged_into IS NULL ORDER BY id;

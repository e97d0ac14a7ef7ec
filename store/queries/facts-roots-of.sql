-- facts-roots-of: the fact each of some facts' claims count for (itself, or the fact it merged into).
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (id, root_id, value_key).
SELECT id, COALESCE(merged_into, id) AS root_id, value_key FROM facts WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)));

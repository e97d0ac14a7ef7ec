-- version-close: end some versions' recorded time; the one UPDATE the append-only trigger allows.
-- Inputs:  $1 jsonb array of version ids, $2 recorded_to (timestamptz).
-- Outputs: rows (id) of the versions that were open; a missing one was closed by someone else first.
UPDATE fact_versions SET recorded_to = $2::timestamptz
WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) AND recorded_to IS NULL
RETURNING id;

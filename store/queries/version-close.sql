-- version-close: end some versions' recorded time; the one UPDATE the append-only trigger allows.
-- Inputs:  $1 jsonb array of version ids, $2 recorded_to (timestamptz).
-- Outputs: rows (id) of the versions that were open; a missing one was closed by someone else first.
-- Each version is found by its primary key (a join with the ids asked): with `id = ANY (...) AND recorded_to IS
-- NULL`, PGlite (no statistics) ANDed the primary key's lookups with a scan of the whole open-versions index
-- (fact_versions_one_open_idx: a row per fact), a cost growing with the store (issue 13).
UPDATE fact_versions f SET recorded_to = $2::timestamptz
FROM unnest(ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) AS asked (id)
WHERE f.id = asked.id AND f.recorded_to IS NULL
RETURNING f.id;

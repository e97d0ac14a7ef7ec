-- version-close: end a version's recorded time; the one UPDATE the append-only trigger allows.
-- Inputs:  $1 version id, $2 recorded_to (timestamptz).
-- Outputs: the row (id) if it was open; none if someone closed it first.
UPDATE fact_versions SET recorded_to = $2::timestamptz
WHERE id = $1 AND recorded_to IS NULL
RETURNING id;

-- fact-merge: point a fact at the fact its subject resolved into (or back at itself with null), and
--          re-point the facts merged into it, so merged_into always names a fact that is not merged.
-- Inputs:  $1 fact id, $2 merged_into (fact id or null).
-- Outputs: none.
WITH moved AS (UPDATE facts SET merged_into = $2::text WHERE id = $1::text RETURNING id)
UPDATE facts SET merged_into = $2::text
WHERE merged_into = $1::text AND $2::text IS NOT NULL AND id <> $2::text;

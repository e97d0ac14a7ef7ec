-- entity-merge: fold entities into one: each absorbed root, and every variant already merged into it, points
--          at the surviving root.
-- Inputs:  $1 jsonb array of absorbed root ids, $2 the surviving root id.
-- Outputs: none.
UPDATE entities SET merged_into = $2
WHERE (id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) OR merged_into = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb))))
  AND id <> $2;

-- story-merge: fold stories into one: each absorbed story, and every story already merged into it, points
--          at the surviving story.
-- Inputs:  $1 jsonb array of absorbed story ids, $2 the surviving story id.
-- Outputs: none.
UPDATE stories SET merged_into = $2
WHERE (id IN (SELECT jsonb_array_elements_text($1::jsonb)) OR merged_into IN (SELECT jsonb_array_elements_text($1::jsonb)))
  AND id <> $2;

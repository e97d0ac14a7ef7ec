-- story-merge: fold stories into one: each absorbed story, and every story already merged into it, points
--          at the surviving story.
-- Inputs:  $1 absorbed story ids (text[]), $2 the surviving story id.
-- Outputs: none.
-- An array parameter (not a jsonb list, whose length the planner cannot see) lets each side of the OR read
-- its index (stories' key, stories_merged_into_idx) rather than every story.
UPDATE stories SET merged_into = $2
WHERE (id = ANY($1::text[]) OR merged_into = ANY($1::text[]))
  AND id <> $2;

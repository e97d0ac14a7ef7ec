-- story-pass-merge: in a pass of story re-formation, fold stories into one, as story-merge does with merged_into,
--          on stories.pass_into (0045): the stories that move are the pass's, not yet the store's.
-- Inputs:  $1 absorbed story ids (text[]), $2 the surviving story id.
-- Outputs: none.
UPDATE stories SET pass_into = $2
WHERE (id = ANY ($1::text[]) OR pass_into = ANY ($1::text[]))
  AND id <> $2;

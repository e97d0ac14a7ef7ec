-- story-reformation-placed: the first phase of a pass of story re-formation is done: every stored article is placed.
-- Inputs:  $1 the pass (story_reformations.id).
-- Outputs: none.
UPDATE story_reformations SET placed_at = now() WHERE id = $1 AND placed_at IS NULL;

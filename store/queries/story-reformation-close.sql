-- story-reformation-close: a pass of story re-formation has placed every stored article.
-- Inputs:  $1 the pass (story_reformations.id).
-- Outputs: none.
UPDATE story_reformations SET finished_at = now() WHERE id = $1 AND finished_at IS NULL;

-- story-placement: where an article stands among stories: the story it founded, the pass that placed it
--          (article_stories.generation, 0045) and its signature.
-- Inputs:  $1 article id.
-- Outputs: zero or one row (story_id, generation, entities, terms, marks).
SELECT a.story_id, a.generation, a.entities, a.terms, a.marks
FROM article_stories a
WHERE a.article_id = $1;

-- story-of-article: the story an article belongs to now (the root of the story it founded).
-- Inputs:  $1 article id.
-- Outputs: zero or one row (story_id).
SELECT COALESCE(s.merged_into, s.id) AS story_id
FROM article_stories a JOIN stories s ON s.id = a.story_id
WHERE a.article_id = $1;

-- story-placed: of some articles, those a pass of story re-formation has placed already (or that joined a story
--          after it began, by its rules), with the root of the pass their story is in (stories.pass_into, 0045).
-- Inputs:  $1 article ids (text[]), $2 the pass.
-- Outputs: rows (article_id, root).
SELECT a.article_id, COALESCE(s.pass_into, s.id) AS root
FROM article_stories a JOIN stories s ON s.id = a.story_id
WHERE a.article_id = ANY ($1::text[]) AND a.generation >= $2;

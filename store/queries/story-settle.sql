-- story-settle: the second phase of a pass of story re-formation moves an article's story to the root the pass
--          placed it in (stories.pass_into → merged_into); when that root is another, the article's signature and
--          the root it leaves go to article_story_history (unless its first phase kept them already) (0045).
-- Inputs:  $1 article id, $2 the pass.
-- Outputs: zero or one row (story_id: the story the article founded, before: its root until now, root: its root now).
WITH cur AS (
  SELECT a.article_id, a.story_id, a.published, a.entities, a.terms, a.marks, s.pass_into,
         COALESCE(s.merged_into, s.id) AS before, COALESCE(s.pass_into, s.id) AS root
  FROM article_stories a JOIN stories s ON s.id = a.story_id
  WHERE a.article_id = $1
),
kept AS (
  INSERT INTO article_story_history (article_id, replaced_by, story_id, published, entities, terms, marks)
  SELECT article_id, $2, before, published, entities, terms, marks FROM cur WHERE before <> root
  ON CONFLICT (article_id, replaced_by) DO NOTHING
),
moved AS (
  UPDATE stories SET merged_into = cur.pass_into FROM cur
  WHERE stories.id = cur.story_id AND stories.merged_into IS DISTINCT FROM cur.pass_into
)
SELECT story_id, before, root FROM cur;

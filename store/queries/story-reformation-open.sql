-- story-reformation-open: the pass of `reidentify` that forms stories again: the last one not finished (an
--          interrupted pass goes on), else a new one numbered after the last, for which every story's pass_into
--          (what the last pass's placing merged it into) is cleared (0045).
-- Inputs:  none.
-- Outputs: one row (id, placed: whether its first phase, placing every article, is done).
WITH open AS (SELECT id, placed_at FROM story_reformations WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1),
made AS (
  INSERT INTO story_reformations (id)
  SELECT COALESCE(max(id), 0) + 1 FROM story_reformations WHERE NOT EXISTS (SELECT 1 FROM open)
  RETURNING id
),
cleared AS (UPDATE stories SET pass_into = NULL WHERE pass_into IS NOT NULL AND EXISTS (SELECT 1 FROM made))
SELECT id, placed_at IS NOT NULL AS placed FROM open
UNION ALL
SELECT id, false FROM made;

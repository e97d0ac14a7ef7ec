-- article-stages-count: how many articles are in each stage.
-- Inputs:  none.
-- Outputs: rows (stage, n).
SELECT stage, count(*)::int AS n FROM article_stages GROUP BY stage ORDER BY stage;

-- claims-exist: has this extractor already stored claims for this article?
-- Inputs:  $1 article id, $2 extractor (name@version).
-- Outputs: one row (found boolean).
SELECT EXISTS (SELECT 1 FROM claims WHERE article_id = $1 AND extractor = $2) AS found;

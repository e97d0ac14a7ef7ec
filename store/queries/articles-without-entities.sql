-- articles-without-entities: articles with claims and no entity mention, oldest id first: those reconciled
--          before entities were stored (0020), whose entities `identifyEntities` records.
-- Inputs:  none.
-- Outputs: rows (id).
SELECT a.id FROM articles a
WHERE EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)
  AND NOT EXISTS (SELECT 1 FROM entity_mentions m WHERE m.article_id = a.id)
ORDER BY a.id;

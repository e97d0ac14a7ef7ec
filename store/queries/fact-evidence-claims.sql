-- fact-evidence-claims: every extracted claim that counts for some facts: the facts' own claims and
--          those of facts merged into them (entity resolution), with what reconciliation weighs.
-- Inputs:  $1 jsonb array of fact ids (facts that are not themselves merged).
-- Outputs: rows (root_id, the claim columns of claims-list, doc, published, source_name, cluster_id,
--          corrected_value: the latest reviewer correction not withdrawn of the claim or null, stated_valid_from,
--          stated_earlier and cues_stored: the claim's valid-time cues, 0014), by root then claim id. Never the article's text.
WITH roots AS (SELECT jsonb_array_elements_text($1::jsonb) AS id),
members AS (
  SELECT f.id AS fact_id, f.id AS root_id FROM facts f WHERE f.id IN (SELECT id FROM roots)
  UNION ALL
  SELECT f.id, f.merged_into FROM facts f WHERE f.merged_into IN (SELECT id FROM roots)
)
SELECT m.root_id, c.id, c.article_id, c.kind, c.start_offset, c.end_offset, c.quote, c.subject, c.predicate, c.value,
       c.qualifier, c.attribution, c.hedge, c.extractor, c.rule, c.confidence, c.status, c.fact_id,
       c.stated_valid_from, c.stated_earlier, c.cues_stored, a.doc, a.published, s.name AS source_name, a.cluster_id,
       (SELECT r.value FROM reviews r
         WHERE r.target_kind = 'claim' AND r.target_id = c.id AND r.action = 'correct'
           AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws = r.id)
         ORDER BY r.created_at DESC, r.id DESC LIMIT 1) AS corrected_value
FROM members m
JOIN claims c ON c.fact_id = m.fact_id
JOIN articles a ON a.id = c.article_id
LEFT JOIN sources s ON s.id = a.source_id
ORDER BY m.root_id, c.id;

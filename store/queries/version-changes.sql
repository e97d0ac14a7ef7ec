-- version-changes: every slot membership change of a fact's versions, with each claim's document, to replay
--          its history (0018, store/version-evidence.ts).
-- Inputs:  $1 fact id.
-- Outputs: rows (seq, slot, claim_id, added, doc: the claim's article doc or import source name), by seq.
SELECT p.seq, m.slot, m.claim_id, m.added, COALESCE(a.doc, s.name) AS doc
FROM fact_versions p
JOIN version_members m ON m.version_id = p.id
LEFT JOIN claims c ON c.id = m.claim_id
LEFT JOIN articles a ON a.id = c.article_id
LEFT JOIN imported_claims i ON i.id = m.claim_id
LEFT JOIN sources s ON s.id = i.source_id
WHERE p.fact_id = $1
ORDER BY p.seq, m.slot, m.claim_id;

-- version-changes: the slot membership changes of a fact's versions up to one, with each claim's document, to
--          replay its history that far (0018, store/version-evidence.ts).
-- Inputs:  $1 fact id, $2 the last version's seq (2147483647: every version).
-- Outputs: rows (seq, slot, claim_id, added, doc: the claim's article doc or import source name), by seq.
SELECT p.seq, m.slot, m.claim_id, m.added, COALESCE(a.doc, s.name) AS doc
FROM fact_versions p
JOIN version_members m ON m.version_id = p.id
LEFT JOIN claims c ON c.id = m.claim_id
LEFT JOIN articles a ON a.id = c.article_id
LEFT JOIN imported_claims i ON i.id = m.claim_id
LEFT JOIN sources s ON s.id = i.source_id
WHERE p.fact_id = $1 AND p.seq <= $2::int
ORDER BY p.seq, m.slot, m.claim_id;

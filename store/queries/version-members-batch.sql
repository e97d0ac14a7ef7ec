-- version-members-batch: the claims each candidate slot of some 'delta' versions (0018) holds, with each claim's
--          document: version_members_at (0019) for a whole batch of versions in one statement.
-- Inputs:  $1 jsonb array of {"fact_id", "seq"}: the versions.
-- Outputs: rows (fact_id, slot, claim_id, doc: the claim's article doc or import source name), the replay of each
--          fact's version_members up to its seq (the latest row for each slot and claim wins; only those still added).
SELECT x.fact_id, x.slot, x.claim_id, COALESCE(a.doc, s.name) AS doc
FROM (SELECT DISTINCT ON (b.fact_id, m.slot, m.claim_id) b.fact_id, m.slot, m.claim_id, m.added
      FROM jsonb_to_recordset($1::jsonb) AS b(fact_id text, seq integer)
      JOIN fact_versions p ON p.fact_id = b.fact_id AND p.seq <= b.seq
      JOIN version_members m ON m.version_id = p.id
      ORDER BY b.fact_id, m.slot, m.claim_id, p.seq DESC) x
LEFT JOIN claims c ON c.id = x.claim_id
LEFT JOIN articles a ON a.id = c.article_id
LEFT JOIN imported_claims i ON i.id = x.claim_id
LEFT JOIN sources s ON s.id = i.source_id
WHERE x.added;

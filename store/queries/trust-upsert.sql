-- trust-upsert: replace sources' estimated trust (derived data: recomputed, not history).
-- Inputs:  $1 jsonb array of {source, trust}, $2 updated_at (timestamptz).
-- Outputs: none.
INSERT INTO source_trust (source, trust, updated_at)
SELECT t.source, t.trust, $2::timestamptz FROM jsonb_to_recordset($1::jsonb) AS t (source text, trust double precision)
ORDER BY t.source
ON CONFLICT (source) DO UPDATE SET trust = EXCLUDED.trust, updated_at = EXCLUDED.updated_at;

-- sources-insert: store some sources once each (what article-insert does for one, for a batch); ids are deterministic, so a known one is left as it is.
-- Inputs:  $1 jsonb array of {id, name, kind ('outlet' | 'import'), domain (nullable)}, sorted by id.
-- Outputs: none.
INSERT INTO sources (id, name, kind, domain)
SELECT s.id, s.name, s.kind, s.domain
FROM jsonb_to_recordset($1::jsonb) AS s (id text, name text, kind text, domain text)
ORDER BY s.id
ON CONFLICT (id) DO NOTHING;

-- source-insert: store an outlet once; its id is deterministic, so a known one is left as it is.
-- Inputs:  $1 id, $2 name, $3 kind ('outlet' | 'import'), $4 domain (nullable).
-- Outputs: none.
INSERT INTO sources (id, name, kind, domain) VALUES ($1, $2, $3, $4)
ON CONFLICT (id) DO NOTHING;

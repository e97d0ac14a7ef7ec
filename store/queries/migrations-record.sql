-- migrations-record: note a migration as applied, in the transaction that applied it.
-- Inputs:  $1 version (int), $2 name (text: the file name without `.sql`).
-- Outputs: none.
INSERT INTO schema_migrations (version, name) VALUES ($1, $2);

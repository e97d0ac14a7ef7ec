-- migrations-applied: which migrations this schema has.
-- Inputs:  none.
-- Outputs: rows (version int), ascending.
SELECT version FROM schema_migrations ORDER BY version;

-- migrations-lock: serialise migrators of one schema across processes.
-- Inputs:  none (the schema is the first on the search path).
-- Outputs: one row; returns once this transaction holds the lock, which it keeps until it ends.
SELECT pg_advisory_xact_lock(hashtext('newsfacts.migrations.' || coalesce(current_schema(), ''))) AS locked;

-- entity-lock: serialise entity resolution across writers, so two articles naming one entity reconciled at
--          the same moment by two workers still see each other and end in one entity.
-- Inputs:  none (the schema is the first on the search path).
-- Outputs: one row; returns once this transaction holds the lock, which it keeps until it ends.
SELECT pg_advisory_xact_lock(hashtext('newsfacts.entities.' || coalesce(current_schema(), ''))) AS locked;

-- article-cluster-lock: serialise near-duplicate clustering across writers, so two copies stored at the
--          same moment by two workers still see each other.
-- Inputs:  none (the schema is the first on the search path).
-- Outputs: one row; returns once this transaction holds the lock, which it keeps until it ends.
SELECT pg_advisory_xact_lock(hashtext('newsfacts.article-clusters.' || coalesce(current_schema(), ''))) AS locked;

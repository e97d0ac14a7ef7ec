-- resolution-lock: serialise entity resolution of one predicate across writers. Taken after a batch has
--          inserted its new facts: of two writers creating related keys at once, the second to get the
--          lock sees the first one's committed facts, so one of them always finds the relation.
-- Inputs:  $1 predicate key.
-- Outputs: one row; returns once this transaction holds the lock, which it keeps until it ends.
SELECT pg_advisory_xact_lock(hashtext('newsfacts.resolve.' || $1::text)) AS locked;

-- resolution-lock: serialise entity resolution of some predicates across writers. Taken after a batch has
--          inserted its new facts: of two writers creating related keys at once, the second to get the
--          lock sees the first one's committed facts, so one of them always finds the relation.
-- Inputs:  $1 predicate keys (text[]), sorted: the locks are taken one by one in that order (the scan of the
--          array feeds the aggregate row by row), the order every writer follows.
-- Outputs: one row; returns once this transaction holds every lock, which it keeps until it ends.
SELECT count(pg_advisory_xact_lock(hashtext('newsfacts.resolve.' || p)))::int AS locked FROM unnest($1::text[]) AS p;

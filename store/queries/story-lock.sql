-- story-lock: serialise story assignment across writers, so two articles of one event reconciled at the
--          same moment by two workers still see each other and end in one story.
-- Inputs:  none (the schema is the first on the search path).
-- Outputs: one row; returns once this transaction holds the lock, which it keeps until it ends.
SELECT pg_advisory_xact_lock(hashtext('newsfacts.stories.' || coalesce(current_schema(), ''))) AS locked;

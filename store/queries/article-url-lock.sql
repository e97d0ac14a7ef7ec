-- article-url-lock: serialise storing versions of one URL, so two writers storing two edits of a page at the same
--          moment number them 1, 2 in one chain instead of both claiming the next number.
-- Inputs:  $1 url.
-- Outputs: one row; returns once this transaction holds the lock, which it keeps until it ends.
SELECT pg_advisory_xact_lock(hashtext('newsfacts.article-url.' || coalesce(current_schema(), '') || '.' || $1::text)) AS locked;

-- 0053_facts_trigram_short_pending_list: a subject or predicate filter of the facts list reads a short list of
--          pending trigram entries, not up to 4 MB of them.
--
-- Does:    facts_unmerged_subject_trgm_idx and facts_unmerged_predicate_trgm_idx (0008) keep taking new facts'
--          trigrams into their GIN pending list (fastupdate, a cheap append on the write path), but move it into
--          the index's tree once it passes 64 kB (gin_pending_list_limit, in kB; the server's default is 4 MB)
--          instead of waiting for autovacuum or 4 MB; the entries pending now are moved. Every search reads the
--          whole pending list: on the 51,989-article store of session 24 (140k facts) 315 pending pages of the
--          subject index made `GET /api/facts?subject=<a subject>` cost 25 CPU ms of PostgreSQL a page, against
--          4 ms once moved; its trigram search alone went 7.4 -> 0.6 ms. PGlite, which never vacuums, kept the
--          list until 4 MB. Unlike 0052's indexes (probed for every article, fastupdate off), these are read only
--          by the API's filters, so new facts keep the pending list's batched inserts, merged 64 kB at a time.
-- Inputs:  the indexes of 0008.
-- Outputs: the indexes' storage parameter and their pending entries moved; no data changes.

ALTER INDEX facts_unmerged_subject_trgm_idx SET (gin_pending_list_limit = 64);
ALTER INDEX facts_unmerged_predicate_trgm_idx SET (gin_pending_list_limit = 64);
SELECT gin_clean_pending_list('facts_unmerged_subject_trgm_idx'::regclass);
SELECT gin_clean_pending_list('facts_unmerged_predicate_trgm_idx'::regclass);

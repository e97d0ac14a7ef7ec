-- 0052_facts_gin_without_pending_list: the GIN indexes resolution probes for every article keep no list of
--          pending entries, which every probe would read whole.
--
-- Does:    facts_unscoped_predicate_words_idx (0050) and facts_subject_tokens_idx (0004: facts-person-roles,
--          office-moves, office-siblings) take new entries into their trees at once (fastupdate off) and have
--          the entries pending so far moved there; 0041's facts_unscoped_subject_tokens_idx, which no statement
--          reads since 0050, goes. With fastupdate on (the default), a new fact's entries wait in a pending list
--          until a vacuum or 4 MB of them, and every index probe reads the whole list: PGlite never vacuums, and
--          a 3,000-article run never reached 4 MB, so each of facts-related's probes read every fact stored since
--          the store was made (on a 3,000-article store, 184 calls: 4.2 -> 2.0 CPU ms a call once the list
--          was moved into the tree). A 0009 index (article_stories_entity_keys_idx) was made so for the same reason.
-- Inputs:  the indexes of 0004, 0041, 0050.
-- Outputs: the indexes' storage parameter, their pending entries moved, 0041's index dropped.

ALTER INDEX facts_unscoped_predicate_words_idx SET (fastupdate = off);
ALTER INDEX facts_subject_tokens_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('facts_unscoped_predicate_words_idx'::regclass);
SELECT gin_clean_pending_list('facts_subject_tokens_idx'::regclass);
DROP INDEX facts_unscoped_subject_tokens_idx;

-- 0007_api_indexes: what lets a page of facts (facts-page.sql, `GET /api/facts`) read about a page of rows.
--
-- Does:    - facts_unmerged_subject_idx: unmerged facts in page order (subject, then id, in the C collation the
--            query sorts by). Facts that are neither contested nor need review (most of them), and every fact
--            with sort `subject`, are read from it in order and the scan stops once the page is full. Before,
--            every page joined every fact to its version and sorted them all: ~150 ms a page at 100k facts.
--          - fact_versions_open_status_idx: open (current) versions by status, so the contested and needs-review
--            facts that head the `attention` order, and a `status` filter, are found without a scan.
--          - statistics on lower(subject) and lower(predicate): the planner can then estimate how many facts the
--            `subject` / `predicate` filters (`LIKE '%text%'`) keep, and choose between walking the index in
--            order (a common word) and finding the few matches first (a rare one). Without them it assumes a
--            third of the facts match, and walks every fact in order when almost none do.
-- Inputs:  the tables of 0001-0004.
-- Outputs: the indexes and statistics objects above; no data changes. ANALYZE (autovacuum) fills the statistics.

CREATE INDEX facts_unmerged_subject_idx ON facts (subject COLLATE "C", id COLLATE "C") WHERE merged_into IS NULL;
CREATE INDEX fact_versions_open_status_idx ON fact_versions (status, fact_id) WHERE recorded_to IS NULL;
CREATE STATISTICS facts_lower_subject_stats ON (lower(subject)) FROM facts;
CREATE STATISTICS facts_lower_predicate_stats ON (lower(predicate)) FROM facts;

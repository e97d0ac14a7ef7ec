-- 0008_subject_trigrams: what lets the `subject` / `predicate` filters of a page of facts (facts-page.sql,
-- `GET /api/facts?subject=`) find their matches without reading every fact.
--
-- Does:    - installs pg_trgm in schema `public`, unless the database has it already. A `LIKE '%text%'` has no
--            prefix a btree could use, so before this a filter on a rare word read every unmerged fact, once per
--            rank: 0.2 s a page on PostgreSQL and 0.5 s on PGlite at 100k facts, against 1 ms and 30 ms with the
--            index. pg_trgm's GIN opclass serves `LIKE '%text%'` (escaped `%`, `_` and `\` included) when the
--            text has a trigram, i.e. 3+ characters; shorter texts still read every fact.
--          - facts_unmerged_subject_trgm_idx, facts_unmerged_predicate_trgm_idx: trigram indexes on lower(subject)
--            and lower(predicate) of unmerged facts, the expressions facts-page.sql filters on. The planner reads
--            the matches from them when the filter keeps few facts (a rare word) and still walks
--            facts_unmerged_subject_idx (0007) in page order when it keeps many. New facts go to the GIN pending
--            list first (fastupdate), merged by (auto)vacuum or once it passes gin_pending_list_limit; PGlite has
--            no autovacuum, so there a search also reads up to that list (4 MB).
-- Inputs:  the tables of 0001-0004; the pg_trgm extension files (PostgreSQL contrib; PGlite loads its pg_trgm
--          module when it opens, pglite-database.ts).
-- Outputs: the extension (if it was missing) and the two indexes; no data changes.
--
-- Why `public`: one database may hold several stores, each in its own schema (the PostgreSQL tests give every
-- store a schema `test_<uuid>`, dropped CASCADE afterwards). An extension lives in one schema per database; created
-- in a store's schema it would be dropped with it while the other stores' indexes use it, and its opclass would not
-- be found from their search_path. So it goes into `public` and the opclass is named `public.gin_trgm_ops`.
-- The transaction-scoped lock below is per database, not per schema like the migrator's own lock: two schemas
-- migrating at once would otherwise both try to create the extension, and the second would fail.
--
-- Privileges: pg_trgm is a trusted extension (PostgreSQL 13+): the database owner, or a role with CREATE on the
-- database and on schema `public`, can install it without being superuser. A role that cannot: have a superuser
-- run `CREATE EXTENSION pg_trgm WITH SCHEMA public;` in the database once; this migration then leaves it alone.
-- If pg_trgm is already installed in another schema (`SELECT extnamespace::regnamespace FROM pg_extension WHERE
-- extname = 'pg_trgm'`), this migration fails on `public.gin_trgm_ops`: move it with
-- `ALTER EXTENSION pg_trgm SET SCHEMA public;` (as its owner) and open the store again; the failed migration left
-- nothing behind.

SELECT pg_advisory_xact_lock(hashtext('newsfacts.extensions'));
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE INDEX facts_unmerged_subject_trgm_idx ON facts USING gin (lower(subject) public.gin_trgm_ops) WHERE merged_into IS NULL;
CREATE INDEX facts_unmerged_predicate_trgm_idx ON facts USING gin (lower(predicate) public.gin_trgm_ops) WHERE merged_into IS NULL;

-- 0040_version_list_summary: a version carries what a list of facts shows of its candidates.
--
-- Does:    fact_versions.listed: {"candidates": [...], "omitted": n}, the first few of the version's candidates as a
--          list shows them (store/rows.ts `listSummary`: the fact's value first, then contested, disputed and
--          superseded values, each with its status, interval, weight and claim and document counts; at most
--          LIST_CANDIDATES of store/fact-views.ts) and how many more the version has, written with the version.
--          facts-page reads it instead of replaying every candidate (version_candidates, 0036): on 1,000 generated
--          articles the contested facts a first page shows have 100-400 values each, and replaying and sending them
--          all was most of a page's cost. Null for versions written before; a page replays those, as before.
-- Inputs:  fact_versions of 0001.
-- Outputs: the column.

ALTER TABLE fact_versions ADD COLUMN listed jsonb;

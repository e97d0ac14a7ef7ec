-- 0024_fact_order_index: facts in the order listings and the export read them, for keyset batches.
--
-- Does:    facts_unmerged_order_idx on (subject, predicate, id) of the facts listings show (not merged into another),
--          in the database's collation, the order `facts-batch` reads them in: each batch of the export
--          (`newsfacts facts --json`) and of `listFacts` starts where the previous one stopped instead of sorting
--          every fact again.
-- Inputs:  facts of 0001 and merged_into of 0004.
-- Outputs: the index.

CREATE INDEX facts_unmerged_order_idx ON facts (subject, predicate, id) WHERE merged_into IS NULL;

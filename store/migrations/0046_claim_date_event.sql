-- 0046_claim_date_event: the words a date claim's fact is keyed by are stored with the claim.
--
-- Does:    claims.date_event: for a date claim with a subject, its event as the extractor (rules@52 on) names it
--          (`event`, `dateEvent`: the subject, but a result's lower-case modifiers dropped, `shootout win` → `win`);
--          null for other kinds, for a date without a subject, and on rows stored before. Reconciliation keys a
--          date claim by it instead of reading the subject's words (issue 17, Layers: the extractor emits what
--          reconciliation needs).
-- Inputs:  claims of 0001.
-- Outputs: the column; null on the rows stored before (no rewrite of the table). Those claims' articles are
--          extracted again by the next ingest (another extractor version); until then `newsfacts reidentify` has
--          it worked out with the extractor's own rule (the wiring's completion, `completeClaims`), and a claim
--          without it is keyed by its subject as written.

ALTER TABLE claims ADD COLUMN date_event text;

-- 0043_claim_dated_at_event: whether a date claim's sentence writes it against its event is stored with the claim.
--
-- Does:    claims.dated_at_event: for a date claim, what the extractor (rules@38 on) read from its sentence
--          (`datedAtEvent`: "the 2004 ruling", "died Wednesday", "Tuesday's hearing" true; "called the election
--          ... to defuse tension that erupted in November" false); null for other kinds. Reconciliation reads it
--          where an article dates one event word two ways (`ambiguousCounts`) instead of the article's text.
-- Inputs:  claims of 0001.
-- Outputs: the column; null on the rows stored before (no rewrite of the table). Those claims' articles are
--          extracted again by the next ingest (another extractor version); until then `reidentify` works the cue
--          out from the article's text with the extractor's own rule (`isDatedAtEvent`).

ALTER TABLE claims ADD COLUMN dated_at_event boolean;

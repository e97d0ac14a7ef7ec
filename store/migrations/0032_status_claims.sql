-- 0032_status_claims: claims and facts of a fifth kind, `status` (where a deal stands: proposed, agreed, completed, ...).
--
-- Does:    widens the kind checks of claims and facts of 0001 to admit 'status'.
-- Inputs:  claims and facts of 0001.
-- Outputs: the same rows; no row is rewritten. Stores written before hold no status claims until their articles
--          are extracted again.

ALTER TABLE claims DROP CONSTRAINT claims_kind_check;
ALTER TABLE claims ADD CONSTRAINT claims_kind_check CHECK (kind IN ('figure', 'person', 'date', 'project', 'status'));
ALTER TABLE facts DROP CONSTRAINT facts_kind_check;
ALTER TABLE facts ADD CONSTRAINT facts_kind_check CHECK (kind IS NULL OR kind IN ('figure', 'person', 'date', 'project', 'status'));

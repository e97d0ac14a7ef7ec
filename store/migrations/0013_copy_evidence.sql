-- 0013_copy_evidence: the evidence of copying, and how a refresh fused its sources.
--
-- Does:    - source_copying.same_false: of the values a pair shares, how many truth discovery found false. Two
--            independent sources rarely give the same wrong value, so this is what makes a pair dependent
--            (`newsfacts trust` shows it beside the shared items and same values);
--          - source_copying.groups: in how many fused groups (`refreshTrust({ fuseBy })`, e.g. one per day)
--            the pair shared an item; 1 when everything is fused together.
-- Inputs:  source_copying of 0006.
-- Outputs: the two columns, 0 and 1 for the rows stored before.

ALTER TABLE source_copying
  ADD COLUMN same_false integer NOT NULL DEFAULT 0 CHECK (same_false >= 0),
  ADD COLUMN groups integer NOT NULL DEFAULT 1 CHECK (groups >= 1),
  ADD CONSTRAINT source_copying_false_within_same CHECK (same_false <= same_values);

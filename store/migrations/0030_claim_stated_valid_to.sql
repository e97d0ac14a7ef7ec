-- 0030_claim_stated_valid_to: the day a claim's own sentence says its value stops holding is stored with the claim.
--
-- Does:    claims.stated_valid_to: the last day the claim's sentence says its value holds (`statedValidTo`:
--          "will remain chairman through Dec. 31, 2021", "the rate applies until August 1"), null when it says none.
--          `recordClaims` sets it with the other cues of 0014 when it inserts a claim.
-- Inputs:  claims of 0001 and 0014.
-- Outputs: the column; null on the rows stored before (no rewrite of the table). Those claims keep no stated end
--          until they are stored again (their cues were worked out before this cue existed).

ALTER TABLE claims ADD COLUMN stated_valid_to date;

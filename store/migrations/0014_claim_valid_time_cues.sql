-- 0014_claim_valid_time_cues: a claim's valid-time cue is stored with it, so reconciliation never re-reads article text.
--
-- Does:    - claims.stated_valid_from: the day the claim's own sentence says its value started or held
--            (`statedValidFrom`: "imposed in April", "effective August 1"), null when it says none;
--          - claims.stated_earlier: the claim is the value before a change its sentence reports as done
--            (`statedEarlier`: "rose from 4 to 11" for 4);
--          - claims.cues_stored: whether the two were worked out (`claimTimeCues`). `recordClaims` sets both when it inserts
--            a claim (it has the article's text and the claims extracted with it at hand). Claims stored before this
--            migration have false: reconciliation derives their cue from the text once, the old way
--            (claims-context.sql), and stores it (claims-cues-set.sql), so each pays that once.
-- Inputs:  claims of 0001.
-- Outputs: the three columns; null, false and false on the rows stored before (no rewrite of the table).

ALTER TABLE claims
  ADD COLUMN stated_valid_from date,
  ADD COLUMN stated_earlier boolean NOT NULL DEFAULT false,
  ADD COLUMN cues_stored boolean NOT NULL DEFAULT false;

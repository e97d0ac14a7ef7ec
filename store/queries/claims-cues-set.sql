-- claims-cues-set: store the valid-time cues of claims stored before 0014, once worked out by the extractor's rules
--          (`reidentify`, given them by the wiring's completion).
-- Inputs:  $1 jsonb array of {id, stated_valid_from ('YYYY-MM-DD' or null), stated_earlier (boolean), stated_valid_to ('YYYY-MM-DD' or null)}.
-- Outputs: none. Only claims whose cue was not stored yet change.
UPDATE claims c
SET stated_valid_from = w.stated_valid_from, stated_earlier = w.stated_earlier, stated_valid_to = w.stated_valid_to, cues_stored = true
FROM jsonb_to_recordset($1::jsonb) AS w (id text, stated_valid_from date, stated_earlier boolean, stated_valid_to date)
WHERE c.id = w.id AND NOT c.cues_stored;

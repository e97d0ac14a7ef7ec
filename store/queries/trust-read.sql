-- trust-read: estimated trust of some sources.
-- Inputs:  $1 jsonb array of source names.
-- Outputs: rows (source, trust).
SELECT source, trust FROM source_trust WHERE source = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)));

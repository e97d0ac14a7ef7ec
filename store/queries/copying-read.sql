-- copying-read: the stored copy relations among some sources, for weighing their votes on a fact.
-- Inputs:  $1 jsonb array of source names.
-- Outputs: rows (source_a, source_b, probability, mirror) of the pairs with both sources in $1.
WITH s AS (SELECT ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) AS names)
SELECT source_a, source_b, probability, mirror FROM source_copying, s
WHERE source_a = ANY (s.names) AND source_b = ANY (s.names);

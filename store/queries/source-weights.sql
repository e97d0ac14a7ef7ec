-- source-weights: what reconciling a fact weighs its sources with, in one round trip: the estimated trust of
--          some sources (as trust-read) and the stored copy relations among them (as copying-read did).
-- Inputs:  $1 jsonb array of source names.
-- Outputs: rows (source_a, source_b, weight, mirror): a source's trust with source_b and mirror null; a pair's
--          copy relation (both sources in $1) with its probability as weight.
WITH s AS (SELECT ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) AS names)
SELECT t.source AS source_a, NULL::text AS source_b, t.trust AS weight, NULL::boolean AS mirror
FROM source_trust t, s
WHERE t.source = ANY (s.names)
UNION ALL
SELECT c.source_a, c.source_b, c.probability, c.mirror
FROM source_copying c, s
WHERE c.source_a = ANY (s.names) AND c.source_b = ANY (s.names);

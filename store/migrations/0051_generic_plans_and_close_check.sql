-- 0051_generic_plans_and_close_check: less of PostgreSQL's CPU per article on planning and on the append-only check
--          of a closed version (issue 13).
--
-- Does:    - story_key_neighbours (0029) and evidence_keys (0049) keep one generic plan of their statement
--            (plan_cache_mode = force_generic_plan). Their PL/pgSQL statement was planned again at nearly every
--            call: with pg_stat_statements (track = all) over 2,000 generated articles, after the store's first
--            autoanalyze, 1,553 plans in 1,553 calls for story_key_neighbours' (0.25 ms a call, more than its
--            execution: a custom plan, with the day known, prunes branches, so it always looked cheaper) and 1,554
--            in 1,554 for evidence_keys' (0.96 ms a call). Their generic plans are the ones their migrations chose
--            them for: each key's index read in order (bitmap scans off, 0029), and every table by its index
--            (seqscan, hash and merge joins off, 0049).
--          - newsfacts_close_version_only (0002) checks that a version's close changed nothing but recorded_to by
--            comparing the row's image with recorded_to put back (record_image_eq, `*=`), not the whole row turned
--            into jsonb twice: to_jsonb copied every column, candidates included (2 KB and more on a fact with a
--            history), for each version closed: 29 µs a row on average and 195 µs on the largest (EXPLAIN ANALYZE,
--            200 open versions), against 4 and 6 µs. Every column is still compared, including ones added later;
--            a column set to a value equal but not byte-identical (none is written so) is now refused too.
-- Inputs:  the functions of 0002, 0029 and 0049.
-- Outputs: the same functions, the same rows and errors.

ALTER FUNCTION story_key_neighbours(text[], text, date, integer) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION evidence_keys(jsonb) SET plan_cache_mode = force_generic_plan;

CREATE OR REPLACE FUNCTION newsfacts_close_version_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  closed record;
BEGIN
  IF OLD.recorded_to IS NULL AND NEW.recorded_to IS NOT NULL THEN
    -- The new row with recorded_to put back must be the old row, column by column, byte for byte.
    closed := NEW;
    closed.recorded_to := NULL;
    IF closed *= OLD THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION USING
    ERRCODE = 'NF001',
    MESSAGE = format('fact_versions is append-only: version %s may only have its open recorded_to set, once', OLD.id);
END
$$;

-- 0039_version_candidates_one_pass: a 'slots' version's candidate list in one pass over its entries.
--
-- Does:    version_slot_entries(fact, seq): the live entries of a 'slots' version (0036, 0037), one row each, replayed
--          from the latest snapshot (0038) as version_slot_entries_at did; version_slot_entries_at and
--          version_candidates_at aggregate those rows (the latter without `pos` and `rank`) instead of
--          version_candidates_at expanding and aggregating version_slot_entries_at's array a second time: the list of
--          50 facts of 100-400 values each (GET /api/facts on 1,000 generated articles) spent most of its time there.
--          Same results.
-- Inputs:  fact_versions of 0001, 0018, 0036, 0037 and 0038.
-- Outputs: the function; version_slot_entries_at and version_candidates_at replaced.

CREATE FUNCTION version_slot_entries(p_fact text, p_seq integer) RETURNS SETOF jsonb
LANGUAGE sql STABLE AS $$
  SELECT x.entry
  FROM (SELECT DISTINCT ON (e->>'slot') e AS entry
        FROM fact_versions p, jsonb_array_elements(p.candidates) e
        WHERE p.fact_id = p_fact AND p.seq <= p_seq AND p.evidence_form = 'slots'
          AND p.seq >= COALESCE((SELECT CASE WHEN q.evidence_form = 'slots' THEN q.seq ELSE q.seq + 1 END
                                 FROM fact_versions q
                                 WHERE q.fact_id = p_fact AND q.seq <= p_seq AND (q.evidence_form <> 'slots' OR q.snapshot)
                                 ORDER BY q.seq DESC
                                 LIMIT 1), 1)
        ORDER BY e->>'slot', p.seq DESC) x
  WHERE NOT x.entry ? 'gone'
$$;

CREATE OR REPLACE FUNCTION version_slot_entries_at(p_fact text, p_seq integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(jsonb_agg(e ORDER BY e->>'pos' COLLATE "C", (e->>'rank')::integer DESC), '[]'::jsonb)
  FROM version_slot_entries(p_fact, p_seq) e
$$;

CREATE OR REPLACE FUNCTION version_candidates_at(p_fact text, p_seq integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(jsonb_agg(e - 'pos' - 'rank' ORDER BY e->>'pos' COLLATE "C", (e->>'rank')::integer DESC), '[]'::jsonb)
  FROM version_slot_entries(p_fact, p_seq) e
$$;

-- 0037_version_candidate_order_keys: a 'slots' version's candidates keep their place in the list by an order key.
--
-- Does:    A 'slots' entry (0036) now carries `pos`, an order key (store/version-evidence.ts: fractional-indexing keys,
--          compared by code unit), instead of `rank`, its place counted from the end of the list. A candidate added
--          anywhere takes a key between its neighbours', so no other entry is written again for it; under 0036 a
--          candidate added to an older period changed the rank of every newer one (88 % of the entries a
--          1,000-article run wrote only moved a rank). Entries written under 0036 keep their `rank` and their
--          versions read as before: the first version a fact writes after this one writes every listed candidate
--          with a key (and a tombstone for the rest), so a replay never mixes the two.
--          version_slot_entries_at(fact, seq): the live entries of a 'slots' version, with `pos` or `rank`, in list
--          order (what a reconcile diffs against); version_candidates_at(fact, seq) is that without them.
-- Inputs:  fact_versions of 0001, 0018 and 0036.
-- Outputs: the function; version_candidates_at replaced (same result for the versions 0036 wrote).

CREATE FUNCTION version_slot_entries_at(p_fact text, p_seq integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(jsonb_agg(x.entry ORDER BY x.entry->>'pos' COLLATE "C", (x.entry->>'rank')::integer DESC), '[]'::jsonb)
  FROM (SELECT DISTINCT ON (e->>'slot') e AS entry
        FROM fact_versions p, jsonb_array_elements(p.candidates) e
        WHERE p.fact_id = p_fact AND p.seq <= p_seq AND p.evidence_form = 'slots'
          AND p.seq > COALESCE((SELECT max(q.seq) FROM fact_versions q
                                WHERE q.fact_id = p_fact AND q.seq <= p_seq AND q.evidence_form <> 'slots'), 0)
        ORDER BY e->>'slot', p.seq DESC) x
  WHERE NOT x.entry ? 'gone'
$$;

CREATE OR REPLACE FUNCTION version_candidates_at(p_fact text, p_seq integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT COALESCE((SELECT jsonb_agg(e - 'pos' - 'rank' ORDER BY n)
                   FROM jsonb_array_elements(version_slot_entries_at(p_fact, p_seq)) WITH ORDINALITY AS t(e, n)), '[]'::jsonb)
$$;

-- 0038_version_candidate_snapshots: a read of a 'slots' version replays at most a few dozen versions.
--
-- Does:    - fact_versions.snapshot: a 'slots' version (0036) whose `candidates` hold every candidate it lists, each
--            with its order key (0037), not only those that changed: a replay of its fact's later versions starts
--            there. A writer makes every 32nd version of a fact one (seq divisible by 32, store/version-evidence.ts
--            SNAPSHOT_EVERY), so a version is never more than 31 versions past the last snapshot or the fact's
--            first 'slots' version (which stores every candidate too). Null for every other version; versions
--            already stored are not rewritten: a fact without a snapshot replays from its first 'slots' version,
--            as before.
--          - version_slot_entries_at(fact, seq) (0037) replaced: the replay starts at the latest version up to seq
--            that is a snapshot (itself included) or just after the latest one of another form, found by walking
--            the fact's versions back from seq on fact_versions_fact_id_seq_key (at most 32 rows once the fact
--            has a snapshot). Before, it read every 'slots' version of the fact up to seq, so reading the current
--            version cost the fact's whole history and reading every version its square. The result is the same:
--            a snapshot lists every live entry, and the entries before it are all overwritten or gone by then.
--            version_candidates_at and version_candidates read through it.
-- Inputs:  fact_versions of 0001, 0018, 0036 and 0037.
-- Outputs: the column, the function.

ALTER TABLE fact_versions ADD COLUMN snapshot boolean;

CREATE OR REPLACE FUNCTION version_slot_entries_at(p_fact text, p_seq integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(jsonb_agg(x.entry ORDER BY x.entry->>'pos' COLLATE "C", (x.entry->>'rank')::integer DESC), '[]'::jsonb)
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

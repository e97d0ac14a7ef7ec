-- 0036_version_candidate_deltas: a version stores only the candidates that changed since the previous one.
--
-- Does:    - fact_versions.evidence_form 'slots': like 'delta' (0018: claim lists as version_members rows), and
--            `candidates` holds only the candidates whose stored form (value, weight, interval, status, counts,
--            flags, place in the list) changed against the previous version, each under its slot (0018's slots are
--            stable between versions), with `rank` (its place counted from the end of the list, so a candidate
--            put in front moves no other), or {"slot", "gone": true} for a candidate no longer listed. The first
--            'slots' version of a fact after a version of another form (or none) stores every candidate.
--            Versions already stored keep their form and read as before (nothing is rewritten).
--          - fact_versions.disputed: whether a 'slots' version lists a disputed candidate (what the facts list
--            ranks on, 0021), null for the other forms, which answer it from their full `candidates`.
--          - version_candidates_at(fact, seq): a 'slots' version's candidates as 0018 stored them (the list,
--            without `rank`), replayed from the fact's 'slots' versions up to seq (the latest entry of each slot
--            wins); version_candidates(fact, seq, form, candidates): that for a 'slots' version, the stored
--            candidates for the others. Every read goes through it, so reads return what they did.
--          - fact_versions_open_disputed_idx (0021) replaced by fact_versions_open_disputed_form_idx, on the
--            expression the queries use for both forms.
-- Inputs:  fact_versions of 0001 and 0018.
-- Outputs: the check, the column, the functions, the index.

ALTER TABLE fact_versions DROP CONSTRAINT fact_versions_evidence_form_check;
ALTER TABLE fact_versions ADD CONSTRAINT fact_versions_evidence_form_check CHECK (evidence_form IN ('full', 'delta', 'slots'));
ALTER TABLE fact_versions ADD COLUMN disputed boolean;

CREATE FUNCTION version_candidates_at(p_fact text, p_seq integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(jsonb_agg(x.entry - 'rank' ORDER BY (x.entry->>'rank')::integer DESC), '[]'::jsonb)
  FROM (SELECT DISTINCT ON (e->>'slot') e AS entry
        FROM fact_versions p, jsonb_array_elements(p.candidates) e
        WHERE p.fact_id = p_fact AND p.seq <= p_seq AND p.evidence_form = 'slots'
          AND p.seq > COALESCE((SELECT max(q.seq) FROM fact_versions q
                                WHERE q.fact_id = p_fact AND q.seq <= p_seq AND q.evidence_form <> 'slots'), 0)
        ORDER BY e->>'slot', p.seq DESC) x
  WHERE NOT x.entry ? 'gone'
$$;

CREATE FUNCTION version_candidates(p_fact text, p_seq integer, p_form text, p_candidates jsonb) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p_form = 'slots' THEN version_candidates_at(p_fact, p_seq) ELSE p_candidates END
$$;

DROP INDEX fact_versions_open_disputed_idx;
CREATE INDEX fact_versions_open_disputed_form_idx ON fact_versions (fact_id)
  WHERE recorded_to IS NULL
    AND CASE WHEN evidence_form = 'slots' THEN disputed ELSE candidates @> '[{"status": "disputed"}]'::jsonb END;

-- 0019_version_members_function: one definition of a 'delta' version's members, for every query that reads them.
--
-- Does:    version_members_at(fact, seq): the [slot, claim id, document] triples a 'delta' version's candidates
--          hold, replayed from version_members over the fact's versions up to seq (the latest row for each slot
--          and claim wins; only those still added count), ordered by slot and claim id. '[]' when none.
-- Inputs:  version_members and fact_versions of 0018; claims, articles, imported_claims, sources of 0001.
-- Outputs: the function (STABLE: it reads tables, writes nothing).

CREATE FUNCTION version_members_at(p_fact text, p_seq integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(jsonb_agg(jsonb_build_array(x.slot, x.claim_id, COALESCE(a.doc, s.name)) ORDER BY x.slot, x.claim_id), '[]'::jsonb)
  FROM (SELECT DISTINCT ON (m.slot, m.claim_id) m.slot, m.claim_id, m.added
        FROM fact_versions p JOIN version_members m ON m.version_id = p.id
        WHERE p.fact_id = p_fact AND p.seq <= p_seq
        ORDER BY m.slot, m.claim_id, p.seq DESC) x
  LEFT JOIN claims c ON c.id = x.claim_id
  LEFT JOIN articles a ON a.id = c.article_id
  LEFT JOIN imported_claims i ON i.id = x.claim_id
  LEFT JOIN sources s ON s.id = i.source_id
  WHERE x.added
$$;

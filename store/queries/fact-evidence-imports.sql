-- fact-evidence-imports: every imported claim that counts for some facts (see fact-evidence-keys), one row per fact
--          with its claims as one json array: a million-row import reads them twice (refreshTrust), and each
--          column of each row costs more to hand to JavaScript than the whole array's JSON.parse.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (root_id, claims: json array, by claim id, of [id, fact_id, object, attribute, value (its jsonb as
--          text: a data set repeats a few values many times, decoded once each), observed_at, status, source_name,
--          corrected_value: the latest reviewer correction not withdrawn, or null]).
--          Each fact's claims are found through imported_claims_fact_idx (a lateral lookup per fact: a merge join
--          would scan the index from its start for every batch of facts). The ids are an array for the reason
--          fact-evidence-keys gives (a set-returning function hashed two sequential scans of facts).
--          A store with no imported claim at all (one fed only articles) answers from a one-time test of the table
--          (the EXISTS below, an init plan), before any fact is looked up: 119 index blocks a call otherwise, for no
--          rows, at 1,000 generated articles.
WITH roots AS (SELECT ARRAY(SELECT jsonb_array_elements_text($1::jsonb)) AS ids),
members AS (
  SELECT f.id AS fact_id, f.id AS root_id FROM roots q JOIN facts f ON f.id = ANY (q.ids)
  UNION ALL
  SELECT f.id, f.merged_into FROM roots q JOIN facts f ON f.merged_into = ANY (q.ids)
)
SELECT m.root_id,
       json_agg(json_build_array(i.id, i.fact_id, i.object, i.attribute, i.value::text, i.observed_at, i.status, s.name,
         CASE WHEN i.status <> 'pending' THEN (SELECT r.value FROM reviews r
           WHERE r.target_kind = 'claim' AND r.target_id = i.id AND r.action = 'correct'
             AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws = r.id)
           ORDER BY r.created_at DESC, r.id DESC LIMIT 1) END) ORDER BY i.id) AS claims
FROM members m
CROSS JOIN LATERAL (SELECT * FROM imported_claims x WHERE x.fact_id = m.fact_id OFFSET 0) i
JOIN sources s ON s.id = i.source_id
WHERE EXISTS (SELECT FROM imported_claims)
GROUP BY m.root_id;

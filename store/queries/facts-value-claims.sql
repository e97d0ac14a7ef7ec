-- facts-value-claims: what a fact's value key (0057, `identityValueKey`) is worked out from (`factValueKeys`): each of
--          some facts with its own claims as reconciliation counts them (a claim's status and, for a corrected one, the
--          value of its latest reviewer correction not withdrawn, as evidence_keys reads it), and the value keys of the
--          facts of other stories merged into it (an absorbed story's facts re-homed into their twin, `rehomeFacts`).
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (id, key, subject, predicate, kind, story_id, predicate_key, value_key, into_story: the story of the
--          fact it is merged into, or null; then either claim_id, claim_kind, status, value, corrected_value: one of its
--          claims, or member_id, member_key: a re-homed member; all null for a fact with neither), by fact.
WITH asked AS (
  SELECT f.id, f.key, f.subject, f.predicate, f.kind, f.story_id, f.predicate_key, f.value_key, t.story_id AS into_story
  FROM facts f LEFT JOIN facts t ON t.id = f.merged_into
  WHERE f.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
)
SELECT a.*, c.id AS claim_id, c.kind AS claim_kind, c.status, c.value,
       CASE WHEN c.status = 'corrected' THEN (SELECT r.value FROM reviews r
         WHERE r.target_kind = 'claim' AND r.target_id = c.id AND r.action = 'correct'
           AND NOT EXISTS (SELECT 1 FROM reviews w WHERE w.withdraws = r.id)
         ORDER BY r.created_at DESC, r.id DESC LIMIT 1) END AS corrected_value,
       NULL::text AS member_id, NULL::text AS member_key
FROM asked a LEFT JOIN claims c ON c.fact_id = a.id
UNION ALL
SELECT a.*, NULL, NULL, NULL, NULL, NULL, m.id, m.value_key
FROM asked a JOIN facts m ON m.merged_into = a.id AND m.story_id IS NOT NULL AND m.story_id IS DISTINCT FROM a.story_id
ORDER BY id, claim_id, member_id;

-- evidence-insert: which claims some versions counted for and against their values.
-- Inputs:  $1 jsonb array of {version_id, claim_id, stance ('support' | 'oppose')}.
-- Outputs: none.
INSERT INTO version_evidence (version_id, claim_id, stance)
SELECT e.version_id, e.claim_id, e.stance
FROM jsonb_to_recordset($1::jsonb) AS e (version_id text, claim_id text, stance text)
ORDER BY e.version_id, e.claim_id;

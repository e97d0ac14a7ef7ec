-- evidence-insert: which claims a version counted for and against its value.
-- Inputs:  $1 version id, $2 jsonb array of {claim_id, stance ('support' | 'oppose')}.
-- Outputs: none.
INSERT INTO version_evidence (version_id, claim_id, stance)
SELECT $1, e.claim_id, e.stance
FROM jsonb_to_recordset($2::jsonb) AS e (claim_id text, stance text);

-- version-members-insert: the slot membership changes of some new versions (0018, store/version-evidence.ts).
-- Inputs:  $1 jsonb array of {version_id, slot, claim_id, added (boolean)}.
-- Outputs: none.
INSERT INTO version_members (version_id, slot, claim_id, added)
SELECT m.version_id, m.slot, m.claim_id, m.added
FROM jsonb_to_recordset($1::jsonb) AS m (version_id text, slot text, claim_id text, added boolean)
ORDER BY m.version_id, m.slot, m.claim_id;

-- facts-value-keys-set: record facts' new value keys (0057), each the key every claim of the fact gives, or null.
-- Inputs:  $1 jsonb array of {id, value_key (text or null)}; the facts are locked by the caller.
-- Outputs: none.
UPDATE facts f SET value_key = v.value_key
FROM jsonb_to_recordset($1::jsonb) AS v (id text, value_key text)
WHERE f.id = v.id AND f.value_key IS DISTINCT FROM v.value_key;

-- facts-lock: the per-fact lock of recordClaims. Held until the transaction ends, it serialises
--          writers of one fact: the second waits, then reads the first one's committed claims and
--          versions before reconciling (under READ COMMITTED each statement sees a fresh snapshot).
--          On PGlite (one connection) it is uncontended but harmless.
-- Inputs:  $1 jsonb array of fact ids.
-- Outputs: rows (id, key, subject, predicate, kind) of the locked facts, locked in id order.
SELECT id, key, subject, predicate, kind FROM facts
WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
ORDER BY id
FOR UPDATE;

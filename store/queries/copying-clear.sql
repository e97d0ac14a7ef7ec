-- copying-clear: forget every stored copy relation, before `refreshTrust` writes the new estimate (derived
--          data, replaced as a whole in one transaction: a pair no longer found dependent must not linger).
-- Inputs:  none.
-- Outputs: none.
DELETE FROM source_copying;

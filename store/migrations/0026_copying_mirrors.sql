-- 0026_copying_mirrors: which stored copy relations are mirrors.
--
-- Does:    source_copying.mirror: the two sources publish one another's data (truth discovery's mirror groups:
--          identical on nearly every item they share, `mirrorAgreement`). A mirror of a source already counted
--          for a value adds nothing to it, where a likely copier still adds a fifth of its vote (ACCU's copy
--          rate), so per-fact reconciliation must tell the two apart to choose what `refreshTrust`'s truth
--          discovery chose. The groups are the connected components of mirror pairs (each group is a clique).
-- Inputs:  source_copying of 0006 and 0013.
-- Outputs: the column, false for the rows stored before (the next refresh replaces them all).

ALTER TABLE source_copying ADD COLUMN mirror boolean NOT NULL DEFAULT false;

-- fact-rename: show a fact under the wording of its oldest claim (see `nameFact`), so its name does
--          not depend on which article happened to arrive first. The key, and so the identity, stays.
-- Inputs:  $1 fact id, $2 subject, $3 predicate, $4 kind (of that oldest claim: a figure and a
--          project claim can observe one key, and the first writer must not decide which).
-- Outputs: none.
UPDATE facts SET subject = $2, predicate = $3, kind = $4 WHERE id = $1;

-- copying-insert: store the copy relations truth discovery found (`copyRelations` in reconcile/truth.ts).
-- Inputs:  $1 jsonb array of {source_a, source_b, probability, shared_items, same_values, same_false, groups, mirror},
--          each pair once with source_a before source_b; $2 updated_at (timestamptz).
-- Outputs: none.
INSERT INTO source_copying (source_a, source_b, probability, shared_items, same_values, same_false, groups, mirror, updated_at)
SELECT c.source_a, c.source_b, c.probability, c.shared_items, c.same_values, c.same_false, c.groups, c.mirror, $2::timestamptz
FROM jsonb_to_recordset($1::jsonb) AS c (source_a text, source_b text, probability double precision, shared_items integer,
                                        same_values integer, same_false integer, groups integer, mirror boolean)
ORDER BY c.source_a, c.source_b;

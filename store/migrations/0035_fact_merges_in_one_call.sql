-- 0035_fact_merges_in_one_call: apply a batch of planned fact merges in one statement.
--
-- Does:    adds facts_merge(jsonb): for each {id, merged_into} of the array, in its order, exactly what
--          fact-merge.sql does for one (point the fact at its new root, or back at itself with null, and re-point
--          the facts merged into it), so a batch reads as the same sequence of single merges. Recording an article
--          applied its story's re-homing and its resolution merges one statement each (3.7 per article on
--          generated news, each a round trip); now each batch is one.
-- Inputs:  facts (0004: merged_into).
-- Outputs: the function; it returns the number of merges applied.

CREATE OR REPLACE FUNCTION facts_merge(p_merges jsonb)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  m record;
  n integer := 0;
BEGIN
  FOR m IN SELECT e.item->>'id' AS id, e.item->>'merged_into' AS merged_into
           FROM jsonb_array_elements(p_merges) WITH ORDINALITY AS e(item, ord) ORDER BY e.ord
  LOOP
    UPDATE facts SET merged_into = m.merged_into WHERE id = m.id;
    IF m.merged_into IS NOT NULL THEN
      UPDATE facts SET merged_into = m.merged_into WHERE merged_into = m.id AND id <> m.merged_into;
    END IF;
    n := n + 1;
  END LOOP;
  RETURN n;
END;
$$;

-- 0029_story_key_neighbours_plpgsql: story_key_neighbours (0028) as PL/pgSQL, whose statement plans a session keeps.
--
-- Does:    replaces the function with the same statement, arguments, result and SET enable_bitmapscan = off, in
--          PL/pgSQL. A SQL-language function with a SET clause is never inlined and plans its statement again in
--          every query that calls it: 5-10 ms of a 25-40 ms story-candidates on PostgreSQL under load, more than
--          the scans themselves (0.5 ms). PL/pgSQL caches the plan for the session (a generic plan after five
--          calls, which with bitmap scans off still reads each key's index in order). Result columns are aliased
--          inside (aid, pub): in PL/pgSQL the result's names are variables, and a bare article_id would be ambiguous.
-- Inputs:  article_story_keys and story_key_neighbours of 0028.
-- Outputs: the function.

CREATE OR REPLACE FUNCTION story_key_neighbours(p_keys text[], p_exclude text, p_day date, p_lim integer)
RETURNS TABLE (article_id text, published date)
LANGUAGE plpgsql STABLE
SET enable_bitmapscan = off
AS $$
BEGIN
RETURN QUERY
  WITH keys AS (SELECT DISTINCT unnest(p_keys) AS key)
  SELECT n.aid, n.pub FROM keys, LATERAL (
    SELECT k.article_id AS aid, k.published AS pub FROM article_story_keys k
    WHERE p_day IS NULL AND k.key = keys.key AND k.article_id <> p_exclude
    ORDER BY k.published DESC NULLS FIRST, k.article_id DESC LIMIT p_lim) n
  UNION ALL
  SELECT n.aid, n.pub FROM keys, LATERAL (
    SELECT k.article_id AS aid, k.published AS pub FROM article_story_keys k
    WHERE p_day IS NOT NULL AND k.key = keys.key AND k.published IS NULL AND k.article_id <> p_exclude
    ORDER BY k.article_id LIMIT p_lim) n
  UNION ALL
  SELECT n.aid, n.pub FROM keys, LATERAL (
    SELECT k.article_id AS aid, k.published AS pub FROM article_story_keys k
    WHERE k.key = keys.key AND k.published <= p_day AND k.article_id <> p_exclude
    ORDER BY k.published DESC, k.article_id DESC LIMIT p_lim) n
  UNION ALL
  SELECT n.aid, n.pub FROM keys, LATERAL (
    SELECT k.article_id AS aid, k.published AS pub FROM article_story_keys k
    WHERE k.key = keys.key AND k.published > p_day AND k.article_id <> p_exclude
    ORDER BY k.published, k.article_id LIMIT p_lim) n;
END
$$;

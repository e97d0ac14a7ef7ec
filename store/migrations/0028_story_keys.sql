-- 0028_story_keys: the stored articles sharing an entity key with a new article, nearest in date first, at a
--          cost that does not grow with the store.
--
-- Does:    - article_story_keys: one row per (entity key, article) of article_stories' signatures, with the
--            article's publish date, indexed on (key, published, article_id); backfilled from article_stories;
--          - story_key_neighbours(keys, exclude, day, lim): for each key, the lim articles nearest to day
--            on each side of it (and the lim undated ones), as three range scans of that index read in its
--            order and stopped at lim, whatever the number of articles sharing the key (story-candidates
--            cuts the union to the lim nearest overall). The GIN overlap it replaces fetched and sorted
--            every article of a popular key ("US", a country every article names: 5,000 rows at 100k
--            stored articles) before its limit applied. The function turns bitmap scans off for its own
--            statements: the planner estimates a key it cannot see (one element of an array) at the average
--            key's few rows, and for those a bitmap scan of all the key's rows and a sort looks cheaper than
--            reading the index in order, which a popular key makes grow with the store;
--          - drops article_stories_entity_keys_idx (GIN), which nothing reads any more. entity_keys stays.
--          UPDATE, DELETE and TRUNCATE raise NF001 (newsfacts_forbid_change of 0002), as on article_stories.
-- Inputs:  article_stories of 0009.
-- Outputs: the table, its index and triggers, the function (STABLE: it reads tables, writes nothing).

CREATE TABLE article_story_keys (
  key         text NOT NULL,
  published   date,
  article_id  text NOT NULL REFERENCES article_stories (article_id)
);
CREATE INDEX article_story_keys_nearest_idx ON article_story_keys (key, published, article_id);

INSERT INTO article_story_keys (key, published, article_id)
SELECT DISTINCT k.key, a.published, a.article_id
FROM article_stories a, unnest(a.entity_keys) AS k (key);

-- With an undated day: the undated articles first (descending id), then the latest. Otherwise three sides:
-- undated (ascending id), on or before day (latest first, descending id), after it (earliest first, ascending
-- id): the order story-candidates sorts the union by, so its lim nearest are among these.
CREATE FUNCTION story_key_neighbours(p_keys text[], p_exclude text, p_day date, p_lim integer)
RETURNS TABLE (article_id text, published date)
LANGUAGE sql STABLE
SET enable_bitmapscan = off
AS $$
  WITH keys AS (SELECT DISTINCT unnest(p_keys) AS key)
  SELECT n.article_id, n.published FROM keys, LATERAL (
    SELECT k.article_id, k.published FROM article_story_keys k
    WHERE p_day IS NULL AND k.key = keys.key AND k.article_id <> p_exclude
    ORDER BY k.published DESC NULLS FIRST, k.article_id DESC LIMIT p_lim) n
  UNION ALL
  SELECT n.article_id, n.published FROM keys, LATERAL (
    SELECT k.article_id, k.published FROM article_story_keys k
    WHERE p_day IS NOT NULL AND k.key = keys.key AND k.published IS NULL AND k.article_id <> p_exclude
    ORDER BY k.article_id LIMIT p_lim) n
  UNION ALL
  SELECT n.article_id, n.published FROM keys, LATERAL (
    SELECT k.article_id, k.published FROM article_story_keys k
    WHERE k.key = keys.key AND k.published <= p_day AND k.article_id <> p_exclude
    ORDER BY k.published DESC, k.article_id DESC LIMIT p_lim) n
  UNION ALL
  SELECT n.article_id, n.published FROM keys, LATERAL (
    SELECT k.article_id, k.published FROM article_story_keys k
    WHERE k.key = keys.key AND k.published > p_day AND k.article_id <> p_exclude
    ORDER BY k.published, k.article_id LIMIT p_lim) n
$$;

DROP INDEX article_stories_entity_keys_idx;

CREATE TRIGGER article_story_keys_no_update BEFORE UPDATE ON article_story_keys FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_story_keys_no_delete BEFORE DELETE ON article_story_keys FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_story_keys_no_truncate BEFORE TRUNCATE ON article_story_keys FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

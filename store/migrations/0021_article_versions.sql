-- 0021_article_versions: a page edited at the same URL is a new version of one article, not a second article.
--
-- Does:    article_versions: one row per article fetched from a URL (its final URL after redirects; not files, even
--          with a URL in their manifest: which of two files is newer is unknown), numbered
--          1, 2, … per URL in the order they were stored, each naming the version it supersedes (NULL for the
--          first). Written once, with the article (store/queries/article-version-insert.sql); never updated or
--          deleted (the triggers of 0002's newsfacts_forbid_change). A claim whose article some version
--          supersedes no longer counts in reconciliation (fact-evidence-keys) but stays in history.
--          Articles already stored are numbered here the same way (created_at, then id); the facts their claims
--          feed are reconciled without the superseded claims the next time they are reconciled.
--          fact_versions_open_disputed_idx: the open versions with a disputed (outweighed or overruled) value, which
--          the facts list ranks right after contested and needs-review facts (facts-page.sql), found without a scan.
-- Inputs:  articles of 0001 (url, created_at), fact_versions of 0001.
-- Outputs: the table, its indexes and triggers; the index.

CREATE TABLE article_versions (
  article_id  text PRIMARY KEY REFERENCES articles (id),
  url         text NOT NULL,
  seq         integer NOT NULL CHECK (seq > 0),
  -- At most one successor per version: the versions of a URL form one chain.
  supersedes  text UNIQUE REFERENCES articles (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (url, seq)
);

INSERT INTO article_versions (article_id, url, seq, supersedes)
SELECT id, url,
       row_number() OVER (PARTITION BY url ORDER BY created_at, id),
       lag(id) OVER (PARTITION BY url ORDER BY created_at, id)
FROM articles
WHERE url IS NOT NULL AND path IS NULL;

CREATE TRIGGER article_versions_no_update BEFORE UPDATE ON article_versions FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_versions_no_delete BEFORE DELETE ON article_versions FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_versions_no_truncate BEFORE TRUNCATE ON article_versions FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

CREATE INDEX fact_versions_open_disputed_idx ON fact_versions (fact_id)
  WHERE recorded_to IS NULL AND candidates @> '[{"status": "disputed"}]'::jsonb;

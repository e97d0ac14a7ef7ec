-- 0003_web_ingest: what web ingestion remembers.
--
-- Does:    - articles.cluster_id: the near-duplicate cluster an article belongs to (the id of the cluster's
--            first article), NULL while it has no near-duplicate; articles.minhash: its MinHash signature
--            (jsonb array of 128 uint32, ingest/near-duplicate.ts), NULL for articles stored before this;
--          - article_bands: the signature's LSH band keys, to find near-duplicate candidates by equality;
--          - fetched_pages: conditional-GET state per URL (ETag, Last-Modified and the body they validate),
--            so a 304 is a no-op and a schedule knows which URLs it has seen. Derived data: rows are
--            replaced in place, and may be deleted to forget a URL.
-- Inputs:  the tables of 0001/0002.
-- Outputs: the columns, tables and indexes above. article_bands is append-only like articles.

ALTER TABLE articles
  ADD COLUMN cluster_id text,
  ADD COLUMN minhash jsonb;
CREATE INDEX articles_cluster_idx ON articles (cluster_id) WHERE cluster_id IS NOT NULL;

CREATE TABLE article_bands (
  band_key    text NOT NULL,
  article_id  text NOT NULL REFERENCES articles (id),
  PRIMARY KEY (band_key, article_id)
);

CREATE TABLE fetched_pages (
  url            text PRIMARY KEY,
  final_url      text NOT NULL,
  etag           text,
  last_modified  text,
  content_type   text NOT NULL,
  charset        text,
  body           bytea NOT NULL,
  fetched_at     timestamptz NOT NULL
);

CREATE TRIGGER article_bands_no_delete BEFORE DELETE ON article_bands FOR EACH ROW EXECUTE FUNCTION newsfacts_forbid_change();
CREATE TRIGGER article_bands_no_truncate BEFORE TRUNCATE ON article_bands FOR EACH STATEMENT EXECUTE FUNCTION newsfacts_forbid_change();

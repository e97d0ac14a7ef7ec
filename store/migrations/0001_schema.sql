-- 0001_schema: the fact store's tables.
--
-- Does:    creates sources, articles, claims, facts, fact_versions, version_evidence and reviews,
--          with the constraints that keep them consistent whatever code writes to them.
-- Inputs:  none. Runs once per schema, inside the migrator's transaction (and, on PostgreSQL,
--          its advisory lock), in the schema first on the search path.
-- Outputs: empty tables. Nothing is ever deleted from them (see 0002_append_only.sql):
--          facts change by appending fact_versions and closing the previous one.

-- Outlets, or the `source` column of an imported data set.
CREATE TABLE sources (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('outlet', 'import')),
  domain      text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- One ingested text. content_hash is its identity: re-ingesting the same text is a no-op.
CREATE TABLE articles (
  id            text PRIMARY KEY,
  doc           text NOT NULL,
  url           text,
  path          text,
  canonical     text,
  title         text,
  byline        text,
  published     date,
  lang          text,
  text          text NOT NULL,
  content_hash  text NOT NULL UNIQUE CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  source_id     text REFERENCES sources (id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
-- `getArticle(doc)` and the claim listing by document.
CREATE INDEX articles_doc_idx ON articles (doc);

-- A fact's identity: its normalised subject|predicate key. Its state lives in fact_versions.
CREATE TABLE facts (
  id          text PRIMARY KEY,
  key         text NOT NULL UNIQUE,
  subject     text NOT NULL,
  predicate   text NOT NULL,
  kind        text CHECK (kind IN ('figure', 'person', 'date', 'project')),
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Claims as extracted. The id hashes (content hash, kind, start, end, extractor), so re-runs collide
-- instead of duplicating. fact_id is the fact the claim observes (null: it asserts none).
CREATE TABLE claims (
  id            text PRIMARY KEY,
  article_id    text NOT NULL REFERENCES articles (id),
  kind          text NOT NULL CHECK (kind IN ('figure', 'person', 'date', 'project')),
  start_offset  integer NOT NULL CHECK (start_offset >= 0),
  end_offset    integer NOT NULL,
  quote         text NOT NULL CHECK (quote <> ''),
  subject       text,
  predicate     text,
  value         jsonb NOT NULL,
  qualifier     text,
  attribution   text,
  hedge         text CHECK (hedge IN ('asserted', 'reported', 'speculative', 'denied')),
  extractor     text NOT NULL,
  rule          text NOT NULL,
  confidence    double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'corrected')),
  fact_id       text REFERENCES facts (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  -- A quote is never empty, so a span must be too.
  CONSTRAINT claims_span_check CHECK (end_offset > start_offset)
);
CREATE INDEX claims_article_idx ON claims (article_id);
CREATE INDEX claims_fact_idx ON claims (fact_id);

-- Bitemporal, append-only beliefs about a fact: valid_* is when the value holds in the world,
-- recorded_* when we held the belief. recorded_to IS NULL marks the current version.
CREATE TABLE fact_versions (
  id             text PRIMARY KEY,
  fact_id        text NOT NULL REFERENCES facts (id),
  seq            integer NOT NULL CHECK (seq > 0),
  status         text NOT NULL CHECK (status IN ('settled', 'contested', 'reviewed', 'needs-review')),
  value          jsonb,
  valid_from     date,
  valid_to       date,
  recorded_from  timestamptz NOT NULL,
  recorded_to    timestamptz,
  confidence     double precision NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  reason         text NOT NULL,
  -- Every distinct value with its claim ids, sources, weight and valid time, the chosen one first.
  candidates     jsonb NOT NULL,
  UNIQUE (fact_id, seq)
);
-- At most one current version per fact, whatever races between writers.
CREATE UNIQUE INDEX fact_versions_one_open_idx ON fact_versions (fact_id) WHERE recorded_to IS NULL;

-- Which claims a version counted for (support) or against (oppose) its value.
CREATE TABLE version_evidence (
  version_id  text NOT NULL REFERENCES fact_versions (id),
  claim_id    text NOT NULL REFERENCES claims (id),
  stance      text NOT NULL CHECK (stance IN ('support', 'oppose')),
  PRIMARY KEY (version_id, claim_id)
);
-- "Which versions did this claim feed?"
CREATE INDEX version_evidence_claim_idx ON version_evidence (claim_id);

-- A reviewer's accept / reject / correct of a claim or fact: an input to reconciliation.
CREATE TABLE reviews (
  id           text PRIMARY KEY,
  target_kind  text NOT NULL CHECK (target_kind IN ('claim', 'fact')),
  target_id    text NOT NULL,
  action       text NOT NULL CHECK (action IN ('accept', 'reject', 'correct')),
  value        jsonb,
  reason       text,
  reviewer     text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_target_idx ON reviews (target_kind, target_id);

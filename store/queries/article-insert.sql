-- article-insert: store an article unless its text (content_hash) is already stored, and its outlet once (the
--          outlet's id is deterministic, so a known one is left as it is; stored whether or not the article is new).
-- Inputs:  $1 id, $2 doc, $3 url, $4 path, $5 canonical, $6 title, $7 byline, $8 published (YYYY-MM-DD),
--          $9 lang, $10 text, $11 content_hash, $12 source_id (all but id/doc/text/hash nullable);
--          the outlet to store with it, or nulls: $13 id, $14 name, $15 kind ('outlet' | 'import'), $16 domain (nullable).
-- Outputs: the inserted row (article columns), or no row when the content was already stored.
WITH outlet AS (
  INSERT INTO sources (id, name, kind, domain)
  SELECT $13::text, $14::text, $15::text, $16::text WHERE $13::text IS NOT NULL
  ON CONFLICT (id) DO NOTHING
)
INSERT INTO articles (id, doc, url, path, canonical, title, byline, published, lang, text, content_hash, source_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9, $10, $11, $12)
ON CONFLICT DO NOTHING
RETURNING id, doc, url, path, canonical, title, byline, published, lang, text, content_hash, source_id;

-- article-duplicate-candidates: stored articles sharing an LSH band with a new signature.
-- Inputs:  $1 jsonb array of band keys (ingest/near-duplicate.ts bandKeys), $2 the new article's id (left out).
-- Outputs: rows (id, cluster_id, minhash_slots, created_at), oldest first; the caller confirms on the full signature.
-- The signature goes out as bytes (0054): as jsonb, writing its 128 numbers as text was most of the statement's time.
-- The band keys are an array (= ANY), not IN (SELECT ...): the planner takes a set-returning function for 100
-- rows and hashed the whole of article_bands (a sequential scan growing with the store, 15.6 ms at 1,928 articles
-- on PGlite) where the array probes the primary key's (band_key, article_id) for each key (1.0 ms).
-- At most the 64 articles sharing the most bands: a band that boilerplate or a recurring paragraph fills holds
-- hundreds of articles (465 of 25,000 generated ones), and each candidate's signature was read and compared, so
-- the rows grew with the store (5 a call at 1,600 articles, 59 at 16,000). A near-duplicate shares more bands
-- than a chance collision (at Jaccard 0.5 two on average, at 0.8 thirteen; a collision of unrelated texts one),
-- so it stays among the 64 (ties by id, so any order of arrival keeps the same ones).
SELECT a.id, a.cluster_id, a.minhash_slots, a.created_at
FROM (
  SELECT b.article_id, count(*) AS shared
  FROM article_bands b
  WHERE b.band_key = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) AND b.article_id <> $2
  GROUP BY b.article_id
  ORDER BY shared DESC, b.article_id
  LIMIT 64
) c
JOIN articles a ON a.id = c.article_id
WHERE a.minhash_slots IS NOT NULL
ORDER BY a.created_at, a.id;

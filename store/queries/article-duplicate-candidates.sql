-- article-duplicate-candidates: stored articles sharing an LSH band with a new signature.
-- Inputs:  $1 jsonb array of band keys (ingest/near-duplicate.ts bandKeys), $2 the new article's id (left out).
-- Outputs: rows (id, cluster_id, minhash_slots, created_at), oldest first; the caller confirms on the full signature.
-- The signature goes out as bytes (0054): as jsonb, writing its 128 numbers as text was most of the statement's time.
-- The band keys are an array (= ANY), not IN (SELECT ...): the planner takes a set-returning function for 100
-- rows and hashed the whole of article_bands (a sequential scan growing with the store, 15.6 ms at 1,928 articles
-- on PGlite) where the array probes the primary key's (band_key, article_id) for each key (1.0 ms).
SELECT a.id, a.cluster_id, a.minhash_slots, a.created_at
FROM articles a
WHERE a.id <> $2
  AND a.minhash_slots IS NOT NULL
  AND a.id IN (SELECT b.article_id FROM article_bands b WHERE b.band_key = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb))))
ORDER BY a.created_at, a.id;

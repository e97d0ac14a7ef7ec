-- article-duplicate-candidates: stored articles sharing an LSH band with a new signature.
-- Inputs:  $1 jsonb array of band keys (ingest/near-duplicate.ts bandKeys), $2 the new article's id (left out),
--          $3 how many to read at most (`DUPLICATE_CANDIDATES`).
-- Outputs: rows (id, cluster_id, minhash_slots, created_at), oldest first; the caller confirms on the full signature.
-- The signature goes out as bytes (0054): as jsonb, writing its 128 numbers as text was most of the statement's time.
-- The band keys are an array (= ANY), not IN (SELECT ...): the planner takes a set-returning function for 100
-- rows and hashed the whole of article_bands (a sequential scan growing with the store, 15.6 ms at 1,928 articles
-- on PGlite) where the array probes the primary key's (band_key, article_id) for each key (1.0 ms).
-- At most $3 articles, those sharing the most bands first, then the newest: a band that boilerplate or a recurring
-- paragraph fills holds hundreds of articles (465 of 25,000 generated ones), and every article in a shared band had
-- its signature read and compared, so the rows grew with the store (7 a call at 3,000 generated articles, 99 at
-- 30,000, 178 at 52,000). A copy well above the threshold shares several bands (13 on average at Jaccard 0.8); a
-- chance collision, like a copy just at it, one; among those the newest stay, as copies of a story come close together.
SELECT id, cluster_id, minhash_slots, created_at
FROM (
  SELECT a.id, a.cluster_id, a.minhash_slots, a.created_at
  FROM (
    SELECT b.article_id, count(*) AS shared
    FROM article_bands b
    WHERE b.band_key = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) AND b.article_id <> $2
    GROUP BY b.article_id
  ) c
  JOIN articles a ON a.id = c.article_id
  WHERE a.minhash_slots IS NOT NULL
  ORDER BY c.shared DESC, a.created_at DESC, a.id
  LIMIT $3::int
) kept
ORDER BY created_at, id;

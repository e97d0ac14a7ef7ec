-- article-cluster-set: record an article's signature, band keys and cluster.
-- Inputs:  $1 article id, $2 minhash (its slots as 8 hexadecimal digits each, stored as bytes, 0054), $3 jsonb array of band keys, $4 cluster id (nullable),
--          $5 jsonb array of article ids that join the cluster with it (the first copy, when it had none).
-- Outputs: no rows.
WITH bands AS (
  INSERT INTO article_bands (band_key, article_id)
  SELECT k, $1 FROM jsonb_array_elements_text($3::jsonb) AS k
  ON CONFLICT DO NOTHING
), joined AS (
  UPDATE articles SET cluster_id = $4
  WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($5::jsonb))) AND cluster_id IS NULL AND $4::text IS NOT NULL
)
UPDATE articles SET minhash_slots = decode($2::text, 'hex'), cluster_id = $4 WHERE id = $1;

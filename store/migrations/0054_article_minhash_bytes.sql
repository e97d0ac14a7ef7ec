-- 0054_article_minhash_bytes: an article's MinHash signature is stored as 512 bytes, not a jsonb array.
--
-- Does:    articles.minhash_slots (bytea: the 128 slots of ingest/near-duplicate.ts's signature, each an unsigned
--          32-bit integer, big-endian) takes the signature in place of articles.minhash (jsonb), which goes once
--          its rows are copied. article-duplicate-candidates returns the signature of every stored article
--          sharing an LSH band with a new one; as jsonb, turning 128 numbers a row into text was most of the
--          statement's server time (about 30 us a row), and the rows grow with the store where articles share
--          paragraphs: 178 a call at 52,000 generated articles, 7 ms of the server per article (issue 13). The
--          bytes go out as they are. Same signatures, same similarities, same clusters.
-- Inputs:  articles.minhash (0003).
-- Outputs: articles.minhash_slots; articles.minhash dropped.

ALTER TABLE articles ADD COLUMN minhash_slots bytea;
UPDATE articles a SET minhash_slots = s.slots
FROM (
  SELECT id, decode(string_agg(lpad(to_hex(e.v::bigint), 8, '0'), '' ORDER BY e.i), 'hex') AS slots
  FROM articles, jsonb_array_elements_text(minhash) WITH ORDINALITY AS e (v, i)
  WHERE minhash IS NOT NULL
  GROUP BY id
) s
WHERE a.id = s.id;
ALTER TABLE articles DROP COLUMN minhash;

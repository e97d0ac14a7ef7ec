-- review-queue: one page of claims in a review status, those needing attention first, keyset-paginated.
-- Inputs:  $1 claim status, $2 kind (nullable),
--          $3 rank, $4 confidence, $5 doc, $6 start offset, $7 claim id of the last row of the previous page
--          (all null on the first page), $8 page size.
--          Claims of a superseded page version (0021) are left out.
-- Outputs: rows (claim columns, doc, published, source_name, root_id, rank), ordered by rank (the claim's
--          fact contested 0, needs-review 1, other 2, no fact 3), confidence (lowest first), doc, offset, id.
WITH q AS (
  SELECT c.id, c.article_id, c.kind, c.start_offset, c.end_offset, c.quote, c.subject, c.predicate, c.value,
         c.qualifier, c.attribution, c.hedge, c.extractor, c.rule, c.confidence, c.status, c.fact_id,
         a.doc COLLATE "C" AS doc, a.published, s.name AS source_name,
         COALESCE(f.merged_into, f.id) AS root_id,
         CASE WHEN f.id IS NULL THEN 3
              ELSE CASE (SELECT v.status FROM fact_versions v
                         WHERE v.fact_id = COALESCE(f.merged_into, f.id) AND v.recorded_to IS NULL)
                   WHEN 'contested' THEN 0 WHEN 'needs-review' THEN 1 ELSE 2 END END AS rank
  FROM claims c
  JOIN articles a ON a.id = c.article_id
  LEFT JOIN sources s ON s.id = a.source_id
  LEFT JOIN facts f ON f.id = c.fact_id
  WHERE c.status = $1::text AND ($2::text IS NULL OR c.kind = $2::text)
    -- A claim of a page version a later one replaced (0021) no longer counts: nothing to review.
    AND NOT EXISTS (SELECT 1 FROM article_versions av WHERE av.supersedes = c.article_id)
)
SELECT * FROM q
WHERE $3::int IS NULL
   OR (rank, confidence, doc, start_offset, id COLLATE "C")
      > ($3::int, $4::float8, $5::text COLLATE "C", $6::int, $7::text COLLATE "C")
ORDER BY rank, confidence, doc, start_offset, id COLLATE "C"
LIMIT $8::int;

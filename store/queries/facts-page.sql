-- facts-page: one page of facts with the version current at a recorded time, keyset-paginated.
-- Inputs:  $1 text the subject contains, any case (nullable), $2 text the predicate contains (nullable),
--          $3 status (nullable), $4 as_of timestamptz (nullable: the open versions),
--          $5 valid_at 'YYYY-MM-DD' (nullable: a current or superseded candidate's interval must hold it),
--          $6 sort ('attention': contested, needs-review, then the rest; 'subject'),
--          $7 rank, $8 subject, $9 fact id of the last row of the previous page (all null on the first page),
--          $10 page size.
--          Facts merged into another (entity resolution) are left out.
-- Outputs: rows (fact and version columns, supporting, opposing, rank, revision), by rank, subject (C collation), id.
--          revision = versions ever written + reviews of the fact, so it moves on every change a reviewer could miss.
WITH page AS (
  SELECT f.id AS fid, v.id AS vid, f.subject COLLATE "C" AS sort_subject,
         CASE WHEN $6::text = 'attention'
              THEN CASE v.status WHEN 'contested' THEN 0 WHEN 'needs-review' THEN 1 ELSE 2 END
              ELSE 0 END AS rank
  FROM facts f
  JOIN fact_versions v ON v.fact_id = f.id
   AND (CASE WHEN $4::timestamptz IS NULL THEN v.recorded_to IS NULL
             ELSE v.recorded_from <= $4::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $4::timestamptz) END)
  WHERE f.merged_into IS NULL
    AND ($1::text IS NULL OR strpos(lower(f.subject), lower($1::text)) > 0)
    AND ($2::text IS NULL OR strpos(lower(f.predicate), lower($2::text)) > 0)
    AND ($3::text IS NULL OR v.status = $3::text)
    AND ($5::text IS NULL OR EXISTS (
          SELECT 1 FROM jsonb_array_elements(v.candidates) c
          WHERE COALESCE(c->>'status', 'current') IN ('current', 'superseded')
            AND (c->>'validFrom' IS NULL OR c->>'validFrom' <= $5::text)
            AND (c->>'validTo' IS NULL OR $5::text < c->>'validTo')))
), after AS (
  SELECT * FROM page
  WHERE $7::int IS NULL
     OR (rank, sort_subject, fid COLLATE "C") > ($7::int, $8::text COLLATE "C", $9::text COLLATE "C")
  ORDER BY rank, sort_subject, fid COLLATE "C"
  LIMIT $10::int
)
SELECT f.key, f.subject, f.predicate, f.kind AS fact_kind,
       v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason, v.candidates,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'support'), '[]'::jsonb) AS supporting,
       COALESCE((SELECT jsonb_agg(e.claim_id ORDER BY e.claim_id) FROM version_evidence e
                 WHERE e.version_id = v.id AND e.stance = 'oppose'), '[]'::jsonb) AS opposing,
       a.rank,
       (SELECT count(*) FROM fact_versions x WHERE x.fact_id = f.id)
         + (SELECT count(*) FROM reviews r WHERE r.target_kind = 'fact' AND r.target_id = f.id) AS revision
FROM after a
JOIN facts f ON f.id = a.fid
JOIN fact_versions v ON v.id = a.vid
ORDER BY a.rank, a.sort_subject, a.fid COLLATE "C";

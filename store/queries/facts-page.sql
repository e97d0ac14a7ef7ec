-- facts-page: one page of facts with the version current at a recorded time, keyset-paginated.
-- Inputs:  $1 text the subject contains, any case (nullable), $2 text the predicate contains (nullable),
--          $3 status (nullable), $4 as_of timestamptz (nullable: the open versions),
--          $5 valid_at 'YYYY-MM-DD' (nullable: a current or superseded candidate's interval must hold it),
--          $6 sort ('attention': contested, needs-review, then facts with a disputed (outweighed) value, then the rest;
--          'subject'),
--          $7 rank, $8 subject, $9 fact id of the last row of the previous page (all null on the first page),
--          $10 page size.
--          Facts merged into another (entity resolution) are left out.
-- Outputs: rows (fact and version columns, evidence_form, rank, revision), by rank, subject (C collation), id. No
--          evidence lists: a list shows each candidate's stored claim and document counts (store/rows.ts, FactSummaryRow),
--          so a page costs the same however much evidence its facts have. A version with `listed` (0040) answers with
--          it and no candidates, unless $5 asks for a day's value (which may be any candidate); one without replays
--          its candidates (version_candidates, 0036). A 'slots' version reads as a 'delta' one; it answers 'disputed' from its column.
--          revision = versions ever written (the latest seq, as fact-revisions) + reviews of the fact, so it moves on
--          every change a reviewer could miss.
-- Plan:    one branch per rank, each in (subject, id) order and cut at the page size, then their union: the same
--          rows and order as sorting every matching fact by (rank, subject, id), without the sort. A rank after the
--          first keeps only what the ranks before it left of the page (its row_number within the rank), and runs
--          only when they left room (a one-time filter on their counts), so a first page of contested facts no
--          longer also walks the facts for disputed and plain ones it then sorts away (the 51,989-article store:
--          17.6 -> 11.1 PostgreSQL CPU ms a first page). Each branch keeps its constant LIMIT, so the planner
--          chooses its path for a page of rows, as before (a LIMIT computed from the counts would be planned for a
--          tenth of the rows: a walk of every fact for ?subject=<word> instead of the trigram index, 15 -> 100+ ms).
--          The union is cut at the page size too (it never holds more), so the page's facts and versions are
--          joined by index.
--          A branch tests each fact's version with EXISTS, so walking facts in order probes
--          fact_versions_open_status_idx index-only (no heap fetch per fact: on the Flight import, 51 contested facts
--          found among 2,488 in 12 ms instead of 19-65 ms); the page's own versions are joined at the end. The
--          constant conditions on $3 and $6 stay outside the EXISTS, so a branch a sort or status rules out folds away.
--          With facts_unmerged_subject_idx, fact_versions_open_status_idx (0007) and fact_versions_open_disputed_form_idx
--          (0036) a page reads about a page of rows (the planner walks facts in order and stops), or, when the filters
--          leave few facts in a rank, finds them by status or by the filter (0007's statistics on lower(subject) and
--          lower(predicate) estimate how many `LIKE` keeps; it is strpos with `%`, `_` and `\` escaped). Unnamed
--          statements are planned with the parameters bound, so the branches a sort, status or cursor rules out fold away.
-- Rank 0: with sort 'attention' the contested facts, with sort 'subject' every fact.
WITH r0 AS (
  SELECT f.id AS fid, f.subject COLLATE "C" AS sort_subject, 0 AS rank
  FROM facts f
  WHERE f.merged_into IS NULL
    AND ($3::text IS NULL OR $6::text IS DISTINCT FROM 'attention' OR $3::text = 'contested')
    AND ($1::text IS NULL OR lower(f.subject) LIKE '%' || replace(replace(replace(lower($1::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
    AND ($2::text IS NULL OR lower(f.predicate) LIKE '%' || replace(replace(replace(lower($2::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
    AND ($7::int IS NULL OR $7::int < 0
         OR ($7::int = 0 AND (f.subject COLLATE "C", f.id COLLATE "C") > ($8::text COLLATE "C", $9::text COLLATE "C")))
    AND EXISTS (
      SELECT 1 FROM fact_versions v
      WHERE v.fact_id = f.id
        AND (CASE WHEN $4::timestamptz IS NULL THEN v.recorded_to IS NULL
                  ELSE v.recorded_from <= $4::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $4::timestamptz) END)
        AND ($6::text IS DISTINCT FROM 'attention' OR v.status = 'contested')
        AND ($3::text IS NULL OR (($6::text IS DISTINCT FROM 'attention' OR $3::text = 'contested') AND v.status = $3::text))
        AND ($5::text IS NULL OR EXISTS (
              SELECT 1 FROM jsonb_array_elements(version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates)) c
              WHERE COALESCE(c->>'status', 'current') IN ('current', 'superseded')
                AND (c->>'validFrom' IS NULL OR c->>'validFrom' <= $5::text)
                AND (c->>'validTo' IS NULL OR $5::text < c->>'validTo'))))
  ORDER BY f.subject COLLATE "C", f.id COLLATE "C"
  LIMIT $10::int
),
-- Rank 1 (attention): needs review.
l1 AS (
  SELECT b.fid, b.sort_subject, b.rank FROM (
    SELECT x.*, row_number() OVER (ORDER BY x.sort_subject, x.fid COLLATE "C") AS n FROM (
      SELECT f.id AS fid, f.subject COLLATE "C" AS sort_subject, 1 AS rank
      FROM facts f
      WHERE f.merged_into IS NULL
        AND $6::text = 'attention'
        AND ($3::text IS NULL OR $3::text = 'needs-review')
        AND ($1::text IS NULL OR lower(f.subject) LIKE '%' || replace(replace(replace(lower($1::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
        AND ($2::text IS NULL OR lower(f.predicate) LIKE '%' || replace(replace(replace(lower($2::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
        AND ($7::int IS NULL OR $7::int < 1
             OR ($7::int = 1 AND (f.subject COLLATE "C", f.id COLLATE "C") > ($8::text COLLATE "C", $9::text COLLATE "C")))
        AND EXISTS (
          SELECT 1 FROM fact_versions v
          WHERE v.fact_id = f.id
            AND (CASE WHEN $4::timestamptz IS NULL THEN v.recorded_to IS NULL
                      ELSE v.recorded_from <= $4::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $4::timestamptz) END)
            AND $6::text = 'attention' AND v.status = 'needs-review'
            AND ($5::text IS NULL OR EXISTS (
                  SELECT 1 FROM jsonb_array_elements(version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates)) c
                  WHERE COALESCE(c->>'status', 'current') IN ('current', 'superseded')
                    AND (c->>'validFrom' IS NULL OR c->>'validFrom' <= $5::text)
                    AND (c->>'validTo' IS NULL OR $5::text < c->>'validTo'))))
      ORDER BY f.subject COLLATE "C", f.id COLLATE "C"
      LIMIT $10::int) x
    WHERE $10::int > (SELECT count(*) FROM r0)) b
  WHERE b.n <= $10::int - (SELECT count(*) FROM r0)
),
-- Rank 2 (attention): settled or reviewed, with a value it outweighs or a reviewer overruled (disputed).
l2 AS (
  SELECT b.fid, b.sort_subject, b.rank FROM (
    SELECT x.*, row_number() OVER (ORDER BY x.sort_subject, x.fid COLLATE "C") AS n FROM (
      SELECT f.id AS fid, f.subject COLLATE "C" AS sort_subject, 2 AS rank
      FROM facts f
      WHERE f.merged_into IS NULL
        AND $6::text = 'attention' AND ($3::text IS NULL OR $3::text NOT IN ('contested', 'needs-review'))
        AND ($1::text IS NULL OR lower(f.subject) LIKE '%' || replace(replace(replace(lower($1::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
        AND ($2::text IS NULL OR lower(f.predicate) LIKE '%' || replace(replace(replace(lower($2::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
        AND ($7::int IS NULL OR $7::int < 2
             OR ($7::int = 2 AND (f.subject COLLATE "C", f.id COLLATE "C") > ($8::text COLLATE "C", $9::text COLLATE "C")))
        AND EXISTS (
          SELECT 1 FROM fact_versions v
          WHERE v.fact_id = f.id
            AND (CASE WHEN $4::timestamptz IS NULL THEN v.recorded_to IS NULL
                      ELSE v.recorded_from <= $4::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $4::timestamptz) END)
            AND $6::text = 'attention' AND v.status NOT IN ('contested', 'needs-review')
            AND CASE WHEN v.evidence_form = 'slots' THEN v.disputed ELSE v.candidates @> '[{"status": "disputed"}]'::jsonb END
            AND ($3::text IS NULL OR ($3::text NOT IN ('contested', 'needs-review') AND v.status = $3::text))
            AND ($5::text IS NULL OR EXISTS (
                  SELECT 1 FROM jsonb_array_elements(version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates)) c
                  WHERE COALESCE(c->>'status', 'current') IN ('current', 'superseded')
                    AND (c->>'validFrom' IS NULL OR c->>'validFrom' <= $5::text)
                    AND (c->>'validTo' IS NULL OR $5::text < c->>'validTo'))))
      ORDER BY f.subject COLLATE "C", f.id COLLATE "C"
      LIMIT $10::int) x
    WHERE $10::int > (SELECT count(*) FROM r0) + (SELECT count(*) FROM l1)) b
  WHERE b.n <= $10::int - (SELECT count(*) FROM r0) - (SELECT count(*) FROM l1)
),
-- Rank 3 (attention): the rest.
l3 AS (
  SELECT b.fid, b.sort_subject, b.rank FROM (
    SELECT x.*, row_number() OVER (ORDER BY x.sort_subject, x.fid COLLATE "C") AS n FROM (
      SELECT f.id AS fid, f.subject COLLATE "C" AS sort_subject, 3 AS rank
      FROM facts f
      WHERE f.merged_into IS NULL
        AND $6::text = 'attention' AND ($3::text IS NULL OR $3::text NOT IN ('contested', 'needs-review'))
        AND ($1::text IS NULL OR lower(f.subject) LIKE '%' || replace(replace(replace(lower($1::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
        AND ($2::text IS NULL OR lower(f.predicate) LIKE '%' || replace(replace(replace(lower($2::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
        AND ($7::int IS NULL OR $7::int < 3
             OR ($7::int = 3 AND (f.subject COLLATE "C", f.id COLLATE "C") > ($8::text COLLATE "C", $9::text COLLATE "C")))
        AND EXISTS (
          SELECT 1 FROM fact_versions v
          WHERE v.fact_id = f.id
            AND (CASE WHEN $4::timestamptz IS NULL THEN v.recorded_to IS NULL
                      ELSE v.recorded_from <= $4::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $4::timestamptz) END)
            AND $6::text = 'attention' AND v.status NOT IN ('contested', 'needs-review')
            AND NOT CASE WHEN v.evidence_form = 'slots' THEN v.disputed ELSE v.candidates @> '[{"status": "disputed"}]'::jsonb END
            AND ($3::text IS NULL OR ($3::text NOT IN ('contested', 'needs-review') AND v.status = $3::text))
            AND ($5::text IS NULL OR EXISTS (
                  SELECT 1 FROM jsonb_array_elements(version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates)) c
                  WHERE COALESCE(c->>'status', 'current') IN ('current', 'superseded')
                    AND (c->>'validFrom' IS NULL OR c->>'validFrom' <= $5::text)
                    AND (c->>'validTo' IS NULL OR $5::text < c->>'validTo'))))
      ORDER BY f.subject COLLATE "C", f.id COLLATE "C"
      LIMIT $10::int) x
    WHERE $10::int > (SELECT count(*) FROM r0) + (SELECT count(*) FROM l1) + (SELECT count(*) FROM l2)) b
  WHERE b.n <= $10::int - (SELECT count(*) FROM r0) - (SELECT count(*) FROM l1) - (SELECT count(*) FROM l2)
),
after AS (
  SELECT * FROM r0 UNION ALL SELECT * FROM l1 UNION ALL SELECT * FROM l2 UNION ALL SELECT * FROM l3
  LIMIT $10::int
)
SELECT f.key, f.subject, f.predicate, f.kind AS fact_kind,
       v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason,
       CASE WHEN v.listed IS NULL OR $5::text IS NOT NULL THEN version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates)
            ELSE '[]'::jsonb END AS candidates,
       CASE WHEN $5::text IS NULL THEN v.listed END AS listed,
       CASE WHEN v.evidence_form = 'slots' THEN 'delta' ELSE v.evidence_form END AS evidence_form,
       a.rank,
       (SELECT COALESCE(max(x.seq), 0) FROM fact_versions x WHERE x.fact_id = f.id)
         + (SELECT count(*) FROM reviews r WHERE r.target_kind = 'fact' AND r.target_id = f.id) AS revision
FROM after a
JOIN facts f ON f.id = a.fid
JOIN fact_versions v ON v.fact_id = a.fid
 AND (CASE WHEN $4::timestamptz IS NULL THEN v.recorded_to IS NULL
           ELSE v.recorded_from <= $4::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $4::timestamptz) END)
ORDER BY a.rank, a.sort_subject, a.fid COLLATE "C";

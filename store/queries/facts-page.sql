-- facts-page: the facts of one attention rank on a page of facts, with the version current at a recorded time,
--          keyset-paginated; `pageFacts` asks the cursor's rank, then the ranks after it while the page has room.
-- Inputs:  $1 text the subject contains, any case (nullable), $2 text the predicate contains (nullable),
--          $3 status (nullable), $4 as_of timestamptz (nullable: the open versions),
--          $5 valid_at 'YYYY-MM-DD' (nullable: a current or superseded candidate's interval must hold it),
--          $6 sort ('attention': contested, needs-review, then facts with a disputed (outweighed) value, then the rest;
--          'subject': every fact is rank 0),
--          $7 rank, $8 subject, $9 fact id of the last row of the previous page (all null on the first page),
--          $10 how many rows at most, $11 the rank asked (0-3).
--          Facts merged into another (entity resolution) are left out.
-- Outputs: rows (fact and version columns, evidence_form, rank, revision) of rank $11, after the cursor, by subject
--          (C collation), id. No evidence lists: a list shows each candidate's stored claim and document counts
--          (store/rows.ts, FactSummaryRow), so a page costs the same however much evidence its facts have. A version
--          with `listed` (0040) answers with it and no candidates, unless $5 asks for a day's value (which may be any
--          candidate); one without replays its candidates (version_candidates, 0036). A 'slots' version reads as a
--          'delta' one; it answers 'disputed' from its column.
--          revision = versions ever written (the latest seq, as fact-revisions) + reviews of the fact, so it moves on
--          every change a reviewer could miss.
-- Plan:    unnamed statements are planned with their parameters bound, so the rank's CASE arm is all that stays,
--          in the terms the planner has statistics and indexes for, and a condition a sort, status or filter left null
--          rules out folds away. The facts are walked in (subject, id) order and each fact's version tested with
--          EXISTS, so walking facts in order probes fact_versions_open_status_idx index-only (no heap fetch per fact:
--          on the Flight import, 51 contested facts found among 2,488 in 12 ms instead of 19-65 ms); the page's own
--          versions are joined at the end. With facts_unmerged_subject_idx, fact_versions_open_status_idx (0007) and
--          fact_versions_open_disputed_form_idx (0036) a page reads about a page of rows (the planner walks facts in
--          order and stops), or, when the filters leave few facts in the rank, finds them by status or by the filter
--          (0007's statistics on lower(subject) and lower(predicate) estimate how many `LIKE` keeps; it is strpos
--          with `%`, `_` and `\` escaped; 0008's trigram indexes). One rank a statement: a page inside one rank (a
--          first page of contested facts) neither plans nor walks the others. On the 51,989-article store, a first
--          page: 17.6 PostgreSQL CPU ms as one statement of the four ranks sorted, 11.1 with the later ranks run
--          only when the earlier ones left room, 9.4 as one rank (planning 3.3 -> 1.3 ms). The open versions sorted by
--          attention walk only the rank's facts (facts.attention, 0055, facts_unmerged_attention_idx) instead of probing
--          every fact in subject order for the rank's status (1,689 probed for 51 contested there).
WITH page AS (
  SELECT f.id AS fid, f.subject COLLATE "C" AS sort_subject
  FROM facts f
  WHERE f.merged_into IS NULL
    -- The open versions sorted by attention: only the rank's facts (0055's facts.attention, kept by a trigger), walked
    -- by facts_unmerged_attention_idx in page order; the version test below still decides.
    AND ($4::timestamptz IS NOT NULL OR $6::text IS DISTINCT FROM 'attention' OR f.attention = $11::int)
    AND CASE $11::int
          -- Rank 0: with sort 'attention' the contested facts, with sort 'subject' every fact.
          WHEN 0 THEN $3::text IS NULL OR $6::text IS DISTINCT FROM 'attention' OR $3::text = 'contested'
          -- Rank 1 (attention): needs review.
          WHEN 1 THEN $6::text = 'attention' AND ($3::text IS NULL OR $3::text = 'needs-review')
          -- Ranks 2 and 3 (attention): settled or reviewed, with a disputed value or not.
          WHEN 2 THEN $6::text = 'attention' AND ($3::text IS NULL OR $3::text NOT IN ('contested', 'needs-review'))
          WHEN 3 THEN $6::text = 'attention' AND ($3::text IS NULL OR $3::text NOT IN ('contested', 'needs-review'))
          ELSE false END
    AND ($1::text IS NULL OR lower(f.subject) LIKE '%' || replace(replace(replace(lower($1::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
    AND ($2::text IS NULL OR lower(f.predicate) LIKE '%' || replace(replace(replace(lower($2::text), '\', '\\'), '%', '\%'), '_', '\_') || '%')
    AND ($7::int IS NULL OR $7::int < $11::int
         OR ($7::int = $11::int AND (f.subject COLLATE "C", f.id COLLATE "C") > ($8::text COLLATE "C", $9::text COLLATE "C")))
    AND EXISTS (
      SELECT 1 FROM fact_versions v
      WHERE v.fact_id = f.id
        AND (CASE WHEN $4::timestamptz IS NULL THEN v.recorded_to IS NULL
                  ELSE v.recorded_from <= $4::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $4::timestamptz) END)
        AND CASE $11::int
              WHEN 0 THEN ($6::text IS DISTINCT FROM 'attention' OR v.status = 'contested')
                          AND ($3::text IS NULL OR (($6::text IS DISTINCT FROM 'attention' OR $3::text = 'contested') AND v.status = $3::text))
              WHEN 1 THEN $6::text = 'attention' AND v.status = 'needs-review'
              WHEN 2 THEN $6::text = 'attention' AND v.status NOT IN ('contested', 'needs-review')
                          AND CASE WHEN v.evidence_form = 'slots' THEN v.disputed ELSE v.candidates @> '[{"status": "disputed"}]'::jsonb END
                          AND ($3::text IS NULL OR ($3::text NOT IN ('contested', 'needs-review') AND v.status = $3::text))
              WHEN 3 THEN $6::text = 'attention' AND v.status NOT IN ('contested', 'needs-review')
                          AND NOT CASE WHEN v.evidence_form = 'slots' THEN v.disputed ELSE v.candidates @> '[{"status": "disputed"}]'::jsonb END
                          AND ($3::text IS NULL OR ($3::text NOT IN ('contested', 'needs-review') AND v.status = $3::text))
              ELSE false END
        AND ($5::text IS NULL OR EXISTS (
              SELECT 1 FROM jsonb_array_elements(version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates)) c
              WHERE COALESCE(c->>'status', 'current') IN ('current', 'superseded')
                AND (c->>'validFrom' IS NULL OR c->>'validFrom' <= $5::text)
                AND (c->>'validTo' IS NULL OR $5::text < c->>'validTo'))))
  ORDER BY f.subject COLLATE "C", f.id COLLATE "C"
  LIMIT $10::int
)
SELECT f.key, f.subject, f.predicate, f.kind AS fact_kind,
       v.id, v.fact_id, v.seq, v.status, v.value, v.valid_from, v.valid_to, v.recorded_from, v.recorded_to,
       v.confidence, v.reason,
       CASE WHEN v.listed IS NULL OR $5::text IS NOT NULL THEN version_candidates(v.fact_id, v.seq, v.evidence_form, v.candidates)
            ELSE '[]'::jsonb END AS candidates,
       CASE WHEN $5::text IS NULL THEN v.listed END AS listed,
       CASE WHEN v.evidence_form = 'slots' THEN 'delta' ELSE v.evidence_form END AS evidence_form,
       $11::int AS rank,
       (SELECT COALESCE(max(x.seq), 0) FROM fact_versions x WHERE x.fact_id = f.id)
         + (SELECT count(*) FROM reviews r WHERE r.target_kind = 'fact' AND r.target_id = f.id) AS revision
FROM page a
JOIN facts f ON f.id = a.fid
JOIN fact_versions v ON v.fact_id = a.fid
 AND (CASE WHEN $4::timestamptz IS NULL THEN v.recorded_to IS NULL
           ELSE v.recorded_from <= $4::timestamptz AND (v.recorded_to IS NULL OR v.recorded_to > $4::timestamptz) END)
ORDER BY a.sort_subject, a.fid COLLATE "C";

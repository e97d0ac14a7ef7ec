-- claims-context: the stretch of its article around each of some claims, with the date and figure claims
--          in it, for dating a claim by its own sentence (`statedValidFrom` in store/observation.ts).
-- Inputs:  $1 jsonb array of {id, article_id, start, end} (the claims, as already loaded); $2 how many
--          characters either side of a claim (integer).
-- Outputs: rows (claim_id, window_start: offset of window_text in the article, window_text, nearby: jsonb
--          array of {kind, start, end, quote, date} of the other date and figure claims inside the window),
--          only for claims with a date claim in their window: the partial index claims_article_dates_idx
--          answers that without reading the article's other claims. Offsets are the article's; PostgreSQL
--          counts characters where the claims count UTF-16 units, which the caller corrects by finding the quote.
WITH wanted AS (
  SELECT w.id, w.article_id, GREATEST(w.start - $2::integer, 0) AS w_start, w."end" + $2::integer AS w_end
  FROM jsonb_to_recordset($1::jsonb) AS w (id text, article_id text, start integer, "end" integer)
)
SELECT w.id AS claim_id, w.w_start AS window_start,
       substr(a.text, w.w_start + 1, w.w_end - w.w_start) AS window_text,
       (SELECT jsonb_agg(jsonb_build_object('kind', n.kind, 'start', n.start_offset, 'end', n.end_offset, 'quote', n.quote,
                                            'date', CASE WHEN n.kind = 'date' THEN n.value ->> 'date' END)
                         ORDER BY n.start_offset, n.id)
        FROM claims n
        WHERE n.article_id = w.article_id AND n.id <> w.id AND n.kind IN ('date', 'figure')
          AND n.start_offset >= w.w_start AND n.end_offset <= w.w_end) AS nearby
FROM wanted w
JOIN articles a ON a.id = w.article_id
WHERE EXISTS (SELECT 1 FROM claims d
              WHERE d.article_id = w.article_id AND d.kind = 'date'
                AND d.start_offset >= w.w_start AND d.start_offset < w.w_end AND d.end_offset <= w.w_end);

-- imports-insert: store imported rows; ids hash the row, so a re-imported row is skipped.
-- Inputs:  $1 jsonb array of {id, source_id, object, attribute, value, observed_at, fact_id}, sorted by id.
-- Outputs: one row (inserted: how many rows were new). A count, not the ids: handing 10,000 ids a batch back to
--          JavaScript costs more than the caller uses.
WITH inserted AS (
  INSERT INTO imported_claims (id, source_id, object, attribute, value, observed_at, fact_id)
  SELECT r.id, r.source_id, r.object, r.attribute, r.value, r.observed_at::date, r.fact_id
  FROM jsonb_to_recordset($1::jsonb) AS r (id text, source_id text, object text, attribute text, value jsonb,
                                          observed_at text, fact_id text)
  ORDER BY r.id
  ON CONFLICT (id) DO NOTHING
  RETURNING 1
)
SELECT count(*)::int AS inserted FROM inserted;

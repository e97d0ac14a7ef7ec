-- claims-insert: store claims; ids are deterministic, so claims already stored are skipped.
-- Inputs:  $1 article_id, $2 jsonb array of claims {id, kind, start_offset, end_offset, quote, subject,
--          predicate, value, qualifier, attribution, hedge, extractor, rule, confidence, fact_id,
--          stated_valid_from ('YYYY-MM-DD' or null), stated_earlier (boolean): the valid-time cues, 0014, stated_valid_to ('YYYY-MM-DD' or null), 0030,
--          dated_at_event (boolean, date claims; null otherwise), 0043, date_event (text, date claims; null otherwise), 0046},
--          sorted by id (one lock order for
--          concurrent writers). The cue is stored as worked out (cues_stored true).
-- Outputs: rows (id) of the claims actually inserted.
INSERT INTO claims (id, article_id, kind, start_offset, end_offset, quote, subject, predicate, value,
                    qualifier, attribution, hedge, extractor, rule, confidence, fact_id, stated_valid_from, stated_earlier,
                    cues_stored, stated_valid_to, dated_at_event, date_event)
SELECT c.id, $1, c.kind, c.start_offset, c.end_offset, c.quote, c.subject, c.predicate, c.value,
       c.qualifier, c.attribution, c.hedge, c.extractor, c.rule, c.confidence, c.fact_id, c.stated_valid_from, c.stated_earlier, true, c.stated_valid_to,
       c.dated_at_event, c.date_event
FROM jsonb_to_recordset($2::jsonb) AS c (
  id text, kind text, start_offset integer, end_offset integer, quote text, subject text, predicate text,
  value jsonb, qualifier text, attribution text, hedge text, extractor text, rule text,
  confidence double precision, fact_id text, stated_valid_from date, stated_earlier boolean, stated_valid_to date,
  dated_at_event boolean, date_event text)
ORDER BY c.id
ON CONFLICT (id) DO NOTHING
RETURNING id;

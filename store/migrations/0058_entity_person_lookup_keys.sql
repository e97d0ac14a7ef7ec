-- 0058_entity_person_lookup_keys: a person variant is looked up by its surname with its given name, an
--          organisation or a role word, no longer by its surname alone (issue 13, reconcile/entities.ts `lookupKeys`).
--
-- Does:    entity-candidates found a person's variants by `p~<surname>`, every person of that surname: at 100,000
--          generated articles 186 rows a lookup (287 people under one surname), a cost growing with the store. Two
--          people of one surname are one entity only with the same given name, or given names that agree and a
--          shared organisation or role word, so the store now files and finds them under `p~<surname> <given>`,
--          `p~<surname>@<organisation key>` and `p~<surname>#<role word>`. This adds those keys for the person
--          variants already stored, from their sketches (the same keys `lookupKeys` gives); their `p~<surname>`
--          rows stay (aliases are never deleted) and are no longer looked up.
-- Inputs:  entities (type 'person', sketch words, orgs, roles).
-- Outputs: entity_aliases rows (links true, alias '').

INSERT INTO entity_aliases (entity_id, key, alias, links)
SELECT e.id, k.key, '', true
FROM entities e
CROSS JOIN LATERAL (
  SELECT 'p~' || (e.sketch->'words'->>-1) || ' ' || (e.sketch->'words'->>0) AS key
  UNION
  SELECT 'p~' || (e.sketch->'words'->>-1) || '@' || o FROM jsonb_array_elements_text(e.sketch->'orgs') AS o
  UNION
  SELECT 'p~' || (e.sketch->'words'->>-1) || '#' || r FROM jsonb_array_elements_text(e.sketch->'roles') AS r
) k
WHERE e.type = 'person' AND jsonb_array_length(e.sketch->'words') >= 2
ON CONFLICT DO NOTHING;

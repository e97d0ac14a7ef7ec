-- entities-list: entities (roots of variants), with the name they go by (the variant name with most mentions,
--          then the longest, then code-unit order), their printed aliases and how often articles name them.
-- Inputs:  $1 type (nullable: all), $2 search text (nullable: contained, any case, in a name or alias),
--          $3 limit, $4 one entity id (nullable: all; a merged variant answers as its root, read by index).
-- Outputs: rows (id, type, name, aliases text[], mentions, articles), most mentioned first, then name, then id.
WITH wanted AS (
  SELECT COALESCE(merged_into, id) AS id FROM entities WHERE id = $4::text
),
members AS (
  SELECT COALESCE(e.merged_into, e.id) AS root_id, e.id, e.type, e.name
  FROM entities e
  WHERE $4::text IS NULL AND ($1::text IS NULL OR e.type = $1::text)
  UNION ALL
  SELECT w.id, e.id, e.type, e.name
  FROM wanted w JOIN entities e ON e.id = w.id OR e.merged_into = w.id
),
named AS (
  SELECT m.root_id, m.name, count(x.id) AS n
  FROM members m LEFT JOIN entity_mentions x ON x.entity_id = m.id
  GROUP BY m.root_id, m.name
),
best AS (
  SELECT DISTINCT ON (root_id) root_id, name FROM named ORDER BY root_id, n DESC, length(name) DESC, name COLLATE "C"
),
totals AS (
  SELECT m.root_id, min(m.type) AS type, count(x.id) AS mentions, count(DISTINCT x.article_id) AS articles
  FROM members m LEFT JOIN entity_mentions x ON x.entity_id = m.id
  GROUP BY m.root_id
),
aliases AS (
  SELECT m.root_id, array_agg(DISTINCT a.alias ORDER BY a.alias) AS aliases
  FROM members m JOIN entity_aliases a ON a.entity_id = m.id AND NOT a.links
  GROUP BY m.root_id
)
SELECT t.root_id AS id, t.type, b.name, COALESCE(al.aliases, ARRAY[]::text[]) AS aliases, t.mentions, t.articles
FROM totals t JOIN best b ON b.root_id = t.root_id LEFT JOIN aliases al ON al.root_id = t.root_id
WHERE $2::text IS NULL OR strpos(lower(b.name), lower($2::text)) > 0
   OR EXISTS (SELECT 1 FROM unnest(al.aliases) AS x WHERE strpos(lower(x), lower($2::text)) > 0)
ORDER BY t.mentions DESC, b.name COLLATE "C", t.root_id
LIMIT $3;

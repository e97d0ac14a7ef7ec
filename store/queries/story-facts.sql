-- story-facts: the facts one story's articles report (through their claims), with the current version of each.
-- Inputs:  $1 story id (a root, or a story merged into one: its root is used).
-- Outputs: rows (id, subject, predicate, status, value, scoped: whether the fact belongs to the story alone), by subject.
WITH root AS (SELECT COALESCE(merged_into, id) AS id FROM stories WHERE id = $1),
members AS (
  SELECT a.article_id FROM article_stories a JOIN stories s ON s.id = a.story_id
  WHERE COALESCE(s.merged_into, s.id) = (SELECT id FROM root)
),
facts_of AS (
  SELECT DISTINCT COALESCE(f.merged_into, f.id) AS id
  FROM members m JOIN claims c ON c.article_id = m.article_id JOIN facts f ON f.id = c.fact_id
)
SELECT f.id, f.subject, f.predicate, v.status, v.value, (f.story_id IS NOT NULL) AS scoped
FROM facts_of x JOIN facts f ON f.id = x.id
JOIN fact_versions v ON v.fact_id = f.id AND v.recorded_to IS NULL
ORDER BY f.subject, f.predicate, f.id;

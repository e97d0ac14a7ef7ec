-- 0042_story_marks: the particulars an article reports, so a weak story link can ask for one both repeat.
--
-- Does:    article_stories.marks: the article's distinctive figures and the days it names (`storyMarks` of
--          reconcile/story.ts), read back with each story candidate. Two articles that share only two names and
--          no particular, more than two days apart, are an actor's two events (a club and its coach in two
--          games), not one story: without a shared mark such links chained every event of a recurring pair into
--          one story (10,000 generated articles: the largest story 975 articles). A row stored before this
--          migration keeps marks null, which corroborates any link, as every link was then; `newsfacts
--          reidentify` does not rewrite signatures (article_stories is append-only).
-- Inputs:  article_stories of 0009.
-- Outputs: the column. No row changes (adding a nullable column rewrites nothing and fires no trigger).

ALTER TABLE article_stories ADD COLUMN marks text[];

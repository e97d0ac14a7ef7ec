import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { formatValue, table, truncate } from '../format.js';

interface StoriesOptions {
  limit?: string;
  json?: boolean;
}

/**
 * `newsfacts stories [id]`: the stories the store has formed (articles about one event over time), or
 * one story with its articles and the facts they report. A generic subject ("people", "death toll")
 * belongs to its story alone; those facts are marked `story`.
 */
export function registerStories(program: Command, context: CliContext): void {
  program
    .command('stories')
    .argument('[id]', 'a story id (s_…) to show with its facts')
    .description('list the stories (articles about one event over time) with their articles, or one story with the facts it reports')
    .option('--limit <n>', 'at most this many stories, most recent first', '100')
    .option('--json', 'print {stories: [{id, articles: [{id, doc, title, published}], facts, first, last}]}, or {story, facts: [{id, subject, predicate, status, value, scoped}]} for one id')
    .action(async (id: string | undefined, options: StoriesOptions) => {
      const store = await context.store();
      if (id !== undefined) {
        const found = await store.getStory(id);
        if (!found) throw new InputError(id, 'no such story (see newsfacts stories)');
        if (options.json) {
          context.json(found);
          return;
        }
        const { story, facts } = found;
        context.out(`${story.id}: ${story.articles.length} article(s), ${story.first ?? '…'} → ${story.last ?? '…'}`);
        for (const a of story.articles) context.out(`  ${a.published ?? '----------'}  ${truncate(a.title ?? a.doc, 90)}`);
        context.out();
        context.out(
          table([
            ['fact', 'scope', 'status', 'subject | predicate', 'value'],
            ...facts.map((f) => [f.id, f.scoped ? 'story' : 'named', f.status, truncate(`${f.subject} | ${f.predicate}`, 50), truncate(formatValue(f.value), 30)]),
          ]),
        );
        return;
      }
      const limit = Number(options.limit ?? '100');
      if (!Number.isInteger(limit) || limit < 1) throw new InputError(String(options.limit), '--limit must be a positive integer');
      const stories = await store.listStories({ limit });
      if (options.json) {
        context.json({ stories });
        return;
      }
      if (stories.length === 0) {
        context.err('no stories yet: ingest articles first (newsfacts run <folder or URL>)');
        return;
      }
      context.out(
        table([
          ['story', 'articles', 'facts', 'from', 'to', 'first headline'],
          ...stories.map((s) => [s.id, String(s.articles.length), String(s.facts), s.first ?? '—', s.last ?? '—', truncate(s.articles[0]?.title ?? s.articles[0]?.doc ?? '', 60)]),
        ]),
      );
    });
}

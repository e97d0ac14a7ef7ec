import type { Command } from 'commander';
import { table, truncate } from '../format.js';
import type { CliContext } from '../context.js';

export function registerArticles(program: Command, context: CliContext): void {
  program
    .command('articles')
    .description('list stored articles with their near-duplicate clusters (syndicated and lightly rewritten copies)')
    .option('--duplicates', 'only articles that have a near-duplicate, grouped by cluster')
    .option('--json', 'print one JSON object per line: {id, doc, url, canonical, title, published, source, cluster, clusterSize}')
    .action(async (options: { duplicates?: boolean; json?: boolean }) => {
      const store = await context.store();
      const rows = await store.listArticleClusters({ duplicatesOnly: options.duplicates ?? false });
      if (options.json) {
        for (const row of rows) context.jsonLine(row);
        return;
      }
      if (rows.length === 0) {
        context.err(options.duplicates ? 'no near-duplicate articles stored' : 'no articles stored');
        return;
      }
      const clusters = new Set(rows.filter((r) => r.cluster).map((r) => r.cluster));
      context.out(
        table([
          ['cluster', 'article', 'published', 'source', 'doc', 'title'],
          ...rows.map((r) => [r.cluster ? `${r.cluster} (${r.clusterSize})` : '—', r.id, r.published ?? '—', r.source ?? '—', truncate(r.doc, 60), truncate(r.title ?? '', 50)]),
        ]),
      );
      context.err(`${rows.length} article${rows.length === 1 ? '' : 's'}, ${clusters.size} near-duplicate cluster${clusters.size === 1 ? '' : 's'}`);
    });
}

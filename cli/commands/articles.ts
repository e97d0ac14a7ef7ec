import type { Command } from 'commander';
import { table, truncate } from '../format.js';
import type { CliContext } from '../context.js';
import { InputError } from '../../errors.js';

/** The pipeline stages (as `store/article-stages.ts` has them; repeated to keep `--help` free of the store). */
const ARTICLE_STAGES = ['ingested', 'extracted', 'reconciled', 'failed'] as const;

export function registerArticles(program: Command, context: CliContext): void {
  program
    .command('articles')
    .description('list stored articles with their near-duplicate clusters (syndicated and lightly rewritten copies); a page edited at its URL is one row, its latest version')
    .option('--duplicates', 'only articles that have a near-duplicate, grouped by cluster')
    .option('--stage <stage>', `only articles at this pipeline stage (${ARTICLE_STAGES.join(', ')}); ingested and extracted are pending, see newsfacts recover`)
    .option('--json', 'print one JSON object per line: {id, doc, url, canonical, title, published, source, cluster, clusterSize, versions} ({articleId, doc, stage, extractor, reason, updatedAt} with --stage)')
    .action(async (options: { duplicates?: boolean; stage?: string; json?: boolean }) => {
      if (options.stage !== undefined) return listStage(context, options.stage, options.json ?? false);
      const store = await context.store({ existing: true });
      // A page's earlier versions are not its duplicates: with --duplicates, only clusters of two or more listed articles.
      const rows = (await store.listArticleClusters({ duplicatesOnly: options.duplicates ?? false })).filter((r) => !options.duplicates || r.clusterSize > 1);
      if (options.json) {
        for (const row of rows) context.jsonLine(row);
        return;
      }
      if (rows.length === 0) {
        context.err(options.duplicates ? 'no near-duplicate articles stored' : 'no articles stored');
        return;
      }
      const clusters = new Set(rows.filter((r) => r.cluster && r.clusterSize > 1).map((r) => r.cluster));
      context.out(
        table([
          ['cluster', 'article', 'published', 'source', 'versions', 'title'],
          ...rows.map((r) => [
            r.cluster && r.clusterSize > 1 ? `${r.cluster} (${r.clusterSize})` : '—',
            r.id,
            r.published ?? '—',
            r.source ?? '—',
            String(r.versions),
            truncate(r.title ?? r.doc, 60),
          ]),
        ]),
      );
      context.err(`${rows.length} article${rows.length === 1 ? '' : 's'}, ${clusters.size} near-duplicate cluster${clusters.size === 1 ? '' : 's'}`);
    });
}

async function listStage(context: CliContext, stage: string, json: boolean): Promise<void> {
  if (!(ARTICLE_STAGES as readonly string[]).includes(stage)) throw new InputError('--stage', `expects one of ${ARTICLE_STAGES.join(', ')}, got ${stage}`);
  const store = await context.store({ existing: true });
  const entries = await store.articlesInStage([stage as (typeof ARTICLE_STAGES)[number]]);
  if (json) {
    for (const entry of entries) context.jsonLine(entry);
    return;
  }
  if (entries.length === 0) {
    context.err(`no articles at stage ${stage}`);
    return;
  }
  context.out(
    table([
      ['article', 'stage', 'since', 'doc', 'reason'],
      ...entries.map((e) => [e.articleId, e.stage, e.updatedAt.toISOString(), truncate(e.doc, 60), truncate(e.reason ?? '', 80)]),
    ]),
  );
  context.err(`${entries.length} article${entries.length === 1 ? '' : 's'} at stage ${stage}`);
}

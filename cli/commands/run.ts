import type { Command } from 'commander';
import type { JobRequest } from '../../queues/index.js';
import type { CliContext } from '../context.js';
import { ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP, webSource } from './discover.js';

interface RunOptions {
  allowAddress?: string;
  json?: boolean;
  published?: string;
  quiet?: boolean;
}

interface ArticleProgress {
  doc: string;
  status: 'new' | 'unchanged' | 'failed';
  claims: number;
  versionsWritten: number;
  error?: string;
}

export function registerRun(program: Command, context: CliContext): void {
  program
    .command('run')
    .description('ingest → extract → reconcile the given files, folders, pages, feeds and sitemaps in this process (no Redis needed)')
    .argument('<paths...>', 'files (.txt, .html), folders (a manifest.json gives publish dates), page, feed or sitemap URLs')
    .option('--published <YYYY-MM-DD>', 'publish date for every document (overrides manifests)')
    .option(ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP)
    .option('--json', 'print the closing summary as JSON')
    .option('-q, --quiet', 'no progress lines on stderr')
    .action(async (paths: string[], options: RunOptions) => {
      const [{ FileSource }, { drain, InProcessRunner, ingestRequest }] = await Promise.all([
        import('../../ingest/index.js'),
        import('../../queues/index.js'),
      ]);
      const files = new FileSource({ published: options.published ?? null });
      const store = await context.store();
      // The store keeps each URL's ETag/Last-Modified: a second run revalidates (304) instead of downloading.
      const http = await webSource(options.allowAddress, { cache: store }, context.config.allowAddresses);
      const requests: JobRequest[] = [];
      // Counts, and the failures: an article's entry lives only while its jobs run (100,000 articles kept
      // a few MB of entries and the maps below, for a summary of counts).
      const tally = new Tally();
      for (const location of paths) {
        try {
          const source = http.accepts(location) ? http : files;
          for (const ref of await source.discover(location)) requests.push(ingestRequest(ref));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          context.err(`newsfacts: ${message}`);
          tally.add({ doc: location, status: 'failed', claims: 0, versionsWritten: 0, error: message });
        }
      }
      // Ctrl-C (or SIGTERM) finishes the article in hand, then stops with the summary; a second one kills.
      // Everything done is stored, so running the same command again skips it and does the rest.
      const interrupt = new AbortController();
      const onSignal = (signal: NodeJS.Signals) => {
        interrupt.abort();
        context.err(`newsfacts run: ${signal}: finishing the article in hand; run the same command again to resume`);
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let notStarted = 0;
      try {
        const runner = new InProcessRunner({ store, sources: [files, http], logger: context.logger, now: () => new Date() });
        const total = requests.length;
        const byIngestId = new Map<string, ArticleProgress>();
        const byArticle = new Map<string, ArticleProgress>();
        // The two keys each entry is filed under, so forgetting it costs two deletes, not a scan of the entries
        // in flight (every article's, when the runner ingests a large folder before it reconciles).
        const keysOf = new Map<ArticleProgress, { ingestId: string; articleId: string }>();
        // An article's last job (its reconcile, or a failure) done: nothing looks its entry up after that.
        const forget = (entry: ArticleProgress) => {
          const keys = keysOf.get(entry);
          if (keys === undefined) return;
          keysOf.delete(entry);
          byIngestId.delete(keys.ingestId);
          byArticle.delete(keys.articleId);
        };
        const report = (line: string) => {
          if (!options.quiet) context.err(line);
        };
        // Each request is let go of once started: a folder of 100,000 files no longer keeps them all to the end.
        const outcome = await runner.run(drain(requests), (event) => {
          const { request } = event;
          if (event.type === 'failed') {
            const entry = byIngestId.get(request.id) ?? articleEntry(request, byArticle);
            const line: ArticleProgress = entry ?? { doc: docOf(request), status: 'failed', claims: 0, versionsWritten: 0 };
            line.error = event.error.message;
            if (entry) {
              tally.fail(entry);
              forget(entry);
            } else tally.add({ ...line, status: 'failed' });
            // The line names the article it lost, whatever the error names (a store error names the database).
            const named = event.error.message.includes(line.doc) ? event.error.message : `${line.doc}: ${event.error.message}`;
            context.err(`newsfacts: ${named}`);
            return;
          }
          const summary = event.result.summary;
          if (request.name === 'ingest') {
            const entry: ArticleProgress = {
              doc: String(summary.doc),
              status: summary.inserted ? 'new' : 'unchanged',
              claims: 0,
              versionsWritten: 0,
            };
            tally.add(entry);
            if (summary.skipped) report(`[${tally.seen}/${total}] ${entry.doc}: unchanged, already extracted`);
            else {
              // Its extract and reconcile jobs follow: they find the entry by its request or article.
              const keys = { ingestId: request.id, articleId: String(summary.articleId) };
              byIngestId.set(keys.ingestId, entry);
              byArticle.set(keys.articleId, entry);
              keysOf.set(entry, keys);
            }
          } else if (request.name === 'reconcile') {
            const entry = byArticle.get(String(summary.articleId));
            if (entry) {
              tally.done(entry, Number(summary.claimsInserted ?? 0), Number(summary.versionsWritten ?? 0));
              forget(entry);
              report(
                `[${tally.seen}/${total}] ${entry.doc}: ${entry.status}, ${summary.claims} claims (${entry.claims} new), ` +
                  `${summary.factsTouched} facts touched, ${entry.versionsWritten} versions written`,
              );
            }
          }
        }, { signal: interrupt.signal });
        notStarted = outcome.notStarted;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await http.close();
      }
      const counts = await store.counts();
      const failed = tally.failures;
      const summary = {
        articles: {
          seen: tally.seen,
          new: tally.new,
          unchanged: tally.unchanged,
          failed: failed.length,
          notStarted,
        },
        claimsAdded: tally.claimsAdded,
        versionsWritten: tally.versionsWritten,
        store: counts,
        failures: failed.map((p) => ({ input: p.doc, error: p.error ?? 'failed' })),
      };
      if (options.json) {
        context.json(summary);
      } else {
        const kinds = Object.entries(counts.claimsByKind)
          .map(([kind, n]) => `${kind} ${n}`)
          .join(', ');
        context.out(
          `articles  ${summary.articles.seen} this run: ${summary.articles.new} new, ${summary.articles.unchanged} unchanged, ${summary.articles.failed} failed` +
            (notStarted > 0 ? `, ${notStarted} not started (interrupted)` : ''),
        );
        context.out(`claims    ${summary.claimsAdded} added this run; ${counts.claims} stored (${kinds || 'none'})`);
        context.out(`facts     ${counts.facts} stored, ${counts.contested} contested; ${summary.versionsWritten} versions written this run`);
        if (counts.contested > 0) context.out(`\nSee the conflicts with: newsfacts facts --contested`);
      }
      if (failed.length > 0) context.exitCode = 1;
      // 130: interrupted, as shells report Ctrl-C.
      if (notStarted > 0) context.exitCode = 130;
    });
}

/** What the closing summary counts of the articles seen, in the order they were first seen (failures listed). */
class Tally {
  seen = 0;
  new = 0;
  unchanged = 0;
  claimsAdded = 0;
  versionsWritten = 0;
  readonly failures: ArticleProgress[] = [];

  /** An article seen for the first time (or an input that failed before it was one). */
  add(entry: ArticleProgress): void {
    this.seen += 1;
    if (entry.status === 'failed') this.failures.push(entry);
    else this[entry.status] += 1;
  }

  /** A job of an article already counted failed: it counts as failed, not new or unchanged; what it added stays counted. */
  fail(entry: ArticleProgress): void {
    if (entry.status === 'failed') return;
    this[entry.status] -= 1;
    entry.status = 'failed';
    this.failures.push(entry);
  }

  /** An article's reconcile finished: what it added. */
  done(entry: ArticleProgress, claims: number, versionsWritten: number): void {
    this.claimsAdded += claims - entry.claims;
    this.versionsWritten += versionsWritten - entry.versionsWritten;
    entry.claims = claims;
    entry.versionsWritten = versionsWritten;
  }
}

function docOf(request: JobRequest): string {
  const payload = request.payload as { location?: unknown; articleId?: unknown };
  return String(payload.location ?? payload.articleId ?? request.id);
}

function articleEntry(request: JobRequest, byArticle: Map<string, ArticleProgress>): ArticleProgress | undefined {
  const articleId = (request.payload as { articleId?: unknown }).articleId;
  return typeof articleId === 'string' ? byArticle.get(articleId) : undefined;
}

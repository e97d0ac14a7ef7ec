import type { Command } from 'commander';
import { FileSource, type ArticleSource, type DocumentRef } from '../../ingest/index.js';
import { DEFAULT_PREFIX, ingestRequest, locationOf, planIngest, requireRedisUrl } from '../../queues/index.js';
import type { CliContext } from '../context.js';
import { ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP, webSource } from './discover.js';
import { withQueues } from '../queue-session.js';

interface EnqueueOptions {
  published?: string;
  prefix: string;
  allowAddress?: string;
  json?: boolean;
}

export function registerEnqueue(program: Command, context: CliContext): void {
  program
    .command('enqueue')
    .description('queue ingest jobs for pages, files and folders; running workers take them (needs REDIS_URL)')
    .argument('<locations...>', 'page URLs, files (.txt, .html) or folders (expanded here, read by the workers)')
    .option('--published <YYYY-MM-DD>', 'publish date for every local document (overrides manifests)')
    .option('--prefix <name>', 'BullMQ key prefix of the deployment', DEFAULT_PREFIX)
    .option(ALLOW_ADDRESS_FLAGS, `${ALLOW_ADDRESS_HELP}, for expanding feeds and sitemaps here; each page's job carries the list to the worker that fetches it`)
    .option('--json', 'print what happened to each job as JSON')
    .action(async (locations: string[], options: EnqueueOptions) => {
      // Fail before expanding folders when there is no Redis to send the jobs to.
      requireRedisUrl(context.config.redisUrl, 'newsfacts enqueue');
      // Folders are expanded here into absolute paths: a worker may run in another directory.
      const http = await webSource(options.allowAddress, {}, context.config.allowAddresses);
      const sources: ArticleSource[] = [http, new FileSource({ published: options.published ?? null })];
      const planned = await planIngest(locations, sources);
      const { failures } = planned;
      // The worker that fetches a page may reach what this command was allowed to (its own list applies too).
      const allowAddresses = http.allowAddresses;
      const requests =
        allowAddresses.length === 0
          ? planned.requests
          : planned.requests.map((r) => (r.name === 'ingest' && http.accepts(locationOf(r)) ? ingestRequest({ ...(r.payload as DocumentRef), allowAddresses }) : r));
      for (const f of failures) context.err(`newsfacts: ${f.error}`);
      await withQueues(context, 'newsfacts enqueue', options.prefix, async (queues) => {
        const outcomes = await queues.enqueue(requests);
        const added = outcomes.filter((o) => o.state === 'added').length;
        if (options.json) {
          context.json({
            added,
            existing: outcomes.length - added,
            jobs: outcomes.map((o) => ({ id: o.request.id, queue: o.queue, state: o.state, location: locationOf(o.request) })),
            failures,
          });
        } else {
          for (const o of outcomes) {
            const what = o.state === 'added' ? 'added' : `already ${o.state}`;
            context.out(`${what.padEnd(17)} ${o.request.id}  ${locationOf(o.request)}`);
          }
          context.out(`${added} added, ${outcomes.length - added} already queued or kept${failures.length ? `, ${failures.length} failed` : ''}`);
          if (outcomes.some((o) => o.state === 'failed')) context.out('Retry a failed one with: newsfacts jobs retry <id>');
        }
      });
      if (failures.length > 0) context.exitCode = 1;
    });
}

import type { Command } from 'commander';
import { DEFAULT_PREFIX } from '../../queues/index.js';
import type { CliContext } from '../context.js';
import { withQueues } from '../queue-session.js';

interface RecoverOptions {
  prefix: string;
  failed?: boolean;
  json?: boolean;
}

export function registerRecover(program: Command, context: CliContext): void {
  program
    .command('recover')
    .description(
      'resume every article the store says is unfinished (ingested or extracted, not reconciled): with REDIS_URL, ' +
        're-enqueue the ones no queue is working on (after Redis lost its data, a purge, a failed job); without it, run them here',
    )
    .option('--prefix <name>', 'BullMQ key prefix of the deployment', DEFAULT_PREFIX)
    .option('--failed', 'also resume articles whose work failed for good (see newsfacts articles --stage failed)')
    .option('--json', 'print {articles, enqueued, inFlight} (queued) or {articles, completed, failed} (in this process) as JSON')
    .action(async (options: RecoverOptions) => {
      const store = await context.store();
      const { InProcessRunner, recoverUnfinished, unfinishedRequests } = await import('../../queues/index.js');
      const selection = { failed: options.failed ?? false };
      if (context.config.redisUrl) {
        const result = await withQueues(context, 'newsfacts recover', options.prefix, (queues) => recoverUnfinished(store, queues, selection));
        if (options.json) context.json(result);
        else context.out(`${result.articles} unfinished articles: ${result.enqueued} enqueued, ${result.inFlight} already in a queue`);
        return;
      }
      const { FileSource } = await import('../../ingest/index.js');
      const requests = await unfinishedRequests(store, selection);
      const runner = new InProcessRunner({ store, sources: [new FileSource()], logger: context.logger, now: () => new Date() });
      const outcome = await runner.run(requests, (event) => {
        if (event.type === 'failed') context.err(`newsfacts: ${event.error.message}`);
      });
      const articles = requests.length;
      const failed = outcome.failed.length;
      if (options.json) context.json({ articles, completed: articles - failed, failed });
      else context.out(`${articles} unfinished articles: ${articles - failed} completed here, ${failed} failed`);
      if (failed > 0) context.exitCode = 1;
    });
}

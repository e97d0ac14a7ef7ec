import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP, webSource } from './discover.js';

interface ServeOptions {
  port: string;
  host: string;
  prefix: string;
  allowAddress?: string;
  json?: boolean;
}

export function registerServe(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, /openapi.json), the reviewers\' page (/) and, with REDIS_URL, the job board (/admin/queues)')
    .option('--port <n>', 'TCP port (0 picks a free one)', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--prefix <name>', 'BullMQ key prefix of the deployment (with REDIS_URL)', 'newsfacts')
    .option(ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP)
    .option('--json', 'print where it listens as one JSON line once ready')
    .addHelpText(
      'after',
      `
Environment:
  NEWSFACTS_API_TOKENS      comma-separated bearer tokens for writes (reviews, ingest, schedules), each name:token
                            (reviews are recorded under the name: alice:s3cret,bob:t0ken) or a bare token; none = read-only
  NEWSFACTS_API_READS       open (default) or token: whether reads need a token too
  NEWSFACTS_API_RATE_LIMIT  requests per minute per client address (default 600, 0 = off)
  NEWSFACTS_INGEST_ROOTS    folders (separated by ${path.delimiter}) whose files POST /api/ingest may read; none = URLs only
  REDIS_URL                 queue ingestion on BullMQ and show the job board; without it ingestion runs in the server

Stops on SIGINT or SIGTERM after the requests in flight.`,
    )
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InputError(`--port ${options.port}`, 'not a TCP port (0–65535)');
      const [{ buildApi }, { inProcessIngestion, queuedIngestion }, { FileSource }, queuesModule] = await Promise.all([
        import('../../api/server.js'),
        import('../../api/ingestion.js'),
        import('../../ingest/index.js'),
        import('../../queues/index.js'),
      ]);
      const config = context.config;
      const store = await context.store();
      // The CLI beside the server reaches the embedded store through it rather than failing on its lock.
      const shared = await context.shareStore();
      const http = await webSource(options.allowAddress, { cache: store }, context.config.allowAddresses);
      const sourcesFor = (published: string | null) => [http, new FileSource({ published })];
      let queues: { jobQueues: InstanceType<typeof queuesModule.JobQueues>; schedules: InstanceType<typeof queuesModule.ScheduleBook> } | null = null;
      let redis: Awaited<ReturnType<typeof queuesModule.connectRedis>> | null = null;
      if (config.redisUrl) {
        redis = await queuesModule.connectRedis(config.redisUrl);
        const jobQueues = new queuesModule.JobQueues({ redisUrl: config.redisUrl, prefix: options.prefix });
        queues = { jobQueues, schedules: new queuesModule.ScheduleBook(jobQueues, redis) };
      }
      const ingestion = queues
        ? queuedIngestion(queues.jobQueues, sourcesFor)
        : inProcessIngestion({ store, sources: sourcesFor(null), logger: context.logger, now: () => new Date() }, sourcesFor);
      const app = await buildApi(
        { store, ingestion, queues, logger: context.logger },
        { tokens: config.apiTokens, readAccess: config.apiReads, rateLimitPerMinute: config.apiRateLimit, ingestRoots: config.ingestRoots },
      );
      try {
        const stopped = new Promise<string>((resolve) => {
          process.once('SIGINT', () => resolve('SIGINT'));
          process.once('SIGTERM', () => resolve('SIGTERM'));
        });
        await app.listen({ port, host: options.host });
        const address = app.server.address();
        const base = typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : String(address);
        const ready = { url: `${base}/`, api: `${base}/api`, openapi: `${base}/openapi.json`, admin: queues ? `${base}/admin/queues` : null, store: store.kind, writes: config.apiTokens.length > 0, sharedStore: shared ? `${shared.host}:${shared.port}` : null };
        if (options.json) context.jsonLine(ready);
        else {
          context.out(`newsfacts serving ${ready.url}  (API ${ready.api}, OpenAPI ${ready.openapi}${ready.admin ? `, jobs ${ready.admin}` : ''})`);
          if (!ready.writes) context.out('No NEWSFACTS_API_TOKENS set: the page and API are read-only.');
          if (shared) context.out(`Other newsfacts commands use this embedded store through ${ready.sharedStore} while it serves.`);
        }
        const signal = await stopped;
        context.logger.info({ signal }, 'stopping');
      } finally {
        await app.close();
        await queues?.jobQueues.close();
        redis?.disconnect();
      }
    });
}

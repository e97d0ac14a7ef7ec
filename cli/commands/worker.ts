import { setTimeout as sleep } from 'node:timers/promises';
import type { Command } from 'commander';
import { pino, type Logger } from 'pino';
import { ConfigError, InputError, outageOf } from '../../errors.js';
import { FileSource } from '../../ingest/index.js';
import {
  BullmqRunner,
  connectRedis,
  DEFAULT_PREFIX,
  JobQueues,
  OutageLog,
  parseQueueNames,
  QUEUE_NAMES,
  recoverUnfinished,
  RedisHostLimiter,
  requireRedisUrl,
  ScheduleBook,
} from '../../queues/index.js';
import type { CliContext } from '../context.js';
import { ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP, webSource } from './discover.js';

interface WorkerOptions {
  queues: string;
  concurrency: string;
  prefix: string;
  lockDurationMs: string;
  hostInFlight: string;
  hostDelayMs: string;
  recoverEveryMs: string;
  allowAddress?: string;
  json?: boolean;
}

export function registerWorker(program: Command, context: CliContext): void {
  program
    .command('worker')
    .description('take jobs from the Redis queues until SIGTERM/SIGINT (needs REDIS_URL and DATABASE_URL)')
    .option('--queues <names>', `comma-separated queues to work on (${QUEUE_NAMES.join(', ')})`, QUEUE_NAMES.join(','))
    .option('--concurrency <n>', 'jobs run at once per queue in this process', '4')
    .option('--prefix <name>', 'BullMQ key prefix shared by the workers and commands of one deployment', DEFAULT_PREFIX)
    .option('--lock-duration-ms <ms>', 'how long a job of a silent (killed) worker stays claimed before another worker takes it', '30000')
    .option('--host-in-flight <n>', 'requests in flight to one host across all workers', '2')
    .option('--host-delay-ms <ms>', 'least time between two requests to one host across all workers', '1000')
    .option(
      '--recover-every-ms <ms>',
      'at start and then this often, re-enqueue the articles the store says are unfinished and no queue holds (as newsfacts recover); 0 = only at start',
      '600000',
    )
    .option(ALLOW_ADDRESS_FLAGS, `${ALLOW_ADDRESS_HELP}; applies to every page and feed this worker fetches`)
    .option('--json', 'on exit, print {queues, completed, failed} as JSON on stdout (logs are always JSON lines on stderr)')
    .action(async (options: WorkerOptions) => {
      const queueNames = parseQueueNames(options.queues);
      const concurrency = positiveInt(options.concurrency, '--concurrency');
      const redisUrl = requireRedisUrl(context.config.redisUrl, 'newsfacts worker');
      if (!context.config.databaseUrl) {
        throw new ConfigError(
          'newsfacts worker needs PostgreSQL: set DATABASE_URL. Worker processes share one store, and the embedded ' +
            'PGlite store can be opened by one process only; use `newsfacts run <paths>` for a one-shot run without servers',
        );
      }
      const logger = pino({ level: context.config.logLevel, base: { pid: process.pid } }, pino.destination(2));
      // The store is also the conditional-GET cache, so every worker sees what any worker fetched.
      const store = await openStoreWaiting(context, logger);
      const redis = await connectRedis(redisUrl);
      const queues = new JobQueues({ redisUrl, prefix: options.prefix });
      const http = await webSource(options.allowAddress, {
        cache: store,
        gate: new RedisHostLimiter(redis, {
          prefix: options.prefix,
          maxInFlight: positiveInt(options.hostInFlight, '--host-in-flight'),
          minDelayMs: nonNegativeInt(options.hostDelayMs, '--host-delay-ms'),
        }),
      }, context.config.allowAddresses);
      try {
        const runner = new BullmqRunner(
          { queues, schedules: new ScheduleBook(queues, redis), context: { store, sources: [new FileSource(), http], logger, now: () => new Date() } },
          { queues: queueNames, concurrency, lockDurationMs: positiveInt(options.lockDurationMs, '--lock-duration-ms') },
        );
        await runner.start();
        logger.info({ queues: queueNames, concurrency, prefix: options.prefix }, 'worker ready');
        // Redis may have lost jobs (restart without persistence, flush, purge) while no worker ran:
        // the store knows which articles are unfinished. Every worker checks at start and then now
        // and then; the job ids are deterministic, so workers checking at once add each job once.
        let recovering = false;
        const recover = async () => {
          if (recovering) return;
          recovering = true;
          try {
            const result = await recoverUnfinished(store, queues);
            if (result.enqueued > 0) logger.warn(result, `re-enqueued ${result.enqueued} unfinished articles that no queue held`);
          } catch (error) {
            logger.warn({ err: error }, `could not look for unfinished articles: ${(error as Error).message}`);
          } finally {
            recovering = false;
          }
        };
        await recover();
        const recoverEveryMs = nonNegativeInt(options.recoverEveryMs, '--recover-every-ms');
        const timer = recoverEveryMs > 0 ? setInterval(() => void recover(), recoverEveryMs) : undefined;
        timer?.unref();
        await untilSignal(async (signal, count) => {
          // First signal: finish the jobs in hand. Second: let them go now; the
          // stalled-job check hands them to another worker, so nothing is lost.
          logger.info({ signal }, count === 1 ? 'closing: finishing the jobs in hand (signal again to stop at once)' : 'closing now');
          clearInterval(timer);
          await runner.close(count > 1);
        });
        logger.info(runner.stats, 'worker stopped');
        const summary = { queues: queueNames, ...runner.stats };
        if (options.json) context.json(summary);
        else context.err(`worker stopped: ${summary.completed} jobs completed, ${summary.failed} attempts failed`);
      } finally {
        await queues.close();
        await http.close();
        redis.disconnect();
      }
    });
}

/**
 * The store, once the database answers: a worker started while PostgreSQL is
 * down (a host booting, a restart) waits for it with backoff and one warning,
 * as a running worker does, instead of exiting. Anything but an outage (bad
 * credentials, a missing database) still ends the worker with its one line.
 */
async function openStoreWaiting(context: CliContext, logger: Logger): Promise<Awaited<ReturnType<CliContext['store']>>> {
  const outages = new OutageLog(logger);
  for (let delayMs = 500; ; delayMs = Math.min(delayMs * 2, 15_000)) {
    try {
      const store = await context.store();
      outages.up('database');
      return store;
    } catch (error) {
      if (outageOf(error) !== 'database') throw error;
      outages.down('database', (error as Error).message);
      await sleep(delayMs);
    }
  }
}

/** Resolves once `onSignal` has completed for a SIGTERM/SIGINT; a later signal calls it again. */
function untilSignal(onSignal: (signal: NodeJS.Signals, count: number) => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    let count = 0;
    const handler = (signal: NodeJS.Signals) => {
      count += 1;
      onSignal(signal, count).then(() => {
        process.off('SIGTERM', handler);
        process.off('SIGINT', handler);
        resolve();
      }, reject);
    };
    process.on('SIGTERM', handler);
    process.on('SIGINT', handler);
  });
}

function positiveInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InputError(option, `expects a whole number of at least 1, got ${value}`);
  return n;
}

function nonNegativeInt(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InputError(option, `expects a whole number of at least 0, got ${value}`);
  return n;
}

import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { z } from 'zod';
import { InputError, isUnrecoverable, outageOf, ValidationError } from '../errors.js';
import { jobCatalog, recordFailure, runJob } from './catalog.js';
import { DiscoverPayload, discoverSource } from './discover.js';
import type { JobQueues } from './job-queues.js';
import type { JobContext, JobName, JobRequest } from './job.js';
import { QUEUE_NAMES, queueOf, type QueueName } from './queue-names.js';
import { OutageLog } from './outage-log.js';
import { bullmqConnection, redactUrl } from './redis-connection.js';
import { RetryPolicy, retryDelayMs } from './retry-policy.js';
import type { ScheduleBook } from './scheduler.js';

export const BullmqRunnerOptions = z.strictObject({
  /** The queues this process takes jobs from. @defaultValue all three */
  queues: z.array(z.enum(QUEUE_NAMES)).min(1).default([...QUEUE_NAMES]),
  /** Jobs run at once per queue in this process. @defaultValue 4 */
  concurrency: z.number().int().min(1).max(1_000).default(4),
  /**
   * How long a job stays claimed by a worker that stops renewing it (killed,
   * frozen) before the stalled-job check hands it to another worker, in ms.
   * @defaultValue 30 s
   */
  lockDurationMs: z.number().int().min(1_000).default(30_000),
  /** How often this worker looks for stalled jobs, in ms. @defaultValue `lockDurationMs` */
  stalledIntervalMs: z.number().int().min(1_000).optional(),
  /**
   * How many times a job may be found stalled (its worker killed or frozen)
   * and handed back before it fails for good. BullMQ's default of 1 failed a
   * job whose worker was killed twice; a job that keeps killing its workers
   * still ends, and `newsfacts recover` re-enqueues its article.
   * @defaultValue 20
   */
  maxStalledCount: z.number().int().min(1).default(20),
  /**
   * While the database is unreachable, a job waits and tries again, without
   * spending its attempts, after this delay, doubled each time up to
   * `outageMaxDelayMs`. @defaultValue 500
   */
  outageBaseDelayMs: z.number().int().min(1).default(500),
  /** Ceiling of the delay between two tries during an outage, in ms. @defaultValue 15 s */
  outageMaxDelayMs: z.number().int().min(1).default(15_000),
  /** Backoff between attempts; attempts themselves are set per job by `JobQueues`. @defaultValue {@link RetryPolicy} defaults */
  retry: RetryPolicy.default(RetryPolicy.parse({})),
});
export type BullmqRunnerOptions = z.input<typeof BullmqRunnerOptions>;

export interface BullmqRunnerDeps {
  /** Where `next` requests go; also gives the Redis URL and prefix. */
  queues: JobQueues;
  /** Store, sources, logger and clock handed to every handler. */
  context: JobContext;
  /** Records each schedule tick's outcome for `schedule list`. */
  schedules?: ScheduleBook;
}

/**
 * Runs the job catalog on BullMQ workers, one Worker per queue: the
 * multi-process counterpart of `InProcessRunner`, with the same handlers.
 *
 * Stages chain by explicit enqueue of each handler's `next` requests rather
 * than a BullMQ flow, because the next stage's payload (the article id, the
 * extracted claims) only exists once this stage has run, and a flow fixes its
 * children when it is created. The `next` jobs are added before this job
 * completes: a worker killed in between re-runs the job, whose `next` ids are
 * deterministic, so the re-adds are no-ops and nothing is lost or doubled.
 */
export class BullmqRunner {
  readonly options: z.output<typeof BullmqRunnerOptions>;
  private readonly workers: Worker[] = [];
  private readonly logger: Logger;
  /** One warning when a service goes away, one line when it is back. */
  private readonly outages: OutageLog;
  /** Aborted by `close`: jobs waiting out an outage give up their attempt instead of holding the close. */
  private readonly closing = new AbortController();
  /** Jobs this runner finished since it started, for the worker's closing summary. */
  readonly stats = { completed: 0, failed: 0 };

  constructor(
    private readonly deps: BullmqRunnerDeps,
    options: BullmqRunnerOptions = {},
  ) {
    this.options = BullmqRunnerOptions.parse(options);
    this.logger = deps.context.logger;
    this.outages = new OutageLog(this.logger);
  }

  /** Starts one worker per queue and resolves once each is connected. */
  async start(): Promise<void> {
    const { redisUrl, prefix } = this.deps.queues.options;
    const policy = this.options.retry;
    for (const name of this.options.queues) {
      const worker = new Worker(name, (job) => this.process(job), {
        connection: bullmqConnection(redisUrl),
        prefix,
        concurrency: this.options.concurrency,
        lockDuration: this.options.lockDurationMs,
        stalledInterval: this.options.stalledIntervalMs ?? this.options.lockDurationMs,
        maxStalledCount: this.options.maxStalledCount,
        name: `${hostname()}:${process.pid}`,
        settings: { backoffStrategy: (attemptsMade, _type, error) => retryDelayMs(attemptsMade, error, policy) },
      });
      // Lost Redis connections surface here on every reconnect attempt: one warning
      // per outage (ioredis and BullMQ reconnect and resume by themselves).
      worker.on('error', (error) => {
        if (isConnectionError(error)) this.outages.down('redis', `${redactUrl(redisUrl)}: ${error.message}`);
        else if (lostLockOf(error)) this.warnLostLock(name, lostLockOf(error)!);
        else this.logger.error({ queue: name, err: error }, 'worker error');
      });
      worker.on('completed', () => this.outages.up('redis'));
      worker.on('stalled', (jobId) => this.logger.warn({ queue: name, jobId, article: null }, 'job stalled; handed back to the queue'));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  /** Jobs already reported as having lost their lock, so each is reported once (bounded). */
  private readonly lostLocks = new Set<string>();

  /**
   * A job whose lock expired while Redis was away (or the process froze) cannot
   * be renewed or finished by this worker; the stalled-job check hands it back
   * and its handlers are idempotent, so nothing is lost: one warning per job.
   */
  private warnLostLock(queue: string, jobId: string): void {
    if (this.lostLocks.has(jobId)) return;
    if (this.lostLocks.size >= 1_000) this.lostLocks.clear();
    this.lostLocks.add(jobId);
    this.logger.warn({ queue, jobId }, `job ${jobId} lost its lock (Redis unreachable longer than the lock lasts?); the stalled-job check hands it back`);
  }

  /**
   * Stops taking jobs. Without `force` it waits for the jobs in hand to finish;
   * with it, it lets them go at once and the stalled-job check gives them to
   * another worker.
   */
  async close(force = false): Promise<void> {
    this.closing.abort();
    await Promise.all(this.workers.map((w) => w.close(force)));
    this.workers.length = 0;
  }

  /**
   * Processes one BullMQ job: parse, run the handler, enqueue its `next`
   * requests. Input errors become `UnrecoverableError`s, so BullMQ fails them
   * without retrying; anything else is retried under the retry policy.
   */
  async process(job: Job): Promise<Record<string, unknown>> {
    const queue = job.queueName as QueueName;
    const id = job.id ?? '(no id)';
    const logger = this.logger.child({ jobId: id, queue, job: job.name, article: articleOf(job.data), attempt: job.attemptsMade + 1 });
    const started = performance.now();
    try {
      const { summary, next } = await this.waitingOutOutages(() => this.dispatch(job, queue, id, logger));
      await this.deps.queues.enqueueQuietly(next);
      this.stats.completed += 1;
      logger.info({ ...summary, next: next.map((r) => r.id), ms: Math.round(performance.now() - started) }, 'job completed');
      return summary;
    } catch (error) {
      const unrecoverable = isUnrecoverable(error);
      const retrying = !unrecoverable && job.attemptsMade + 1 < (job.opts.attempts ?? 1);
      const message = error instanceof Error ? error.message : String(error);
      this.stats.failed += 1;
      logger[retrying ? 'warn' : 'error']({ err: error, retrying }, `job failed: ${message}`);
      if (job.name === 'discover') await this.recordTick(job, id, false, message);
      if (!retrying && isJobName(job.name)) {
        await recordFailure(this.deps.context.store, { name: job.name, payload: job.data }, error instanceof Error ? error : new Error(message)).catch(
          (markError: unknown) => logger.warn({ err: markError }, 'could not record the failure in the store'),
        );
      }
      if (unrecoverable) throw new UnrecoverableError(message);
      throw error instanceof Error ? error : new Error(message);
    }
  }

  /**
   * Runs `work`, and while it fails because the database is unreachable,
   * waits (backoff doubling to `outageMaxDelayMs`) and runs it again: an outage
   * is not the job's fault, so it spends none of the job's attempts. Handlers
   * are idempotent and roll back on failure, so running one again is safe.
   * Closing the runner ends the wait with the outage error (the job is retried later).
   */
  private async waitingOutOutages<T>(work: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries += 1) {
      try {
        const result = await work();
        this.outages.up('database');
        return result;
      } catch (error) {
        const service = outageOf(error);
        if (service !== 'database' || this.closing.signal.aborted) throw error;
        this.outages.down(service, (error as Error).message);
        const delay = Math.min(this.options.outageMaxDelayMs, this.options.outageBaseDelayMs * 2 ** Math.min(tries, 20));
        try {
          await sleep(delay, undefined, { signal: this.closing.signal });
        } catch {
          throw error;
        }
      }
    }
  }

  private async dispatch(job: Job, queue: QueueName, id: string, logger: Logger): Promise<{ summary: Record<string, unknown>; next: JobRequest[] }> {
    if (job.name === 'discover' && queue === 'ingest') {
      const parsed = DiscoverPayload.safeParse(job.data);
      if (!parsed.success) throw new ValidationError(`job discover ${id}`, 'discover payload', parsed.error);
      const next = await discoverSource(parsed.data, this.deps.context.sources, id);
      const summary = { source: parsed.data.source, schedule: parsed.data.schedule, documents: next.length };
      await this.recordTick(job, id, true, `${next.length} document${next.length === 1 ? '' : 's'} enqueued`);
      return { summary, next };
    }
    if (!isJobName(job.name) || queueOf(job.name) !== queue) {
      throw new InputError(`job ${job.name} ${id}`, `is not a job of the ${queue} queue`);
    }
    const result = await runJob(job.name, id, job.data, { ...this.deps.context, logger });
    return { summary: result.summary, next: result.next };
  }

  private async recordTick(job: Job, id: string, ok: boolean, result: string): Promise<void> {
    const schedule = DiscoverPayload.safeParse(job.data);
    if (!this.deps.schedules || !schedule.success || !schedule.data.schedule) return;
    await this.deps.schedules.recordRun(schedule.data.schedule, { at: this.deps.context.now().toISOString(), jobId: id, ok, result });
  }
}

function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobCatalog, name);
}

/** The article a payload is about, for log lines: its id once known, else its location. */
function articleOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const { articleId, location, source } = data as Record<string, unknown>;
  const value = articleId ?? location ?? source;
  return typeof value === 'string' ? value : null;
}

/** The job id of BullMQ's "could not renew lock for job X" / "Missing lock for job X. moveTo…", else null. */
function lostLockOf(error: Error): string | null {
  return /^(?:could not renew lock for job|Missing lock for job) ([^\s.]+)/.exec(error.message)?.[1] ?? null;
}

/** ioredis's errors for a connection that is down (refused, reset, closed), as opposed to a failed command. */
function isConnectionError(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'].includes(code)) ||
    /Connection is closed|connect ETIMEDOUT|ECONNREFUSED/i.test(error.message)
  );
}

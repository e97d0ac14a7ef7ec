import { hostname } from 'node:os';
import { performance } from 'node:perf_hooks';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { z } from 'zod';
import { InputError, isUnrecoverable, ValidationError } from '../errors.js';
import { jobCatalog, runJob } from './catalog.js';
import { DiscoverPayload, discoverSource } from './discover.js';
import type { JobQueues } from './job-queues.js';
import type { JobContext, JobName, JobRequest } from './job.js';
import { QUEUE_NAMES, queueOf, type QueueName } from './queue-names.js';
import { bullmqConnection } from './redis-connection.js';
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
  /** Jobs this runner finished since it started, for the worker's closing summary. */
  readonly stats = { completed: 0, failed: 0 };

  constructor(
    private readonly deps: BullmqRunnerDeps,
    options: BullmqRunnerOptions = {},
  ) {
    this.options = BullmqRunnerOptions.parse(options);
    this.logger = deps.context.logger;
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
        name: `${hostname()}:${process.pid}`,
        settings: { backoffStrategy: (attemptsMade, _type, error) => retryDelayMs(attemptsMade, error, policy) },
      });
      worker.on('error', (error) => this.logger.error({ queue: name, err: error }, 'worker error'));
      worker.on('stalled', (jobId) => this.logger.warn({ queue: name, jobId, article: null }, 'job stalled; handed back to the queue'));
      this.workers.push(worker);
    }
    await Promise.all(this.workers.map((w) => w.waitUntilReady()));
  }

  /**
   * Stops taking jobs. Without `force` it waits for the jobs in hand to finish;
   * with it, it lets them go at once and the stalled-job check gives them to
   * another worker.
   */
  async close(force = false): Promise<void> {
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
      const { summary, next } = await this.dispatch(job, queue, id, logger);
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
      if (unrecoverable) throw new UnrecoverableError(message);
      throw error instanceof Error ? error : new Error(message);
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

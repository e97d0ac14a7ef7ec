import { Queue, type Job, type JobsOptions, type JobState } from 'bullmq';
import { z } from 'zod';
import { InputError } from '../errors.js';
import type { JobRequest } from './job.js';
import { DEFAULT_PREFIX, QUEUE_NAMES, queueOf, type QueueName } from './queue-names.js';
import { bullmqConnection } from './redis-connection.js';
import { BACKOFF_TYPE, RetryPolicy } from './retry-policy.js';

export const JobQueuesOptions = z.strictObject({
  /** Redis connection string. */
  redisUrl: z.string().min(1),
  /** BullMQ key prefix; tests give each run its own. @defaultValue `newsfacts` */
  prefix: z.string().min(1).default(DEFAULT_PREFIX),
  /** Attempts and backoff of every job enqueued. @defaultValue {@link RetryPolicy} defaults */
  retry: RetryPolicy.default(RetryPolicy.parse({})),
  /**
   * How long a completed job is kept, in seconds. While it is kept, enqueuing
   * the same id again is a no-op at the queue (the store would make it one anyway).
   * @defaultValue 1 day
   */
  keepCompletedSecs: z.number().int().min(0).default(24 * 60 * 60),
  /** How long a failed job is kept for `newsfacts jobs --state failed` and `jobs retry`, in seconds. @defaultValue 30 days */
  keepFailedSecs: z.number().int().min(0).default(30 * 24 * 60 * 60),
});
export type JobQueuesOptions = z.input<typeof JobQueuesOptions>;

/** What enqueuing one request did: added it, or found a job with its id already in `state`. */
export interface EnqueueOutcome {
  request: JobRequest;
  queue: QueueName;
  state: 'added' | JobState;
}

/** The states `newsfacts jobs --state` lists. */
export const LISTED_STATES = ['waiting', 'active', 'delayed', 'completed', 'failed'] as const;
export type ListedState = (typeof LISTED_STATES)[number];

export type QueueCounts = Record<ListedState, number>;

/**
 * The producer side of the BullMQ queues: enqueue job requests under their
 * deterministic ids, and look at, count and retry jobs. Workers live in
 * `BullmqRunner`; both share one prefix.
 */
export class JobQueues {
  readonly options: z.output<typeof JobQueuesOptions>;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(options: JobQueuesOptions) {
    this.options = JobQueuesOptions.parse(options);
  }

  /** The BullMQ queue of `name`, created on first use. */
  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: bullmqConnection(this.options.redisUrl), prefix: this.options.prefix });
      // Errors surface through the failed command; this only keeps ioredis quiet.
      queue.on('error', () => {});
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** The options every job gets: attempts, our backoff, and how long it is kept. */
  jobOptions(): Omit<JobsOptions, 'jobId'> {
    return {
      attempts: this.options.retry.attempts,
      backoff: { type: BACKOFF_TYPE },
      removeOnComplete: { age: this.options.keepCompletedSecs },
      removeOnFail: { age: this.options.keepFailedSecs },
    };
  }

  /**
   * Adds each request as a job with the request's id. A job with that id
   * already in the queue (waiting, running, done or failed and still kept)
   * makes the add a no-op, which is what makes enqueuing twice harmless.
   */
  async enqueue(requests: readonly JobRequest[]): Promise<EnqueueOutcome[]> {
    return Promise.all(
      requests.map(async (request): Promise<EnqueueOutcome> => {
        const queueName = queueOf(request.name);
        const queue = this.queue(queueName);
        const before = await queue.getJobState(request.id);
        if (before !== 'unknown') return { request, queue: queueName, state: before };
        await queue.add(request.name, request.payload, { ...this.jobOptions(), jobId: request.id });
        return { request, queue: queueName, state: 'added' };
      }),
    );
  }

  /**
   * Adds requests without reporting what each did: the path handlers' `next`
   * requests take, one round trip per queue.
   */
  async enqueueQuietly(requests: readonly JobRequest[]): Promise<void> {
    const byQueue = new Map<QueueName, JobRequest[]>();
    for (const request of requests) {
      const queueName = queueOf(request.name);
      byQueue.set(queueName, [...(byQueue.get(queueName) ?? []), request]);
    }
    await Promise.all(
      [...byQueue].map(([queueName, batch]) =>
        this.queue(queueName).addBulk(
          batch.map((r) => ({ name: r.name, data: r.payload, opts: { ...this.jobOptions(), jobId: r.id } })),
        ),
      ),
    );
  }

  /** Counts per queue and state. */
  async counts(queues: readonly QueueName[] = QUEUE_NAMES): Promise<Record<QueueName, QueueCounts>> {
    const entries = await Promise.all(
      queues.map(async (name) => {
        const raw = await this.queue(name).getJobCounts(...LISTED_STATES);
        const counts = Object.fromEntries(LISTED_STATES.map((s) => [s, raw[s] ?? 0])) as QueueCounts;
        return [name, counts] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<QueueName, QueueCounts>;
  }

  /** Jobs in one state, newest first, at most `limit` per queue. */
  async list(state: ListedState, limit = 50, queues: readonly QueueName[] = QUEUE_NAMES): Promise<Job[]> {
    const lists = await Promise.all(queues.map((name) => this.queue(name).getJobs([state], 0, limit - 1, false)));
    return lists.flat();
  }

  /** The job with this id in whichever queue holds it. */
  async find(id: string): Promise<Job | undefined> {
    for (const name of QUEUE_NAMES) {
      const job = await this.queue(name).getJob(id);
      if (job) return job;
    }
    return undefined;
  }

  /**
   * Moves a failed job back to waiting with its attempts reset.
   * @throws InputError naming the id when no queue holds it or it has not failed.
   */
  async retry(id: string): Promise<Job> {
    const job = await this.find(id);
    if (!job) throw new InputError(id, 'no job with this id in the ingest, extract or reconcile queues');
    const state = await job.getState();
    if (state !== 'failed') throw new InputError(id, `is ${state}, only a failed job can be retried`);
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return job;
  }

  /** Deletes every queue's jobs and schedulers under this prefix (tests, benchmarks). */
  async obliterate(): Promise<void> {
    for (const name of QUEUE_NAMES) await this.queue(name).obliterate({ force: true });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}

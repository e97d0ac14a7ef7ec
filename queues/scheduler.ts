import type { Redis } from 'ioredis';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { DiscoverPayload } from './discover.js';
import type { JobQueues } from './job-queues.js';

/** `15m`, `1s`, `2h`, `500ms`, `1d` → milliseconds. */
export const Interval = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?(ms|s|m|h|d)$/, 'expected a number and a unit: 500ms, 30s, 15m, 2h, 1d')
  .transform((s) => {
    const [, value, unit] = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(s)!;
    const factor = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit as 'ms' | 's' | 'm' | 'h' | 'd'];
    return Math.round(Number(value) * factor);
  })
  .pipe(z.number().int().min(1_000, 'the shortest interval is 1s'));

export const ScheduleSpec = z.union([
  z.strictObject({
    /** Also the BullMQ job scheduler id: adding the same name again replaces the schedule. */
    name: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, dot, dash and underscore only'),
    everyMs: z.number().int().min(1_000),
    /** A folder (absolute path), a file or a page URL. */
    source: z.string().min(1),
  }),
  z.strictObject({
    name: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, dot, dash and underscore only'),
    /** A cron expression, evaluated in `tz`. */
    cron: z.string().min(1),
    tz: z.string().min(1).default('UTC'),
    source: z.string().min(1),
  }),
]);
export type ScheduleSpec = z.input<typeof ScheduleSpec>;

/** The outcome of a schedule's latest tick, recorded by the worker that ran it. */
export const ScheduleRun = z.strictObject({
  at: z.iso.datetime(),
  jobId: z.string(),
  ok: z.boolean(),
  /** `12 documents enqueued`, or the error message. */
  result: z.string(),
});
export type ScheduleRun = z.infer<typeof ScheduleRun>;

export interface ScheduleInfo {
  name: string;
  source: string;
  every: string | null;
  cron: string | null;
  nextRun: Date | null;
  lastRun: ScheduleRun | null;
}

/**
 * Schedules on BullMQ Job Schedulers: each tick adds one `discover` job to the
 * ingest queue, however many workers listen, and the schedule lives in Redis,
 * so it survives worker restarts. Last runs are kept in one Redis hash beside
 * the queues, since BullMQ keeps only the next run of a scheduler.
 */
export class ScheduleBook {
  constructor(
    private readonly queues: JobQueues,
    private readonly redis: Redis,
  ) {}

  private get runsKey(): string {
    return `${this.queues.options.prefix}:newsfacts:schedule-runs`;
  }

  /**
   * Adds or replaces the schedule `spec.name`.
   * @throws InputError naming the schedule for a bad name, interval or cron expression.
   */
  async add(spec: ScheduleSpec): Promise<ScheduleInfo> {
    const parsed = ScheduleSpec.safeParse(spec);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`schedule ${spec.name}`, `${issue?.path.join('.') || 'spec'}: ${issue?.message ?? 'invalid'}`);
    }
    const s = parsed.data;
    const repeat = 'everyMs' in s ? { every: s.everyMs } : { pattern: s.cron, tz: s.tz };
    const data: DiscoverPayload = { source: s.source, schedule: s.name };
    try {
      await this.queues.queue('ingest').upsertJobScheduler(s.name, repeat, { name: 'discover', data, opts: this.queues.jobOptions() });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new InputError(`schedule ${s.name}`, `cannot be scheduled: ${reason}`, { cause: error });
    }
    const info = (await this.list()).find((i) => i.name === s.name);
    if (!info) throw new InputError(`schedule ${s.name}`, 'was added but is not listed by Redis');
    return info;
  }

  async list(): Promise<ScheduleInfo[]> {
    const schedulers = await this.queues.queue('ingest').getJobSchedulers(0, -1, true);
    const runs = await this.redis.hgetall(this.runsKey);
    return schedulers.map((scheduler) => {
      const name = scheduler.id ?? scheduler.key;
      const data = DiscoverPayload.safeParse(scheduler.template?.data);
      const raw = runs[name];
      const run = raw === undefined ? undefined : ScheduleRun.safeParse(JSON.parse(raw));
      return {
        name,
        source: data.success ? data.data.source : '(unreadable template)',
        every: scheduler.every ? formatInterval(scheduler.every) : null,
        cron: scheduler.pattern ?? null,
        nextRun: scheduler.next ? new Date(scheduler.next) : null,
        lastRun: run?.success ? run.data : null,
      };
    });
  }

  /** Removes a schedule and its run record; false when there was none. */
  async remove(name: string): Promise<boolean> {
    const removed = await this.queues.queue('ingest').removeJobScheduler(name);
    await this.redis.hdel(this.runsKey, name);
    return removed;
  }

  /** Called by the worker that ran a tick. */
  async recordRun(name: string, run: ScheduleRun): Promise<void> {
    await this.redis.hset(this.runsKey, name, JSON.stringify(ScheduleRun.parse(run)));
  }
}

function formatInterval(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1_000]] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { HostGate } from '../ingest/index.js';
import { DEFAULT_PREFIX } from './queue-names.js';

const ACQUIRE = readFileSync(new URL('./lua/acquire-host-slot-2.lua', import.meta.url), 'utf8');
const RELEASE = readFileSync(new URL('./lua/release-host-slot-1.lua', import.meta.url), 'utf8');

export const HostLimiterOptions = z.strictObject({
  /** Key prefix, shared with the queues of the same deployment. @defaultValue `newsfacts` */
  prefix: z.string().min(1).default(DEFAULT_PREFIX),
  /** Requests in flight to one host across all workers. @defaultValue 2 */
  maxInFlight: z.number().int().min(1).default(2),
  /** Least time between two request starts to one host, across all workers. @defaultValue 1000 */
  minDelayMs: z.number().int().min(0).default(1_000),
  /**
   * How long a slot is held at most: a worker killed mid-request frees its slot
   * after this. Longer than a fetch can take (connect + headers + body timeouts).
   * @defaultValue 2 minutes
   */
  leaseMs: z.number().int().min(1_000).default(120_000),
  /** Wait before asking again when the host is full. @defaultValue 100 */
  pollMs: z.number().int().min(1).default(100),
});
export type HostLimiterOptions = z.input<typeof HostLimiterOptions>;

/**
 * Per-host politeness shared through Redis: at most `maxInFlight` requests in
 * flight and `minDelayMs` between starts, per host, for every worker on every
 * machine using the same Redis and prefix.
 *
 * A small atomic Lua script rather than a library: Bottleneck's Redis mode is
 * unmaintained, and redis-semaphore (in-flight cap) plus rate-limiter-flexible
 * (whole-second rates) would be two libraries and two round trips for one check.
 */
export class RedisHostLimiter implements HostGate {
  private readonly options: z.output<typeof HostLimiterOptions>;

  constructor(
    private readonly redis: Redis,
    options: HostLimiterOptions = {},
  ) {
    this.options = HostLimiterOptions.parse(options);
  }

  async schedule<T>(host: string, task: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    for (;;) {
      const wait = await this.tryAcquire(host, token);
      if (wait === 0) break;
      // Jitter spreads workers that wait on the same host so they do not ask in lockstep.
      const base = wait > 0 ? wait : this.options.pollMs;
      await sleep(base + Math.floor(Math.random() * this.options.pollMs));
    }
    try {
      return await task();
    } finally {
      await this.release(host, token).catch(() => {
        // The lease frees the slot anyway; a lost release only slows the host down for a while.
      });
    }
  }

  /**
   * One attempt at taking a slot for `host` under `token`: 0 when taken, the
   * ms left of the min delay, or -1 when the host is at its in-flight limit.
   */
  async tryAcquire(host: string, token: string): Promise<number> {
    const [inFlight, next] = this.keys(host);
    const { maxInFlight, minDelayMs, leaseMs } = this.options;
    return Number(await this.redis.eval(ACQUIRE, 2, inFlight, next, token, maxInFlight, minDelayMs, leaseMs));
  }

  /** Gives back the slot `token` holds for `host`. */
  async release(host: string, token: string): Promise<void> {
    const [inFlight] = this.keys(host);
    await this.redis.eval(RELEASE, 1, inFlight, token);
  }

  private keys(host: string): [string, string] {
    const base = `${this.options.prefix}:newsfacts:host:${host.toLowerCase()}`;
    return [`${base}:in-flight`, `${base}:next-start`];
  }
}

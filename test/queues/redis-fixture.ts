import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { test as base } from 'vitest';
import { JobQueues } from '../../queues/job-queues.js';
import { connectRedis } from '../../queues/redis-connection.js';

/** The Redis that `.ci/services` starts; CI sets the variable, a developer may not. */
export const REDIS_URL = process.env.NEWSFACTS_TEST_REDIS_URL ?? 'redis://127.0.0.1:63790';

export interface RedisFixtures {
  /** A prefix of this test's own, so tests never see each other's queues and keys. */
  prefix: string;
  redisUrl: string;
  /** A plain client; a missing Redis fails the test here with one line (run `bash .ci/services`). */
  redis: Redis;
  /** Queues under `prefix`, obliterated after the test. */
  queues: JobQueues;
}

/**
 * A test with a real Redis under a unique prefix, cleaned up afterwards
 * (the shape of trigger.dev's `redisTest` and BullMQ's `test-${randomUUID()}`).
 */
export const redisTest = base.extend<RedisFixtures>({
  prefix: async ({}, use) => {
    await use(`test-${randomUUID()}`);
  },
  redisUrl: async ({}, use) => {
    await use(REDIS_URL);
  },
  redis: async ({ prefix }, use) => {
    const redis = await connectRedis(REDIS_URL).catch((error: Error) => {
      throw new Error(`${error.message}; start it with: bash .ci/services (or set NEWSFACTS_TEST_REDIS_URL)`);
    });
    await use(redis);
    // Whatever the test left under its prefix: queues, host slots, schedule runs.
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
    redis.disconnect();
  },
  queues: async ({ prefix, redis }, use) => {
    void redis; // connected first, so a missing Redis fails with its one line
    const queues = new JobQueues({ redisUrl: REDIS_URL, prefix, retry: { baseDelayMs: 10, jitter: 0 } });
    await use(queues);
    await queues.obliterate();
    await queues.close();
  },
});

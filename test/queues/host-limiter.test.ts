import { randomUUID } from 'node:crypto';
import { describe, expect } from 'vitest';
import { RedisHostLimiter } from '../../queues/host-limiter.js';
import { connectRedis } from '../../queues/redis-connection.js';
import { REDIS_URL, redisTest } from './redis-fixture.js';

describe('RedisHostLimiter', () => {
  redisTest('holds a host to its in-flight limit until a slot is released', async ({ redis, prefix }) => {
    const limiter = new RedisHostLimiter(redis, { prefix, maxInFlight: 2, minDelayMs: 0 });
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    expect(await limiter.tryAcquire('news.example', a)).toBe(0);
    expect(await limiter.tryAcquire('news.example', b)).toBe(0);
    expect(await limiter.tryAcquire('news.example', c)).toBe(-1);
    expect(await limiter.tryAcquire('other.example', c)).toBe(0);
    await limiter.release('news.example', a);
    expect(await limiter.tryAcquire('news.example', c)).toBe(0);
  });

  redisTest('makes the next start wait out the min delay, across clients', async ({ redis, prefix }) => {
    const other = await connectRedis(REDIS_URL);
    const one = new RedisHostLimiter(redis, { prefix, maxInFlight: 10, minDelayMs: 60_000 });
    const two = new RedisHostLimiter(other, { prefix, maxInFlight: 10, minDelayMs: 60_000 });
    expect(await one.tryAcquire('news.example', randomUUID())).toBe(0);
    const wait = await two.tryAcquire('news.example', randomUUID());
    other.disconnect();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60_000);
  });

  redisTest('frees the slot of a holder that died once its lease runs out', async ({ redis, prefix }) => {
    const limiter = new RedisHostLimiter(redis, { prefix, maxInFlight: 1, minDelayMs: 0, leaseMs: 1_000 });
    expect(await limiter.tryAcquire('news.example', 'dead-worker')).toBe(0);
    // The holder never releases; the next schedule() waits for the lease to lapse, then runs.
    await expect(limiter.schedule('news.example', async () => 'ran')).resolves.toBe('ran');
  });

  redisTest('never lets more than the limit run at once, across two processes worth of clients', async ({ redis, prefix }) => {
    const other = await connectRedis(REDIS_URL);
    const limiters = [redis, other].map((r) => new RedisHostLimiter(r, { prefix, maxInFlight: 2, minDelayMs: 0, pollMs: 5 }));
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => limiters[i % 2]!.schedule('news.example', task)));
    other.disconnect();
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(2);
  });
});

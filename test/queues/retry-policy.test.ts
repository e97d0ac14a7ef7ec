import { describe, expect, it } from 'vitest';
import { TransientError } from '../../errors.js';
import { RetryPolicy, retryDelayMs } from '../../queues/retry-policy.js';

const policy = RetryPolicy.parse({ baseDelayMs: 1_000, jitter: 0.5, maxDelayMs: 60_000 });

describe('retryDelayMs', () => {
  it('doubles with each attempt', () => {
    const noJitter = RetryPolicy.parse({ baseDelayMs: 1_000, jitter: 0 });
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, new Error('x'), noJitter))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('draws the jittered share of the delay at random', () => {
    expect(retryDelayMs(3, new Error('x'), policy, () => 0)).toBe(2_000);
    expect(retryDelayMs(3, new Error('x'), policy, () => 1)).toBe(4_000);
  });

  it('never retries before the Retry-After a server asked for', () => {
    const error = new TransientError('http://127.0.0.1/a', 'answered HTTP 503', { retryAfterMs: 30_000 });
    expect(retryDelayMs(1, error, policy, () => 0)).toBe(30_000);
  });

  it('reads Retry-After from an error that lost its prototype', () => {
    const error = Object.assign(new Error('x'), { name: 'TransientError', retryAfterMs: 10_000 });
    expect(retryDelayMs(1, error, policy, () => 0)).toBe(10_000);
  });

  it('caps every delay, Retry-After included', () => {
    const error = new TransientError('http://127.0.0.1/a', 'answered HTTP 429', { retryAfterMs: 86_400_000 });
    expect(retryDelayMs(1, error, policy)).toBe(60_000);
    expect(retryDelayMs(30, new Error('x'), policy, () => 1)).toBe(60_000);
  });
});

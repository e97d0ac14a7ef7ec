import { z } from 'zod';

export const RetryPolicy = z.strictObject({
  /** Attempts in all, the first included, before a transient failure is final. @defaultValue 5 */
  attempts: z.number().int().min(1).default(5),
  /** Delay before the second attempt; it doubles with each attempt after that. @defaultValue 1000 */
  baseDelayMs: z.number().int().min(0).default(1_000),
  /** Ceiling on one delay, Retry-After included, so a hostile header cannot park a job for days. @defaultValue 1 hour */
  maxDelayMs: z.number().int().min(0).default(60 * 60 * 1000),
  /**
   * Share of each exponential delay drawn at random (0 = none, 1 = anywhere in
   * [0, delay]), so that jobs failing together do not retry in lockstep. @defaultValue 0.5
   */
  jitter: z.number().min(0).max(1).default(0.5),
});
export type RetryPolicy = z.output<typeof RetryPolicy>;
export type RetryPolicyOptions = z.input<typeof RetryPolicy>;

/**
 * The custom BullMQ backoff type our jobs carry; the Worker's
 * `settings.backoffStrategy` computes it with `retryDelayMs`, which sees the
 * thrown error and so its Retry-After. Chosen over `job.moveToDelayed` +
 * `DelayedError`, which would not count the attempt: a server answering 503
 * with Retry-After forever would then hold the job forever.
 */
export const BACKOFF_TYPE = 'newsfacts';

/**
 * The delay before the next attempt of a job that has failed `attemptsMade`
 * times (1 after the first failure): exponential with jitter, but never less
 * than the server's Retry-After. A Retry-After is honoured as a floor rather
 * than added, because it already says when the server expects to be ready.
 */
export function retryDelayMs(attemptsMade: number, error: unknown, policy: RetryPolicy, random: () => number = Math.random): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attemptsMade - 1);
  const jittered = exponential * (1 - policy.jitter) + exponential * policy.jitter * random();
  const retryAfter = retryAfterOf(error) ?? 0;
  return Math.round(Math.min(policy.maxDelayMs, Math.max(jittered, retryAfter)));
}

/** `retryAfterMs` of a TransientError; read structurally since the error may come through a worker boundary. */
function retryAfterOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('retryAfterMs' in error)) return undefined;
  const value = (error as { retryAfterMs: unknown }).retryAfterMs;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

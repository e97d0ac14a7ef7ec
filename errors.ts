/**
 * Error types, classified by what the caller should do next.
 *
 * Every class sets `this.name`, because errors that cross a BullMQ worker
 * boundary are serialised and lose their prototype: retry decisions compare
 * names, not `instanceof`.
 */
import type { ZodError } from 'zod';

/** Bad input (malformed content, wrong encoding, schema failure): never retried. */
export class InputError extends Error {
  /** The input the error is about: a file path, URL, job id or article id. */
  readonly input: string;
  constructor(input: string, message: string, options?: ErrorOptions) {
    super(`${input}: ${message}`, options);
    this.name = 'InputError';
    this.input = input;
  }
}

/** A payload or row that failed its zod schema; keeps the issues and names the path. */
export class ValidationError extends InputError {
  readonly issues: ZodError['issues'];
  constructor(input: string, what: string, error: ZodError) {
    const first = error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
    super(input, `invalid ${what}: ${where}: ${first?.message ?? error.message}`, { cause: error });
    this.name = 'ValidationError';
    this.issues = error.issues;
  }
}

/** A service the process depends on, as outage errors name it. */
export type Service = 'database' | 'redis';

/** A failure that may pass on its own (timeout, 5xx, 429, lost connection): retried with backoff. */
export class TransientError extends Error {
  readonly input: string;
  /** Server-requested delay before the next attempt (Retry-After), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /**
   * Set when the failure is an outage of a service the whole process depends on
   * (the database or Redis cannot be reached), not of this job's input: workers
   * wait it out without spending the job's attempts, one-shot commands stop with one line.
   */
  readonly service: Service | undefined;
  constructor(input: string, message: string, options?: ErrorOptions & { retryAfterMs?: number; service?: Service }) {
    super(`${input}: ${message}`, options);
    this.name = 'TransientError';
    this.input = input;
    this.retryAfterMs = options?.retryAfterMs;
    this.service = options?.service;
  }
}

/** A store write that lost a race or hit a stale version. */
export class ConflictError extends Error {
  readonly input: string;
  constructor(input: string, message: string, options?: ErrorOptions) {
    super(`${input}: ${message}`, options);
    this.name = 'ConflictError';
    this.input = input;
  }
}

/** A write based on a stale read: the target changed since the caller saw revision `expected` (HTTP 409). */
export class StaleRevisionError extends ConflictError {
  readonly expected: number;
  readonly current: number;
  constructor(input: string, expected: number, current: number) {
    super(input, `changed since revision ${expected} (now ${current}); read it again and retry`);
    this.name = 'StaleRevisionError';
    this.expected = expected;
    this.current = current;
  }
}

/** A store or queue backend that cannot be used as configured (e.g. PGlite locked by another process). */
export class ConfigError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

/** True when an error (possibly deserialised, so compared by name) should not be retried. */
export function isUnrecoverable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return ['InputError', 'ValidationError', 'ConfigError', 'UnrecoverableError'].includes(error.name);
}

/** The service an error says is down (database or Redis unreachable), or undefined for any other error. */
export function outageOf(error: unknown): Service | undefined {
  if (!(error instanceof Error) || error.name !== 'TransientError') return undefined;
  const service = (error as { service?: unknown }).service;
  return service === 'database' || service === 'redis' ? service : undefined;
}

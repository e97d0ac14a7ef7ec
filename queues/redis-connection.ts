import { Redis } from 'ioredis';
import { ConfigError } from '../errors.js';

/** A Redis URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/**
 * BullMQ connection options for a Redis URL. `maxRetriesPerRequest: null`
 * because a Worker's blocking commands must wait out a Redis restart rather
 * than fail (BullMQ requires it of worker connections).
 */
export function bullmqConnection(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url, maxRetriesPerRequest: null };
}

/**
 * Opens a plain client and checks Redis answers, failing at once rather than
 * retrying forever, so that a command or test without Redis says so on one line.
 * The client returned reconnects normally afterwards.
 * @throws ConfigError naming the URL when Redis cannot be reached.
 */
export async function connectRedis(url: string, options: { connectTimeoutMs?: number } = {}): Promise<Redis> {
  let connected = false;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: options.connectTimeoutMs ?? 3_000,
    maxRetriesPerRequest: null,
    // Give up at once before the first connection; once connected, reconnect as usual.
    retryStrategy: (times) => (connected ? Math.min(times * 200, 2_000) : null),
  });
  let lastError: Error | undefined;
  client.on('error', (error: Error) => {
    // Reported through the failed command or the check below; without a
    // listener ioredis would print every reconnect error itself.
    lastError = error;
  });
  try {
    await client.connect();
    await client.ping();
    connected = true;
  } catch (error) {
    client.disconnect();
    const reason = (lastError ?? error) instanceof Error ? (lastError ?? (error as Error)).message : String(error);
    throw new ConfigError(`cannot reach Redis at ${redactUrl(url)} (${reason})`, { cause: error });
  }
  return client;
}

/**
 * The Redis URL a queued command needs.
 * @throws ConfigError saying how to set it, and what works without it.
 */
export function requireRedisUrl(redisUrl: string | undefined, command: string): string {
  if (redisUrl) return redisUrl;
  throw new ConfigError(
    `${command} needs Redis: set REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379); ` +
      '`newsfacts run <paths>` runs the pipeline in this process without it',
  );
}

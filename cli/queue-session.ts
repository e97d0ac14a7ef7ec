import type { Redis } from 'ioredis';
import type { JobQueues } from '../queues/index.js';
import type { CliContext } from './context.js';

/**
 * Opens the deployment's queues (and a plain Redis connection, which also
 * checks up front that Redis answers) for one command, and closes both
 * whatever `use` does.
 *
 * @throws ConfigError naming `command` when REDIS_URL is not set or Redis does not answer.
 */
export async function withQueues<T>(
  context: CliContext,
  command: string,
  prefix: string,
  use: (queues: JobQueues, redis: Redis) => Promise<T>,
): Promise<T> {
  const { connectRedis, JobQueues, requireRedisUrl } = await import('../queues/index.js');
  const redisUrl = requireRedisUrl(context.config.redisUrl, command);
  const redis = await connectRedis(redisUrl);
  const queues = new JobQueues({ redisUrl, prefix });
  try {
    return await use(queues, redis);
  } finally {
    await queues.close();
    redis.disconnect();
  }
}

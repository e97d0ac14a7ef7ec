/**
 * Says, once per `npm test`, which real services the adapter suites will
 * talk to, so a CI log shows that the PostgreSQL and Redis variants ran.
 * It does not fail the run: each suite's fixture fails its own tests with one
 * clear line when its service is missing.
 */
import { Redis } from 'ioredis';
import pg from 'pg';

const databaseUrl = process.env.NEWSFACTS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
const redisUrl = process.env.NEWSFACTS_TEST_REDIS_URL ?? 'redis://127.0.0.1:63790';

export default async function setup(): Promise<void> {
  const lines = await Promise.all([postgresLine(), redisLine()]);
  process.stdout.write(`\n${lines.map((l) => `test services: ${l}`).join('\n')}\n`);
}

async function postgresLine(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return `PostgreSQL ${rows[0]?.server_version ?? '?'} at ${databaseUrl} (store suites run on it and on PGlite)`;
  } catch (error) {
    return `PostgreSQL at ${databaseUrl} UNREACHABLE (${(error as Error).message}): its suites will fail; run bash .ci/services`;
  } finally {
    await client.end().catch(() => {});
  }
}

async function redisLine(): Promise<string> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3000 });
  try {
    await redis.connect();
    const info = await redis.info('server');
    const version = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
    return `Redis ${version} at ${redisUrl} (queue suites run on it)`;
  } catch (error) {
    return `Redis at ${redisUrl} UNREACHABLE (${(error as Error).message}): its suites will fail; run bash .ci/services`;
  } finally {
    redis.disconnect();
  }
}

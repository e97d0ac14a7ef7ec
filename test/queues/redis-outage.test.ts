import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { JobQueues } from '../../queues/job-queues.js';
import { makeSeedCorpus } from '../helpers/corpus.js';
import { PrivateRedis } from '../helpers/private-redis.js';
import { createPgDatabase } from './store-fixture.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'newsfacts.js');

interface Child {
  process: ChildProcess;
  stdout(): string;
  stderr(): string;
}

function cli(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', REDIS_URL: '', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return { process: child, stdout: () => out, stderr: () => err };
}

async function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  return child.exitCode;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, child?: Child): Promise<void> {
  while (!(await condition())) {
    if (child && child.process.exitCode !== null) throw new Error(`process exited ${child.process.exitCode} before ${what}: ${child.stderr().trim().split('\n').at(-1)}`);
    await sleep(50);
  }
}

describe('Redis going away under running commands', () => {
  let redis: PrivateRedis;
  beforeAll(async () => {
    redis = await PrivateRedis.create();
  }, 30_000);
  afterAll(async () => {
    await redis?.destroy();
  });

  test('a worker waits out a Redis crash with one warning and resumes; commands run meanwhile exit 1 with one line naming Redis', { timeout: 240_000 }, async () => {
    const prefix = `test-${randomUUID()}`;
    const corpus = await makeSeedCorpus(2);
    const db = await createPgDatabase();
    const env = { REDIS_URL: redis.url, DATABASE_URL: db.url };
    const queues = new JobQueues({ redisUrl: redis.url, prefix });
    const worker = cli(['worker', '--prefix', prefix, '--concurrency', '1', '--recover-every-ms', '0'], env);
    try {
      // Enqueued while the worker starts (two processes starting at once): the jobs wait in Redis for it.
      const enqueue = cli(['enqueue', corpus.dir, '--prefix', prefix], env);
      const name = `${hostname()}:${worker.process.pid}`;
      for (const queue of ['ingest', 'extract', 'reconcile'] as const) {
        await until(async () => (await queues.queue(queue).getWorkers()).some((w) => String(w.rawname).endsWith(`:w:${name}`)), 'the worker was ready', worker);
      }
      expect(await exitOf(enqueue.process), enqueue.stderr()).toBe(0);
      await until(async () => (await queues.counts()).reconcile.completed >= 1, 'a first article was reconciled', worker);

      await redis.kill();
      await until(() => /redis unreachable, waiting for it/.test(worker.stderr()), 'the worker noticed the outage', worker);
      // One-shot commands say what is down in one line, without the password, and exit 1.
      // Started together: each is its own process, and none depends on another.
      const withPassword = redis.url.replace('redis://', 'redis://:s3cret@');
      const oneShots = [['enqueue', corpus.dir], ['jobs'], ['recover']].map((args) => ({ args, command: cli([...args, '--prefix', prefix], { ...env, REDIS_URL: withPassword }) }));
      for (const { args, command } of oneShots) {
        expect(await exitOf(command.process), `${args[0]}: ${command.stderr()}`).toBe(1);
        const lines = command.stderr().trim().split('\n');
        expect(lines, args[0]).toHaveLength(1);
        expect(lines[0]).toMatch(new RegExp(`^newsfacts: .*Redis.*redis://:\\*\\*\\*@127\\.0\\.0\\.1:${redis.port}`));
        expect(command.stderr()).not.toContain('s3cret');
      }

      await redis.start();
      await until(async () => (await queues.counts()).reconcile.completed === corpus.documents, 'every article was reconciled', worker);
      const counts = await queues.counts();
      expect(counts.ingest.failed + counts.extract.failed + counts.reconcile.failed).toBe(0);
      expect(worker.stderr().match(/redis unreachable/g)).toHaveLength(1);
      expect(worker.stderr()).toMatch(/redis is back; resuming/);
      expect(worker.stderr()).not.toMatch(/Unhandled|    at /);
      worker.process.kill('SIGTERM');
      expect(await exitOf(worker.process)).toBe(0);
    } finally {
      if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
      await redis.start().catch(() => {});
      await queues.obliterate().catch(() => {});
      await queues.close();
      await db.drop();
      await rm(corpus.dir, { recursive: true, force: true });
    }
  });
});

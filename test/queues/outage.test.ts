import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { JobQueues } from '../../queues/job-queues.js';
import { makeSeedCorpus } from '../helpers/corpus.js';
import { PrivatePostgres } from '../helpers/private-postgres.js';
import { REDIS_URL, redisTest } from './redis-fixture.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'newsfacts.js');

interface Child {
  process: ChildProcess;
  stderr(): string;
}

function cli(args: string[], env: Record<string, string>): Child {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', REDIS_URL: '', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stdout!.resume();
  child.stderr!.on('data', (d) => (err += d));
  return { process: child, stderr: () => err };
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

async function waitForWorker(queues: JobQueues, child: Child): Promise<void> {
  const name = `${hostname()}:${child.process.pid}`;
  for (const queue of ['ingest', 'extract', 'reconcile'] as const) {
    await until(async () => (await queues.queue(queue).getWorkers()).some((w) => String(w.rawname).endsWith(`:w:${name}`)), 'the worker was ready', child);
  }
}

describe('PostgreSQL going away under running commands', () => {
  let pg: PrivatePostgres;
  beforeAll(async () => {
    pg = await PrivatePostgres.create();
  }, 60_000);
  afterAll(async () => {
    await pg?.destroy();
  });

  redisTest('a worker waits out a PostgreSQL restart with one warning, resumes, and the queue drains', { timeout: 120_000 }, async ({ queues, prefix }) => {
    const corpus = await makeSeedCorpus(2);
    const url = await pg.createDatabase('worker_outage');
    const env = { REDIS_URL, DATABASE_URL: url };
    const worker = cli(['worker', '--prefix', prefix, '--concurrency', '2'], env);
    try {
      await waitForWorker(queues, worker);
      const enqueue = cli(['enqueue', corpus.dir, '--prefix', prefix], env);
      expect(await exitOf(enqueue.process)).toBe(0);
      await until(async () => (await queues.counts()).reconcile.completed >= 1, 'a first article was reconciled', worker);
      await pg.stop('immediate');
      await until(() => /database unreachable, waiting for it/.test(worker.stderr()), 'the worker noticed the outage', worker);
      await pg.start();
      await until(async () => (await queues.counts()).reconcile.completed === corpus.documents, 'every article was reconciled', worker);
      const counts = await queues.counts();
      expect(counts.ingest.failed + counts.extract.failed + counts.reconcile.failed).toBe(0);
      // One warning for the outage and one line when it is back, not one per retry.
      expect(worker.stderr().match(/database unreachable/g)).toHaveLength(1);
      expect(worker.stderr()).toMatch(/database is back; resuming/);
      expect(worker.stderr()).not.toMatch(/Unhandled|    at /);
      worker.process.kill('SIGTERM');
      expect(await exitOf(worker.process)).toBe(0);
    } finally {
      if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
      await rm(corpus.dir, { recursive: true, force: true });
    }
  });

  redisTest('`run` stops with exit 1 and one line naming the database, without its password', { timeout: 120_000 }, async () => {
    const corpus = await makeSeedCorpus(8);
    await pg.start().catch(() => {}); // already up unless the previous test failed half-way
    const url = await pg.createDatabase('run_outage');
    const withPassword = url.replace('postgres@', 'postgres:s3cret@');
    const run = cli(['run', corpus.dir], { DATABASE_URL: withPassword });
    try {
      await until(() => /\[\d+\/\d+\]/.test(run.stderr()), 'the first article was done', run);
      await pg.stop('immediate');
      expect(await exitOf(run.process)).toBe(1);
      const lines = run.stderr().trim().split('\n').filter((l) => !/^\[\d+\/\d+\]/.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^newsfacts: postgres://postgres:\\*\\*\\*@127\\.0\\.0\\.1:${pg.port}/run_outage: .*database`));
      expect(run.stderr()).not.toContain('s3cret');
    } finally {
      if (run.process.exitCode === null) run.process.kill('SIGKILL');
      await pg.start().catch(() => {});
      await rm(corpus.dir, { recursive: true, force: true });
    }
  });
  redisTest('a worker started while PostgreSQL is down waits for it, with one warning, then works', { timeout: 120_000 }, async ({ queues, prefix }) => {
    const corpus = await makeSeedCorpus(1);
    await pg.start().catch(() => {}); // already up unless a previous test failed half-way
    const url = await pg.createDatabase('worker_start_outage');
    await pg.stop('fast');
    const env = { REDIS_URL, DATABASE_URL: url };
    const worker = cli(['worker', '--prefix', prefix, '--concurrency', '2'], env);
    try {
      await until(() => /database unreachable, waiting for it/.test(worker.stderr()), 'the worker said it waits', worker);
      await pg.start();
      await waitForWorker(queues, worker);
      const enqueue = cli(['enqueue', corpus.dir, '--prefix', prefix], env);
      expect(await exitOf(enqueue.process)).toBe(0);
      await until(async () => (await queues.counts()).reconcile.completed === corpus.documents, 'every article was reconciled', worker);
      expect(worker.stderr().match(/database unreachable/g)).toHaveLength(1);
      expect(worker.stderr()).toMatch(/database is back; resuming/);
      expect(worker.stderr()).not.toMatch(/Unhandled|    at /);
      worker.process.kill('SIGTERM');
      expect(await exitOf(worker.process)).toBe(0);
    } finally {
      if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
      await pg.start().catch(() => {});
      await rm(corpus.dir, { recursive: true, force: true });
    }
  });
  test('serve answers 503 in one line while PostgreSQL is down, stays up, and answers again once it is back', { timeout: 120_000 }, async () => {
    await pg.start().catch(() => {}); // already up unless a previous test failed half-way
    const url = await pg.createDatabase('serve_outage');
    const serve = cli(['serve', '--port', '0', '--json'], { DATABASE_URL: url });
    try {
      let out = '';
      serve.process.stdout!.on('data', (d) => (out += d));
      await until(() => out.includes('\n'), 'serve was listening', serve);
      const { api } = JSON.parse(out.split('\n')[0]!) as { api: string };
      expect((await fetch(`${api}/facts`)).status).toBe(200);
      await pg.stop('immediate');
      const down = await fetch(`${api}/facts`);
      expect(down.status).toBe(503);
      const body = (await down.json()) as { message: string };
      expect(body.message).toBe('the database is unavailable; retry later');
      expect((await fetch(`${api}/facts`)).status).toBe(503);
      await pg.start();
      await until(async () => (await fetch(`${api}/facts`)).status === 200, 'serve answered again', serve);
      // One warning for the outage and one line when it is over, not a stack per request.
      await until(() => /database is back; resuming/.test(serve.stderr()), 'serve said the database is back', serve);
      expect(serve.stderr().match(/database unreachable/g)).toHaveLength(1);
      expect(serve.stderr()).not.toMatch(/Unhandled|    at /);
      serve.process.kill('SIGTERM');
      expect(await exitOf(serve.process)).toBe(0);
    } finally {
      if (serve.process.exitCode === null) serve.process.kill('SIGKILL');
      await pg.start().catch(() => {});
    }
  });
});

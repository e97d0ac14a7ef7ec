import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect } from 'vitest';
import type { JobQueues } from '../../queues/job-queues.js';
import { makeSeedCorpus } from '../helpers/corpus.js';
import { storeSnapshot } from '../helpers/store-snapshot.js';
import { REDIS_URL, redisTest } from './redis-fixture.js';
import { createPgDatabase, openPgStore } from './store-fixture.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'newsfacts.js');
const COPIES = 4;

function cli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function cliOk(args: string[], env: Record<string, string>): Promise<string> {
  const child = cli(args, env);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`newsfacts ${args.join(' ')} exited ${code}: ${err.trim().split('\n').at(-1)}`);
  return out;
}

/** The exit code, once the process has exited (a signal's death is a null code). */
async function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  return child.exitCode;
}

/** Resolves once the worker process is connected to every queue (BullMQ names its clients after the worker). */
async function waitForWorker(queues: JobQueues, child: ChildProcess): Promise<void> {
  const name = `${hostname()}:${child.pid}`;
  for (const queue of ['ingest', 'extract', 'reconcile'] as const) {
    while (!(await queues.queue(queue).getWorkers()).some((w) => String(w.rawname).endsWith(`:w:${name}`))) await sleep(50);
  }
}

/** Every queue idle: nothing waiting, running or delayed. */
async function settle(queues: JobQueues): Promise<void> {
  for (;;) {
    const counts = await queues.counts();
    if (Object.values(counts).every((c) => c.waiting + c.active + c.delayed === 0)) return;
    await sleep(100);
  }
}

/** `storeSnapshot` of the PostgreSQL store at `url`. */
async function snapshot(url: string): Promise<unknown> {
  const { store, close } = await openPgStore(url);
  try {
    return await storeSnapshot(store);
  } finally {
    await close();
  }
}

describe('newsfacts worker processes', () => {
  redisTest(
    'two workers, one SIGKILLed mid-job, then a third: the same facts and versions as the one-shot run',
    { timeout: 180_000 },
    async ({ queues, prefix }) => {
      const corpus = await makeSeedCorpus(COPIES);
      const queued = await createPgDatabase();
      const oneShot = await createPgDatabase();
      const workers: ChildProcess[] = [];
      const env = { REDIS_URL, DATABASE_URL: queued.url };
      const startWorker = () => {
        const child = cli(['worker', '--prefix', prefix, '--concurrency', '2', '--lock-duration-ms', '2000'], env);
        child.stdout!.resume();
        child.stderr!.resume();
        workers.push(child);
        return child;
      };
      try {
        await cliOk(['run', corpus.dir, '--quiet'], { DATABASE_URL: oneShot.url });

        const doomed = startWorker();
        const second = startWorker();
        await waitForWorker(queues, doomed);
        await waitForWorker(queues, second);
        await cliOk(['enqueue', corpus.dir, '--prefix', prefix], env);

        // Kill the first worker while it holds a job: BullMQ's stalled-job check must hand it on.
        const doomedName = `${hostname()}:${doomed.pid}`;
        for (;;) {
          const active = await queues.list('active', 100);
          if (active.some((job) => job.processedBy === doomedName)) break;
          const counts = await queues.counts();
          if (counts.reconcile.completed === corpus.documents) throw new Error('the run ended before the worker could be killed mid-job');
          await sleep(10);
        }
        doomed.kill('SIGKILL');
        await exitOf(doomed);
        // Ready before anything stops it: a SIGTERM during start-up would kill it outright.
        await waitForWorker(queues, startWorker());

        await settle(queues);
        const counts = await queues.counts();
        expect(counts.reconcile.completed).toBe(corpus.documents);
        expect(counts.ingest.failed + counts.extract.failed + counts.reconcile.failed).toBe(0);

        // The survivors stop cleanly on SIGTERM.
        const survivors = workers.filter((w) => w !== doomed);
        for (const worker of survivors) worker.kill('SIGTERM');
        for (const worker of survivors) expect(await exitOf(worker)).toBe(0);

        expect(await snapshot(queued.url)).toEqual(await snapshot(oneShot.url));
      } finally {
        for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
        await queued.drop();
        await oneShot.drop();
        await rm(corpus.dir, { recursive: true, force: true });
      }
    },
  );
});

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../config.js';
import { buildArticle, FileSource } from '../../ingest/index.js';
import type { JobQueues } from '../../queues/job-queues.js';
import { pino } from 'pino';
import { ingestRequest } from '../../queues/catalog.js';
import { InProcessRunner } from '../../queues/in-process-runner.js';
import { FactStore, openDatabase } from '../../store/index.js';
import { runInProcess } from '../cli/cli-helper.js';
import { makeSeedCorpus } from '../helpers/corpus.js';
import { storeSnapshot } from '../helpers/store-snapshot.js';
import { REDIS_URL, redisTest } from './redis-fixture.js';
import { createPgDatabase, openPgliteStore, openPgStore } from './store-fixture.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'bin', 'newsfacts.js');
const SEEDS = path.join(ROOT, 'seeds');

function cli(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', REDIS_URL: '', DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return child;
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

async function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
}

async function waitForWorker(queues: JobQueues, child: ChildProcess): Promise<void> {
  const name = `${hostname()}:${child.pid}`;
  for (const queue of ['ingest', 'extract', 'reconcile'] as const) {
    while (!(await queues.queue(queue).getWorkers()).some((w) => String(w.rawname).endsWith(`:w:${name}`))) {
      if (child.exitCode !== null) throw new Error(`the worker exited ${child.exitCode} before it was ready`);
      await sleep(50);
    }
  }
}

describe('newsfacts recover', () => {
  redisTest(
    'two workers, one SIGKILLed, Redis flushed: recover then a worker reach the facts of the one-shot run',
    { timeout: 240_000 },
    async ({ queues, prefix, redis }) => {
      const corpus = await makeSeedCorpus(2);
      const queued = await createPgDatabase();
      const oneShot = await createPgDatabase();
      const workers: ChildProcess[] = [];
      const env = { REDIS_URL, DATABASE_URL: queued.url };
      const startWorker = () => {
        const child = cli(['worker', '--prefix', prefix, '--concurrency', '1', '--lock-duration-ms', '2000', '--recover-every-ms', '0'], env);
        child.stdout!.resume();
        child.stderr!.resume();
        workers.push(child);
        return child;
      };
      try {
        await cliOk(['run', corpus.dir, '--quiet'], { DATABASE_URL: oneShot.url });
        const doomed = startWorker();
        const survivor = startWorker();
        await waitForWorker(queues, doomed);
        await waitForWorker(queues, survivor);
        await cliOk(['enqueue', corpus.dir, '--prefix', prefix], env);

        // Every document stored, much still to extract and reconcile, and the doomed worker holding a job.
        const doomedName = `${hostname()}:${doomed.pid}`;
        for (;;) {
          const counts = await queues.counts();
          if (counts.reconcile.completed > corpus.documents - 4) throw new Error('the run got too far before the worker could be killed');
          const active = await queues.list('active', 100);
          if (counts.ingest.completed === corpus.documents && active.some((job) => job.processedBy === doomedName)) break;
          await sleep(10);
        }
        doomed.kill('SIGKILL');
        await exitOf(doomed);
        // Redis loses everything of this deployment, as a restart without persistence would.
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
          if (keys.length > 0) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');

        const pending = await openPgStore(queued.url);
        try {
          const recovered = JSON.parse(await cliOk(['recover', '--prefix', prefix, '--json'], env)) as { articles: number; enqueued: number };
          expect(recovered.enqueued).toBeGreaterThan(0);
          await waitForWorker(queues, startWorker());
          while ((await pending.store.stageCounts()).reconciled < corpus.documents) await sleep(100);
          expect(await pending.store.stageCounts()).toEqual({ ingested: 0, extracted: 0, reconciled: corpus.documents, failed: 0 });
        } finally {
          await pending.close();
        }
        for (const worker of workers.filter((w) => w !== doomed)) worker.kill('SIGTERM');
        for (const worker of workers) await exitOf(worker);

        const [a, b] = [await openPgStore(queued.url), await openPgStore(oneShot.url)];
        try {
          expect(await storeSnapshot(a.store)).toEqual(await storeSnapshot(b.store));
        } finally {
          await a.close();
          await b.close();
        }
      } finally {
        for (const worker of workers) if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
        await queued.drop();
        await oneShot.drop();
        await rm(corpus.dir, { recursive: true, force: true });
      }
    },
  );

  test('without Redis, on the embedded store: articles left ingested are finished in this process, as `run` would', { timeout: 180_000 }, async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-recover-'));
    const reference = await openPgliteStore();
    try {
      const files = new FileSource();
      const refs = (await files.discover(SEEDS)).slice(0, 2);
      await new InProcessRunner({ store: reference.store, sources: [files], logger: pino({ level: 'silent' }), now: () => new Date() }).run(
        refs.map((ref) => ingestRequest(ref)),
      );

      // What a `run` killed after ingesting leaves behind: articles stored, nothing extracted.
      const db = await openDatabase(loadConfig({ NEWSFACTS_HOME: home }));
      const store = new FactStore(db);
      for (const ref of refs) {
        const { article, source } = buildArticle(await files.load(ref));
        await store.saveArticle(article, source);
      }
      await db.close();

      const env = { NEWSFACTS_HOME: home };
      const listed = await runInProcess(['articles', '--stage', 'ingested', '--json'], env);
      expect(listed.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { stage: string }).stage)).toEqual(refs.map(() => 'ingested'));
      const first = await runInProcess(['recover', '--json'], env);
      expect([first.code, JSON.parse(first.stdout)]).toEqual([0, { articles: 2, completed: 2, failed: 0 }]);
      const again = await runInProcess(['recover', '--json'], env);
      expect(JSON.parse(again.stdout)).toEqual({ articles: 0, completed: 0, failed: 0 });

      const opened = await openDatabase(loadConfig(env));
      try {
        expect(await storeSnapshot(new FactStore(opened))).toEqual(await storeSnapshot(reference.store));
      } finally {
        await opened.close();
      }
    } finally {
      await reference.close();
      await rm(home, { recursive: true, force: true });
    }
  });
});

/**
 * `npm run bench:queue`: the cost of the queue, measured. Pushes the same few
 * thousand extract jobs through 1, 2 and 4 `newsfacts worker` processes on the
 * local Redis and PostgreSQL, and through the in-process path on the same
 * input, and prints jobs/s for each with its ratio to in-process.
 *
 * Extract jobs are the unit because they are the pipeline's CPU-bound stage:
 * one article read from the store, claims extracted, a reconcile request
 * enqueued. Workers run `--queues extract` only, so the reconcile jobs they
 * enqueue wait untouched (and are thrown away with the bench's prefix); the
 * in-process side runs the same handler through `runJob` without chaining.
 *
 * Environment: BENCH_JOBS (default 3000), REDIS_URL (default the .ci/services
 * Redis), BENCH_DATABASE_URL (a PostgreSQL where a scratch database may be
 * created; default the .ci/services one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { buildArticle, FileSource } from '../ingest/index.js';
import { connectRedis, JobQueues, runJob, type JobRequest } from '../queues/index.js';
import { FactStore, openDatabase } from '../store/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'newsfacts.js');
const JOBS = Number(process.env.BENCH_JOBS ?? 3000);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:63790';
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
const PROCESS_COUNTS = [1, 2, 4];
const CONCURRENCY = 4;

interface Row {
  runner: string;
  jobsPerSec: number;
}

async function main(): Promise<void> {
  const database = `newsfacts_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const databaseUrl = withDatabase(ADMIN_URL, database);
  const redis = await connectRedis(REDIS_URL);
  try {
    await runCli(['run', 'seeds', '--quiet'], { DATABASE_URL: databaseUrl });
    const articleIds = await seedArticleIds();
    const requests: JobRequest[] = Array.from({ length: JOBS }, (_, i) => ({
      name: 'extract',
      id: `bench-${i}`,
      payload: { articleId: articleIds[i % articleIds.length]! },
    }));
    console.log(`bench:queue  ${JOBS} extract jobs over ${articleIds.length} seed articles; ${CONCURRENCY} concurrent jobs per worker process`);

    const rows: Row[] = [{ runner: 'in-process (runJob, no Redis)', jobsPerSec: await inProcess(requests, databaseUrl) }];
    report(rows[0]!, rows[0]!.jobsPerSec);
    for (const processes of PROCESS_COUNTS) {
      const row = { runner: `BullMQ, ${processes} worker process${processes > 1 ? 'es' : ''}`, jobsPerSec: await queued(requests, processes, databaseUrl) };
      rows.push(row);
      report(row, rows[0]!.jobsPerSec);
    }
  } finally {
    redis.disconnect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

/** The article ids of the seeds, computed as ingest does (content hash), without asking the store. */
async function seedArticleIds(): Promise<string[]> {
  const files = new FileSource();
  const refs = await files.discover(path.join(ROOT, 'seeds'));
  return Promise.all(refs.map(async (ref) => buildArticle(await files.load(ref)).article.id));
}

async function inProcess(requests: JobRequest[], databaseUrl: string): Promise<number> {
  const db = await openDatabase(loadConfig({ DATABASE_URL: databaseUrl }));
  const store = new FactStore(db);
  const context = { store, sources: [], logger: pino({ level: 'silent' }), now: () => new Date() };
  try {
    const started = performance.now();
    for (const request of requests) await runJob(request.name, request.id, request.payload, context);
    return requests.length / ((performance.now() - started) / 1000);
  } finally {
    await db.close();
  }
}

async function queued(requests: JobRequest[], processes: number, databaseUrl: string): Promise<number> {
  const prefix = `bench-${randomUUID()}`;
  const queues = new JobQueues({ redisUrl: REDIS_URL, prefix });
  const workers: ChildProcess[] = [];
  try {
    for (let i = 0; i < processes; i += 1) {
      workers.push(
        startCli(['worker', '--queues', 'extract', '--concurrency', String(CONCURRENCY), '--prefix', prefix], {
          DATABASE_URL: databaseUrl,
          REDIS_URL,
          LOG_LEVEL: 'warn',
        }),
      );
    }
    // Time from the first add, once every worker is connected: the clock covers
    // enqueueing, Redis round trips and the work, not process start-up.
    const extract = queues.queue('extract');
    while ((await extract.getWorkers()).length < processes) await sleep(50);
    const started = performance.now();
    for (let i = 0; i < requests.length; i += 500) await queues.enqueueQuietly(requests.slice(i, i + 500));
    for (;;) {
      const counts = (await queues.counts(['extract'])).extract;
      if (counts.failed > 0) throw new Error(`bench: ${counts.failed} extract jobs failed; see: newsfacts jobs --state failed --prefix ${prefix}`);
      if (counts.completed >= requests.length) break;
      await sleep(20);
    }
    return requests.length / ((performance.now() - started) / 1000);
  } finally {
    await Promise.all(
      workers.map(async (child) => {
        if (child.exitCode === null) {
          child.kill('SIGTERM');
          await once(child, 'exit');
        }
      }),
    );
    await queues.obliterate();
    await queues.close();
  }
}

function report(row: Row, baseline: number): void {
  console.log(`${row.runner.padEnd(32)} ${row.jobsPerSec.toFixed(0).padStart(6)} jobs/s   ${(row.jobsPerSec / baseline).toFixed(2)}× in-process`);
}

function startCli(args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
}

async function runCli(args: string[], env: Record<string, string>): Promise<void> {
  const child = startCli(args, env);
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`bench: newsfacts ${args.join(' ')} exited with ${code}`);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

await main();

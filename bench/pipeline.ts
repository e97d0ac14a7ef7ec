/**
 * `npm run bench:pipeline -- [--n 1000] [--configs pglite,postgres,bullmq1,bullmq2] [--concurrency 4] [--keep]`
 *
 * The whole pipeline on N distinct generated articles (bench/article-generator.ts),
 * each configuration on a fresh store, through the real commands:
 *
 * - `pglite`: `newsfacts run DIR` on the embedded store (in-process jobs);
 * - `postgres`: `newsfacts run DIR` on a scratch PostgreSQL database;
 * - `bullmqK`: K `newsfacts worker` processes on Redis and a scratch PostgreSQL
 *   database, fed by `newsfacts enqueue DIR` (all three queues: ingest, extract,
 *   reconcile). The embedded store serves one process, so there is no PGlite row.
 *
 * Printed per configuration: articles/s and claims/s (wall, from the first job to
 * the last), articles per CPU-second, the CPU per article in each 10% window of
 * the run (the growth the store's history causes shows here), peak RSS, and store
 * bytes per claim. CPU is the newsfacts processes' own (user + system, every
 * thread, read from /proc: Linux only); PostgreSQL's and Redis's are not counted.
 *
 * Sizes: the default 1,000 takes minutes; `--n 10000` tens of minutes on PGlite;
 * 100k is meant for PostgreSQL (`--configs postgres,bullmq2`) and takes hours
 * at today's reconcile cost. Environment: REDIS_URL (default the .ci/services Redis),
 * BENCH_DATABASE_URL (a PostgreSQL where scratch databases may be created; default
 * the .ci/services one), BENCH_CPU_PROF_DIR (write a V8 CPU profile of each newsfacts
 * process there, for `node --cpu-prof`'s reading; profiling slows the run), BENCH_NODE_FLAGS (more node flags
 * for each newsfacts process, e.g. `--max-old-space-size=160` or `--expose-gc`), BENCH_MEMORY_FILE (`run`'s
 * memory at each twentieth of its articles: rss, V8 heap used and total, external, one JSON line each;
 * `bench/memory-at-progress.mjs` says what BENCH_MEMORY_GC and BENCH_HEAP_SNAPSHOT_AT add).
 * `--keep` leaves the scratch PostgreSQL databases in place and prints their URLs (for `bench:api --store`,
 * `bench:fact-reads`; drop them by hand), and moves a PGlite store's home out of the scratch folder (NEWSFACTS_HOME).
 * `--database URL --skip K` measures a store that already holds the generator's first K articles (a copy of a
 * kept run's database: the cost of articles K to K+N against the first N on a fresh store, without writing the
 * K again); the postgres configurations then write into URL, which is never dropped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { JobQueues } from '../queues/index.js';
import { generateArticles } from './article-generator.js';
import { benchArgs } from './cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'newsfacts.js');
const PRELOAD = pathToFileURL(path.join(ROOT, 'bench', 'cpu-at-exit.mjs')).href;
const MEMORY_PRELOAD = pathToFileURL(path.join(ROOT, 'bench', 'memory-at-progress.mjs')).href;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:63790';
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
const CLOCK_TICKS_PER_SEC = 100;
const WINDOWS = 10;

/** What one configuration measured. */
export interface PipelineResult {
  config: string;
  articles: number;
  failed: number;
  claims: number;
  wallSec: number;
  cpuSec: number;
  /** CPU ms per article in each 10% window of the articles, in order. */
  windowCpuMsPerArticle: number[];
  /** PostgreSQL's CPU ms per article in each window (its backends for the scratch database); empty on PGlite. */
  serverWindowCpuMsPerArticle: number[];
  /**
   * Facts reconciled per article in each window (`run`'s "facts touched": the article's facts, those its
   * story merges re-home, those resolution links): what a growing per-article cost is multiplied by. Empty for workers.
   */
  windowFactsPerArticle: number[];
  peakRssMb: number;
  storeBytes: number;
  /** Claims the store held before the run (`--database`): `claims` and `storeBytes` are the whole store's. */
  claimsBefore?: number;
  /** The stories the run formed (`newsfacts stories`): how many, how many of two articles or more, the largest sizes. In-process runs only. */
  stories?: { count: number; multi: number; largest: number[] };
}

/**
 * Writes `n` generated articles and their manifest.json into `dir`, in batches (bounded memory): the
 * generator's articles `skip` to `skip + n - 1`, so a run can go on from where an earlier one stopped.
 */
export async function writeCorpus(dir: string, n: number, skip = 0): Promise<void> {
  await mkdir(dir, { recursive: true });
  const manifest = createWriteStream(path.join(dir, 'manifest.json'));
  manifest.write('[\n');
  let batch: Promise<void>[] = [];
  let i = 0;
  let seen = 0;
  for (const article of generateArticles(skip + n)) {
    if (seen++ < skip) continue;
    const { file, published, outlet, url, headline } = article;
    manifest.write(`${i > 0 ? ',\n' : ''}${JSON.stringify({ file, published, outlet, url, headline })}`);
    batch.push(writeFile(path.join(dir, file), article.text));
    if (batch.length === 200) {
      await Promise.all(batch);
      batch = [];
    }
    i += 1;
  }
  await Promise.all(batch);
  manifest.end('\n]\n');
  await once(manifest, 'finish');
}

/** Cumulative CPU seconds and resident peak of a live process, from /proc. */
async function procUsage(pid: number): Promise<{ cpuSec: number; hwmMb: number } | null> {
  try {
    const statText = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = statText.slice(statText.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 (utime, stime) are at 11 and 12 once pid and comm are cut off.
    const cpuSec = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SEC;
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    return { cpuSec, hwmMb: hwm ? Number(hwm[1]) / 1024 : 0 };
  } catch {
    return null;
  }
}

/** Tracks the CPU of a set of processes at each tenth of the articles. */
class WindowMeter {
  private readonly marks: { done: number; cpuSec: number }[] = [{ done: 0, cpuSec: 0 }];
  private lastCpu = new Map<number, number>();
  peakRssMb = 0;

  constructor(
    private readonly total: number,
    private readonly pids: () => number[] | Promise<number[]>,
    private readonly label: string,
  ) {}

  /** CPU of the processes so far (a process that has exited keeps its last reading). */
  async cpuNow(): Promise<number> {
    for (const pid of await this.pids()) {
      const usage = await procUsage(pid);
      if (usage) {
        this.lastCpu.set(pid, usage.cpuSec);
        this.peakRssMb = Math.max(this.peakRssMb, usage.hwmMb);
      }
    }
    let sum = 0;
    for (const cpu of this.lastCpu.values()) sum += cpu;
    return sum;
  }

  /** Starts the first window here (after process start-up, which is not per-article work). */
  async start(done: number): Promise<void> {
    this.marks[0] = { done, cpuSec: await this.cpuNow() };
  }

  /** Call as articles finish; records a mark at each tenth and prints it. */
  async progress(done: number, quiet = false): Promise<void> {
    const next = this.marks.length;
    if (next > WINDOWS || done < Math.ceil((this.total * next) / WINDOWS)) return;
    const cpuSec = await this.cpuNow();
    const previous = this.marks[this.marks.length - 1]!;
    this.marks.push({ done, cpuSec });
    const perArticle = ((cpuSec - previous.cpuSec) * 1000) / Math.max(1, done - previous.done);
    if (!quiet) process.stderr.write(`  ${this.label}: ${done}/${this.total} articles, ${perArticle.toFixed(0)} ms CPU per article in this window\n`);
  }

  windows(): number[] {
    const out: number[] = [];
    for (let k = 1; k < this.marks.length; k += 1) {
      const a = this.marks[k - 1]!;
      const b = this.marks[k]!;
      out.push(((b.cpuSec - a.cpuSec) * 1000) / Math.max(1, b.done - a.done));
    }
    return out;
  }
}

/**
 * PostgreSQL backends serving the scratch database (the server runs on this machine in
 * .ci/services, so their CPU is readable from /proc). A backend that has closed keeps its
 * last reading in the meter.
 */
function serverPids(databaseUrl: string): () => Promise<number[]> {
  return async () => {
    try {
      return await withClient(ADMIN_URL, async (c) => {
        const name = new URL(databaseUrl).pathname.slice(1);
        const rows = await c.query('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        return rows.rows.map((r: { pid: number }) => Number(r.pid));
      });
    } catch {
      return [];
    }
  };
}

function startCli(args: string[], env: Record<string, string>, cpuFile: string): ChildProcess {
  // BENCH_CPU_PROF_DIR: a V8 CPU profile of each newsfacts process there (NODE_OPTIONS may not carry --cpu-prof).
  const profile = process.env.BENCH_CPU_PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : [];
  // BENCH_NODE_FLAGS: more node flags for each newsfacts process (`--max-old-space-size=200`, `--expose-gc`).
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  // BENCH_MEMORY_FILE: `run`'s memory at each twentieth of its articles (bench/memory-at-progress.mjs).
  const memory = process.env.BENCH_MEMORY_FILE && args[0] === 'run' ? ['--import', MEMORY_PRELOAD] : [];
  return spawn(process.execPath, [...profile, ...flags, '--import', PRELOAD, ...memory, CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', BENCH_CPU_FILE: cpuFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The CPU and peak RSS records the preload wrote for exited processes. */
async function exitRecords(file: string): Promise<{ cpuMs: number; maxRssMb: number }[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { cpuMs: number; maxRssMb: number });
}

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}

/** `newsfacts run DIR --json` on PGlite (`databaseUrl` null) or PostgreSQL, timed per tenth of the articles. */
export async function runInProcess(config: string, corpus: string, n: number, scratch: string, databaseUrl: string | null): Promise<PipelineResult> {
  const home = path.join(scratch, `home-${config}`);
  const cpuFile = path.join(scratch, `cpu-${config}.jsonl`);
  const started = performance.now();
  const child = startCli(['run', corpus, '--json'], { NEWSFACTS_HOME: home, DATABASE_URL: databaseUrl ?? '', REDIS_URL: '' }, cpuFile);
  const meter = new WindowMeter(n, () => [child.pid!], config);
  const server = databaseUrl ? new WindowMeter(n, serverPids(databaseUrl), `${config} server`) : null;
  // Backends close with the run: keep their last readings fresh, so the last window still sees their CPU.
  let polling = Promise.resolve(0);
  const poll = server ? setInterval(() => (polling = polling.then(() => server.cpuNow())), 500) : null;
  let stdout = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  let failed = 0;
  let pending = Promise.resolve();
  const touched: number[] = [];
  const lines = createInterface({ input: child.stderr! });
  lines.on('line', (line) => {
    const match = /^\[(\d+)\/\d+\]/.exec(line);
    const facts = /, (\d+) facts touched/.exec(line);
    if (match && facts) touched[Number(match[1]) - 1] = Number(facts[1]);
    if (line.startsWith('newsfacts: ')) {
      failed += 1;
      if (failed <= 5) process.stderr.write(`  ${config}: ${line}\n`);
    }
    if (!match) return;
    const done = Number(match[1]);
    // The first article's line closes start-up (tsx, the store, the NLP lexicons): windows count from there.
    pending = pending.then(async () => {
      await (done === 1 ? meter.start(1) : meter.progress(done));
      if (server) await (done === 1 ? server.start(1) : server.progress(done, true));
    });
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  await pending;
  if (poll) clearInterval(poll);
  await polling;
  const wallSec = (performance.now() - started) / 1000;
  if (code !== 0 && code !== 1) throw new Error(`bench: newsfacts run exited with ${code}`);
  const summary = JSON.parse(stdout) as { store: { claims: number }; articles: { failed: number } };
  const [exit] = await exitRecords(cpuFile);
  const storeBytes = databaseUrl ? await databaseBytes(databaseUrl) : await directoryBytes(path.join(home, 'db'));
  // Read after the run, and not timed into its statements (NEWSFACTS_STATEMENT_STATS off for this command).
  const stories = await storySizes(
    { NEWSFACTS_HOME: home, DATABASE_URL: databaseUrl ?? '', REDIS_URL: '', NEWSFACTS_STATEMENT_STATS: '' },
    path.join(scratch, `cpu-${config}-stories.jsonl`),
  );
  return {
    config,
    articles: n,
    failed: summary.articles.failed,
    claims: summary.store.claims,
    wallSec,
    cpuSec: (exit?.cpuMs ?? 0) / 1000,
    windowCpuMsPerArticle: meter.windows(),
    serverWindowCpuMsPerArticle: server?.windows() ?? [],
    windowFactsPerArticle: Array.from({ length: WINDOWS }, (_, k) => {
      const slice = touched.slice(Math.floor((n * k) / WINDOWS), Math.floor((n * (k + 1)) / WINDOWS)).filter((x) => x !== undefined);
      return slice.length === 0 ? 0 : slice.reduce((a, b) => a + b, 0) / slice.length;
    }),
    peakRssMb: exit?.maxRssMb ?? meter.peakRssMb,
    storeBytes,
    stories,
  };
}

/**
 * The sizes of the stories a run formed, from `newsfacts stories --json` on its store: a story that
 * chains unrelated events grows with the store, and so does every reconcile of its generic facts.
 */
async function storySizes(env: Record<string, string>, cpuFile: string): Promise<PipelineResult['stories']> {
  const child = startCli(['stories', '--json', '--limit', '10000000'], env, cpuFile);
  let stdout = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.resume();
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`bench: newsfacts stories exited with ${code}`);
  const sizes = (JSON.parse(stdout) as { stories: { articles: unknown[] }[] }).stories.map((s) => s.articles.length).sort((a, b) => b - a);
  return { count: sizes.length, multi: sizes.filter((n) => n > 1).length, largest: sizes.slice(0, 5) };
}

/** K workers on all three queues, fed by `newsfacts enqueue DIR`; done when no job is left. */
export async function runWorkers(
  config: string,
  corpus: string,
  n: number,
  scratch: string,
  databaseUrl: string,
  workers: number,
  concurrency: number,
): Promise<PipelineResult> {
  const prefix = `bench-${randomUUID()}`;
  const cpuFile = path.join(scratch, `cpu-${config}.jsonl`);
  const env = { DATABASE_URL: databaseUrl, REDIS_URL, NEWSFACTS_HOME: path.join(scratch, `home-${config}`) };
  const queues = new JobQueues({ redisUrl: REDIS_URL, prefix });
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < workers; i += 1) {
      const child = startCli(['worker', '--prefix', prefix, '--concurrency', String(concurrency)], env, cpuFile);
      child.stdout!.resume();
      child.stderr!.resume();
      children.push(child);
    }
    // Workers open the store and run migrations: wait until each listens, so the clock covers the work only.
    const ingestQueue = queues.queue('ingest');
    while ((await ingestQueue.getWorkers()).length < workers) await sleep(100);
    const meter = new WindowMeter(n, () => children.map((c) => c.pid!), config);
    const server = new WindowMeter(n, serverPids(databaseUrl), `${config} server`);
    const startCpu = await meter.cpuNow();
    let windowsStarted = false;
    const started = performance.now();
    const enqueue = startCli(['enqueue', corpus, '--prefix', prefix, '--json'], env, path.join(scratch, `cpu-${config}-enqueue.jsonl`));
    enqueue.stdout!.resume();
    enqueue.stderr!.resume();
    const [enqueueCode] = (await once(enqueue, 'exit')) as [number | null];
    if (enqueueCode !== 0) throw new Error(`bench: newsfacts enqueue exited with ${enqueueCode}`);
    let failed = 0;
    for (;;) {
      const counts = await queues.counts();
      const left = Object.values(counts).reduce((sum, c) => sum + c.waiting + c.active + c.delayed, 0);
      failed = counts.ingest.failed + counts.extract.failed + counts.reconcile.failed;
      // An article is done when its reconcile job is, or when one of its jobs failed for good. Windows
      // start at the first one done: each worker loads the NLP lexicons on its first extract (start-up, not per article).
      const done = counts.reconcile.completed + failed;
      if (!windowsStarted && done > 0) {
        await meter.start(done);
        await server.start(done);
        windowsStarted = true;
      } else if (windowsStarted) {
        await meter.progress(done);
        await server.progress(done, true);
      }
      if (left === 0 && counts.ingest.completed + counts.ingest.failed >= n) break;
      await sleep(200);
    }
    const wallSec = (performance.now() - started) / 1000;
    const endCpu = await meter.cpuNow();
    const peak = meter.peakRssMb;
    await Promise.all(
      children.map(async (child) => {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }),
    );
    const exits = await exitRecords(cpuFile);
    return {
      config,
      articles: n,
      failed,
      claims: await claimCount(databaseUrl),
      wallSec,
      cpuSec: endCpu - startCpu,
      windowCpuMsPerArticle: meter.windows(),
      serverWindowCpuMsPerArticle: server.windows(),
      windowFactsPerArticle: [],
      peakRssMb: Math.max(peak, ...exits.map((e) => e.maxRssMb)),
      storeBytes: await databaseBytes(databaseUrl),
    };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await queues.obliterate().catch(() => {});
    await queues.close();
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function databaseBytes(url: string): Promise<number> {
  return withClient(url, async (c) => Number((await c.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n));
}

async function claimCount(url: string): Promise<number> {
  // A database given with --database may be empty (no schema yet: `run` migrates it): no claims.
  return withClient(url, async (c) =>
    (await c.query("SELECT to_regclass('claims') IS NULL AS empty")).rows[0].empty ? 0 : Number((await c.query('SELECT count(*)::int AS n FROM claims')).rows[0].n),
  );
}

/** A scratch PostgreSQL database for one configuration; dropped by the returned function. */
export async function scratchDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `newsfacts_bench_${label}_${process.pid}`;
  await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => c.query(`CREATE DATABASE ${name}`)));
  const parsed = new URL(ADMIN_URL);
  parsed.pathname = `/${name}`;
  return { url: parsed.toString(), drop: () => withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}) };
}

export function formatResult(r: PipelineResult): string {
  const windows = r.windowCpuMsPerArticle.map((ms) => ms.toFixed(0)).join(' ');
  const first = r.windowCpuMsPerArticle[0] ?? 0;
  const last = r.windowCpuMsPerArticle[r.windowCpuMsPerArticle.length - 1] ?? 0;
  const newClaims = r.claims - (r.claimsBefore ?? 0);
  return [
    `${r.config.padEnd(10)} ${(r.articles / r.wallSec).toFixed(1).padStart(6)} articles/s  ${(newClaims / r.wallSec).toFixed(0).padStart(5)} claims/s  ` +
      `${(r.articles / Math.max(r.cpuSec, 1e-9)).toFixed(1).padStart(5)} articles/CPU-s  peak RSS ${r.peakRssMb.toFixed(0)} MB  ` +
      `${(r.storeBytes / Math.max(1, r.claims)).toFixed(0)} store bytes/claim  (${r.claims} claims, ${r.failed} failed, ${r.wallSec.toFixed(0)} s)`,
    `           CPU ms per article by tenth: ${windows}   last/first ${(last / Math.max(first, 1e-9)).toFixed(2)}×`,
    ...(r.serverWindowCpuMsPerArticle.length > 0
      ? [`           PostgreSQL CPU ms per article by tenth: ${r.serverWindowCpuMsPerArticle.map((ms) => ms.toFixed(0)).join(' ')}`]
      : []),
    ...(r.windowFactsPerArticle.length > 0
      ? [`           facts reconciled per article by tenth: ${r.windowFactsPerArticle.map((f) => f.toFixed(1)).join(' ')}`]
      : []),
    ...(r.stories ? [`           stories ${r.stories.count}; of two articles or more ${r.stories.multi}; largest ${r.stories.largest.join(', ')}`] : []),
  ].join('\n');
}

async function main(): Promise<void> {
  const values = benchArgs(
    `npm run bench:pipeline -- [--n 1000] [--configs pglite,postgres,bullmq1,bullmq2] [--concurrency 4] [--keep]
                           [--database URL --skip K]
The whole pipeline on N generated articles, per configuration: articles/s, claims/s, CPU per article per 10%
window, peak RSS, store bytes per claim. --keep leaves the scratch PostgreSQL stores and prints their URLs, and
moves the PGlite store's home out of the scratch folder and prints it. --database writes the postgres
configurations into an existing store (never dropped) and --skip K starts at the generator's article K: with a
copy of a kept run's database of K articles, the cost of the next N on a grown store.`,
    {
    options: {
      n: { type: 'string', default: '1000' },
      configs: { type: 'string', default: 'pglite,postgres,bullmq1,bullmq2' },
      concurrency: { type: 'string', default: '4' },
      keep: { type: 'boolean', default: false },
      database: { type: 'string' },
      skip: { type: 'string', default: '0' },
    },
    },
  );
  const n = Number(values.n);
  if (!Number.isInteger(n) || n < 10) throw new Error(`bench: --n expects a whole number of at least 10, got ${values.n}`);
  const skip = Number(values.skip);
  if (!Number.isInteger(skip) || skip < 0) throw new Error(`bench: --skip expects a whole number, got ${values.skip}`);
  const configs = values.configs.split(',').map((c) => c.trim());
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-bench-pipeline-'));
  try {
    const corpus = path.join(scratch, 'articles');
    await writeCorpus(corpus, n, skip);
    console.log(`bench:pipeline  ${n} generated articles${skip > 0 ? ` from the ${skip}th` : ''}; CPU is the newsfacts processes' (not PostgreSQL's or Redis's)`);
    for (const config of configs) {
      let result: PipelineResult;
      if (config === 'pglite') {
        result = await runInProcess(config, corpus, n, scratch, null);
        if (values.keep) {
          // The embedded store is a folder: moved out of the scratch folder before it is removed.
          const kept = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-bench-pglite-'));
          await rename(path.join(scratch, `home-${config}`), path.join(kept, 'home'));
          console.log(`${config}: kept the store at NEWSFACTS_HOME=${path.join(kept, 'home')}`);
        }
      } else {
        const workers = /^bullmq(\d+)$/.exec(config);
        if (config !== 'postgres' && !workers) throw new Error(`bench: unknown configuration ${config} (pglite, postgres, bullmqK)`);
        const db = values.database ? { url: values.database, drop: async () => {} } : await scratchDatabase(config);
        try {
          const claimsBefore = values.database ? await claimCount(db.url) : 0;
          result = workers
            ? await runWorkers(config, corpus, n, scratch, db.url, Number(workers[1]), Number(values.concurrency))
            : await runInProcess(config, corpus, n, scratch, db.url);
          result.claimsBefore = claimsBefore;
        } finally {
          if (values.keep) console.log(`${config}: kept the store at ${db.url}`);
          else await db.drop();
        }
      }
      console.log(formatResult(result));
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();

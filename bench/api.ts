/**
 * `npm run bench:api`: requests/s and latency of the facts query (`GET /api/facts`)
 * through the real HTTP API, in four settings: {the seeds, N synthetic facts} ×
 * {PGlite, PostgreSQL}.
 *
 * Each setting gets a fresh store (a temporary PGlite folder, or a scratch
 * PostgreSQL database created and dropped by the bench), loads its data, runs
 * ANALYZE (as autovacuum would after a bulk load), then serves `buildApi` from
 * this process on 127.0.0.1 with the rate limit off. autocannon drives it from
 * a worker thread, so the load generator does not share the server's event loop
 * (the database still shares the machine: PGlite runs inside the server's thread).
 *
 * Queries, each for `--duration` seconds over `--connections` connections:
 *   - first page:   `/api/facts` (attention sort: contested first; 50 a page); each row also gives the bytes of one answer
 *   - filtered:     `/api/facts?subject=<word>` (a word in ~2% of synthetic subjects)
 *   - rare filter:  `/api/facts?subject=<the whole subject of the first page's last fact>` (a handful of
 *                   facts: what the trigram indexes of 0008 find without reading every fact)
 *   - second page:  `/api/facts?cursor=<nextCursor of the first page>`
 *
 * Synthetic facts go in through `FactStore.importClaims` (the `newsfacts import`
 * path, reconciliation included) in batches (`bench/api-data.ts`): one source per
 * fact, and a second, disagreeing source for one fact in 20, so 5% are contested.
 * The load time is printed.
 *
 * Environment: NEWSFACTS_BENCH_DATABASE_URL or NEWSFACTS_TEST_DATABASE_URL, a
 * PostgreSQL where scratch databases may be created (`npm run services` starts
 * one on 127.0.0.1:54329); with neither the PostgreSQL rows are skipped.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import { pino } from 'pino';
import { z } from 'zod';
import { inProcessIngestion } from '../api/ingestion.js';
import { buildApi } from '../api/server.js';
import { loadConfig } from '../config.js';
import { FactStore, openDatabase, redactDatabaseUrl, type Database } from '../store/index.js';
import { loadSeeds, loadSynthetic } from './api-data.js';
import { benchArgs } from './cli.js';


const USAGE = `npm run bench:api -- [options]

Requests/s and p50/p99 latency of GET /api/facts (first page, a subject filter,
the second page by cursor) with the seeds and with synthetic facts loaded, on
PGlite and on PostgreSQL.

Options:
  --duration <s>      seconds per query (default 10)
  --connections <n>   concurrent HTTP connections (default 10)
  --facts <n>         synthetic facts to load (default 100000)
  --only <backend>    pglite or postgres
  --existing          measure the store DATABASE_URL or NEWSFACTS_HOME names (e.g. one
                      \`newsfacts import\` or \`run\` built) instead of scratch stores
  --json              print the results as one JSON document instead of a table
  --help              this text

Environment:
  NEWSFACTS_BENCH_DATABASE_URL, else NEWSFACTS_TEST_DATABASE_URL: a PostgreSQL
  where scratch databases (newsfacts_bench_<pid>_*) may be created and dropped;
  with neither set the PostgreSQL rows are skipped.`;

const BenchOptions = z.strictObject({
  durationSecs: z.coerce.number().positive().default(10),
  connections: z.coerce.number().int().positive().default(10),
  facts: z.coerce.number().int().positive().default(100_000),
  only: z.enum(['pglite', 'postgres']).optional(),
  existing: z.boolean().default(false),
  json: z.boolean().default(false),
});
type BenchOptions = z.infer<typeof BenchOptions>;

type Backend = 'pglite' | 'postgres';
type DataSet = 'seeds' | 'synthetic' | 'existing';

interface Loaded {
  facts: number;
  contested: number;
  loadSecs: number;
}

interface Measured {
  backend: Backend;
  data: DataSet;
  facts: number;
  contested: number;
  loadSecs: number;
  query: string;
  path: string;
  /** Bytes of one response's body. */
  bytes: number;
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

/** A fresh store of one backend, and how to throw it away. */
interface ScratchStore {
  db: Database;
  store: FactStore;
  dispose(): Promise<void>;
}

function progress(line: string): void {
  process.stderr.write(`bench:api: ${line}\n`);
}

async function main(): Promise<void> {
  const values = benchArgs(USAGE, {
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      facts: { type: 'string' },
      only: { type: 'string' },
      existing: { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const parsed = BenchOptions.safeParse({
    durationSecs: values.duration,
    connections: values.connections,
    facts: values.facts,
    only: values.only,
    existing: values.existing,
    json: values.json,
  });
  if (!parsed.success) throw new Error(`bad option: ${parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; ')}`);
  const options = parsed.data;

  if (options.existing) {
    // A store built beforehand (no load, no ANALYZE: as it is served).
    const db = await openDatabase(loadConfig(process.env));
    try {
      const store = new FactStore(db);
      const counts = await factCounts(store);
      const rows: Measured[] = [];
      for (const m of await measure({ db, store, dispose: async () => {} }, options, 'existing')) rows.push({ backend: db.kind, data: 'existing', ...counts, loadSecs: 0, ...m });
      if (options.json) process.stdout.write(`${JSON.stringify({ options, cpus: os.availableParallelism(), loadAverage: os.loadavg(), rows }, null, 2)}\n`);
      else printTable(rows, options);
      console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    } finally {
      await db.close();
    }
    return;
  }

  const pgUrl = process.env.NEWSFACTS_BENCH_DATABASE_URL || process.env.NEWSFACTS_TEST_DATABASE_URL || undefined;
  const backends: Backend[] = [];
  const skipped: string[] = [];
  if (options.only !== 'postgres') backends.push('pglite');
  if (options.only !== 'pglite') {
    if (pgUrl) backends.push('postgres');
    else {
      const why = 'PostgreSQL rows skipped: neither NEWSFACTS_BENCH_DATABASE_URL nor NEWSFACTS_TEST_DATABASE_URL is set (`npm run services` starts one on 127.0.0.1:54329)';
      if (options.only === 'postgres') throw new Error(why);
      skipped.push(why);
      progress(why);
    }
  }

  const rows: Measured[] = [];
  for (const backend of backends) {
    for (const data of ['seeds', 'synthetic'] as const) {
      const label = `${backend} ${data === 'seeds' ? 'seeds' : `${options.facts} facts`}`;
      const scratch = backend === 'pglite' ? await scratchPglite() : await scratchPostgres(pgUrl!, data);
      try {
        progress(`${label}: loading`);
        const loaded = await load(scratch, data, options.facts, label);
        progress(`${label}: ${loaded.facts} facts (${loaded.contested} contested) loaded in ${loaded.loadSecs.toFixed(1)} s`);
        for (const m of await measure(scratch, options, label)) rows.push({ backend, data, ...loaded, ...m });
      } finally {
        await scratch.dispose();
      }
    }
  }

  if (options.json) {
    process.stdout.write(`${JSON.stringify({ options, cpus: os.availableParallelism(), rows, skipped }, null, 2)}\n`);
  } else {
    printTable(rows, options);
    for (const line of skipped) console.log(line);
  }
}

async function scratchPglite(): Promise<ScratchStore> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-bench-api-'));
  // On disk like `newsfacts serve` uses it, not in memory.
  const db = await openDatabase(loadConfig({ NEWSFACTS_HOME: home }));
  return {
    db,
    store: new FactStore(db),
    async dispose() {
      await db.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

async function scratchPostgres(adminUrl: string, data: DataSet): Promise<ScratchStore> {
  const database = `newsfacts_bench_${process.pid}_${data}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } catch (error) {
    await admin.end();
    throw new Error(`bench:api: cannot create database ${database} on ${redactDatabaseUrl(adminUrl)}`, { cause: error });
  }
  const dispose = async () => {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
  try {
    const db = await openDatabase(loadConfig({ DATABASE_URL: withDatabase(adminUrl, database) }));
    return {
      db,
      store: new FactStore(db),
      async dispose() {
        await db.close();
        await dispose();
      },
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Loads one data set and times it; ANALYZE afterwards, as autovacuum would after a bulk load. */
async function load({ db, store }: ScratchStore, data: DataSet, facts: number, label: string): Promise<Loaded> {
  const started = performance.now();
  if (data === 'seeds') await loadSeeds(store);
  else await loadSynthetic(store, facts, (done) => progress(`${label}: ${done} facts in ${((performance.now() - started) / 1000).toFixed(0)} s`));
  const loadSecs = (performance.now() - started) / 1000;
  await db.exec('ANALYZE');
  return { ...(await factCounts(store)), loadSecs };
}

async function factCounts(store: FactStore): Promise<Omit<Loaded, 'loadSecs'>> {
  const counts = await store.counts();
  return { facts: counts.facts, contested: counts.contested };
}

const FactPageBody = z.object({
  items: z.array(z.object({ fact: z.object({ subject: z.string() }) })),
  nextCursor: z.string().nullable(),
});

/** Serves the store, works out the three paths from the data, then runs autocannon on each. */
async function measure(scratch: ScratchStore, options: BenchOptions, label: string): Promise<Omit<Measured, keyof Loaded | 'backend' | 'data'>[]> {
  const app = await buildApi(
    {
      store: scratch.store,
      ingestion: inProcessIngestion({ store: scratch.store, sources: [], logger: pino({ level: 'silent' }), now: () => new Date() }, () => []),
      queues: null,
    },
    { rateLimitPerMinute: 0 },
  );
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('bench:api: the server has no TCP address');
    const base = `http://127.0.0.1:${address.port}`;
    const bytes = new Map<string, number>();
    const get = async (url: string) => {
      const response = await fetch(`${base}${url}`);
      const text = await response.text();
      if (response.status !== 200) throw new Error(`bench:api: GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
      bytes.set(url, Buffer.byteLength(text));
      return FactPageBody.parse(JSON.parse(text));
    };

    const first = await get('/api/facts');
    const word = subjectWord(first.items.map((item) => item.fact.subject));
    const paths: { query: string; path: string }[] = [{ query: 'first page', path: '/api/facts' }];
    if (word) paths.push({ query: `subject=${word}`, path: `/api/facts?subject=${encodeURIComponent(word)}` });
    const rare = first.items.at(-1)?.fact.subject.toLowerCase();
    if (rare) paths.push({ query: 'subject=<rare>', path: `/api/facts?subject=${encodeURIComponent(rare)}` });
    if (first.nextCursor) paths.push({ query: 'second page', path: `/api/facts?cursor=${encodeURIComponent(first.nextCursor)}` });
    else progress(`${label}: one page only, no second-page row`);

    const results: Omit<Measured, keyof Loaded | 'backend' | 'data'>[] = [];
    for (const { query, path: url } of paths) {
      // Every path must answer 200 with items before it is timed; a few calls also warm the JIT and the caches.
      for (let i = 0; i < 5; i++) await get(url);
      progress(`${label}: ${query} for ${options.durationSecs} s over ${options.connections} connections`);
      const result = await autocannon({
        url: `${base}${url}`,
        connections: options.connections,
        duration: options.durationSecs,
        workers: 1,
      });
      const m = {
        query,
        path: url,
        bytes: bytes.get(url) ?? 0,
        requestsPerSec: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        non2xx: result.non2xx,
        errors: result.errors,
      };
      progress(`${label}: ${query}: ${m.requestsPerSec.toFixed(0)} req/s, p99 ${m.p99Ms} ms${m.non2xx + m.errors > 0 ? `, ${m.non2xx} non-2xx, ${m.errors} errors` : ''}`);
      results.push(m);
    }
    return results;
  } finally {
    await app.close();
  }
}

/** A word of the first page's subjects to filter by: the commonest one of 4+ letters, so the filter matches several facts. */
function subjectWord(subjects: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const subject of subjects) {
    for (const word of new Set(subject.toLowerCase().match(/[a-z]{4,}/g) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function printTable(rows: readonly Measured[], options: BenchOptions): void {
  console.log(
    `\nbench:api  GET /api/facts, ${options.durationSecs} s × ${options.connections} connections per query, 50 facts a page; ${os.availableParallelism()} CPUs (server, database and autocannon share them)`,
  );
  const header = ['backend', 'data', 'facts', 'contested', 'load s', 'query', 'KB', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx'];
  const body = rows.map((r) => [
    r.backend,
    r.data,
    String(r.facts),
    String(r.contested),
    r.loadSecs.toFixed(1),
    r.query,
    (r.bytes / 1000).toFixed(1),
    r.requestsPerSec.toFixed(0),
    String(r.p50Ms),
    String(r.p99Ms),
    String(r.non2xx + r.errors),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const numeric = new Set([2, 3, 4, 6, 7, 8, 9, 10]);
  const line = (cells: readonly string[]) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(line(header));
  for (const cells of body) console.log(line(cells));
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench:api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}

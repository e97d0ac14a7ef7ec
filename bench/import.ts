/**
 * `npm run bench:import`: the store's path on the Flight development half, as users and outside scorers see
 * it. `newsfacts import claims.csv.gz --fuse-by '^[^/]+' --json` into a throwaway store (PGlite in a temporary
 * home, or a scratch PostgreSQL database), then `newsfacts facts --json` scored against the gold per day
 * (±10 min and strict, `flight.ts`), beside what `discoverTruth` alone chooses in memory (`ours` of
 * `bench:truth`) and how many items the two differ on.
 *
 * Prints wall and CPU time (the `newsfacts` process's user + system; on PostgreSQL also the server backends'
 * CPU for the scratch database, read from `/proc`: the `.ci/services` server runs on this machine), peak RSS,
 * the load average before and after (the machine is shared: wall time says as much about the neighbours), and
 * the import's own phases (`phases` of its `--json` summary).
 *
 * Options: `--db pglite|postgres` (default pglite), `--days 2011-12-01,2011-12-02` (only those days' rows,
 * for a quick run), `--database NAME` (the scratch database's name; dropped afterwards), `--no-compare` (skip
 * the in-memory `discoverTruth`), `--statement-stats LOG` (PostgreSQL: the server's CPU per statement, from
 * `log_statement_stats` and `log_min_duration_statement` set on the scratch database only, read back from the
 * server's log file LOG, e.g. `/tmp/newsfacts-services/pg.log`; parameters are not logged). Env:
 * BENCH_FLIGHT_DIR, BENCH_DATABASE_URL (the admin URL, default the CI PostgreSQL).
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { FactExport } from '../model/index.js';
import { discoverTruth } from '../reconcile/truth.js';
import { valueKey } from '../reconcile/value-key.js';
import { loadFlight, scoreDay, type FlightDay } from './flight.js';
import { benchArgs } from './cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
export const FLIGHT_DIR = path.resolve(ROOT, process.env.BENCH_FLIGHT_DIR ?? '../shared/data/truth-flight-dev');

/** CPU seconds (user + system) of a live process, from /proc; null once it is gone. */
async function processCpu(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Samples the CPU of the server backends of one database every second; a closed backend keeps its last reading. */
function serverCpuMeter(database: string): { stop: () => Promise<number>; pids: Set<string> } {
  const last = new Map<number, number>();
  const client = new pg.Client({ connectionString: ADMIN_URL });
  let running = true;
  const meter = {
    pids: new Set<string>(),
    stop: async () => {
      running = false;
      await loop;
      return [...last.values()].reduce((s, x) => s + x, 0);
    },
  };
  const loop = (async () => {
    await client.connect();
    while (running) {
      const rows = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
      for (const { pid } of rows.rows) {
        const cpu = await processCpu(Number(pid));
        if (cpu !== null) last.set(Number(pid), cpu);
        meter.pids.add(String(pid));
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await client.end();
  })();
  return meter;
}

export interface CliRun {
  stdout: string;
  seconds: number;
  peakMb: number;
  cpuSeconds: number;
}

/** Runs the CLI (niced) in a child under /usr/bin/time: its stdout, wall time, CPU time and peak RSS. */
export async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  const started = performance.now();
  const child = spawn('nice', ['-n', '10', '/usr/bin/time', '-f', 'PEAK_RSS_KB=%M CPU_S=%U+%S', process.execPath, path.join(ROOT, 'bin/newsfacts.js'), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  let err = '';
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`newsfacts ${args.join(' ')} failed (${code}): ${err.trim().split('\n').slice(-3).join(' / ')}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(err);
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(err);
  return {
    stdout: Buffer.concat(out).toString(),
    seconds: (performance.now() - started) / 1000,
    peakMb: peak ? Number(peak[1]) / 1024 : NaN,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
  };
}

/**
 * A folder holding only some days' rows (`claims.csv.gz`) and gold (`gold.csv`), the layout `loadFlight` reads.
 */
async function subset(dir: string, days: readonly string[], into: string): Promise<void> {
  const inDays = (line: string) => days.some((d) => line.includes(`,${d}/`) || line.startsWith(`${d}/`));
  let first = true;
  let rest = '';
  await pipeline(
    createReadStream(path.join(dir, 'claims.csv.gz')),
    createGunzip(),
    async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop()!;
        const kept = lines.filter((line) => (first ? !(first = false) : false) || inDays(line));
        if (kept.length > 0) yield `${kept.join('\n')}\n`;
      }
      if (rest !== '' && inDays(rest)) yield `${rest}\n`;
    },
    createGzip(),
    createWriteStream(path.join(into, 'claims.csv.gz')),
  );
  const gold = readFileSync(path.join(dir, 'gold.csv'), 'utf8').split('\n');
  writeFileSync(path.join(into, 'gold.csv'), `${[gold[0], ...gold.slice(1).filter(inDays)].join('\n')}\n`);
}

export interface StoreScore {
  perDay: { day: string; covered: number; tolerant: number; strict: number }[];
  tolerant: number;
  strict: number;
  chosen: Map<string, string>;
}

/** The store's exported facts (`facts --json` lines) scored per day, as an outside scorer reads them. */
export function scoreExport(stdout: string, days: readonly FlightDay[]): StoreScore {
  const chosen = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    if (line.trim() === '') continue;
    const f = FactExport.parse(JSON.parse(line));
    if (f.value !== null) chosen.set(`${f.subject}|${f.predicate}`, valueKey(f.value));
  }
  const perDay = days.map((day) => ({ day: day.day, ...scoreDay(day, chosen) }));
  const mean = (f: (s: (typeof perDay)[number]) => number) => perDay.reduce((t, s) => t + f(s), 0) / Math.max(1, perDay.length);
  return { perDay, tolerant: mean((s) => s.tolerant), strict: mean((s) => s.strict), chosen };
}

export interface ImportRun {
  db: 'pglite' | 'postgres';
  summary: { rows: number; groups: number | null; versionsWritten: number; loadSeconds: number; phases?: { phase: string; wallSeconds: number; cpuSeconds: number }[] };
  run: CliRun;
  serverCpuSeconds: number | null;
  loadBefore: number[];
  loadAfter: number[];
  score: StoreScore;
}

/** Imports `file` into a throwaway store and scores its export against `days`. */
export async function importAndScore(
  file: string,
  days: readonly FlightDay[],
  options: { db: 'pglite' | 'postgres'; database?: string; statementStats?: string },
): Promise<ImportRun & { statements: StatementCost[] }> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bench-import-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSFACTS_HOME: home, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const database = options.database ?? `newsfacts_bench_import_${process.pid}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: ADMIN_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  if (options.db === 'postgres') {
    if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`--database ${database}: a plain lower-case name`);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${database}`);
    if (options.statementStats) {
      for (const setting of ['log_statement_stats = on', 'log_min_duration_statement = 0', 'log_parameter_max_length = 0']) await admin(`ALTER DATABASE ${database} SET ${setting}`);
    }
    const url = new URL(ADMIN_URL);
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
  }
  try {
    const logFrom = options.statementStats ? (await stat(options.statementStats)).size : 0;
    const loadBefore = os.loadavg();
    const meter = options.db === 'postgres' ? serverCpuMeter(database) : null;
    const run = await cli(['import', file, '--fuse-by', '^[^/]+', '--json'], env);
    const serverCpuSeconds = meter ? await meter.stop() : null;
    const statements = options.statementStats && meter ? await statementCosts(options.statementStats, logFrom, meter.pids) : [];
    const loadAfter = os.loadavg();
    const summary = JSON.parse(run.stdout) as ImportRun['summary'];
    // Printed before the export, which can take long on a big store.
    console.error(`import done: ${JSON.stringify({ wallSeconds: run.seconds, cpuSeconds: run.cpuSeconds, serverCpuSeconds, peakMb: run.peakMb, loadBefore, loadAfter, phases: summary.phases })}`);
    const exported = await cli(['facts', '--json'], env);
    return { db: options.db, summary, run, serverCpuSeconds, loadBefore, loadAfter, score: scoreExport(exported.stdout, days), statements };
  } finally {
    rmSync(home, { recursive: true, force: true });
    if (options.db === 'postgres') await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

export interface StatementCost {
  name: string;
  calls: number;
  cpuSeconds: number;
  elapsedSeconds: number;
}

/**
 * Server CPU per statement from the server's log (from byte `from`): each backend logs a statement's
 * duration line (`execute <unnamed>: -- name: …`) and then its usage (`! 0.1 s user, 0.0 s system, 0.2 s
 * elapsed`); lines of one backend are matched by the pid in the prefix, and only the scratch database's backends
 * (as the CPU meter saw them) count. Statements are named by the
 * `-- name:` header of their `.sql` file, else their first words.
 */
async function statementCosts(log: string, from: number, pids: ReadonlySet<string>): Promise<StatementCost[]> {
  const text = (await readFile(log)).subarray(from).toString();
  const lastStatement = new Map<string, string>();
  const costs = new Map<string, StatementCost>();
  let usagePid: string | null = null;
  for (const line of text.split('\n')) {
    const head = /^\S+ \S+ UTC \[(\d+)\] (?:LOG|DETAIL):\s+(.*)$/.exec(line);
    if (head) {
      const [, pid, rest] = head as unknown as [string, string, string];
      // Only the scratch database's backends (others may log too).
      if (!pids.has(pid)) continue;
      const duration = /^duration: [\d.]+ ms\s+(?:statement|execute [^:]*): (.*)$/.exec(rest);
      if (duration) {
        const sql = duration[1]!.trim();
        lastStatement.set(pid, /^--\s*([\w-]+):/.exec(sql)?.[1] ?? sql.split(/\s+/).slice(0, 4).join(' '));
      }
      usagePid = /STATISTICS$/.test(rest) || /system usage stats/.test(rest) ? pid : usagePid;
      continue;
    }
    const usage = /!\s+([\d.]+) s user, ([\d.]+) s system, ([\d.]+) s elapsed/.exec(line);
    if (usage && usagePid !== null) {
      const name = lastStatement.get(usagePid) ?? '(unknown)';
      const c = costs.get(name) ?? { name, calls: 0, cpuSeconds: 0, elapsedSeconds: 0 };
      c.calls++;
      c.cpuSeconds += Number(usage[1]) + Number(usage[2]);
      c.elapsedSeconds += Number(usage[3]);
      costs.set(name, c);
      lastStatement.delete(usagePid);
      usagePid = null;
    }
  }
  return [...costs.values()].sort((a, b) => b.cpuSeconds - a.cpuSeconds);
}

export function printImportRun(r: ImportRun & { statements?: StatementCost[] }, ours: Map<string, string> | null): void {
  const s = r.summary;
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  console.log(`\nImport into ${r.db} (newsfacts import --fuse-by '^[^/]+'): ${s.rows} rows, ${s.groups} groups, ${s.versionsWritten} versions`);
  console.log(
    `  ${r.run.seconds.toFixed(1)} s wall (${s.loadSeconds} s loading), ${Math.round(s.rows / r.run.seconds)} rows/s; ` +
      `CPU ${r.run.cpuSeconds.toFixed(1)} s (${Math.round(s.rows / r.run.cpuSeconds)} rows per CPU-second)` +
      (r.serverCpuSeconds === null ? '' : ` + PostgreSQL backends ${r.serverCpuSeconds.toFixed(1)} s`) +
      `; peak RSS ${Math.round(r.run.peakMb)} MB (targets: < 300 s, < 1024 MB)`,
  );
  console.log(`  load average (1/5/15 min) before ${load(r.loadBefore)}, after ${load(r.loadAfter)} on ${os.cpus().length} cores`);
  if (s.phases) console.log(`  phases (wall / client CPU s): ${s.phases.map((p) => `${p.phase} ${p.wallSeconds.toFixed(1)}/${p.cpuSeconds.toFixed(1)}`).join(', ')}`);
  if (r.statements && r.statements.length > 0) {
    console.log('  PostgreSQL CPU by statement (s, calls, elapsed s):');
    for (const st of r.statements.slice(0, 15)) console.log(`    ${st.cpuSeconds.toFixed(1).padStart(7)}  ${String(st.calls).padStart(6)}  ${st.elapsedSeconds.toFixed(1).padStart(7)}  ${st.name}`);
  }
  console.log('  day          items  store ±10/strict');
  for (const d of r.score.perDay) console.log(`  ${d.day}  ${String(d.covered).padStart(5)}  ${d.tolerant.toFixed(3)}/${d.strict.toFixed(3)}`);
  console.log(`  mean                ${r.score.tolerant.toFixed(3)}/${r.score.strict.toFixed(3)}   (the store's exported facts, what an outside scorer reads)`);
  if (ours) {
    let differ = 0;
    let compared = 0;
    for (const [item, key] of ours) {
      const stored = r.score.chosen.get(item);
      if (stored === undefined) continue;
      compared++;
      if (stored !== key) differ++;
    }
    console.log(`  the store holds discoverTruth's value on ${compared - differ} of ${compared} items (${differ} differ)`);
  }
}

/** `discoverTruth` over all days at once (`ours` of bench:truth): item → chosen value key, and its per-day score. */
export function oursInMemory(all: Parameters<typeof discoverTruth>[0], days: readonly FlightDay[]): { chosen: Map<string, string>; tolerant: number; strict: number } {
  const result = discoverTruth(all);
  const chosen = new Map([...result.chosen].map(([item, c]) => [item, c.key]));
  const scores = days.map((day) => scoreDay(day, chosen));
  return {
    chosen,
    tolerant: scores.reduce((t, s) => t + s.tolerant, 0) / scores.length,
    strict: scores.reduce((t, s) => t + s.strict, 0) / scores.length,
  };
}

async function main(): Promise<void> {
  const values = benchArgs(
    `npm run bench:import -- [--db pglite|postgres] [--days D1,D2] [--database URL] [--no-compare] [--statement-stats FILE]
newsfacts import of the Flight development half into a throwaway store, then facts --json scored per day.`,
    {
    options: {
      db: { type: 'string', default: 'pglite' },
      days: { type: 'string' },
      database: { type: 'string' },
      'no-compare': { type: 'boolean', default: false },
      'statement-stats': { type: 'string' },
    },
    },
  );
  if (values.db !== 'pglite' && values.db !== 'postgres') throw new Error(`--db ${values.db}: pglite or postgres`);
  if (!existsSync(path.join(FLIGHT_DIR, 'claims.csv.gz'))) throw new Error(`${FLIGHT_DIR}/claims.csv.gz not found (BENCH_FLIGHT_DIR)`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsfacts-bench-rows-'));
  try {
    const wanted = values.days?.split(',').map((d) => d.trim()).filter((d) => d !== '') ?? null;
    if (wanted) await subset(FLIGHT_DIR, wanted, tmp);
    const dir = wanted ? tmp : FLIGHT_DIR;
    const { days, all } = await loadFlight(dir);
    const ours = values['no-compare'] ? null : oursInMemory(all, days);
    if (ours) console.log(`discoverTruth in memory (ours): mean ${ours.tolerant.toFixed(3)}/${ours.strict.toFixed(3)} over ${days.length} days`);
    const r = await importAndScore(path.join(dir, 'claims.csv.gz'), days, {
      db: values.db,
      ...(values.database ? { database: values.database } : {}),
      ...(values['statement-stats'] ? { statementStats: values['statement-stats'] } : {}),
    });
    printImportRun(r, ours?.chosen ?? null);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();

/**
 * `npm run bench:start`: what a short command pays before it does any work.
 *
 * 1. CPU time (user + system, every thread) and peak RSS of whole `newsfacts`
 *    processes, each spawned BENCH_REPEAT times (default 3; min and median
 *    printed): `--help`, `--version`, `extract` of one seed (no store), and
 *    `facts --json` / `claims --json` on an existing embedded store (made first with
 *    `run seeds`, whose cost on a new store is printed too).
 * 2. Where opening the embedded store goes, phase by phase, each in a fresh
 *    process: importing PGlite, starting it on the existing folder with the
 *    library's defaults and with the store's settings (pglite-database.ts),
 *    the migration check, the first read; and a new store (initdb and every
 *    migration), then one loaded from the cached fresh cluster instead of initdb
 *    (`Config.cacheDir`; the bench uses a cache folder of its own, empty at first).
 *
 * Times are CPU, not wall: the machine is shared, and CPU is what a command
 * costs whoever else is running.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchArgs } from './cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'newsfacts.js');
const PRELOAD = pathToFileURL(path.join(ROOT, 'bench', 'cpu-at-exit.mjs')).href;
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const SEED = path.join(ROOT, 'seeds', '004_a7bae4003d2e5768.txt');

interface Sample {
  cpuMs: number;
  maxRssMb: number;
}

async function main(): Promise<void> {
  const phase = process.argv[2] === '--phase' ? process.argv[3] : undefined;
  if (phase) return phaseChild(phase, process.argv[4]!, process.argv[5]!);
  benchArgs(
    `npm run bench:start  (BENCH_REPEAT=3)

CPU and peak RSS of short newsfacts commands (--help, --version, extract, facts --json and claims --json on an
existing embedded store, run seeds on a new one), then where opening the embedded store goes, phase by phase.
Takes no options; BENCH_REPEAT sets how many times each command runs (min and median printed).`,
    { options: {} },
  );

  const home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-bench-start-'));
  try {
    console.log(`bench:start  CPU s (user+sys, all threads) and peak RSS per process; min / median of ${REPEAT}\n`);
    const seeded = await cli(['run', 'seeds', '--quiet'], home);
    row('run seeds (new store, 5 articles)', [seeded]);
    const again = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-bench-start-'));
    try {
      row('run seeds (new store, cluster cached)', [await cli(['run', 'seeds', '--quiet'], again, cacheOf(home))]);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
    for (const args of [['--help'], ['--version'], ['extract', SEED, '--json'], ['facts', '--json'], ['claims', '--json']]) {
      const samples: Sample[] = [];
      for (let i = 0; i < REPEAT; i += 1) samples.push(await cli(args, home));
      row(args.map((a) => (a === SEED ? 'seeds/004…' : a)).join(' '), samples);
    }

    console.log('\nopening the embedded store, phase by phase (cumulative CPU s in one fresh process each)');
    const dataDir = path.join(home, 'db');
    for (const which of ['library-defaults', 'store', 'new-store', 'new-store-cached']) {
      const runs: Record<string, number>[] = [];
      for (let i = 0; i < REPEAT; i += 1) runs.push(await phases(which, which.startsWith('new-store') ? path.join(home, `${which}-${i}`) : dataDir, cacheOf(home)));
      const labels = Object.keys(runs[0]!);
      console.log(`  ${which}: ${labels.map((l) => `${l} ${median(runs.map((r) => r[l]!)).toFixed(2)}`).join(' → ')}`);
    }
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** The bench's own fresh-cluster cache, so its first new store runs initdb whatever the user's cache holds. */
const cacheOf = (home: string) => path.join(home, 'cache');

/** Spawns `newsfacts args` on the store in `home` and returns its CPU and peak RSS. */
async function cli(args: string[], home: string, cacheDir = cacheOf(home)): Promise<Sample> {
  const file = path.join(home, `cpu-${process.hrtime.bigint()}.jsonl`);
  const child = spawn(process.execPath, ['--import', PRELOAD, CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, NEWSFACTS_HOME: home, NEWSFACTS_CACHE_DIR: cacheDir, DATABASE_URL: '', REDIS_URL: '', BENCH_CPU_FILE: file },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`bench: newsfacts ${args.join(' ')} exited with ${code}`);
  return JSON.parse((await readFile(file, 'utf8')).trim()) as Sample;
}

/** Runs this file as `--phase which dataDir cacheDir` through tsx and returns its phase timings. */
async function phases(which: string, dataDir: string, cacheDir: string): Promise<Record<string, number>> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', which, dataDir, cacheDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`bench: phase ${which} exited with ${code}`);
  return JSON.parse(out) as Record<string, number>;
}

/** In the child: cumulative CPU seconds of this process at each phase boundary, printed as JSON. */
async function phaseChild(which: string, dataDir: string, cacheDir: string): Promise<void> {
  const marks: Record<string, number> = {};
  const mark = (label: string) => {
    const { user, system } = process.cpuUsage();
    marks[label] = (user + system) / 1e6;
  };
  mark('node+tsx');
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  mark('import');
  if (which === 'library-defaults') {
    const pg = await PGlite.create({ dataDir, extensions: { pg_trgm } });
    mark('start (128MB pool)');
    await pg.query('SELECT count(*) FROM facts');
    mark('first read');
    await pg.close();
  } else {
    const { PgliteDatabase } = await import('../store/pglite-database.js');
    const { runMigrations } = await import('../store/migrator.js');
    const { FactStore } = await import('../store/fact-store.js');
    mark('import store');
    const db = await PgliteDatabase.open({ dataDir, cacheDir: which === 'new-store-cached' ? cacheDir : null });
    mark(which === 'new-store' ? 'initdb' : which === 'new-store-cached' ? 'cached cluster' : 'start');
    await runMigrations(db);
    mark('migrations');
    await new FactStore(db).listFacts({});
    mark('first read');
    await db.close();
  }
  mark('close');
  process.stdout.write(JSON.stringify(marks));
}

function row(label: string, samples: Sample[]): void {
  const cpu = samples.map((s) => s.cpuMs / 1000);
  const rss = samples.map((s) => s.maxRssMb);
  console.log(
    `${label.padEnd(36)} cpu ${Math.min(...cpu).toFixed(2)} / ${median(cpu).toFixed(2)} s   rss ${Math.min(...rss).toFixed(0)} / ${median(rss).toFixed(0)} MB`,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await main();

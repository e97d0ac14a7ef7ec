/**
 * `npm run bench:fact-reads`: reading facts out of a large store (issue 13).
 *
 * 1. `newsfacts facts --json` over an existing store (NEWSFACTS_HOME or DATABASE_URL; skipped when neither is
 *    set): wall, CPU (user + system of the `newsfacts` process, every thread; the PostgreSQL server's is not
 *    counted) and peak RSS, lines and bytes written. BENCH_REPEAT runs (default 1).
 * 2. A hot fact's history, in memory (PGlite): one fact fed `--loads` imports of `--rows` rows each (default
 *    200 × 5), each import a new version, so its history lists every claim of every version: the bytes and time of
 *    `fact --history --json`'s first page (first call, and CPU of five warm calls), and of reading every page (what
 *    the history cost whole before it was paged), of its current version (`getFact`, CPU of five warm calls) and of
 *    every version without its claims (`factAt`, which reads them all: each one's candidates are a replay of the
 *    versions before it, from the latest snapshot on since 0038). `--rows 1 --loads 600` gives a fact of 600
 *    versions whose every page stays small enough to read whole; `--values N` spreads the rows over N values (a fact
 *    with N candidates, of which a version changes one or two).
 *
 * Figures go in bench/README.md with the load average at the time; never in a test.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import { FactStore, openDatabase, type ImportRow } from '../store/index.js';
import { benchArgs } from './cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'newsfacts.js');
const PRELOAD = pathToFileURL(path.join(ROOT, 'bench', 'cpu-at-exit.mjs')).href;

const values = benchArgs(
  `npm run bench:fact-reads -- [--loads 200] [--rows 5] [--values 0]
newsfacts facts --json over an existing store (NEWSFACTS_HOME or DATABASE_URL), then one hot fact fed --loads imports
of --rows rows (over --values distinct values, 0 = one): bytes and time of its history, current version and every version.`,
  { options: { loads: { type: 'string', default: '200' }, rows: { type: 'string', default: '5' }, values: { type: 'string', default: '0' } } },
);

async function exportRun(): Promise<void> {
  const where = process.env.DATABASE_URL ? 'DATABASE_URL' : process.env.NEWSFACTS_HOME ? `NEWSFACTS_HOME=${process.env.NEWSFACTS_HOME}` : null;
  if (!where) {
    console.log('facts --json: skipped (set NEWSFACTS_HOME or DATABASE_URL to an existing store)');
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-bench-reads-'));
  try {
    for (let i = 0; i < Number(process.env.BENCH_REPEAT ?? 1); i += 1) {
      const file = path.join(dir, `cpu-${i}.jsonl`);
      const started = performance.now();
      const child = spawn(process.execPath, ['--import', PRELOAD, CLI, 'facts', '--json'], {
        cwd: ROOT,
        env: { ...process.env, BENCH_CPU_FILE: file },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let bytes = 0;
      let lines = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (const b of chunk) if (b === 10) lines += 1;
      });
      const [code] = (await once(child, 'exit')) as [number | null];
      if (code !== 0) throw new Error(`bench: newsfacts facts --json exited with ${code}`);
      const wall = (performance.now() - started) / 1000;
      const { cpuMs, maxRssMb } = JSON.parse((await readFile(file, 'utf8')).trim()) as { cpuMs: number; maxRssMb: number };
      console.log(
        `facts --json (${where}): ${lines} facts, ${(bytes / 1e6).toFixed(1)} MB, wall ${wall.toFixed(1)} s, CPU ${(cpuMs / 1000).toFixed(1)} s, ` +
          `peak RSS ${maxRssMb.toFixed(0)} MB, load average ${os.loadavg()[0]!.toFixed(1)}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function hotFact(loads: number, rows: number, distinct: number): Promise<void> {
  const db = await openDatabase(loadConfig({ NEWSFACTS_HOME: path.join(os.tmpdir(), 'newsfacts-unused') }), { memory: true });
  try {
    const store = new FactStore(db);
    const built = performance.now();
    for (let l = 0; l < loads; l += 1) {
      // Sites reporting one flight's gate, a few of them disagreeing, so versions have opposing claims too.
      // With `--values N`, N gates in turn instead: a fact with N candidates, most of them unchanged by a version.
      const gate = (r: number) => (distinct > 0 ? `G${(l * rows + r) % distinct}` : r % 4 === 3 ? 'B2' : 'B1');
      const batch: ImportRow[] = Array.from({ length: rows }, (_, r) => ({ source: `site-${l}-${r}`, object: 'XY-100', attribute: 'gate', value: gate(r) }));
      await store.importClaims(batch, { now: new Date(Date.UTC(2026, 0, 1, 0, l)) });
    }
    const [state] = await store.listFacts({ subject: 'XY-100' });
    const id = state!.fact.id;
    console.log(`hot fact: ${loads} loads of ${rows} rows${distinct > 0 ? ` over ${distinct} values` : ''} (built in ${((performance.now() - built) / 1000).toFixed(1)} s), ${state!.version.seq} versions, ${loads * rows} claims`);
    let started = performance.now();
    const first = await store.factHistory(id);
    const firstMs = performance.now() - started;
    const firstBytes = JSON.stringify(first).length;
    // Again, warm (the first call also pays for planning its statements): what a server's next reader waits.
    const warm: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const cpu = process.cpuUsage();
      await store.factHistory(id);
      const used = process.cpuUsage(cpu);
      warm.push((used.user + used.system) / 1000);
    }
    const cpuOf = async (read: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const cpu = process.cpuUsage();
        await read();
        const used = process.cpuUsage(cpu);
        times.push((used.user + used.system) / 1000);
      }
      return times.map((ms) => ms.toFixed(0)).join(' ');
    };
    const current = await cpuOf(() => store.getFact(id));
    const versions = await cpuOf(() => store.factAt(id));
    const everyCpu = process.cpuUsage();
    started = performance.now();
    let cursor: string | undefined;
    let pages = 0;
    let total = 0;
    let claims = 0;
    do {
      const page = (await store.factHistory(id, { limit: 1000, cursor }))!;
      total += JSON.stringify(page).length;
      claims += page.versions.reduce((n, v) => n + v.supporting.length + v.opposing.length, 0);
      pages += 1;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    console.log(`  first page (default limit): ${(firstBytes / 1e3).toFixed(0)} KB in ${firstMs.toFixed(0)} ms; again, warm: CPU ${warm.map((ms) => ms.toFixed(0)).join(' ')} ms`);
    const used = process.cpuUsage(everyCpu);
    console.log(`  current version (getFact), warm: CPU ${current} ms; every version's head and candidates (factAt), warm: CPU ${versions} ms`);
    console.log(
      `  every page (limit 1000): ${pages} pages, ${claims} evidence claims, ${(total / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
        `CPU ${((used.user + used.system) / 1e6).toFixed(1)} s, load average ${os.loadavg()[0]!.toFixed(1)}`,
    );
  } finally {
    await db.close();
  }
}

await exportRun();
await hotFact(Number(values.loads), Number(values.rows), Number(values.values));

/**
 * Timing one operation as the store grows: for each backend and size, a fresh store bulk-loaded to that
 * size, then the median and p90 of `runs` timed steps (after two that warm caches up), and the ratio of
 * the largest size's median to the smallest's. Shared by `bench:truth` (reconciling an article) and
 * `bench:stories` (joining a story).
 */
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { FactStore, openDatabase, type Database } from '../store/index.js';

export interface GrowthBench {
  sizes: readonly number[];
  runs: number;
  /** What a size counts, for the table's header (`stored claims`). */
  unit: string;
  preload(db: Database, size: number): Promise<void>;
  /** Prepares step `n` untimed, and returns the timed part. */
  step(store: FactStore, db: Database, n: number, size: number): Promise<() => Promise<unknown>>;
  /** Appended to the ratio line, e.g. `(target ≤ 2×)`. */
  target?: string;
}

export async function timeOnGrowingStores(bench: GrowthBench): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
  console.log(`backend   ${bench.unit.padStart(15)}  build   per step (median)  p90`);
  for (const backend of ['pglite', 'postgres'] as const) {
    const medians = new Map<number, number>();
    for (const size of bench.sizes) {
      const schema = `bench_${process.pid}_${size}`;
      const db =
        backend === 'pglite'
          ? await openDatabase(loadConfig({ NEWSFACTS_HOME: path.join(os.tmpdir(), 'newsfacts-bench-unused') }), { memory: true })
          : await openDatabase(loadConfig({ DATABASE_URL: url }), { schema });
      try {
        const built = Date.now();
        await bench.preload(db, size);
        await db.exec('ANALYZE');
        const buildSecs = (Date.now() - built) / 1000;
        const store = new FactStore(db);
        const times: number[] = [];
        for (let n = 0; n < bench.runs + 2; n++) {
          const timed = await bench.step(store, db, n, size);
          const t = performance.now();
          await timed();
          if (n >= 2) times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        const median = times[Math.floor(times.length / 2)]!;
        const p90 = times[Math.floor(times.length * 0.9)]!;
        medians.set(size, median);
        console.log(`${backend.padEnd(9)} ${String(size).padStart(15)}  ${buildSecs.toFixed(1).padStart(5)}s  ${median.toFixed(1).padStart(9)} ms       ${p90.toFixed(1)} ms`);
      } finally {
        if (backend === 'postgres') await db.query(`DROP SCHEMA "${schema}" CASCADE`);
        await db.close();
      }
    }
    const [small, large] = [Math.min(...bench.sizes), Math.max(...bench.sizes)];
    if (large > small) console.log(`${backend.padEnd(9)} ${large} / ${small}: ${(medians.get(large)! / medians.get(small)!).toFixed(2)}×${bench.target ? ` ${bench.target}` : ''}`);
  }
}

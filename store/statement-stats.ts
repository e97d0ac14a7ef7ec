/**
 * Calls, time, rows and parameter size per statement, for finding what grows with the store: set
 * `NEWSFACTS_STATEMENT_STATS=FILE` and every process that opens the store appends a
 * snapshot of its running totals to FILE every few seconds and when it closes
 * (`npm run bench:statements -- FILE` reads them per window of articles).
 *
 * PostgreSQL has `pg_stat_statements` for this, the embedded store has nothing; both
 * adapters time their statements here, so both are measured the same way. Statements of
 * `store/queries/` are named by their file, others by their first words.
 */
import { appendFileSync } from 'node:fs';
import { z } from 'zod';
import { queries } from './sql.js';

export const StatementTotals = z.strictObject({
  calls: z.number().int().nonnegative(),
  /** Wall time awaiting the driver, ms: on PGlite the statement's own CPU, on PostgreSQL the round trip too. */
  ms: z.number().nonnegative(),
  rows: z.number().int().nonnegative(),
  /**
   * This process's CPU (user and system, every thread) while awaiting the driver, ms: on PGlite the statement's own
   * work and the process's garbage collection meanwhile, whatever else the machine runs (`ms` is not, under load);
   * on PostgreSQL the client's side only. 0 in files written before it was measured.
   */
  cpu: z.number().nonnegative().default(0),
  /** Characters of the parameters sent (strings by length, other values as 8): what a statement ships to the server. */
  sent: z.number().int().nonnegative().default(0),
});
export type StatementTotals = z.infer<typeof StatementTotals>;

/** One line of the stats file: a process's running totals at `at` (ms since the epoch). */
export const StatementSnapshot = z.strictObject({
  pid: z.number().int(),
  /** Which of the process's databases (a process may open several). */
  instance: z.number().int().positive(),
  at: z.number(),
  statements: z.record(z.string(), StatementTotals),
});
export type StatementSnapshot = z.infer<typeof StatementSnapshot>;

const byText = new Map<string, string>(Object.entries(queries).map(([name, text]) => [text, name]));

/** A statement's file name in `store/queries/`, else its first words (migrations, ad hoc SQL). */
export function statementName(sql: string): string {
  return byText.get(sql) ?? sql.replace(/--[^\n]*\n/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 48);
}

let instances = 0;

export class StatementStats {
  private readonly instance = ++instances;
  private readonly totals = new Map<string, StatementTotals>();
  private readonly timer: NodeJS.Timeout;
  private dirty = false;

  /** @param file appended to (one JSON line per snapshot); @param intervalMs how often a snapshot is written while statements run. */
  constructor(
    readonly file: string,
    intervalMs = 2000,
  ) {
    this.timer = setInterval(() => this.flush(), intervalMs).unref();
  }

  /** Runs one statement and adds its time, rows and parameter size to its name's totals (a failed statement adds nothing). */
  async time<T>(sql: string, params: readonly unknown[], run: () => Promise<T[]>): Promise<T[]> {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const rows = await run();
    const used = process.cpuUsage(cpu);
    const name = statementName(sql);
    const total = this.totals.get(name) ?? { calls: 0, ms: 0, rows: 0, cpu: 0, sent: 0 };
    total.calls += 1;
    total.ms += performance.now() - started;
    total.cpu += (used.user + used.system) / 1000;
    total.rows += rows.length;
    for (const p of params) total.sent += typeof p === 'string' ? p.length : 8;
    this.totals.set(name, total);
    this.dirty = true;
    return rows;
  }

  /** Appends the running totals, if any statement ran since the last snapshot. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const snapshot: StatementSnapshot = { pid: process.pid, instance: this.instance, at: Date.now(), statements: Object.fromEntries(this.totals) };
    appendFileSync(this.file, `${JSON.stringify(snapshot)}\n`);
  }

  /** Writes the last snapshot and stops the timer. */
  close(): void {
    clearInterval(this.timer);
    this.flush();
  }
}

/** Times `run` when `stats` is set, else just runs it. */
export function timed<T>(stats: StatementStats | undefined, sql: string, params: readonly unknown[], run: () => Promise<T[]>): Promise<T[]> {
  return stats ? stats.time(sql, params, run) : run();
}

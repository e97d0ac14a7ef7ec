/**
 * `npm run bench:statements -- [--file FILE] [--windows 10] [--top 8] [--per claims-insert] [--json]`
 *
 * Which statements' cost grows with the store: reads the snapshots that processes run with
 * `NEWSFACTS_STATEMENT_STATS=FILE` appended (`store/statement-stats.ts`), cuts the run into
 * windows of equal numbers of articles, and prints per window the statements' ms per article,
 * then for the statements that cost most in the last window their calls, ms and rows per call
 * in the first and the last window. An article is a call of the `--per` statement
 * (`claims-insert`: one per article whose claims were stored). Several processes (workers)
 * are added up in time order.
 *
 *   NEWSFACTS_STATEMENT_STATS=/tmp/s.jsonl npm run bench:pipeline -- --n 1000 --configs pglite
 *   npm run bench:statements -- --file /tmp/s.jsonl
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StatementSnapshot, type StatementTotals } from '../store/statement-stats.js';
import { benchArgs } from './cli.js';

type Totals = Map<string, StatementTotals>;

export interface StatementWindow {
  articles: number;
  /** ms per article of every statement. */
  msPerArticle: number;
  /** The process's CPU ms per article while awaiting every statement (0 for files written before it was measured). */
  cpuPerArticle: number;
  /** Parameter kB (thousands of characters) per article of every statement. */
  sentKbPerArticle: number;
  statements: Record<string, StatementTotals>;
}

function add(into: Totals, name: string, d: StatementTotals): void {
  const t = into.get(name) ?? { calls: 0, ms: 0, rows: 0, cpu: 0, sent: 0 };
  t.calls += d.calls;
  t.ms += d.ms;
  t.cpu += d.cpu;
  t.rows += d.rows;
  t.sent += d.sent;
  into.set(name, t);
}

/** The snapshots' increments in time order: what each process ran between two of its snapshots. */
export function increments(snapshots: readonly StatementSnapshot[]): { at: number; delta: Totals }[] {
  const last = new Map<string, Record<string, StatementTotals>>();
  const out: { at: number; delta: Totals }[] = [];
  for (const s of [...snapshots].sort((a, b) => a.at - b.at)) {
    const key = `${s.pid}.${s.instance}`;
    const before = last.get(key) ?? {};
    const delta: Totals = new Map();
    for (const [name, now] of Object.entries(s.statements)) {
      const was = before[name] ?? { calls: 0, ms: 0, rows: 0, cpu: 0, sent: 0 };
      if (now.calls > was.calls) add(delta, name, { calls: now.calls - was.calls, ms: now.ms - was.ms, rows: now.rows - was.rows, cpu: now.cpu - was.cpu, sent: now.sent - was.sent });
    }
    last.set(key, s.statements);
    out.push({ at: s.at, delta });
  }
  return out;
}

/** Cuts the increments into `windows` runs of about equal numbers of `per` calls (a snapshot is never split). */
export function statementWindows(snapshots: readonly StatementSnapshot[], windows: number, per: string): StatementWindow[] {
  const steps = increments(snapshots);
  const total = steps.reduce((n, s) => n + (s.delta.get(per)?.calls ?? 0), 0);
  const out: StatementWindow[] = [];
  let current: Totals = new Map();
  let articles = 0;
  let done = 0;
  for (const step of steps) {
    for (const [name, d] of step.delta) add(current, name, d);
    const n = step.delta.get(per)?.calls ?? 0;
    articles += n;
    done += n;
    if (articles > 0 && done >= Math.ceil((total * (out.length + 1)) / windows)) {
      out.push(windowOf(current, articles));
      current = new Map();
      articles = 0;
    }
  }
  if (articles > 0) out.push(windowOf(current, articles));
  return out;
}

function windowOf(totals: Totals, articles: number): StatementWindow {
  let ms = 0;
  let cpu = 0;
  let sent = 0;
  for (const t of totals.values()) {
    ms += t.ms;
    cpu += t.cpu;
    sent += t.sent;
  }
  return { articles, msPerArticle: ms / articles, cpuPerArticle: cpu / articles, sentKbPerArticle: sent / 1000 / articles, statements: Object.fromEntries(totals) };
}

function msPerArticle(w: StatementWindow, name: string): number {
  return (w.statements[name]?.ms ?? 0) / w.articles;
}

export function formatWindows(windows: readonly StatementWindow[], top: number): string {
  if (windows.length === 0) return 'no articles in the snapshots (is --per right?)\n';
  const first = windows[0]!;
  const last = windows[windows.length - 1]!;
  const names = Object.keys(last.statements)
    .sort((a, b) => msPerArticle(last, b) - msPerArticle(last, a))
    .slice(0, top);
  const fixed = (x: number, d = 1) => x.toFixed(d);
  const lines = [
    `statement ms per article, ${windows.length} windows (${windows.map((w) => w.articles).join(' ')} articles)`,
    `all statements  ${windows.map((w) => fixed(w.msPerArticle)).join(' ')}`,
    `all statements, CPU ms per article  ${windows.map((w) => fixed(w.cpuPerArticle)).join(' ')}`,
    `parameter kB per article  ${windows.map((w) => fixed(w.sentKbPerArticle)).join(' ')}`,
    ...names.map((name) => `${name}  ${windows.map((w) => fixed(msPerArticle(w, name))).join(' ')}`),
    '',
    'first → last window: calls per article, ms per call, CPU ms per call, rows per call, parameter kB per article',
    ...names.map((name) => {
      const per = (w: StatementWindow) => {
        const t = w.statements[name] ?? { calls: 0, ms: 0, rows: 0, cpu: 0, sent: 0 };
        const calls = Math.max(1, t.calls);
        return [t.calls / w.articles, t.ms / calls, t.cpu / calls, t.rows / calls, t.sent / 1000 / w.articles] as const;
      };
      const [c0, m0, u0, r0, s0] = per(first);
      const [c1, m1, u1, r1, s1] = per(last);
      return `${name}  calls ${fixed(c0, 2)} → ${fixed(c1, 2)}, ms ${fixed(m0, 2)} → ${fixed(m1, 2)}, CPU ms ${fixed(u0, 2)} → ${fixed(u1, 2)}, rows ${fixed(r0)} → ${fixed(r1)}, kB ${fixed(s0)} → ${fixed(s1)}`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

export function readSnapshots(file: string): StatementSnapshot[] {
  const text = readFileSync(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return StatementSnapshot.parse(JSON.parse(line));
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not a statement snapshot (${(error as Error).message.split('\n')[0]})`);
      }
    });
}

async function main(): Promise<void> {
  const values = benchArgs(
    `npm run bench:statements -- [--file FILE] [--windows 10] [--top 8] [--per claims-insert] [--json]

Reads the snapshots of a run made with NEWSFACTS_STATEMENT_STATS=FILE (--file defaults to that variable) and prints each statement's ms per
article per window of articles (an article = one call of --per), then the costliest statements' calls,
ms, CPU ms and rows per call in the first and last window.`,
    {
      options: {
        file: { type: 'string', default: process.env.NEWSFACTS_STATEMENT_STATS ?? '' },
        windows: { type: 'string', default: '10' },
        top: { type: 'string', default: '8' },
        per: { type: 'string', default: 'claims-insert' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    },
  );
  const file = values.file;
  if (!file) throw new Error('bench: name the snapshot file (NEWSFACTS_STATEMENT_STATS) to read');
  const windows = Number(values.windows);
  const top = Number(values.top);
  if (!Number.isInteger(windows) || windows < 1) throw new Error(`bench: --windows expects a whole number, got ${values.windows}`);
  if (!Number.isInteger(top) || top < 1) throw new Error(`bench: --top expects a whole number, got ${values.top}`);
  const result = statementWindows(readSnapshots(file), windows, values.per!);
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : formatWindows(result, top));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}

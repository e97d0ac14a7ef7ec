/**
 * `npm run bench:extract`: the extractor's throughput against compromise's
 * bare parse of the same text, at 10 kB, 100 kB and 1 MB.
 *
 * The input is the seed articles and the extractor's own gold cases
 * (`test/extract/gold/*.txt`), concatenated and repeated until the size is
 * reached; every other copy has its digits shifted so figures and dates vary
 * and no cache can hide the work. Each measurement runs after one warm-up on
 * the 10 kB text and takes the best of a few runs, so module loading and JIT
 * warm-up are not counted.
 *
 * Prints chars/s and claims/s for `extractClaims`, chars/s and terms/s for
 * `nlp(text)`, the extractor's share of compromise's throughput (the target
 * is ≥ 40%), and µs per kB at each size (flat when time is linear in size).
 *
 * Environment: BENCH_RUNS (default 3) runs per size, best kept.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extractClaims } from '../extract/index.js';
import { benchArgs } from './cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [10_000, 100_000, 1_000_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PUBLISHED = '2025-07-23';

function corpus(): string[] {
  const dirs = [path.join(ROOT, 'seeds'), path.join(ROOT, 'test', 'extract', 'gold')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '')),
  );
}

/** Seed-like text of exactly `size` characters (cut at a line break when one is near). */
function buildText(docs: readonly string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let copy = 0; length < size; copy++) {
    for (const doc of docs) {
      const varied = copy % 2 === 0 ? doc : doc.replace(/\d/g, (d) => String((Number(d) + copy) % 10));
      parts.push(varied);
      length += varied.length + 2;
      if (length >= size) break;
    }
  }
  const text = parts.join('\n\n');
  const cut = text.lastIndexOf('\n', size);
  return text.slice(0, cut > size * 0.9 ? cut : size);
}

function best<T>(runs: number, fn: () => T): { ms: number; result: T } {
  let ms = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, result };
}

function rate(count: number, ms: number): string {
  const perSecond = (count * 1000) / ms;
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)}M` : perSecond >= 1e3 ? `${(perSecond / 1e3).toFixed(1)}k` : perSecond.toFixed(0);
}

function main(): void {
  const docs = corpus();
  const texts = SIZES.map((size) => buildText(docs, size));
  // Warm-up: lexicons, regex compilation, JIT.
  extractClaims({ text: texts[0]!, published: PUBLISHED });
  nlp(texts[0]!).terms().length;

  const header = ['size', 'extract ms', 'chars/s', 'claims', 'claims/s', 'µs/kB', 'nlp ms', 'chars/s', 'terms/s', 'µs/kB', 'extract/nlp'];
  const rows: string[][] = [header];
  for (const text of texts) {
    const runs = text.length >= 1_000_000 ? Math.max(1, Math.min(RUNS, 2)) : RUNS;
    const ex = best(runs, () => extractClaims({ text, published: PUBLISHED }));
    const bare = best(runs, () => nlp(text).terms().length);
    const kb = text.length / 1000;
    rows.push([
      `${Math.round(kb)} kB`,
      ex.ms.toFixed(0),
      rate(text.length, ex.ms),
      String(ex.result.length),
      rate(ex.result.length, ex.ms),
      ((ex.ms * 1000) / kb).toFixed(0),
      bare.ms.toFixed(0),
      rate(text.length, bare.ms),
      rate(bare.result, bare.ms),
      ((bare.ms * 1000) / kb).toFixed(0),
      `${((bare.ms / ex.ms) * 100).toFixed(0)}%`,
    ]);
  }
  const widths = header.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) process.stdout.write(`${r.map((cell, c) => cell.padStart(widths[c]!)).join('  ')}\n`);
  process.stdout.write('\nextract/nlp is the extractor\'s throughput as a share of bare compromise (target ≥ 40%); µs/kB flat across sizes means linear time.\n');
  adversarial();
}

/**
 * Text made to trip quadratic paths: one line of abbreviations the sentence
 * splitter must skip ("Mr. Smith and Dr. Jones " repeated). Prints the time
 * ratio against the size ratio; about equal means linear.
 */
function adversarial(): void {
  const unit = 'Mr. Smith and Dr. Jones ';
  const small = unit.repeat(10_000);
  const large = unit.repeat(40_000);
  extractClaims({ text: small, published: PUBLISHED });
  const a = best(2, () => extractClaims({ text: small, published: PUBLISHED })).ms;
  const b = best(2, () => extractClaims({ text: large, published: PUBLISHED })).ms;
  process.stdout.write(
    `\nabbreviation line: ${Math.round(small.length / 1000)} kB ${a.toFixed(0)} ms, ${Math.round(large.length / 1000)} kB ${b.toFixed(0)} ms; ` +
      `size ×${(large.length / small.length).toFixed(1)}, time ×${(b / a).toFixed(1)} (about equal when linear)\n`,
  );
}

benchArgs(
  `npm run bench:extract
The extractor's throughput against compromise's bare parse of the same text, at 10 kB, 100 kB and 1 MB.`,
  { options: {} },
);
main();

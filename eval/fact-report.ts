import type { GoldFacts } from '../model/export.js';
import type { FactScore } from './fact-score.js';

/** A document name short enough for a table: its first two `_` parts (`S1_01`), else its first 12 characters. */
function shortDoc(doc: string): string {
  const parts = doc.split('_');
  return parts.length > 2 ? parts.slice(0, 2).join('_') : doc.slice(0, 12);
}

/**
 * The fact score as a readable report: one line per gold fact (right/wrong and
 * every reason), the must-not-merge violations, and the two totals.
 */
export function formatFactScore(score: FactScore, title?: string): string {
  const lines: string[] = [];
  if (title) lines.push(title, '');
  const idWidth = Math.max(7, ...score.facts.map((f) => f.id.length));
  lines.push(`${'gold'.padEnd(idWidth)}  result  reasons`);
  for (const f of score.facts) {
    const [first = '—', ...rest] = f.reasons;
    lines.push(`${f.id.padEnd(idWidth)}  ${(f.right ? 'right' : 'WRONG').padEnd(6)}  ${first}`);
    for (const r of rest) lines.push(`${''.padEnd(idWidth)}          ${r}`);
  }
  lines.push('');
  const violated = score.mustNotMerge.filter((m) => m.violated);
  if (violated.length > 0) {
    lines.push('must-not-merge violations:');
    for (const m of violated) {
      const side = (q: { doc: string; quote: string; nth: number }) => `${shortDoc(q.doc)} "${q.quote}"${q.nth > 0 ? `#${q.nth}` : ''}`;
      lines.push(`  ${side(m.a)} × ${side(m.b)}: one ${m.level} (${m.shared.join(', ')}): ${m.why}`);
    }
    lines.push('');
  }
  const unjoined = score.mustNotMerge.filter((m) => !m.joined).length;
  lines.push(`right ${score.right}/${score.total}`);
  lines.push(
    `must-not-merge violations ${score.violations}/${score.pairs}` +
      (unjoined > 0 ? ` (${unjoined} pair(s) with a side the store holds no claim for, so they cannot merge)` : ''),
  );
  return `${lines.join('\n')}\n`;
}

/** Right of total. */
export interface Tally {
  right: number;
  total: number;
}

/**
 * Where a fact score's failures lie, for a set's summary: gold facts by the kind of their values (`number`: an amount
 * or a range; `date`; `text`: an office's holder, a status), by how many documents report them (`several`: two or
 * more, where fact identity across articles is tested; `one`), and the wrong ones by the first reason the scorer gives
 * (its words before the first `:` or the value, `lacks source(s)` for any value lacking a source).
 */
export interface FactScoreBreakdown {
  byKind: Record<'number' | 'date' | 'text', Tally>;
  bySources: Record<'several' | 'one', Tally>;
  byReason: Record<string, number>;
}

/** The breakdown of `score` over the gold facts it scored (`gold`, matched by id). */
export function factScoreBreakdown(score: FactScore, gold: GoldFacts): FactScoreBreakdown {
  const byId = new Map(gold.facts.map((f) => [f.id, f]));
  const out: FactScoreBreakdown = {
    byKind: { number: { right: 0, total: 0 }, date: { right: 0, total: 0 }, text: { right: 0, total: 0 } },
    bySources: { several: { right: 0, total: 0 }, one: { right: 0, total: 0 } },
    byReason: {},
  };
  for (const f of score.facts) {
    const g = byId.get(f.id);
    if (!g) continue;
    const add = (t: Tally) => {
      t.total += 1;
      if (f.right) t.right += 1;
    };
    add(out.byKind[valueKind(g.values[0]!.value)]);
    add(out.bySources[new Set(g.values.flatMap((v) => v.sources)).size >= 2 ? 'several' : 'one']);
    if (!f.right && f.reasons[0] !== undefined) {
      const reason = reasonKind(f.reasons[0]);
      out.byReason[reason] = (out.byReason[reason] ?? 0) + 1;
    }
  }
  return out;
}

/** The kind of a gold value: a figure's amount or range, a date, or text. */
function valueKind(value: Record<string, unknown>): 'number' | 'date' | 'text' {
  if ('date' in value) return 'date';
  if ('amount' in value || 'min' in value || 'max' in value) return 'number';
  return 'text';
}

/** A scorer reason without its particulars: `missing`, `split across facts`, `wrong current value`, `lacks source(s)`. */
function reasonKind(reason: string): string {
  if (/^value .* lacks source/.test(reason)) return 'lacks source(s)';
  if (/^split across \d+ facts/.test(reason)) return 'split across facts';
  if (/^merged with gold /.test(reason)) return 'merged with another gold fact';
  const head = reason.split(':')[0]!;
  return head.replace(/^(missing value|wrong value|wrong interval|extra values merged).*$/, '$1');
}

/** The breakdown as three report lines. */
export function formatBreakdown(b: FactScoreBreakdown): string {
  const t = (x: Tally) => `${x.right}/${x.total}`;
  const reasons = Object.entries(b.byReason)
    .sort(([ra, a], [rb, c]) => c - a || (ra < rb ? -1 : 1))
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  return [
    `by kind: numbers ${t(b.byKind.number)}, dates ${t(b.byKind.date)}, text (offices, states) ${t(b.byKind.text)}`,
    `by sources: reported by two or more documents ${t(b.bySources.several)}, by one ${t(b.bySources.one)}`,
    `wrong, by first reason: ${reasons || 'none'}`,
  ].join('\n') + '\n';
}

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

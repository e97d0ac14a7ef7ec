/**
 * Plain-text rendering of scores for `npm run eval`.
 */
import { SCORED_KINDS, type Accuracy, type ScoreError, type ScoreSummary } from './score.js';

function pct(n: number | null): string {
  return n === null ? '   n/a' : n.toFixed(3).padStart(6);
}

function acc(a: Accuracy): string {
  return `${pct(a.value)}  (${a.correct}/${a.total})`;
}

/** The per-kind table plus subject and role accuracy. */
export function formatSummary(summary: ScoreSummary, title = 'all documents'): string {
  const lines = [
    `${title} (${summary.docs} docs)`,
    'kind      precision  recall      f1    tp   fp   fn',
    ...SCORED_KINDS.map((k) => {
      const s = summary.kinds[k];
      return `${k.padEnd(8)}  ${pct(s.precision)}     ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`;
    }),
    `figure subject accuracy  ${acc(summary.figureSubject)}`,
    `person role accuracy     ${acc(summary.personRole)}`,
  ];
  return lines.join('\n');
}

/** Misses, false positives and secondary failures grouped by document. */
export function formatErrors(errors: readonly ScoreError[]): string {
  const byDoc = new Map<string, ScoreError[]>();
  for (const e of errors) {
    const list = byDoc.get(e.doc);
    if (list) list.push(e);
    else byDoc.set(e.doc, [e]);
  }
  const out: string[] = [];
  for (const [doc, list] of byDoc) {
    out.push(`== ${doc}`);
    for (const e of list) out.push(`  ${e.kind.padEnd(7)} ${e.type.padEnd(14)} ${JSON.stringify(e.text)}  ${e.detail}`);
  }
  return out.join('\n');
}

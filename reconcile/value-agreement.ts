import type { FactValue } from '../model/index.js';
import { normaliseWords } from './fact-key.js';

/**
 * Relative tolerance within which two amounts are one value: reports round
 * (`1.7 million` against `1,712,000`), and FORMAT.md scores figures at 0.5%.
 */
export const AMOUNT_TOLERANCE = 0.01;

/** Country words a title may carry or drop without naming another post (`US Secretary of Commerce`). */
const TITLE_NOISE = new Set(['us', 'japan', 'uk', 'eu', 'then', 'former']);

/**
 * Whether two values support each other:
 *
 * - amounts: same unit (currency codes, `%`, counted nouns; any case) and within `AMOUNT_TOLERANCE`;
 * - a range and an amount: same unit and the amount inside the range; two ranges: one contains the other;
 * - dates at the precision both give: `2025` agrees with `2025-06`, `2025-06` not with `2025-07`;
 * - text (roles, sponsors, imported values): the words of one include the other's, ignoring order,
 *   case, stop words and country words (`Commerce Secretary` = `US Secretary of Commerce`,
 *   `Minister of Economy` ≠ `Economic Revitalization Minister`).
 *
 * Symmetric. Values of different shapes never agree.
 */
export function valuesAgree(a: FactValue, b: FactValue): boolean {
  if ('amount' in a && 'amount' in b) return sameUnit(a.unit, b.unit) && near(a.amount, b.amount);
  if ('min' in a && 'amount' in b) return sameUnit(a.unit, b.unit) && inside(b.amount, a.min, a.max);
  if ('amount' in a && 'min' in b) return sameUnit(a.unit, b.unit) && inside(a.amount, b.min, b.max);
  if ('min' in a && 'min' in b) {
    if (!sameUnit(a.unit, b.unit)) return false;
    return (inside(a.min, b.min, b.max) && inside(a.max, b.min, b.max)) || (inside(b.min, a.min, a.max) && inside(b.max, a.min, a.max));
  }
  if ('date' in a && 'date' in b) {
    if (a.date === null || b.date === null) return false;
    return a.date.startsWith(b.date) || b.date.startsWith(a.date);
  }
  if ('text' in a && 'text' in b) {
    const wa = titleWords(a.text);
    const wb = titleWords(b.text);
    if (wa.size === 0 || wb.size === 0) return a.text.trim().toLowerCase() === b.text.trim().toLowerCase();
    return isSubset(wa, wb) || isSubset(wb, wa);
  }
  return false;
}

function titleWords(text: string): Set<string> {
  return new Set(normaliseWords(text).filter((w) => !TITLE_NOISE.has(w)));
}

function sameUnit(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function near(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= AMOUNT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function inside(x: number, min: number, max: number): boolean {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  return x >= lo - AMOUNT_TOLERANCE * Math.abs(lo) && x <= hi + AMOUNT_TOLERANCE * Math.abs(hi);
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

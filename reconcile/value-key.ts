import type { FactValue } from '../model/index.js';
import { normaliseWords } from './fact-key.js';

/**
 * The canonical comparison key of a fact value: two values with the same key
 * agree. Numbers compare numerically (`550e9`, `550000000000` and a figure
 * read from "550 billion" share one key), units ignore case, and text values
 * ignore case, accents, punctuation, stop words, simple plurals and word order
 * (`Secretary of Commerce` = `Commerce Secretary`), since fact texts are short
 * labels (roles, sponsors) where order carries little meaning.
 */
export function valueKey(value: FactValue): string {
  if ('amount' in value) return `amount:${canonicalNumber(value.amount)} ${canonicalUnit(value.unit)}`;
  if ('min' in value) {
    // A degenerate range says exactly what an amount says.
    if (value.min === value.max) return `amount:${canonicalNumber(value.min)} ${canonicalUnit(value.unit)}`;
    return `range:${canonicalNumber(value.min)}..${canonicalNumber(value.max)} ${canonicalUnit(value.unit)}`;
  }
  if ('date' in value) return `date:${value.date ?? 'unknown'}`;
  const words = normaliseWords(value.text).sort().join(' ');
  return `text:${words === '' ? value.text.trim().toLowerCase() : words}`;
}

/**
 * Twelve significant digits: enough for any reported figure, few enough that
 * `0.1 + 0.2` and `0.3` (or 1.7 million computed two ways) agree.
 */
function canonicalNumber(n: number): string {
  const rounded = Number.parseFloat(n.toPrecision(12));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function canonicalUnit(unit: string): string {
  return unit.trim().replace(/\s+/g, ' ').toLowerCase();
}

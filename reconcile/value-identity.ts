/**
 * Value identity (issue 17): one story's fact written under two wordings (`labor costs | amount` and `savings |
 * amount`, both $700–800 million; `daughter | age` and `girl | age`, both 7) is one fact when its value is one that
 * rarely coincides inside a story. Which values those are, and a fact's value key, are decided here; `resolveFacts`
 * merges by them (pure).
 */
import type { ClaimKind, FactValue } from '../model/index.js';
import { valueKey } from './value-key.js';

/** A currency's ISO 4217 code, the unit of money (`model/claim.ts`). */
const CURRENCY = /^[A-Z]{3}$/;

/**
 * The key two facts of one story and one predicate must share to be one fact by value, or null when the value is
 * of a type that coincides too often inside one story to say so: money with its currency, a percentage, a
 * capacity (`capacity`, or a body's size in seats), a person's age in years. Never a date (one story's events fall
 * on one day), a duration (`one-day` series and `one-day` internationals, `six years` of two careers) nor a count.
 * `predicate` is the fact key's predicate (`factKey`: `size` is `amount`).
 */
export function identityValueKey(kind: ClaimKind | null, predicate: string, value: FactValue): string | null {
  if (kind !== 'figure' || !('unit' in value)) return null;
  const unit = value.unit;
  const range = 'min' in value;
  const eligible =
    // Money: a range, or an amount of two significant digits or more (`$2,500`, `$1.35 billion`); a round one (`$1
    // million`, `$5 billion`) is a reward and a bail, a price and its financing, in one story.
    (CURRENCY.test(unit) && (range || significantDigits(value.amount) >= 2)) ||
    // A percentage that is not a multiple of five (`2.3 %`, `6.6 %`, `12 %`): one story's policies set round ones
    // for several things (a 25 % tariff on cars and another on car parts).
    (unit === '%' && (range || !isMultipleOf(value.amount, 5))) ||
    predicate === 'capacity' ||
    (predicate === 'amount' && unit === 'seat') ||
    (predicate === 'age' && unit === 'year');
  return eligible ? valueKey(value) : null;
}

/** Significant digits of a figure as printed to twelve (`2500` two, `1.35e9` three, `5e9` one). */
function significantDigits(n: number): number {
  const digits = Math.abs(n).toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

function isMultipleOf(n: number, step: number): boolean {
  const r = Math.abs(n) % step;
  return Math.min(r, step - r) < 1e-9;
}

/**
 * A fact's value key after some more of its claims: the key every claim it ever had gives (`identityValueKey`), or
 * null once one gives another or none. `previous` is the fact's key before them, `undefined` for a fact with no
 * claims yet. A function of the set of claims, whatever their order; once null it stays null, so two facts whose
 * values part stay apart.
 */
export function unanimousValueKey(previous: string | null | undefined, keys: Iterable<string | null>): string | null {
  let key = previous;
  for (const k of keys) {
    if (key === null || k === null) return null;
    if (key === undefined) key = k;
    else if (key !== k) return null;
  }
  return key ?? null;
}

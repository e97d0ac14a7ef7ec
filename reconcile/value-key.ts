import type { FactValue } from '../model/index.js';
import { typedValue, type TypedValue } from './value-agreement.js';

/**
 * The canonical comparison key of a fact value: values with the same key say
 * exactly the same thing (they always agree, `valuesAgree`), and different
 * values never share one. Read by type (`typedValue`): numbers compare
 * numerically (`550e9`, `550000000000` and a figure read from "550 billion"
 * share one key), units ignore case, times of day are `HH:MM` (`14:11` and
 * `11:14` stay apart), lists are their sorted set of parts, and other text its
 * normalised words in a canonical order.
 */
export function valueKey(value: FactValue): string {
  return typedKey(typedValue(value));
}

/** `valueKey` of a value already read by `typedValue`. */
export function typedKey(v: TypedValue): string {
  switch (v.type) {
    case 'amount':
      return `amount:${canonicalNumber(v.amount)} ${v.unit}`;
    case 'range':
      return `range:${canonicalNumber(v.min)}..${canonicalNumber(v.max)} ${v.unit}`;
    case 'date':
      return `date:${v.date ?? 'unknown'}`;
    case 'time':
      return `time:${clock(v.minutes)}`;
    case 'list':
      // JSON keeps a part's own spaces apart from the separator.
      return `list:${JSON.stringify(v.items)}`;
    case 'text':
      return `text:${v.words}`;
  }
}

/** `HH:MM`, with `:SS` only when the seconds are not zero. */
function clock(minutes: number): string {
  const whole = Math.round(minutes * 60);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(h)}:${pad(m)}${s === 0 ? '' : `:${pad(s)}`}`;
}

/**
 * Twelve significant digits: enough for any reported figure, few enough that
 * `0.1 + 0.2` and `0.3` (or 1.7 million computed two ways) agree.
 */
function canonicalNumber(n: number): string {
  const rounded = Number.parseFloat(n.toPrecision(12));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * The value grammar: how a person writes a value and how we write one back. One module reads a
 * reviewer's correction ("$550 billion", "550 billion USD", "¥1.2 trillion", "15%", "2 percentage
 * points", "1,500 jobs", "10-15 billion USD", "22 July 2025", "2025-07") into a typed `FactValue`,
 * and formats every value (facts, candidates, claims, reviews) for people: the CLI, the API's
 * `valueText` fields and the reasons reconciliation writes all use `formatValue`, so one value reads
 * the same everywhere.
 *
 * Numbers, scale words and currencies are the extractor's own (`number.ts`, `figure.ts`), so a
 * correction means what the same words mean in an article. Pure: no I/O.
 *
 * `parseValue(formatValue(v), shapeOf(v))` gives `v` back for every value kind.
 */
import { z } from 'zod';
import { FactValue } from '../model/fact.js';
import { MONTHS, isValidDay } from './calendar.js';
import { CURRENCY_PREFIX, CURRENCY_WORD, ISO_CODES, PREFIX_CODES, WORD_CODES, currencyOf } from './currency.js';
import { NUMBER_WORD, NUMERAL, cleanNumber, parseNumber, scaleOf } from './number.js';
import { IRREGULAR_PLURALS, isPluralNoun, singularize } from './words.js';

/** What a value is: money (an ISO 4217 unit), a percentage (`%`, points too), a count of a unit, a date, or text. */
export const ValueKind = z.enum(['money', 'percent', 'count', 'date', 'text']);
export type ValueKind = z.infer<typeof ValueKind>;

/** The value a correction must be: its kind and, for figures, the unit a bare number keeps. */
export const ValueShape = z.strictObject({ kind: ValueKind, unit: z.string().nullable() });
export type ValueShape = z.infer<typeof ValueShape>;

/** A parse: the typed value, or one line naming what is wrong with the text. */
export type ParsedValue = { ok: true; value: FactValue; kind: ValueKind } | { ok: false; error: string };

const KIND_NAME: Record<ValueKind, string> = {
  money: 'an amount of money',
  percent: 'a percentage',
  count: 'a count',
  date: 'a date',
  text: 'text',
};

const EXAMPLE: Record<ValueKind, string> = {
  money: '"550 billion USD" or "$550 billion"',
  percent: '"15%" or "10-15%"',
  count: '"1,500 jobs"',
  date: '"2025-07-22", "July 2025" or "2025"',
  text: '"Commerce Secretary"',
};

/**
 * The shape of a value: a fact's value, a candidate's, or a claim's (a person claim's fact holds its
 * role as text; a project's, its amount). Null for null.
 */
export function shapeOf(value: unknown): ValueShape | null {
  if (value === null || typeof value !== 'object') return null;
  const v = legacyValue(value as FactValue) as Record<string, unknown>;
  if (typeof v.unit === 'string') return { kind: unitKind(v.unit), unit: v.unit };
  if ('date' in v) return { kind: 'date', unit: null };
  if (typeof v.name === 'string') {
    // A project claim feeds its amount's fact when it has one, else text (sponsor, location); a person claim its role.
    return v.amount && typeof v.amount === 'object' ? shapeOf(v.amount) : { kind: 'text', unit: null };
  }
  if (typeof v.text === 'string' || typeof v.state === 'string') return { kind: 'text', unit: null };
  return null;
}

const LEGACY_SCALED_UNIT = /^(thousand|million|billion|trillion|bn|mn|tn)\s+([A-Z]{3})$/;

/**
 * A value as the old correction parser may have stored it, read as meant: `{amount: 550, unit:
 * "billion USD"}` is 550 billion USD. Anything else is returned as it is. Histories are never
 * rewritten; this only changes how such a value is shown and what a new correction must match.
 */
export function legacyValue<V>(value: V): V {
  if (value === null || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  const m = typeof v.unit === 'string' ? LEGACY_SCALED_UNIT.exec(v.unit) : null;
  if (!m) return value;
  const scale = scaleOf(m[1]);
  if (typeof v.amount === 'number') return { amount: cleanNumber(v.amount * scale), unit: m[2] } as V;
  if (typeof v.min === 'number' && typeof v.max === 'number') return { min: cleanNumber(v.min * scale), max: cleanNumber(v.max * scale), unit: m[2] } as V;
  return value;
}

function unitKind(unit: string): ValueKind {
  if (unit === '%') return 'percent';
  if (ISO_SET.has(unit)) return 'money';
  return 'count';
}

const ISO_SET = new Set([...ISO_CODES.split('|').filter((c) => c !== 'RMB' && c !== 'CNH'), 'CHF']);

// ── parsing ──────────────────────────────────────────────────────────────────────────────────────

const NUM = String.raw`(?:${NUMERAL}|\.\d+|${NUMBER_WORD})`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion)\b|\s?(?:bn|mn|mln|tn|trn)\b|[kmbt]\b)`;
const MINUS = '[-−]';
const PERCENT_SIGN = String.raw`(?:\s?(?:%|percent\b|per cent\b))`;
const FIGURE = new RegExp(
  String.raw`^(?<between>between\s+)?(?<neg1>${MINUS})?(?:(?<cur1>${CURRENCY_PREFIX})\s?)?(?<neg1b>${MINUS})?(?<n1>${NUM})(?<s1>${SCALE})?(?<p1>${PERCENT_SIGN})?` +
    String.raw`(?:\s*(?<sep>-|–|—|\bto\b|\band\b)\s*(?<cur2>${CURRENCY_PREFIX})?(?<neg2>${MINUS})?(?<n2>${NUM})(?<s2>${SCALE})?)?(?<rest>.*)$`,
  'iu',
);
const PERCENT_UNIT = /^(?:%|percent|per cent|pct|percentage points?|pp)$/i;
const CURRENCY_WORD_ONLY = new RegExp(String.raw`^${CURRENCY_WORD}$`, 'i');
const UNIT_WORDS = /^\p{L}[\p{L}'’]*(?:[ -]\p{L}[\p{L}'’]*)*$/u;

/**
 * Reads a value as a reviewer writes it. With `expected` (the shape of the value it corrects) the
 * text must be a value of that kind, and a bare number keeps the expected unit (`15` on a
 * percentage is 15%). Without, a date-like text is a date, a number a figure, the rest text.
 * JSON (`{"amount":15,"unit":"%"}`) is read as a typed value and must fit the kind too.
 */
export function parseValue(raw: string, expected: ValueShape | null = null): ParsedValue {
  const text = raw.trim().replace(/\s+/g, ' ');
  const q = JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
  if (text === '') return { ok: false, error: `the value is empty: type ${expected ? KIND_NAME[expected.kind] : 'a value'}, e.g. ${EXAMPLE[expected?.kind ?? 'percent']}` };
  const kind = expected?.kind ?? null;
  if (kind === 'text') return { ok: true, value: { text }, kind: 'text' };
  if (text.startsWith('{')) return parseJson(text, q, expected);
  if (kind === 'date' || (kind === null && !/^\d{1,4}$/.test(text))) {
    const date = parseDate(text);
    if (date) return { ok: true, value: { date }, kind: 'date' };
    if (kind === 'date') return { ok: false, error: `${q} is not a date: type ${EXAMPLE.date}` };
  }
  const figure = parseFigure(text, q, expected);
  // With nothing to match, what does not read as a figure is text ("5G network", "Acme Corp").
  if (kind === null && !figure.ok) return { ok: true, value: { text }, kind: 'text' };
  if (!figure.ok) return { ok: false, error: figure.error };
  if (expected && figure.kind !== expected.kind) {
    const unit = expected.unit && expected.kind !== 'percent' ? ` (${expected.unit})` : '';
    return { ok: false, error: `${q} is ${KIND_NAME[figure.kind]}, but this fact holds ${KIND_NAME[expected.kind]}${unit}: type e.g. ${EXAMPLE[expected.kind]}` };
  }
  return { ok: true, value: figure.value, kind: figure.kind };
}

function parseJson(text: string, q: string, expected: ValueShape | null): ParsedValue {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: `${q} is not valid JSON` };
  }
  const parsed = FactValue.safeParse(json);
  if (!parsed.success) return { ok: false, error: `${q} is not a value: {amount,unit}, {min,max,unit}, {date} or {text}` };
  const kind = shapeOf(parsed.data)!.kind;
  if (expected && kind !== expected.kind) return { ok: false, error: `${q} is ${KIND_NAME[kind]}, but this fact holds ${KIND_NAME[expected.kind]}` };
  return { ok: true, value: parsed.data, kind };
}

type FigureParse = ParsedValue;

function parseFigure(text: string, q: string, expected: ValueShape | null): FigureParse {
  const want = expected ? KIND_NAME[expected.kind] : 'a figure';
  const m = FIGURE.exec(text);
  if (!m) return { ok: false, error: `${q} is not ${want}: type e.g. ${EXAMPLE[expected?.kind ?? 'money']}` };
  const g = m.groups!;
  if (g.sep && /^and$/i.test(g.sep) !== Boolean(g.between)) {
    return { ok: false, error: `${q}: write a range as "10-15", "10 to 15" or "between 10 and 15"` };
  }
  if (g.between && !g.n2) return { ok: false, error: `${q}: "between" needs two numbers` };
  const rest = g.rest!.trim();
  // A unit must stand apart from the number ("15 jobs", "15%"): "15x" or "15-ish" is not a value.
  if (rest !== '' && !/^\s/.test(g.rest!) && !/^%/.test(rest) && !CURRENCY_WORD_ONLY.test(rest)) {
    return { ok: false, error: `${q}: unexpected ${JSON.stringify(rest)} after the number` };
  }
  let unit: string | null = null;
  const percent = Boolean(g.p1) || PERCENT_UNIT.test(rest);
  const prefix = g.cur1 ?? g.cur2;
  const prefixCode = prefix ? currencyOf(prefix, PREFIX_CODES) : null;
  if (percent) {
    if (prefixCode) return { ok: false, error: `${q}: a percentage has no currency` };
    if (g.p1 && rest !== '' && !PERCENT_UNIT.test(rest)) return { ok: false, error: `${q}: unexpected ${JSON.stringify(rest)} after the percentage` };
    unit = '%';
  } else if (rest === '') {
    unit = prefixCode ?? (expected?.kind === 'percent' ? '%' : (expected?.unit ?? '1'));
  } else {
    const restCode = currencyUnit(rest);
    if (restCode) {
      if (prefixCode && prefixCode !== restCode) return { ok: false, error: `${q}: two currencies (${prefixCode} and ${restCode})` };
      unit = restCode;
    } else if (prefixCode) {
      return { ok: false, error: `${q}: unexpected ${JSON.stringify(rest)} after the amount` };
    } else if (UNIT_WORDS.test(rest)) {
      unit = countUnit(rest, expected);
    } else {
      return { ok: false, error: `${q}: ${JSON.stringify(rest)} is not a unit: type e.g. ${EXAMPLE[expected?.kind ?? 'count']}` };
    }
  }
  const sign = (s: string | undefined) => (s ? -1 : 1);
  const n1 = readNumber(g.n1!);
  const n2 = g.n2 === undefined ? null : readNumber(g.n2);
  if (n1 === null || (g.n2 !== undefined && n2 === null)) return { ok: false, error: `${q} is not ${want}` };
  const s2 = g.s2 ? scaleOf(g.s2) : 1;
  // "10-15 billion": a scale written once covers both ends, as in articles.
  const s1 = g.s1 ? scaleOf(g.s1) : n2 !== null ? s2 : 1;
  const scaled = (n: number, s: number) => (s === 1 ? n : cleanNumber(n * s));
  // `|| 0`: "-0" is zero, never JavaScript's -0, which would print as "0" and read back as another value.
  const a = sign(g.neg1 ?? g.neg1b) * scaled(n1, s1) || 0;
  const kind = unitKind(unit);
  if (n2 === null) return { ok: true, value: { amount: a, unit }, kind };
  const b = sign(g.neg2) * scaled(n2, s2) || 0;
  if (b < a) return { ok: false, error: `${q}: a range goes from the smaller number to the larger` };
  return { ok: true, value: { min: a, max: b, unit }, kind };
}

function readNumber(text: string): number | null {
  if (/^\.\d+$/.test(text)) return Number(text);
  return parseNumber(text);
}

function currencyUnit(rest: string): string | null {
  if (/^[a-z]{3}$/i.test(rest) && ISO_SET.has(rest.toUpperCase())) return rest.toUpperCase();
  if (/^(?:RMB|CNH)$/i.test(rest)) return 'CNY';
  if (CURRENCY_WORD_ONLY.test(rest)) return currencyOf(rest, WORD_CODES);
  return null;
}

/** The counted unit in singular lower case; the expected unit when the text names it (in either number). */
function countUnit(rest: string, expected: ValueShape | null): string {
  const lower = rest.toLowerCase().replace(/’/g, "'");
  if (expected?.kind === 'count' && expected.unit && (lower === expected.unit.toLowerCase() || lower === pluralUnit(expected.unit).toLowerCase())) {
    return expected.unit;
  }
  const words = lower.split(' ');
  const last = words.pop()!;
  return [...words, isPluralNoun(last) ? singularize(last) : last].join(' ');
}

const DAY_FIRST = /^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>\p{L}+)\.?,?\s+(?<y>\d{4})$/u;
const MONTH_FIRST = /^(?<m>\p{L}+)\.?(?:\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)?,?\s+(?<y>\d{4})$/u;

/** A date at the precision written: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY/MM/DD`, `22 July 2025`, `July 22, 2025`, `July 2025`. */
function parseDate(text: string): string | null {
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(text);
  if (iso) return partialDate(Number(iso[1]), iso[2] === undefined ? null : Number(iso[2]), iso[3] === undefined ? null : Number(iso[3]));
  const named = DAY_FIRST.exec(text) ?? MONTH_FIRST.exec(text);
  if (!named) return null;
  const month = MONTHS[named.groups!.m!.toLowerCase()];
  if (month === undefined) return null;
  return partialDate(Number(named.groups!.y), month, named.groups!.d === undefined ? null : Number(named.groups!.d));
}

function partialDate(year: number, month: number | null, day: number | null): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month === null) return String(year).padStart(4, '0');
  if (month < 1 || month > 12) return null;
  if (day === null) return `${year}-${pad(month)}`;
  return isValidDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

// ── formatting ───────────────────────────────────────────────────────────────────────────────────

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** Digits with thousands separators, every digit kept: 550000000000 → `550,000,000,000`. */
function plainNumber(n: number): string {
  const abs = Math.abs(n);
  let digits = String(abs);
  if (/e/i.test(digits)) digits = abs >= 1 ? BigInt(Math.round(abs)).toString() : abs.toFixed(20).replace(/0+$/, '');
  const [int, frac] = digits.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** `n` in units of `size` with at most three decimals, if that is exact (parses back to `n`); else null. */
function scaledNumber(n: number, size: number): string | null {
  const abs = Math.abs(n);
  for (let d = 0; d <= 3; d++) {
    const q = (abs / size).toFixed(d);
    if (cleanNumber(Number(q) * size) === abs) return `${n < 0 ? '-' : ''}${plainNumber(Number(q))}`;
  }
  return null;
}

/** 550e9 → `550 billion`; 1234567 → `1,234,567` (a scale word only when it keeps every digit). */
export function formatNumber(n: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(n) < size) continue;
    const q = scaledNumber(n, size);
    return q === null ? plainNumber(n) : `${q} ${word}`;
  }
  return plainNumber(n);
}

function formatRange(min: number, max: number, scale: boolean): string {
  const dash = min < 0 || max < 0 ? ' to ' : '–';
  if (scale) {
    for (const [size, word] of SCALES) {
      if (Math.max(Math.abs(min), Math.abs(max)) < size) continue;
      const a = scaledNumber(min, size);
      const b = scaledNumber(max, size);
      if (a !== null && b !== null) return `${a}${dash}${b} ${word}`;
      break;
    }
  }
  return `${plainNumber(min)}${dash}${plainNumber(max)}`;
}

/** The plural of a unit's last word when the extractor's `singularize` reads it back (`job` → `jobs`), else the unit. */
function pluralUnit(unit: string): string {
  const words = unit.split(' ');
  const last = words.pop()!;
  const irregular = Object.entries(IRREGULAR_PLURALS).find(([plural, single]) => single === last && plural !== single)?.[0];
  const tries = [irregular, `${last}s`, /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : undefined, /(?:s|sh|ch|x|z)$/.test(last) ? `${last}es` : undefined];
  const plural = tries.find((p): p is string => p !== undefined && isPluralNoun(p) && singularize(p) === last);
  return [...words, plural ?? last].join(' ');
}

function formatFigure(value: { amount: number; unit: string } | { min: number; max: number; unit: string }): string {
  const kind = unitKind(value.unit);
  const range = 'min' in value;
  const number = range ? formatRange(value.min, value.max, kind !== 'percent') : kind === 'percent' ? plainNumber(value.amount) : formatNumber(value.amount);
  if (kind === 'percent') return `${number}%`;
  if (kind === 'money') return `${number} ${value.unit}`;
  if (value.unit === '1') return number;
  const one = !range && Math.abs(value.amount) === 1;
  return `${number} ${one ? value.unit : pluralUnit(value.unit)}`;
}

/**
 * A value as people read it: `550 billion USD`, `15%`, `10–15%`, `1,500 jobs`, `2025-07`,
 * `Commerce Secretary`, `Howard Lutnick (Commerce Secretary)`. Any claim or fact value; values
 * written by older versions (`{amount: 550, unit: "billion USD"}`) read as they were meant.
 * `—` for null.
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'object') return String(value);
  const v = legacyValue(value) as Record<string, unknown>;
  if (typeof v.unit === 'string' && typeof v.amount === 'number') return formatFigure({ amount: v.amount, unit: v.unit });
  if (typeof v.unit === 'string' && typeof v.min === 'number' && typeof v.max === 'number') return formatFigure({ min: v.min, max: v.max, unit: v.unit });
  if ('date' in v) return typeof v.date === 'string' ? v.date : 'unresolved date';
  if (typeof v.name === 'string') {
    const amount = v.amount && typeof v.amount === 'object' ? formatValue(v.amount) : null;
    const extras = [v.role, v.org, typeof v.sponsor === 'string' ? `sponsor ${v.sponsor}` : null, v.location, amount].filter(
      (x): x is string => typeof x === 'string' && x !== '',
    );
    return extras.length > 0 ? `${v.name} (${extras.join(', ')})` : v.name;
  }
  if (typeof v.text === 'string') return v.text;
  if (typeof v.state === 'string') return v.state;
  return JSON.stringify(value);
}

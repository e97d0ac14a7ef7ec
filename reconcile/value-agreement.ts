/**
 * What a value means, by type, and when two values say the same thing. One
 * module for every comparison of values: reconciliation's pooling, truth
 * discovery's votes and copy detection, and the value keys (`value-key.ts`).
 * Pure.
 */
import { z } from 'zod';
import type { FactValue } from '../model/index.js';
import { nameWords, spelledAlike } from './person-name.js';
import { countedNoun, normaliseWords, WORKFORCE } from './fact-key.js';
import { TITLE_FORMS } from '../lexicon/offices.js';

/**
 * Relative tolerance within which two amounts are one value: reports round
 * (`1.7 million` against `1,712,000`), and FORMAT.md scores figures at 0.5%.
 */
export const AMOUNT_TOLERANCE = 0.01;

/** Minutes within which two times of day are one value (the Flight benchmark's ±10 min). */
export const TIME_TOLERANCE_MINUTES = 10;

export const AgreementOptions = z.strictObject({
  /** Relative difference within which two amounts (or an amount and a range's bound) agree. @defaultValue 0.01 */
  amountTolerance: z.number().min(0).max(0.5).default(AMOUNT_TOLERANCE),
  /** Minutes within which two times of day agree, around midnight too. @defaultValue 10 */
  timeToleranceMinutes: z.number().min(0).max(720).default(TIME_TOLERANCE_MINUTES),
  /**
   * Whether a text agrees with itself said more fully: the same words plus up to three that name its
   * organisation, place or field and change no rank (`coach` = `Rangers coach`, `Chief Minister` = `Kerala
   * Chief Minister`; never `vice president` = `president`, `assistant coach` = `coach`). What the chosen value
   * accounts for, not how values vote: two such wordings are one role, but each is what its source said.
   * @defaultValue true
   */
  qualifiedText: z.boolean().default(true),
  /**
   * Whether texts are people's names (an office's holders): one name printed two ways is one value
   * (`spelledAlike`: `Nuri al-Maliki` = `Nouri al-Maliki`), two people who share a surname are not (`George Bush`,
   * `Jeb Bush`). Only for values that are names: titles too end alike (`Defence Minister`, `Development Minister`).
   * @defaultValue false
   */
  personNames: z.boolean().default(false),
});
export type AgreementOptions = z.input<typeof AgreementOptions>;
type Tolerances = z.output<typeof AgreementOptions>;

/**
 * The tolerances values *vote* with, in truth discovery and in reconciliation alike: amounts within 1 %,
 * times of day to the minute. A value's support is what its sources said, exactly (after normalisation);
 * the wider `AgreementOptions` defaults (±10 min) then say which other values the chosen one accounts for.
 * Pooling times within ±10 min before choosing let a feed spread over 14:44/14:45/14:46 outvote one exact
 * 14:49 backed by more independent sources, and made the chosen minute the middle of a spread rather than
 * a value anyone reported most (Flight: 0.866 pooled against 0.980 exact, see bench/README.md).
 */
export const VOTE_AGREEMENT: Readonly<Tolerances> = Object.freeze({ amountTolerance: AMOUNT_TOLERANCE, timeToleranceMinutes: 0, qualifiedText: false, personNames: false });

/** A value as its type reads it: text that spells a time of day or a list is compared as one. */
export type TypedValue =
  | { type: 'amount'; amount: number; unit: string }
  | { type: 'range'; min: number; max: number; unit: string }
  | { type: 'date'; date: string | null }
  | { type: 'time'; minutes: number }
  | { type: 'list'; items: string[] }
  | {
      type: 'text';
      words: string;
      /** The words without a name's middle initials, when it has one (`George W. Bush`). */
      bare?: string;
      /** A text that may be a person's name (two to five words, no digit): its words in order (`nameWords`), for `personNames`. */
      name?: readonly string[];
    };

const MINUTES_PER_DAY = 24 * 60;
/** Most words a person's name has (`Ana Maria de la Cruz`); a longer text is no name `personNames` compares. */
const MAX_NAME_WORDS = 5;
/** Words a title may carry or drop without naming another post (`US Secretary of Commerce`, `former minister`). */
const TITLE_NOISE = new Set(['us', 'uk', 'eu', 'then', 'former']);
/** `14:05`, `2:05 pm`, `14:05:30`; hours 0–23 (1–12 with am/pm). */
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?$/i;
/** Separators of a list value (`Ullman; Widom`); commas are not one, since `Ullman, Jeffrey` is one name. */
const LIST_SEPARATOR = /\s*[;|\n]\s*/;

/**
 * Reads a value by type:
 *
 * - amounts, ranges and dates as given (units ignore case and spacing);
 * - text that is a time of day (`14:05`, `2:05 pm`) as minutes after midnight;
 * - text with `;` or `|` between parts as the set of its parts;
 * - other text as its words, ignoring case, accents, punctuation, stop words,
 *   simple plurals, country and tense words, and word order (`Secretary of
 *   Commerce` = `US Commerce Secretary`): fact texts are short labels, roles
 *   and names (`Ullman Jeffrey` = `Jeffrey Ullman`), where order carries little.
 *   A title's short form is its full form (`Capt.` = `Captain`, `CEO` = `chief
 *   executive officer` = `chief executive`); a name with a middle initial also
 *   reads without it (`bare`), so it agrees with the name written without one.
 */
export function typedValue(value: FactValue): TypedValue {
  if ('amount' in value) return { type: 'amount', amount: value.amount, unit: canonicalUnit(value.unit) };
  if ('min' in value) {
    const [min, max] = value.min <= value.max ? [value.min, value.max] : [value.max, value.min];
    // A degenerate range says exactly what an amount says.
    return min === max ? { type: 'amount', amount: min, unit: canonicalUnit(value.unit) } : { type: 'range', min, max, unit: canonicalUnit(value.unit) };
  }
  if ('date' in value) return { type: 'date', date: value.date };
  const minutes = timeOfDay(value.text);
  if (minutes !== null) return { type: 'time', minutes };
  const parts = value.text.split(LIST_SEPARATOR).map(textWords).filter((p) => p.words !== '');
  const items = [...new Set(parts.map((p) => p.words))].sort(compareText);
  if (items.length > 1) return { type: 'list', items };
  const bare = parts[0]?.bare ?? null;
  const words = items[0] ?? value.text.trim().replace(/\s+/g, ' ').toLowerCase();
  const text: TypedValue = bare !== null ? { type: 'text', words, bare } : { type: 'text', words };
  if (!/\d/.test(value.text)) {
    const name = nameWords(value.text);
    if (name.length >= 2 && name.length <= MAX_NAME_WORDS) text.name = name;
  }
  return text;
}

/**
 * Whether two values say the same thing:
 *
 * - amounts: same unit and within `amountTolerance`, or equal at the coarser precision given
 *   when that one has two significant digits or more (`1.7 million` = `1,740,000`; a lone
 *   digit with zeros, `100`, may be exact, so it is not rounded);
 * - a range and an amount: same unit and the amount inside the range; two ranges: one contains the other;
 * - dates at the precision both give: `2025` agrees with `2025-06`, `2025-06` not with `2025-07`;
 * - times of day within `timeToleranceMinutes`, around midnight too (`23:58` = `00:03` at 10 min);
 * - lists: the same set of parts (a strict subset is partial support, `valueSupport`, never agreement);
 * - other text: equal after normalisation (`typedValue`).
 *
 * Symmetric. Values of different types never agree.
 */
export function valuesAgree(a: FactValue, b: FactValue, options: AgreementOptions = {}): boolean {
  return typedAgree(typedValue(a), typedValue(b), tolerances(options));
}

/**
 * How much a report of `b` supports `a`, in [0, 1]: 1 when they agree; for
 * lists (a single text being a list of one), the share of parts they have in
 * common over the parts either names (Jaccard), so `Ullman` supports
 * `Ullman; Widom` by ½ and never fully; 0 otherwise. Symmetric.
 */
export function valueSupport(a: FactValue, b: FactValue, options: AgreementOptions = {}): number {
  return typedSupport(typedValue(a), typedValue(b), tolerances(options));
}

/** `valuesAgree` on values already read by `typedValue` (truth discovery compares each pair many times). */
export function typedAgree(a: TypedValue, b: TypedValue, t: Tolerances = DEFAULT_TOLERANCES): boolean {
  switch (a.type) {
    case 'amount':
      if (b.type === 'amount') return a.unit === b.unit && amountsAgree(a.amount, b.amount, t.amountTolerance);
      if (b.type === 'range') return a.unit === b.unit && inside(a.amount, b.min, b.max, t.amountTolerance);
      return false;
    case 'range':
      if (b.type === 'amount') return a.unit === b.unit && inside(b.amount, a.min, a.max, t.amountTolerance);
      if (b.type !== 'range' || a.unit !== b.unit) return false;
      return (
        (inside(a.min, b.min, b.max, t.amountTolerance) && inside(a.max, b.min, b.max, t.amountTolerance)) ||
        (inside(b.min, a.min, a.max, t.amountTolerance) && inside(b.max, a.min, a.max, t.amountTolerance))
      );
    case 'date':
      if (b.type !== 'date' || a.date === null || b.date === null) return false;
      return a.date.startsWith(b.date) || b.date.startsWith(a.date);
    case 'time':
      return b.type === 'time' && circularMinutes(a.minutes, b.minutes) <= t.timeToleranceMinutes;
    case 'list':
      return b.type === 'list' && a.items.length === b.items.length && a.items.every((x, i) => x === b.items[i]);
    case 'text':
      // A name with a middle initial is the name without one (`George W. Bush`, `George Bush`); two initials must be the same.
      if (b.type !== 'text') return false;
      if (a.words === b.words || ((a.bare === undefined) !== (b.bare === undefined) && (a.bare ?? a.words) === (b.bare ?? b.words))) return true;
      if (t.personNames && a.name !== undefined && b.name !== undefined && spelledAlike(a.name, b.name)) return true;
      return t.qualifiedText && (qualifies(a.words, b.words) || qualifies(b.words, a.words));
  }
}

/** `valueSupport` on values already read by `typedValue`. */
export function typedSupport(a: TypedValue, b: TypedValue, t: Tolerances = DEFAULT_TOLERANCES): number {
  if (typedAgree(a, b, t)) return 1;
  const pa = parts(a);
  const pb = parts(b);
  if (pa === null || pb === null) return 0;
  let common = 0;
  for (const x of pa) if (pb.has(x)) common++;
  return common / (pa.size + pb.size - common);
}

/** Minutes between two times of day the short way round the clock. */
export function circularMinutes(a: number, b: number): number {
  const d = Math.abs(a - b) % MINUTES_PER_DAY;
  return Math.min(d, MINUTES_PER_DAY - d);
}

/** Minutes after midnight of a time of day (`14:05`, `2:05 pm`, `00:03:30`), or null. */
export function timeOfDay(text: string): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] === undefined ? 0 : Number(m[3]);
  if (minutes > 59 || seconds > 59) return null;
  if (m[4] !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0);
  } else if (hours > 23) return null;
  return hours * 60 + minutes + seconds / 60;
}

/** Code-unit order: unlike `localeCompare`, the same on every machine and ICU build. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const DEFAULT_TOLERANCES: Tolerances = { amountTolerance: AMOUNT_TOLERANCE, timeToleranceMinutes: TIME_TOLERANCE_MINUTES, qualifiedText: true, personNames: false };

function tolerances(options: AgreementOptions): Tolerances {
  if (options.amountTolerance === undefined && options.timeToleranceMinutes === undefined && options.qualifiedText === undefined && options.personNames === undefined) {
    return DEFAULT_TOLERANCES;
  }
  return AgreementOptions.parse(options);
}

/** The parts of a list, or of a text as a list of one; null for other types. */
function parts(v: TypedValue): Set<string> | null {
  if (v.type === 'list') return new Set(v.items);
  if (v.type === 'text') return new Set([v.words]);
  return null;
}

/**
 * Words that make a title another post or rank, not the same one said more fully: `vice president` is not the
 * `president`, an `assistant coach` not the `coach`, a `prime minister` not any `minister`, a `president-elect`
 * not yet one. General English, for any organisation.
 */
const RANK_WORDS = new Set([
  'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'caretaker', 'former', 'ex', 'then', 'late', 'co', 'under', 'sub',
  'senior', 'junior', 'chief', 'head', 'executive', 'general', 'managing', 'prime', 'first', 'second', 'lieutenant', 'principal',
  'honorary', 'emeritus', 'elect', 'designate', 'shadow', 'non', 'not', 'no', 'never', 'candidate', 'nominee', 'hopeful',
  'aspiring', 'would', 'future', 'retired', 'outgoing', 'incoming', 'past', 'previous', 'ousted', 'exiled', 'disgraced', 'sacked',
  'fired', 'wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'aide', 'adviser', 'advisor',
  'spokesman', 'spokeswoman', 'spokesperson',
]);

/** How many words a fuller wording may add (`Ottawa Senators coach`); more is another statement, not a title. */
const MAX_QUALIFIER_WORDS = 3;

/**
 * True when `longer` is `shorter` said more fully (`qualifiedText`): every word of `shorter` in it, one to three
 * words more, none of them a rank word (`RANK_WORDS`) or a number. Both are `typedValue` text words.
 */
function qualifies(shorter: string, longer: string): boolean {
  if (shorter === '' || longer.length <= shorter.length) return false;
  const short = shorter.split(' ');
  const long = longer.split(' ');
  const extra = long.length - short.length;
  if (extra < 1 || extra > MAX_QUALIFIER_WORDS) return false;
  const rest = [...long];
  for (const w of short) {
    const i = rest.indexOf(w);
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  return rest.every((w) => !RANK_WORDS.has(w) && !/\d/.test(w));
}

/**
 * A text's words, sorted (`typedValue`), and when it is a name with a middle initial (a single letter between two
 * words of two letters or more, in a text without digits: `George W. Bush`), its words without the initials.
 */
function textWords(text: string): { words: string; bare: string | null } {
  const normal = normaliseWords(text);
  const expanded = normal.flatMap((w) => TITLE_FORMS.get(w) ?? [w]);
  // "chief executive officer" is the chief executive.
  const kept = expanded.filter((w, i) => !TITLE_NOISE.has(w) && !(w === 'officer' && ['executive', 'financial', 'operating'].includes(expanded[i - 1] ?? ''))).sort(compareText);
  const initials = /\d/.test(text) ? [] : normal.filter((w, i) => /^\p{L}$/u.test(w) && /^\p{L}{2,}$/u.test(normal[i - 1] ?? '') && /^\p{L}{2,}$/u.test(normal[i + 1] ?? ''));
  if (initials.length === 0) return { words: kept.join(' '), bare: null };
  const left = [...kept];
  for (const i of initials) left.splice(left.indexOf(i), 1);
  return { words: kept.join(' '), bare: left.join(' ') };
}

/** Units seen so far, canonical: a store has few distinct units and every typed value asks for one. */
const CANONICAL_UNITS = new Map<string, string>();

function canonicalUnit(unit: string): string {
  const known = CANONICAL_UNITS.get(unit);
  if (known !== undefined) return known;
  let canonical = unit.trim().replace(/\s+/g, ' ').toLowerCase();
  // A counted noun meets its synonyms as subjects do (`parade` and `rally` count demonstrations).
  if (/^[\p{Ll} -]+$/u.test(canonical)) {
    const words = normaliseWords(canonical);
    // Deaths are counted in people: "10 people were killed" and "the death toll rose to 10" say one number.
    // A workforce is counted in jobs: a fact of jobs cut holds "4,000 workers laid off" and "4,000 jobs slashed" alike.
    // A count keyed by its figure holds one figure under nouns of one class (`countedNoun`: `125 stores`, `125 locations`).
    if (words.length > 0) canonical = words.length === 1 && words[0] === 'death' ? 'people' : words.length === 1 && WORKFORCE.has(words[0]!) ? 'job' : words.length === 1 ? countedNoun(words[0]!) : words.join(' ');
  }
  if (CANONICAL_UNITS.size < 10_000) CANONICAL_UNITS.set(unit, canonical);
  return canonical;
}

function amountsAgree(a: number, b: number, tolerance: number): boolean {
  if (a === b) return true;
  if (Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b))) return true;
  // At the coarser precision given, when it is two significant digits or more.
  const [pa, pb] = [precision(a), precision(b)];
  const coarse = pa.step >= pb.step ? pa : pb;
  if (coarse.digits < 2) return false;
  return Math.round(a / coarse.step) === Math.round(b / coarse.step);
}

/**
 * Precisions worked out, by number: reconciling a fact compares each two of its amounts, and a hot fact's
 * amounts recur from reconcile to reconcile. Cleared when full.
 */
const PRECISIONS = new Map<number, { step: number; digits: number }>();

/** The place value of a number's last significant digit and how many significant digits it has. */
function precision(n: number): { step: number; digits: number } {
  let known = PRECISIONS.get(n);
  if (known === undefined) {
    if (PRECISIONS.size >= 100_000) PRECISIONS.clear();
    PRECISIONS.set(n, (known = precisionOf(n)));
  }
  return known;
}

function precisionOf(n: number): { step: number; digits: number } {
  if (n === 0 || !Number.isFinite(n)) return { step: 1, digits: 1 };
  const [mantissa, exponent] = Math.abs(n).toExponential(11).split('e') as [string, string];
  const digits = mantissa.replace('.', '').replace(/0+$/, '');
  const count = Math.max(1, digits.length);
  return { step: 10 ** (Number(exponent) - count + 1), digits: count };
}

function inside(x: number, min: number, max: number, tolerance: number): boolean {
  return x >= min - tolerance * Math.abs(min) && x <= max + tolerance * Math.abs(max);
}

/**
 * Figure mentions: money with scale words and currency codes, percentages,
 * counts with their counted noun, hyphenated durations, `50-50` splits and
 * ranges. Values follow FORMAT.md: plain numbers, ISO 4217 codes, `%`, or the
 * counted noun in singular lower case.
 */
import type { FigureValue, Qualifier } from '../model/claim.js';
import { NUMERAL, NUMBER_WORD, SCALE_WORD, cleanNumber, parseNumber, parseNumeral, scaleOf } from '../lexicon/number.js';
import type { Sentence } from './sentence.js';
import { isCapitalized, isWord, tokenize, type Token } from './token.js';
import { STOP_WORDS, isCountryWord, isPluralNoun, singularize } from '../lexicon/vocabulary.js';
import { CURRENCY_PREFIX, CURRENCY_WORD, ISO_CODES, PREFIX_CODES, WORD_CODES, currencyOf } from '../lexicon/currency.js';

/** How a figure was written; subject rules branch on it. */
export type FigureForm = 'money' | 'percent' | 'count' | 'duration' | 'split' | 'ellipsis';

/** A figure found in one sentence, before subject and attribution are attached. */
export interface FigureMention {
  start: number;
  end: number;
  value: FigureValue;
  form: FigureForm;
  qualifier: Qualifier | null;
  rule: string;
  /** Counts: the counted noun phrase (modifiers and head) as written. */
  noun: string | null;
  /** Counts: where the counted noun phrase ends, for verb lookup after it. */
  nounEnd: number | null;
}

const MONEY_PREFIXED = new RegExp(
  String.raw`(?<![\p{L}\d])(?<cur>${CURRENCY_PREFIX})(?<n1>${NUMERAL})(?<s1>${SCALE_WORD})?` +
    String.raw`(?:\s?(?:to|-|–|—)\s?(?:${CURRENCY_PREFIX})?(?<n2>${NUMERAL})(?<s2>${SCALE_WORD})?)?`,
  'gu',
);
const WORD_SCALE = String.raw`\s(?:thousand|million|billion|trillion|lakh|lakhs|crore|crores)`;
const MONEY_WORDED = new RegExp(
  String.raw`(?<![\p{L}\d.,$])(?<n1>${NUMERAL}|${NUMBER_WORD})(?<s1>${WORD_SCALE})?\s(?<cur>${CURRENCY_WORD})\b`,
  'giu',
);
// Hundredths of a currency: "45 cents a share" is 0.45 USD, "320 pence" 3.20 GBP.
const HUNDREDTHS = /^(?:cents?|pence)$/i;
// A code or symbol after the number: "20 million USD", "61.30 €".
const MONEY_SUFFIXED = new RegExp(
  String.raw`(?<![\p{L}\d.,$€£¥])(?<n1>${NUMERAL})(?<s1>${WORD_SCALE})?\s?(?<cur>€|£|¥|(?:${ISO_CODES})(?![\p{L}\d]))`,
  'gu',
);
// "%28" is URL debris (an escaped bracket), never a percentage: no "%" before the number, no hex pair after it. `pct` is
// the wires' abbreviation (`52.8 pct`), as the value grammar reads it.
const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\d.,%])(?<n1>${NUMERAL}|${NUMBER_WORD})(?:\s?(?:%|percent|per cent|pct))?(?:\s?(?:to|-|–)\s?(?<n2>${NUMERAL}))?\s?(?<unit>%(?![0-9A-Fa-f]{2})|percent\b|per cent\b|percentage points?\b|pct\b)`,
  'giu',
);
const MINUS_BEFORE = /\bminus\s$/i;
// "between 10% and 15%", "between $2 billion and $3 billion": the quote starts at the first figure.
const BETWEEN = new RegExp(
  String.raw`\bbetween\s(?<body>(?<cur>${CURRENCY_PREFIX})?(?<n1>${NUMERAL})(?<s1>${SCALE_WORD})?(?<p1>\s?(?:%|percent|per cent))?\sand\s(?:${CURRENCY_PREFIX})?(?<n2>${NUMERAL})(?<s2>${SCALE_WORD})?(?<p2>\s?(?:%|percent\b|per cent\b))?)`,
  'giu',
);
// "between 30 million and 35 million pounds": the currency word after the second number covers both.
const BETWEEN_WORDED = new RegExp(
  String.raw`\bbetween\s(?<body>(?<n1>${NUMERAL})(?<s1>\s(?:thousand|million|billion|trillion))?\sand\s(?<n2>${NUMERAL})(?<s2>\s(?:thousand|million|billion|trillion))?\s(?<cur>${CURRENCY_WORD}))\b`,
  'gu',
);
// "between 51 and 54 seats": the counted noun after the second number covers both.
const BETWEEN_COUNT = new RegExp(
  String.raw`\bbetween\s(?<n1>${NUMERAL}|${NUMBER_WORD})(?<s1>\s(?:thousand|million|billion))?\sand\s(?<n2>${NUMERAL}|${NUMBER_WORD})(?<s2>\s(?:thousand|million|billion))?(?<tail>(?:\s[\p{Ll}-]+){1,3})`,
  'gu',
);
// "the death toll ... has risen to 87": a bare number the toll reaches counts deaths.
const TOLL = /\btoll\b/i;
const TOLL_NUMBER = new RegExp(String.raw`\b(?:to|at|of|from|reached|hit|passed|topped)\s+(?:at least\s+|more than\s+|about\s+|nearly\s+|over\s+)?(?<n>${NUMERAL}|${NUMBER_WORD}\b)(?![\d%])(?!\s*(?:percent|per cent|million|billion|thousand)\b)(?=(?<rest>\s+[\p{L}]+)?)`, 'giu');
// "the number of people missing ... rose to 128": bare numbers after the anchor count what it names.
const COUNT_ANCHOR = /\b(?:number|count|tally)\s+of\s+(?:\p{Ll}+\s+){0,2}?(?<noun>people|persons|[\p{Ll}]{3,}s)\b(?<state>\s+(?:who\s+(?:have|has|had)\s+(?:been\s+)?|still\s+)?(?:(?:un)?accounted(?:,?\s+for)?|missing|dead|injured|killed|displaced|evacuated|hospitali[sz]ed|rescued|arrested|infected|in\s+the\s+\p{Ll}+))?/iu;
const ANCHORED_NUMBER = new RegExp(String.raw`\b(?:to|at|of|from|reached|hit|passed|topped|exceed|exceeds|exceeded|surpassed|with)\s+(?:at least\s+|more than\s+|about\s+|nearly\s+|over\s+|an?\s+\p{Ll}+\s+)?(?<n>${NUMERAL}|${NUMBER_WORD}\b)(?<s>\s(?:thousand|million|billion))?(?![\d%])(?!\s*(?:percent|per cent)\b)(?=(?<rest>\s+[\p{L}]+)?)`, 'giu');
// "a crowd of 15,000", "attendance reached a record 532,000": gatherings count people.
const CROWD_ANCHOR = /\b(?<noun>crowds?|attendance|audiences?|turnout)\b/iu;
// "cases ... climbed to 412": a plural noun, a change verb, then a bare number it reaches.
const REACHED_NUMBER = new RegExp(String.raw`\b(?<noun>people|[\p{Ll}]{3,}s)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:has\s+|have\s+|had\s+)?(?:climbed|climb|climbs|rose|risen|rise|rises|fell|fallen|fall|falls|increased|increase|increases|decreased|decrease|dropped|drop|jumped|jump|reached|reach|stood|stands|stand|totalled|totaled|numbered)\s+(?:to|at)\s+(?:at least\s+|more than\s+|about\s+|nearly\s+|over\s+|an?\s+\p{Ll}+\s+)?(?<n>${NUMERAL})(?<s>\s(?:thousand|million|billion))?(?![\d%])(?!\s*(?:percent|per cent)\b)(?=(?<rest>\s+[\p{L}$€£]+)?)`, 'gu');
/** Whose things a partitive counts: a determiner or a possessive (`its`, `the`, `the company's`, `Acme Foods'`). */
const PART_OWNER = String.raw`(?<owner>the|its|their|his|her|our|(?:the\s+)?\p{Ll}+['’]s|(?:\p{Lu}[\p{L}&.-]*\s+){0,2}\p{Lu}[\p{L}&.-]*['’]s?)`;
// "55 of the 136 units", "300 of the company's 1,200 employees": both numbers count the noun after the second.
const PART_OF = new RegExp(String.raw`(?<![\p{L}\d.,$-])(?<a>${NUMERAL}|${NUMBER_WORD})\s+of\s+${PART_OWNER}\s+(?<b>${NUMERAL}|${NUMBER_WORD})(?<tail>(?:\s[\p{Ll}-]+){1,3})`, 'giu');
// "125 of its retail stores", "two of Acme's plants": the number counts the plural noun after the owner.
const PARTITIVE = new RegExp(String.raw`(?<![\p{L}\d.,$-])(?<a>${NUMERAL}|${NUMBER_WORD})\s+of\s+${PART_OWNER}(?<tail>(?:\s[\p{Ll}-]+){1,3})`, 'giu');
/** A partitive's owner as the case-insensitive pattern reads it: a determiner, `the <noun>'s`, or a capitalised name's possessive. */
const isPartOwner = (owner: string) => /^(?:the|its|their|his|her|our)$/i.test(owner) || /^(?:the\s+)?\p{Ll}+['’]s$/u.test(owner) || (/^\p{Lu}/u.test(owner) && /['’]/.test(owner));
/** Words before a partitive's noun that make it a rank, not a set (`two of the best players`, `three of its biggest stores`). */
const RANK_WORD = /(?:est|most|least|best|worst|top|first|last|next|only|other|same|few|many)$/;
// "placed the nationwide figure at 1.12 million, including 80,000 people in Paris": a whole counts what its part counts.
const WHOLE_INCLUDING = new RegExp(String.raw`(?<![\p{L}\d.,$€£-])(?<n>${NUMERAL})(?<s>\s(?:thousand|million|billion))?,?\s+(?:including|among them|of which|of whom)\s+(?:(?:about|some|nearly|around|more than|at least|over)\s+)?(?:${NUMERAL})(?:\s(?:thousand|million|billion))?\s+(?<noun>people|\p{Ll}{3,}s)\b`, 'gu');
// "eight or nine months", "two to three years": a range of one counted noun.
const OR_RANGE = new RegExp(String.raw`(?<![\p{L}\d.,$-])(?<n1>${NUMERAL}|${NUMBER_WORD})\s(?:or|to)\s(?<n2>${NUMERAL}|${NUMBER_WORD})(?<s2>\s(?:thousand|million|billion))?(?<tail>(?:\s[\p{Ll}-]+){1,3})`, 'giu');
// "20-30 people", "23-24 minutes", "5,000-6,000 km": two numerals joined by a dash, then their counted noun or unit.
const HYPHEN_RANGE = new RegExp(String.raw`(?<![\p{L}\d.,$€£¥-])(?<n1>${NUMERAL})\s?[-–]\s?(?<n2>${NUMERAL})(?<s2>\s(?:thousand|million|billion))?(?<tail>(?:\s[\p{Ll}-]+){1,3})`, 'gu');
/** Words before a dashed pair that make it a won-lost record (`the team is 6-10`, `went 8-22`, `improved to 14-9`). */
const RECORD_BEFORE = /\b(?:is|are|was|were|be|been|went|go|goes|going|improved\s+to|fell\s+to|dropped\s+to|moved\s+to|slipped\s+to)\s+$/i;
// "a Category 4 storm", "a 7.2-magnitude quake", "a magnitude of 5.8".
const SCALE_READING = /\b(?:[Cc]ategory\s(?<cat>[1-5])\b|(?<mag1>\d(?:\.\d)?)-magnitude\b|magnitude(?:\s+of)?\s+(?<mag2>\d(?:\.\d)?)(?![\d.]))/gu;
// "age from 62 to 64", "retirement age of 67", "died on Friday, aged 88": ages in years.
const AGE_NUMBER = /\b(?:age\s+(?:of|from|to|at)|aged)\s+(?<a>\d{1,3})(?:\s+to\s+(?<b>\d{1,3}))?(?![\d%])/gu;
// "45-minute", "12-story", "three-judge panel", "five-set final": a number hyphened to its counted noun.
const DURATION = new RegExp(
  String.raw`(?<![\p{L}\d.,-])(?<n1>${NUMERAL}|${NUMBER_WORD})-(?<unit>\p{Ll}{3,})\b`,
  'giu',
);
// Hyphened words that are fractions, ordinal-like or adverbs rather than counted nouns.
const NOT_HYPHEN_UNIT = /^(?:thirds?|quarters?|halfs?|halves|fourths?|fifths?|sixths?|tenths?|fold|time|times|off|way|ways|thousand|million|billion|trillion|percent|point|plus|nil|all|up|on|one|two|three|four|five|six|seven|eight|nine|ten)$/;
// "a three-pointer", "a two-seater", "a six-footer": a noun of its own made of a count and a unit, no measure of the next noun.
// "a 436,000-dollar purse": money, which the money rules read; never a count of dollars.
const HYPHEN_CURRENCY = new RegExp(`^${CURRENCY_WORD}$`);
const HYPHEN_NOUN = /^(?:point|foot|seat|time|wheel|hand|line|round|pound)ers?$/;
/** A margin, lead or penalty after a hyphened count: `one-shot lead`, `one-vote majority`, `one-match ban`. */
const MARGIN_AFTER = /^\s+(?:lead|leads|margin|advantage|deficit|edge|cushion|majority|victory|win|loss|defeat|ban|suspension)\b/i;
const TIME_HYPHEN_UNIT = /^(?:second|minute|hour|day|week|month|year|decade|century)s?$/;
// "three years ago", "eight minutes later": a span that places an event in time (a date's cue), no figure of anything.
const TIME_OFFSET_AFTER = /^\s+(?:ago|later|earlier)\b/i;
const SPLIT = /(?<![\p{L}\d.,-])(?<a>\d{1,2})-(?<b>\d{1,2})(?![\d%-])/gu;
const SPLIT_CONTEXT = /\b(?:split|share[sd]?|divided|stake|ratio|venture|partnership)\b/i;

const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:about|around|approximately|roughly|some|an estimated|estimated)\s+$/i, 'about'],
  [/\b(?:nearly|almost|close to|just under)\s+$/i, 'nearly'],
  [/\b(?:more than|over|upwards of|above|in excess of|greater than)\s+$/i, 'more than'],
  [/\b(?:less than|under|below|fewer than)\s+$/i, 'less than'],
  [/\b(?:up to|as much as|as many as)\s+$/i, 'up to'],
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, 'at least'],
];

/** The approximation word just before `start` in the sentence, if any. */
export function qualifierBefore(sentence: Sentence, start: number): Qualifier | null {
  const before = sentence.text.slice(Math.max(0, start - sentence.start - 20), start - sentence.start);
  for (const [pattern, q] of QUALIFIERS) if (pattern.test(before)) return q;
  return null;
}

// Modifiers that belong to the unit itself rather than describing the things counted.
const COMPOUND_UNIT = new Set(['working', 'business', 'calendar', 'trading', 'man', 'light', 'square', 'cubic', 'metric', 'school']);
// Counted people who are anonymous sources, not facts ("one person familiar with the matter").
const SOURCE_NOUN = new Set(['person', 'people', 'individual', 'individuals', 'source', 'sources', 'official', 'officials']);
const DEFINITE = /^(?:the|these|those|its|their|his|her|our|your|my|all)$/i;
const SCALE_TOKEN = /^(?:thousand|million|billion|trillion|lakhs?|crores?)$/i;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i;

/** Finds every figure in one sentence, longest forms first so spans never overlap. */
export function findFigures(sentence: Sentence): FigureMention[] {
  const out: FigureMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const add = (m: FigureMention) => {
    // "$" and 300 nines "billion" overflows to Infinity: such a figure is debris, not a claim.
    if (!isFiniteValue(m.value) || !free(m.start, m.end)) return;
    taken.push([m.start, m.end]);
    out.push(m);
  };
  const base = sentence.start;
  const text = sentence.text;

  for (const m of text.matchAll(BETWEEN)) {
    const g = m.groups!;
    const percent = Boolean(g.p1 || g.p2);
    if (!percent && !g.cur) continue;
    const start = base + m.index! + m[0].length - g.body!.length;
    const s2 = scaleOf(g.s2);
    const s1 = g.s1 ? scaleOf(g.s1) : s2;
    const unit = percent ? '%' : currencyOf(g.cur!, PREFIX_CODES);
    const min = cleanNumber(parseNumeral(g.n1!)! * (percent ? 1 : s1));
    const max = cleanNumber(parseNumeral(g.n2!)! * (percent ? 1 : s2));
    add({ start, end: start + g.body!.length, value: { min, max, unit }, form: percent ? 'percent' : 'money', qualifier: null, rule: 'figure.between-range', noun: null, nounEnd: null });
  }
  for (const m of text.matchAll(BETWEEN_WORDED)) {
    const g = m.groups!;
    const start = base + m.index! + m[0].length - g.body!.length;
    const s2 = scaleOf(g.s2);
    const s1 = g.s1 ? scaleOf(g.s1) : s2;
    const min = cleanNumber(parseNumeral(g.n1!)! * s1);
    const max = cleanNumber(parseNumeral(g.n2!)! * s2);
    add({ start, end: start + g.body!.length, value: { min, max, unit: currencyOf(g.cur!, WORD_CODES) }, form: 'money', qualifier: null, rule: 'figure.between-range-words', noun: null, nounEnd: null });
  }
  for (const m of text.matchAll(BETWEEN_COUNT)) {
    const g = m.groups!;
    // The counted noun: the first plural noun of the tail, with only content words before it.
    const words = g.tail!.trim().split(/\s+/);
    const headAt = words.findIndex((w) => isPluralNoun(w));
    if (headAt < 0 || words.slice(0, headAt).some((w) => STOP_WORDS.has(w))) continue;
    const a = parseNumber(g.n1!);
    const b = parseNumber(g.n2!);
    if (a === null || b === null) continue;
    const s2 = scaleOf(g.s2?.trim());
    const s1 = g.s1 ? scaleOf(g.s1.trim()) : s2;
    const start = base + m.index! + 'between '.length;
    const tailStart = m.index! + m[0].length - g.tail!.length;
    const headWord = words[headAt]!;
    const headEnd = base + tailStart + g.tail!.indexOf(headWord, g.tail!.length - g.tail!.trimStart().length) + headWord.length;
    const noun = words.slice(0, headAt + 1).join(' ');
    add({ start, end: headEnd, value: { min: cleanNumber(a * s1), max: cleanNumber(b * s2), unit: singularize(headWord) }, form: 'count', qualifier: null, rule: 'figure.between-count', noun, nounEnd: headEnd });
  }
  for (const m of text.matchAll(MONEY_PREFIXED)) {
    const g = m.groups!;
    const unit = currencyOf(g.cur!, PREFIX_CODES);
    const start = base + m.index!;
    const end = start + m[0].length;
    const s2 = scaleOf(g.s2);
    const n2 = g.n2 !== undefined ? parseNumeral(g.n2) : null;
    // "$10-15 billion": the scale written once applies to both ends.
    const s1 = g.s1 ? scaleOf(g.s1) : n2 !== null ? s2 : 1;
    const a = cleanNumber(parseNumeral(g.n1!)! * s1);
    const value: FigureValue = n2 !== null ? { min: a, max: cleanNumber(n2 * s2), unit } : { amount: a, unit };
    add({ start, end, value, form: 'money', qualifier: qualifierBefore(sentence, start), rule: n2 !== null ? 'figure.money-range' : 'figure.money', noun: null, nounEnd: null });
  }
  for (const m of text.matchAll(MONEY_WORDED)) {
    const g = m.groups!;
    // "a 55 million pound deal" is money; a bare "5 pound" is more likely a weight.
    if (/^pound$/i.test(g.cur!) && !g.s1) continue;
    // "listed at 6-foot-4 and 231 pounds", "has lost 30 pounds", "500 pounds of cocaine": a weight, read as a count.
    if (/^pounds$/i.test(g.cur!) && !g.s1 && isWeight(text.slice(Math.max(0, m.index! - 60), m.index!), text.slice(m.index! + m[0].length))) continue;
    const n = parseNumber(g.n1!);
    // A spelled-out number must be lower case or start the sentence; "One Pound" is a name.
    if (n === null || (!/^\d/.test(g.n1!) && /^\p{Lu}/u.test(g.cur!.split(' ').pop()!))) continue;
    const start = base + m.index!;
    const amount = cleanNumber((n * scaleOf(g.s1)) / (HUNDREDTHS.test(g.cur!) ? 100 : 1));
    add({ start, end: start + m[0].length, value: { amount, unit: currencyOf(g.cur!, WORD_CODES) }, form: 'money', qualifier: qualifierBefore(sentence, start), rule: 'figure.money-words', noun: null, nounEnd: null });
  }
  for (const m of text.matchAll(MONEY_SUFFIXED)) {
    const g = m.groups!;
    const start = base + m.index!;
    const amount = cleanNumber(parseNumeral(g.n1!)! * scaleOf(g.s1));
    const unit = /^[A-Z]{3}$/.test(g.cur!) ? g.cur! : currencyOf(g.cur!, PREFIX_CODES);
    add({ start, end: start + m[0].length, value: { amount, unit }, form: 'money', qualifier: qualifierBefore(sentence, start), rule: 'figure.money-suffix', noun: null, nounEnd: null });
  }
  for (const m of text.matchAll(PERCENT)) {
    const g = m.groups!;
    const start = base + m.index!;
    const a = parseNumber(g.n1!);
    if (a === null) continue;
    const b = g.n2 !== undefined ? parseNumeral(g.n2) : null;
    // "minus 1.8%": the sign is part of the figure and of its quote.
    const minus = b === null ? MINUS_BEFORE.exec(text.slice(Math.max(0, m.index! - 6), m.index!)) : null;
    const from = minus ? start - minus[0].length : start;
    const value: FigureValue = b !== null ? { min: a, max: b, unit: '%' } : { amount: minus ? -a : a, unit: '%' };
    add({ start: from, end: start + m[0].length, value, form: 'percent', qualifier: qualifierBefore(sentence, from), rule: b !== null ? 'figure.percent-range' : minus ? 'figure.percent-signed' : 'figure.percent', noun: null, nounEnd: null });
  }
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups!;
    const start = base + m.index!;
    const n = parseNumber(g.n1!);
    const word = g.unit!.toLowerCase();
    if (n === null || NOT_HYPHEN_UNIT.test(word) || HYPHEN_NOUN.test(word) || HYPHEN_CURRENCY.test(word) || STOP_WORDS.has(word)) continue;
    // "one-time", "one-off", "one-man": only a time span makes "one-" a count, or a margin ("a one-shot lead", "a
    // one-seat majority", "a one-game ban"), where a count is what is measured.
    if (/^one$/i.test(g.n1!) && !TIME_HYPHEN_UNIT.test(word) && !MARGIN_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    const unit = isPluralNoun(word) ? singularize(word) : word;
    add({ start, end: start + m[0].length, value: { amount: n, unit }, form: 'duration', qualifier: qualifierBefore(sentence, start), rule: TIME_HYPHEN_UNIT.test(word) ? 'figure.hyphen-duration' : 'figure.hyphen-count', noun: null, nounEnd: null });
  }
  if (SPLIT_CONTEXT.test(text)) {
    for (const m of text.matchAll(SPLIT)) {
      const a = Number(m.groups!.a);
      const b = Number(m.groups!.b);
      // Only a pair adding up to 100 is a split; "9-11" or a score is not.
      if (a + b !== 100) continue;
      const start = base + m.index!;
      add({ start, end: start + m[0].length, value: { amount: a, unit: '%' }, form: 'split', qualifier: null, rule: 'figure.split', noun: null, nounEnd: null });
    }
  }
  for (const m of text.matchAll(SCALE_READING)) {
    const g = m.groups!;
    const start = base + m.index!;
    const category = g.cat !== undefined;
    const after = /^\s+(\p{Ll}{3,})/u.exec(text.slice(m.index! + m[0].length));
    const thing = after && !STOP_WORDS.has(after[1]!) ? after[1]! : null;
    add({ start, end: start + m[0].length, value: { amount: Number(g.cat ?? g.mag1 ?? g.mag2), unit: category ? 'category' : 'magnitude' }, form: 'count', qualifier: qualifierBefore(sentence, start), rule: category ? 'figure.category' : 'figure.magnitude', noun: thing, nounEnd: null });
  }
  for (const m of text.matchAll(AGE_NUMBER)) {
    const g = m.groups!;
    const lead = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m.index! - 20), m.index!));
    const noun = `${lead && !STOP_WORDS.has(lead[1]!.toLowerCase()) ? `${lead[1]!.toLowerCase()} ` : ''}age`;
    for (const key of ['a', 'b'] as const) {
      if (g[key] === undefined) continue;
      const start = base + m.index! + (key === 'a' ? m[0].indexOf(g.a!, 4) : m[0].lastIndexOf(g.b!));
      add({ start, end: start + g[key]!.length, value: { amount: Number(g[key]), unit: 'year' }, form: 'count', qualifier: null, rule: 'figure.age', noun, nounEnd: null });
    }
  }
  for (const m of text.matchAll(PART_OF)) {
    const g = m.groups!;
    if (!isPartOwner(g.owner!)) continue;
    const words = g.tail!.trim().split(/\s+/);
    const headAt = words.findIndex((w) => isPluralNoun(w));
    if (headAt < 0 || words.slice(0, headAt).some((w) => STOP_WORDS.has(w))) continue;
    const a = parseNumber(g.a!);
    const b = parseNumber(g.b!);
    if (a === null || b === null || a > b) continue;
    // `one of the government's 36 ministers` says who belongs, not how many: only the whole is a count.
    const member = a === 1 && !/^(?:the|its|their|his|her|our)$/i.test(g.owner!);
    const unit = singularize(words[headAt]!);
    const noun = words.slice(0, headAt + 1).join(' ');
    const aStart = base + m.index!;
    const bStart = base + m.index! + m[0].length - g.tail!.length - g.b!.length;
    const tailText = g.tail!;
    const headEnd = bStart + g.b!.length + tailText.indexOf(words[headAt]!) + words[headAt]!.length;
    if (!member) add({ start: aStart, end: aStart + g.a!.length, value: { amount: a, unit }, form: 'count', qualifier: qualifierBefore(sentence, aStart), rule: 'figure.count-part', noun, nounEnd: null });
    add({ start: bStart, end: headEnd, value: { amount: b, unit }, form: 'count', qualifier: null, rule: 'figure.count-whole', noun, nounEnd: headEnd });
  }
  for (const m of text.matchAll(PARTITIVE)) {
    const g = m.groups!;
    if (!isPartOwner(g.owner!)) continue;
    const words = g.tail!.trim().split(/\s+/);
    const headAt = words.findIndex((w) => isPluralNoun(w));
    if (headAt < 0 || words.slice(0, headAt + 1).some((w) => STOP_WORDS.has(w) || RANK_WORD.test(w) || !/^[\p{Ll}-]+$/u.test(w))) continue;
    // `one of the keys`: a set of one is an idiom, no count; `two dozen of her supporters` is read as a whole elsewhere.
    const a = /^(?:one|dozen)$/i.test(g.a!) ? null : parseNumber(g.a!);
    if (a === null || a < 2) continue;
    const start = base + m.index!;
    add({ start, end: start + g.a!.length, value: { amount: a, unit: singularize(words[headAt]!) }, form: 'count', qualifier: qualifierBefore(sentence, start), rule: 'figure.count-part', noun: words.slice(0, headAt + 1).join(' '), nounEnd: null });
  }
  for (const m of text.matchAll(WHOLE_INCLUDING)) {
    const g = m.groups!;
    if (!isPluralNoun(g.noun!) || (!g.s && /^(?:19|20)\d{2}$/.test(g.n!))) continue;
    const start = base + m.index!;
    const amount = cleanNumber(parseNumber(g.n!)! * scaleOf(g.s?.trim()));
    add({ start, end: start + g.n!.length + (g.s?.length ?? 0), value: { amount, unit: singularize(g.noun!) }, form: 'count', qualifier: qualifierBefore(sentence, start), rule: 'figure.count-including', noun: g.noun!.toLowerCase(), nounEnd: null });
  }
  for (const m of [...text.matchAll(OR_RANGE), ...text.matchAll(HYPHEN_RANGE)]) {
    const g = m.groups!;
    if (/\bfrom\s+$/i.test(text.slice(Math.max(0, m.index! - 6), m.index!))) continue; // "from 600,000 to 1 million containers" is two figures
    const words = g.tail!.trim().split(/\s+/);
    // "45 to 50 km", "5,000-6,000 km": a unit abbreviation right after the range is its unit, as after one number.
    const headAt = isUnitAbbreviation(words[0]!) ? 0 : words.findIndex((w) => isPluralNoun(w));
    if (headAt < 0 || words.slice(0, headAt).some((w) => STOP_WORDS.has(w))) continue;
    const a = parseNumber(g.n1!);
    const b = parseNumber(g.n2!);
    if (a === null || b === null || a >= b) continue;
    // "1996-2001 seasons" spans years, no count; "is 6-10" after a copula or `went` is a won-lost record.
    if (/^(?:19|20)\d\d$/.test(g.n1!) && /^(?:19|20)\d\d$/.test(g.n2!)) continue;
    if (/[-–]/.test(m[0]) && RECORD_BEFORE.test(text.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    // "(5-11 three straight seasons": a number between the pair and its noun counts the noun; the pair is no range of it.
    if (words.slice(0, headAt).some((w) => parseNumber(w) !== null)) continue;
    const scale = scaleOf(g.s2?.trim());
    const start = base + m.index!;
    const headEnd = start + m[0].length - g.tail!.length + g.tail!.indexOf(words[headAt]!) + words[headAt]!.length;
    const noun = words.slice(0, headAt + 1).join(' ');
    const unit = isUnitAbbreviation(words[headAt]!) ? words[headAt]!.toLowerCase() : singularize(words[headAt]!);
    add({ start, end: headEnd, value: { min: cleanNumber(a * scale), max: cleanNumber(b * scale), unit }, form: 'count', qualifier: qualifierBefore(sentence, start), rule: 'figure.count-range', noun, nounEnd: headEnd });
  }
  if (TOLL.test(text)) {
    for (const m of text.matchAll(TOLL_NUMBER)) {
      const g = m.groups!;
      if (g.rest && isPluralNoun(g.rest.trim())) continue; // "rose to 87 people" is an ordinary count
      const spelled = !/^\d/.test(g.n!);
      // "at one point": a spelled number before a noun is not the toll.
      if (spelled && g.rest && !STOP_WORDS.has(g.rest.trim().toLowerCase()) && !/^\s*(?:on|in|after|as|overnight|by|and)$/i.test(g.rest)) continue;
      const start = base + m.index! + m[0].length - g.n!.length;
      if (/^(?:19|20)\d{2}$/.test(g.n!)) continue;
      add({ start, end: start + g.n!.length, value: { amount: parseNumber(g.n!)!, unit: 'death' }, form: 'count', qualifier: qualifierBefore(sentence, start), rule: 'figure.toll', noun: 'death toll', nounEnd: null });
    }
  }
  const anchor = COUNT_ANCHOR.exec(text);
  let seed: { unit: string; noun: string } | null = null;
  if (anchor) {
    const state = anchor.groups!.state?.replace(/^\s+(?:who\s+(?:have|has|had)\s+(?:been\s+)?|still\s+)?/i, '').replace(/,/g, '').trim();
    const noun = `${anchor.groups!.noun!.toLowerCase()}${state ? ` ${state}` : ''}`;
    seed = { unit: singularize(anchor.groups!.noun!), noun };
    for (const m of text.slice(anchor.index + anchor[0].length).matchAll(ANCHORED_NUMBER)) {
      const g = m.groups!;
      if (g.rest && isPluralNoun(g.rest.trim())) continue;
      if (/^(?:19|20)\d{2}$/.test(g.n!)) continue;
      const spelled = !/^\d/.test(g.n!);
      if (spelled && g.rest && !g.s && !STOP_WORDS.has(g.rest.trim().toLowerCase())) continue;
      const offset = anchor.index + anchor[0].length + m.index! + m[0].length - (g.s?.length ?? 0) - g.n!.length;
      const start = base + offset;
      const amount = cleanNumber(parseNumber(g.n!)! * scaleOf(g.s?.trim()));
      // "accounted for … stands at 136, with 150 unaccounted for": a state after the number is its own.
      const ownState = !g.s && g.rest !== undefined && STATE_AFTER.test(g.rest.trim()) && !/ing$/.test(g.rest.trim());
      const counted = ownState ? anchor.groups!.noun!.toLowerCase() : noun;
      add({ start, end: start + g.n!.length + (g.s?.length ?? 0), value: { amount, unit: seed.unit }, form: 'count', qualifier: qualifierBefore(sentence, start), rule: 'figure.count-anchored', noun: counted, nounEnd: null });
    }
  }
  if (!seed) {
    const crowd = CROWD_ANCHOR.exec(text);
    if (crowd) {
      seed = { unit: 'person', noun: crowd.groups!.noun!.toLowerCase() };
      for (const m of text.slice(crowd.index + crowd[0].length).matchAll(ANCHORED_NUMBER)) {
        const g = m.groups!;
        if ((g.rest && isPluralNoun(g.rest.trim())) || /^(?:19|20)\d{2}$/.test(g.n!) || !/^\d/.test(g.n!)) continue;
        const start = base + crowd.index + crowd[0].length + m.index! + m[0].length - (g.s?.length ?? 0) - g.n!.length;
        const amount = cleanNumber(parseNumber(g.n!)! * scaleOf(g.s?.trim()));
        add({ start, end: start + g.n!.length + (g.s?.length ?? 0), value: { amount, unit: 'person' }, form: 'count', qualifier: qualifierBefore(sentence, start), rule: 'figure.count-crowd', noun: seed.noun, nounEnd: null });
      }
    }
  }
  for (const m of text.matchAll(REACHED_NUMBER)) {
    const g = m.groups!;
    if (g.rest && (isPluralNoun(g.rest.trim()) || /^\s*(?:[$€£]|percent|points?|years?|months?|days?)/i.test(g.rest))) continue;
    if (/^(?:19|20)\d{2}$/.test(g.n!) || !isPluralNoun(g.noun!)) continue;
    const start = base + m.index! + m[0].length - (g.s?.length ?? 0) - g.n!.length;
    const amount = cleanNumber(parseNumeral(g.n!)! * scaleOf(g.s?.trim()));
    add({ start, end: start + g.n!.length + (g.s?.length ?? 0), value: { amount, unit: singularize(g.noun!) }, form: 'count', qualifier: qualifierBefore(sentence, start), rule: 'figure.count-reached', noun: g.noun!.toLowerCase(), nounEnd: null });
    seed ??= { unit: singularize(g.noun!), noun: g.noun!.toLowerCase() };
  }
  const counts = findCounts(sentence, free, seed);
  for (const m of counts) add(m);
  // "from 600,000 to 1 million containers": the first number counts what the second one counts.
  for (const m of counts) {
    if (m.form !== 'count' || !('amount' in m.value)) continue;
    const lead = /\bfrom\s+(?<n>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?<s>\s(?:thousand|million|billion))?\s+to\s+$/.exec(text.slice(Math.max(0, m.start - base - 60), m.start - base));
    if (!lead) continue;
    const start = m.start - lead[0].length + lead[0].indexOf(lead.groups!.n!, 4);
    const numberText = text.slice(start - base).match(/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/)![0];
    const end = start + numberText.length + (lead.groups!.s?.length ?? 0);
    add({ start, end, value: { amount: cleanNumber(parseNumeral(numberText)! * scaleOf(lead.groups!.s?.trim())), unit: m.value.unit }, form: 'count', qualifier: null, rule: 'figure.count-from', noun: m.noun, nounEnd: m.nounEnd });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

function isFiniteValue(v: FigureValue): boolean {
  return 'amount' in v ? Number.isFinite(v.amount) : Number.isFinite(v.min) && Number.isFinite(v.max);
}

function gapIsSpace(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** Words right before a bare `N pounds` that weigh it: a verb of weighing, gaining or losing, or a height before it. */
const WEIGHT_BEFORE =
  /(?:\b(?:weighs?|weighed|weighing|weight\s+(?:of|was|is)|listed\s+at|tip(?:s|ped|ping)?\s+the\s+scales\s+at|(?:has|have|had)\s+(?:lost|gained|shed|put\s+on)|(?:lose|loses|losing|gain|gains|gaining|gained|put\s+on|puts\s+on|putting\s+on|shed|sheds|shedding)|ballooned\s+to|\b(?:kilos?|kilograms?|kg)\s*\(|\d-(?:foot|feet)(?:-\d{1,2})?\s*(?:,|and))\s*(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|just\s+under|an?\s+extra|another)\s+)?)$/i;
/** Words right after a bare `N pounds` that weigh it: `of` and a noun that is not money's, or a comparison of weight. */
const WEIGHT_AFTER = /^\s+(?:heavier|lighter|overweight|underweight|of\s+(?!(?:the|his|her|its|their|my|our|your|taxpayers['’]?|public)\b)(?!(?:money|cash|funding|funds|investment|debt|savings|aid|spending|revenue|profit|sales|income|donations|damages|compensation|credit|tax|taxes|costs|fees|fines|bills|expenses|wages|pay|rent|bail|interest|winnings|prizes?|bonus(?:es)?|bets?|stakes?)\b)\p{Ll})/u;

/**
 * Whether a bare `N pounds` (no scale word; `£`, `pounds sterling` and `5 million pounds` are money) weighs something:
 * the words before it weigh it (`WEIGHT_BEFORE`) or those after it do (`WEIGHT_AFTER`).
 */
function isWeight(before: string, after: string): boolean {
  return WEIGHT_BEFORE.test(before) || WEIGHT_AFTER.test(after);
}

// Units written as abbreviations after a number, apart or glued to it ("55 mph", "300km", "4TB", "2.8GHz").
// Bytes only with a capital B: "4Gb" is gigabits.
function isUnitAbbreviation(w: string): boolean {
  return /^(?:mph|kph|km|mm|cm|kg|lbs?|ft|mw|gw|kw|kwh|mwh|gwh|twh|ha|bpd|ghz|mhz)$/i.test(w) || /^[TGM]B$/.test(w);
}
// Words after an elided count that say what state the counted things are in: "with 150 unaccounted for".
/** A lower-case plural noun: what a count's head is. */
function isCountedNoun(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Ll}/u.test(t.text) && isPluralNoun(t.text);
}

const STATE_AFTER = /^(?:(?:un)?accounted|missing|dead|injured|killed|hurt|displaced|evacuated|stranded|homeless|alive|\p{Ll}{3,}ing)$/u;
// "a drop of five points": points after a change are percentage points.
/** A percentage right after a count of points, in the same clause (`256.54 points, or 2 percent`, `15.23 points, 1.09 percent`). */
const PERCENT_BESIDE = /^\s*,?\s*(?:or\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+)?(?:\(\s*)?\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b|pct\b)/i;
const POINT_CHANGE = /\b(?:drop|fall|decline|rise|increase|gain|jump|slip|up|down|lost|gained|fell|rose|dropped|slipped|climbed|jumped)\s+(?:of\s+|by\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?$/i;

function findCounts(sentence: Sentence, free: (s: number, e: number) => boolean, seed: { unit: string; noun: string } | null = null): FigureMention[] {
  const src = sentence.text;
  const toks = tokenize(src).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
  const rel = (t: Token) => ({ ...t, start: t.start - sentence.start, end: t.end - sentence.start });
  const out: FigureMention[] = [];
  let lastUnit: string | null = seed?.unit ?? null;
  let lastNoun: string | null = seed?.noun ?? null;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i]!;
    const n = parseNumber(tok.text);
    if (n === null || !free(tok.start, tok.end)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    const numeral = /^\d/.test(tok.text);
    if (prev && /^[$€£¥©#]$/.test(prev.text)) continue;
    if (numeral && /^\d{4}$/.test(tok.text) && n >= 1900 && n <= 2100) continue; // a year
    // "the two countries" refers, it does not count; "all 136 passengers" counts them all.
    if (prev && DEFINITE.test(prev.text) && !(numeral && /^all$/i.test(prev.text))) continue;
    if (prev && MONTH.test(prev.text)) continue; // the day of "June 5"
    if (prev && i > 1 && isCapitalized(prev.text) && isWord(prev.text)) continue; // "Big Three", "Section 232"
    // "5G", "3-2" are no counts; a unit abbreviation glued to a numeral is one ("4TB", "300km").
    const glued = Boolean(next && numeral && isUnitAbbreviation(next.text) && src.slice(rel(tok).end, rel(next).start) === '');
    if (next && !gapIsSpace(src, rel(tok), rel(next)) && !glued) continue;
    let j = i + 1;
    let scale = 1;
    let end = tok.end;
    if (toks[j] && SCALE_TOKEN.test(toks[j]!.text)) {
      scale = scaleOf(toks[j]!.text);
      end = toks[j]!.end;
      j += 1;
    } else if (toks[j] && /^dozen$/i.test(toks[j]!.text) && n < 100 && gapIsSpace(src, rel(tok), rel(toks[j]!))) {
      // "two dozen people" are 24 people, as "a dozen people" are 12.
      scale = 12;
      end = toks[j]!.end;
      j += 1;
    }
    const mods: Token[] = [];
    let head: Token | null = null;
    // "12,000 National Guard troops": a capitalised run is a modifier when a counted noun follows it.
    let capitals = 0;
    while (capitals < 3 && toks[j + capitals] && isCapitalized(toks[j + capitals]!.text) && isWord(toks[j + capitals]!.text) && !MONTH.test(toks[j + capitals]!.text)) capitals += 1;
    const capitalRun = capitals > 0 && /^\p{Ll}/u.test(toks[j + capitals]?.text ?? '') && isPluralNoun(toks[j + capitals]!.text);
    for (let k = 0; k < 5 && toks[j + k]; k++) {
      const t = toks[j + k]!;
      const before = toks[j + k - 1]!;
      if (!gapIsSpace(src, rel(before), rel(t)) && !(k === 0 && glued)) break;
      const w = t.text;
      if (k < capitals && capitalRun) {
        mods.push(t);
        continue;
      }
      if (k === 0 && isUnitAbbreviation(w)) {
        head = t;
        break;
      }
      // "80,000 Americans": a plural demonym counts people.
      if (k === 0 && isCapitalized(w) && /s$/.test(w) && isCountryWord(w.slice(0, -1))) {
        head = t;
        break;
      }
      // "four more bodies", "two other states".
      if (k === 0 && /^(?:more|other|additional|further)$/.test(w)) {
        mods.push(t);
        continue;
      }
      if (isCountedNoun(t)) {
        head = t;
        // "4,500 research and sales jobs": a plural noun followed by another is its modifier.
        const further = toks[j + k + 1];
        if (further && gapIsSpace(src, rel(t), rel(further)) && isCountedNoun(further)) {
          mods.push(t);
          head = further;
        }
        break;
      }
      const abbreviation = /^(?:\p{Lu}\.){2,}$/u.test(w);
      // "three German factories": a demonym describes the things counted.
      const demonym = isCapitalized(w) && isCountryWord(w) && k < 2;
      // "20,000 construction and manufacturing jobs": coordinated modifiers share the head; after the conjunction a
      // capitalised one may stand right before it ("10,500 film and TV writers").
      const nextText = toks[j + k + 1]?.text ?? '';
      const coordination = /^(?:and|or)$/.test(w) && mods.length > 0 && (/^\p{Ll}/u.test(nextText) || (isCapitalized(nextText) && isWord(nextText) && isCountedNoun(toks[j + k + 2])));
      const coordinated = isCapitalized(w) && isWord(w) && /^(?:and|or)$/.test(mods[mods.length - 1]?.text ?? '') && isCountedNoun(toks[j + k + 1]);
      if ((/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !STOP_WORDS.has(w) && !/ly$/.test(w) && !SCALE_TOKEN.test(w)) || abbreviation || demonym || coordination || coordinated) {
        mods.push(t);
        continue;
      }
      break;
    }
    // "one" alone is an article-like word; "one million jobs" is a count.
    if (n === 1 && tok.text.toLowerCase() === 'one' && scale === 1) continue;
    if (!head) {
      // "payrolls ... shrunk by 42,000": an elided noun repeats the sentence's last counted noun.
      const large = /,\d{3}/.test(tok.text) || scale > 1;
      const after = toks[j];
      const bare = !after || !/^\p{L}/u.test(after.text) || STOP_WORDS.has(after.text.toLowerCase());
      const state = Boolean(after && gapIsSpace(src, rel(toks[j - 1]!), rel(after)) && STATE_AFTER.test(after.text));
      // "took 41 seats, down from 69": a number compared with a count counts the same thing.
      const compared = Boolean(prev && /^from$/i.test(prev.text) && lastUnit);
      if (numeral && (large || state || compared) && (bare || state || compared) && lastUnit && free(tok.start, end) && !(n >= 1900 && n <= 2100 && /^\d{4}$/.test(tok.text))) {
        const head = (lastNoun ?? lastUnit).split(' ')[0]!;
        const noun = state ? `${head} ${after!.text}${/accounted$/.test(after!.text) ? ' for' : ''}` : lastNoun;
        out.push({ start: tok.start, end, value: { amount: cleanNumber(n * scale), unit: lastUnit }, form: 'ellipsis', qualifier: qualifierBefore(sentence, tok.start), rule: 'figure.count-elided', noun, nounEnd: null });
      }
      continue;
    }
    const after = toks[toks.indexOf(head) + 1];
    if (SOURCE_NOUN.has(head.text.toLowerCase()) && after && /^(?:familiar|who|with|close|told|said|say|says|added|cited|quoted)$/i.test(after.text)) continue;
    if (!free(tok.start, head.end)) continue;
    let unit = isUnitAbbreviation(head.text) ? head.text.toLowerCase() : /^\p{Lu}/u.test(head.text) ? 'person' : singularize(head.text);
    // "fell 256.54 points, or 2 percent": points given with the percentage they make are an index's, not percentage points.
    if (/^points?$/i.test(head.text) && mods.length === 0 && POINT_CHANGE.test(src.slice(Math.max(0, tok.start - sentence.start - 30), tok.start - sentence.start)) && !PERCENT_BESIDE.test(src.slice(head.end - sentence.start))) unit = '%';
    // "minus 230 degrees": the sign belongs to the figure.
    const minus = prev && /^minus$/i.test(prev.text) && gapIsSpace(src, rel(prev), rel(tok));
    const lastMod = mods[mods.length - 1];
    if (lastMod && COMPOUND_UNIT.has(lastMod.text.toLowerCase())) unit = `${lastMod.text.toLowerCase()} ${unit}`;
    if (TIME_HYPHEN_UNIT.test(unit) && TIME_OFFSET_AFTER.test(src.slice(head.end - sentence.start))) continue;
    const noun = sentence.text.slice((mods[0] ?? head).start - sentence.start, head.end - sentence.start);
    lastUnit = unit;
    lastNoun = noun;
    const from = minus ? prev!.start : tok.start;
    out.push({ start: from, end: head.end, value: { amount: cleanNumber(n * scale * (minus ? -1 : 1)), unit }, form: 'count', qualifier: qualifierBefore(sentence, from), rule: numeral ? 'figure.count' : 'figure.count-spelled', noun, nounEnd: head.end });
  }
  return out;
}

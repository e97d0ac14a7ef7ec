/**
 * Date mentions, resolved against the injected publish date (never the
 * clock): absolute and partial dates, years used as dates, weekdays and bare
 * months by the tense of their clause, and relative expressions (`last year`,
 * `earlier this month`). Week-granular expressions resolve to `null`.
 */
import type { Sentence } from './sentence.js';
import { MONTH_NAME, MONTHS, WEEKDAYS, YEAR, addDays, addMonths, formatDay, formatMonth, isSaneDate, isValidDay, parseDay, weekdayOf, type Day } from '../lexicon/calendar.js';
import { tenseAround, type Tense } from './tense.js';

/** A date found in the text with its resolved value. */
export interface DateMention {
  start: number;
  end: number;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when it cannot be resolved. */
  date: string | null;
  rule: string;
  confidence: number;
}

const WEEKDAY_NAME = String.raw`(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;

const PATTERNS: Array<{ rule: string; re: RegExp }> = [
  // "on Christmas Day", "New Year's Eve 2006": a holiday on a fixed day of the year is that day.
  { rule: 'date.holiday', re: new RegExp(String.raw`(?:\b(?:(?<mod>[Ll]ast|[Nn]ext)\s)?(?<hol>Christmas\s(?:Day|Eve)|New\sYear[’']s\s(?:Day|Eve)|Boxing\sDay|Valentine[’']s\sDay|Halloween)|(?<=\b[Oo]n\s)(?<hol2>Christmas)|\b(?<mod2>[Ll]ast|[Nn]ext)\s(?<hol3>Christmas))(?![\p{L}])(?:,?\s(?<y>${YEAR})\b)?`, 'gu') },
  { rule: 'date.iso', re: new RegExp(String.raw`\b(?<y>${YEAR})-(?<m>\d{2})-(?<d>\d{2})\b`, 'g') },
  // "June 30 next year": the relative year fixes the year of a day.
  { rule: 'date.month-day-relative-year', re: new RegExp(String.raw`\b(?<mon>${MONTH_NAME})\s(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s(?:of\s)?(?<mod>last|this|next)\syear\b`, 'g') },
  { rule: 'date.month-day', re: new RegExp(String.raw`\b(?<mon>${MONTH_NAME})\s(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s(?<y>${YEAR})\b)?`, 'g') },
  { rule: 'date.day-month', re: new RegExp(String.raw`\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s(?<mon>${MONTH_NAME})(?:,?\s(?<y>${YEAR})\b)?`, 'g') },
  { rule: 'date.month-relative-year', re: new RegExp(String.raw`\b(?<mon>${MONTH_NAME})\s(?:of\s)?(?<mod>last|this|next)\syear\b`, 'g') },
  // "within 45 days": a deadline from publication, or null when it runs from another event ("of taking office").
  { rule: 'date.within', re: /\bwithin\s(?:the\s(?:next|coming)\s)?(?<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s(?<biz>working\s|business\s)?(?<unit>day|week|month|year)s?\b/gi },
  { rule: 'date.month-year', re: new RegExp(String.raw`\b(?<mon>${MONTH_NAME})(?:\sof)?,?\s(?<y>${YEAR})\b`, 'g') },
  { rule: 'date.relative', re: /\b(?<mod>(?:earlier|later|early|late)\s+this|this|last|next|the\s+past|the\s+previous)\s+(?<unit>week|month|year)\b/gi },
  // "next spring": a season resolves to its year (seasons have no YYYY-MM form).
  { rule: 'date.season', re: /\b(?<mod>last|this|next|early|late)\s+(?<season>spring|summer|autumn|fall|winter)\b/gi },
  { rule: 'date.ago', re: /\b(?<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>day|week|month|year)s?\s+ago\b/gi },
  { rule: 'date.deictic', re: /\b(?<word>today|yesterday|tomorrow)\b/gi },
  { rule: 'date.weekday', re: new RegExp(String.raw`\b(?:(?<mod>last|next|this|on|On|Last|Next|This)\s+)?(?<wd>${WEEKDAY_NAME})\b`, 'g') },
  { rule: 'date.month', re: new RegExp(String.raw`\b(?<mon>${MONTH_NAME.replace('May|', '')})(?![\p{L}])`, 'gu') },
  { rule: 'date.may', re: new RegExp(String.raw`(?<=\b(?:in|since|by|until|from|of|early|late|mid|last|next|this|during)\s)May\b`, 'g') },
  { rule: 'date.year-part', re: new RegExp(String.raw`\b(?:early|late|mid|mid-|end of|start of)\s?-?(?<y>${YEAR})\b`, 'gi') },
  { rule: 'date.year', re: new RegExp(String.raw`(?<![\d©$€£¥.,#/-]|©\s)(?<y>${YEAR})(?![\d%]|[.,]\d|-\d|s\b|\s?(?:percent|billion|million))`, 'g') },
];

/** Holidays on a fixed day of the year (month, day), keyed as `resolve` normalises the words. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25],
  christmas: [12, 25],
  'christmas eve': [12, 24],
  'new year day': [1, 1],
  'new year eve': [12, 31],
  'boxing day': [12, 26],
  'valentine day': [2, 14],
  halloween: [10, 31],
};

const SMALL: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function monthNumber(name: string): number {
  return MONTHS[name.replace('.', '').toLowerCase()] ?? 0;
}

/** Year for a month (and day) given the clause tense: past → most recent (but a day of the next month this year's), future → next, else the nearest. */
function yearFor(pub: Day, month: number, day: number | null, tense: Tense): number {
  const key = month * 100 + (day ?? 0);
  const pubKey = pub.month * 100 + (day === null ? 0 : pub.day);
  if (tense === 'past') {
    if (key <= pubKey) return pub.year;
    // A day soon after publication in a past clause is one planned then ("the hearing was set for Feb. 13", "had been
    // planned for Jan. 25"): news writes the year of a day in another year, so a month and day within the month after
    // publication's is this year's. A month alone ("sales fell in February") stays the last one.
    return day !== null && month - pub.month <= 1 ? pub.year : pub.year - 1;
  }
  if (tense === 'future') return key >= pubKey ? pub.year : pub.year + 1;
  // No tense: the occurrence within six months of publication.
  const diff = month - pub.month;
  if (diff > 6) return pub.year - 1;
  if (diff < -6) return pub.year + 1;
  return pub.year;
}

function resolveWeekday(pub: Day, weekday: number, modifier: string | undefined, tense: Tense): string {
  const mod = modifier?.toLowerCase();
  const delta = (weekday - weekdayOf(pub) + 7) % 7; // days forward to the next such weekday (0 = today)
  if (mod === 'last') return formatDay(addDays(pub, delta === 0 ? -7 : delta - 7));
  if (mod === 'next') return formatDay(addDays(pub, delta === 0 ? 7 : delta));
  if (tense === 'future') return formatDay(addDays(pub, delta));
  // Past or present tense: news reports what happened, so the most recent on or before publication.
  return formatDay(addDays(pub, delta === 0 ? 0 : delta - 7));
}

function resolveRelative(pub: Day, modifier: string, unit: string): string | null {
  const mod = modifier.toLowerCase().replace(/\s+/g, ' ');
  if (unit.toLowerCase() === 'week') return null; // week granularity has no YYYY form
  const step = /^(?:last|the past|the previous)$/.test(mod) ? -1 : mod === 'next' ? 1 : 0;
  if (unit.toLowerCase() === 'year') return String(pub.year + step);
  const [y, m] = addMonths(pub.year, pub.month, step);
  return formatMonth(y, m);
}

/**
 * True when `Today`, `Tomorrow` or `Yesterday` at `at` of `text` follows a capitalised word on its line: the end of
 * a name (`USA Today`, `Good Morning America Today`), not the day it spells. At a sentence's start, or written in
 * lower case, it is the day (`Today the council voted`).
 */
export function deicticInName(text: string, at: number): boolean {
  return /^(?:Today|Tomorrow|Yesterday)\b/.test(text.slice(at, at + 10)) && /\p{Lu}[\p{L}.&'’-]*[ \t]$/u.test(text.slice(Math.max(0, at - 40), at));
}

/** Finds and resolves the date mentions of one sentence. `published` is `YYYY-MM-DD` or null. */
export function findDates(sentence: Sentence, published: string | null): DateMention[] {
  const pub = parseDay(published);
  const out: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const { rule, re } of PATTERNS) {
    for (const m of sentence.text.matchAll(re)) {
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      if (!taken.every(([a, b]) => end <= a || start >= b)) continue;
      const resolved = resolve(rule, m.groups ?? {}, m[0], pub, sentence, start, end);
      // A value outside the sane year range is a span ("3000 years ago"), not a date.
      if (resolved === undefined || (resolved !== null && !isSaneDate(resolved))) continue;
      taken.push([start, end]);
      out.push({ start, end, date: resolved, rule, confidence: resolved === null ? 0.5 : rule === 'date.year' || rule === 'date.month' ? 0.7 : 0.85 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The resolved date; null when it cannot be resolved, undefined when the match is not a date. */
function resolve(rule: string, g: Record<string, string | undefined>, text: string, pub: Day | null, sentence: Sentence, start: number, end: number): string | null | undefined {
  const tense = () => tenseAround(sentence, start, end);
  switch (rule) {
    case 'date.iso': {
      const [y, m, d] = [Number(g.y), Number(g.m), Number(g.d)];
      return isValidDay(y, m, d) ? formatDay({ year: y, month: m, day: d }) : undefined;
    }
    case 'date.month-day':
    case 'date.day-month': {
      const month = monthNumber(g.mon!);
      const day = Number(g.d);
      if (day < 1 || day > 31) return undefined;
      const year = g.y ? Number(g.y) : pub ? yearFor(pub, month, day, tense()) : null;
      return year !== null && isValidDay(year, month, day) ? formatDay({ year, month, day }) : null;
    }
    case 'date.holiday': {
      const [month, day] = HOLIDAYS[(g.hol ?? g.hol2 ?? g.hol3)!.replace(/[’']s\s|\s/g, ' ').replace(/\s+/g, ' ').toLowerCase()]!;
      if (g.y) return formatDay({ year: Number(g.y), month, day });
      if (!pub) return null;
      // "Last New Year's Eve": the one before publication; "next Christmas": the one after.
      const mod = (g.mod ?? g.mod2)?.toLowerCase();
      const key = month * 100 + day;
      const pubKey = pub.month * 100 + pub.day;
      const year = mod === 'last' ? pub.year - (key < pubKey ? 0 : 1) : mod === 'next' ? pub.year + (key <= pubKey ? 1 : 0) : yearFor(pub, month, day, tense());
      return formatDay({ year, month, day });
    }
    case 'date.month-day-relative-year': {
      if (!pub) return null;
      const step = g.mod!.toLowerCase() === 'last' ? -1 : g.mod!.toLowerCase() === 'next' ? 1 : 0;
      const [year, month, day] = [pub.year + step, monthNumber(g.mon!), Number(g.d)];
      return isValidDay(year, month, day) ? formatDay({ year, month, day }) : undefined;
    }
    case 'date.season': {
      // "late fall" alone has no year cue; "this winter" may span two years, so only last/next move the year.
      const mod = g.mod!.toLowerCase();
      if (mod === 'early' || mod === 'late') return undefined;
      if (!pub) return null;
      if (mod === 'this') return String(pub.year);
      return String(pub.year + (mod === 'next' ? 1 : -1));
    }
    case 'date.month-year':
      return formatMonth(Number(g.y), monthNumber(g.mon!));
    case 'date.month-relative-year': {
      if (!pub) return null;
      const step = g.mod!.toLowerCase() === 'last' ? -1 : g.mod!.toLowerCase() === 'next' ? 1 : 0;
      return formatMonth(pub.year + step, monthNumber(g.mon!));
    }
    case 'date.within': {
      // Working days depend on a holiday calendar; an anchor other than publication is unknown.
      const anchored = /^\s(?:of|after|from|following)\b/.test(sentence.text.slice(end - sentence.start));
      if (!pub || anchored || g.biz) return null;
      const n = SMALL[g.n!.toLowerCase()] ?? (g.n!.toLowerCase() === 'twelve' ? 12 : Number(g.n));
      const unit = g.unit!.toLowerCase();
      if (unit === 'day') return formatDay(addDays(pub, n));
      if (unit === 'week') return formatDay(addDays(pub, 7 * n));
      if (unit === 'month') return formatMonth(...addMonths(pub.year, pub.month, n));
      return String(pub.year + n);
    }
    case 'date.relative':
      return pub ? resolveRelative(pub, g.mod!, g.unit!) : null;
    case 'date.ago': {
      if (!pub) return null;
      const n = SMALL[g.n!.toLowerCase()] ?? Number(g.n);
      const unit = g.unit!.toLowerCase();
      if (unit === 'day') return formatDay(addDays(pub, -n));
      if (unit === 'week') return formatDay(addDays(pub, -7 * n));
      if (unit === 'month') return formatMonth(...addMonths(pub.year, pub.month, -n));
      return String(pub.year - n);
    }
    case 'date.deictic': {
      if (deicticInName(sentence.text, start - sentence.start)) return undefined;
      if (!pub) return null;
      const w = g.word!.toLowerCase();
      return formatDay(addDays(pub, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0));
    }
    case 'date.weekday':
      return pub ? resolveWeekday(pub, WEEKDAYS[g.wd!.toLowerCase()]!, g.mod, tense()) : null;
    case 'date.month':
    case 'date.may': {
      const month = monthNumber(g.mon ?? text);
      // A month name opening a sentence is as likely a verb or name ("March on").
      if (start === sentence.start && g.mon === 'March') return undefined;
      return pub ? formatMonth(yearFor(pub, month, null, tense()), month) : null;
    }
    case 'date.year-part':
    case 'date.year':
      return g.y!;
  }
  return undefined;
}

/**
 * Calendar arithmetic on publish dates (`YYYY-MM-DD`) in UTC, so results do
 * not depend on the machine's time zone.
 */

/** A regex source for a month as news writes it: its name, or its abbreviation with a period or before a day. */
export const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s\d))`;
/** A regex source for a year of news: 1900–2099. */
export const YEAR = String.raw`(?:19|20)\d{2}`;

/**
 * Regex sources for the occasion a phrase right after a date places it in (`on Tuesday during a hearing`,
 * `Friday night at a rally`): a part of the day, the preposition, the determiner opening the occasion's noun
 * phrase. The extractor names the event from them (`date-subject.ts`) and says whether a date is written against
 * its event with them (`dated-at-event.ts`).
 */
export const DAY_PART = '(?:morning|afternoon|evening|night)';
export const OCCASION_PREPOSITION = '(?:during|at|in|amid)';
export const OCCASION_DETERMINER = '(?:the|a|an|its|his|her|their|this|that)';
/**
 * A regex source for a recording, which a day right after it dates as its release (`in a new audiotape Saturday`):
 * `date-subject.ts` names the date's event `release` from it, `dated-at-event.ts` writes the release against it.
 */
export const RECORDING = '(?:audiotape|videotape|tape|video|recording)';

/** Month names and abbreviations to 1..12. */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/** Weekday names to 0 (Sunday) .. 6. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** A parsed publish date. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD`; null when absent or malformed. */
export function parseDay(iso: string | null): Day | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD` of a day. */
export function formatDay(d: Day): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** `YYYY-MM` of a year and month. */
export function formatMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

/** The day `n` days after `d` (negative goes back). */
export function addDays(d: Day, n: number): Day {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** Weekday of a day, 0 = Sunday. */
export function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Month `n` months after (year, month), as [year, month]. */
export function addMonths(year: number, month: number, n: number): [number, number] {
  const idx = year * 12 + (month - 1) + n;
  return [Math.floor(idx / 12), (idx % 12) + 1];
}

/** True when the day exists (no 31 June). */
export function isValidDay(year: number, month: number, day: number): boolean {
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

/** Earliest and latest years a resolved date may carry: "3000 years ago" is a span, not year -975. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;

/** True when a resolved `YYYY[-MM[-DD]]` value has a year in [{@link MIN_YEAR}, {@link MAX_YEAR}]. */
export function isSaneDate(value: string): boolean {
  const m = /^(\d{4})(?:-\d{2}(?:-\d{2})?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

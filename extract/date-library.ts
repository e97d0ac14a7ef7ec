/**
 * Date finding by library, for comparison with the rules and as a fallback:
 * chrono-node and compromise-dates, both given the publish date as their
 * reference. The value's precision follows what the library says is certain
 * (chrono) or the span's unit (compromise).
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { DateMention } from './date.js';
import { isSaneDate, parseDay } from '../lexicon/calendar.js';
import { splitSentences } from './sentence.js';

let pluginLoaded = false;

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Text chrono parses at once. Its end-of-period refiner rescans all the text before each result, so a whole article
 * of several MB would take quadratic time; sentences grouped into chunks of about this size keep it linear. */
const CHRONO_CHUNK_CHARS = 4000;

/** `[start, end)` chunks of whole sentences (a sentence longer than a chunk is a chunk of its own). */
function chunks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  let end = -1;
  for (const s of splitSentences(text)) {
    if (start >= 0 && s.end - start > CHRONO_CHUNK_CHARS) {
      out.push([start, end]);
      start = -1;
    }
    if (start < 0) start = s.start;
    end = s.end;
  }
  if (start >= 0) out.push([start, end]);
  return out;
}

/** Dates chrono-node finds in `text`, resolved against `published` (UTC noon, so no zone shifts a day). */
export function findDatesWithChrono(text: string, published: string | null): DateMention[] {
  const pub = parseDay(published);
  const instant = pub ? new Date(Date.UTC(pub.year, pub.month - 1, pub.day, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chunks(text).flatMap(([from, to]) =>
    chrono.parse(text.slice(from, to), { instant, timezone: 'UTC' }, { forwardDate: false }).map((r) => ({ index: r.index + from, text: r.text, start: r.start })),
  );
  return results.flatMap((r) => {
    const c = r.start;
    const iso = toIso(c.date());
    let date: string | null;
    if (!pub && !c.isCertain('year')) date = null;
    else if (c.isCertain('day') || c.isCertain('weekday')) date = iso;
    else if (c.isCertain('month')) date = iso.slice(0, 7);
    else if (c.isCertain('year')) date = iso.slice(0, 4);
    else date = iso.slice(0, 7);
    if (/\bweek\b/i.test(r.text)) date = null;
    // chrono can include trailing spaces or punctuation; the span stops at the expression.
    const trimmed = r.text.replace(/[\s.,;:]+$/u, '');
    if (date !== null && !isSaneDate(date)) return [];
    return [{ start: r.index, end: r.index + Math.max(1, trimmed.length), date, rule: 'date.chrono', confidence: 0.6 }];
  });
}

interface CompromiseDate {
  text: string;
  offset: { start: number; length: number };
  dates?: { start?: string; end?: string; unit?: string; duration?: Record<string, number> };
}

/** Dates compromise-dates finds in `text`, resolved against `published`. */
export function findDatesWithCompromise(text: string, published: string | null): DateMention[] {
  if (!pluginLoaded) {
    nlp.plugin(datesPlugin as unknown as Parameters<typeof nlp.plugin>[0]);
    pluginLoaded = true;
  }
  const doc = nlp(text) as unknown as { dates(opts: object): { json(opts: object): CompromiseDate[] } };
  const found = doc.dates({ today: published ?? undefined, timezone: 'UTC' }).json({ offset: true });
  return found.map((j) => {
    const start = j.offset.start;
    const raw = j.text.replace(/[\s.,;:]+$/, '');
    const iso = j.dates?.start?.slice(0, 10) ?? null;
    const unit = j.dates?.unit;
    const days = j.dates?.duration?.days ?? 0;
    let date: string | null = iso;
    if (iso && unit === 'year') date = iso.slice(0, 4);
    else if (iso && unit === 'month') date = iso.slice(0, 7);
    else if (unit === 'week' || days > 1) date = unit === 'week' ? null : iso;
    if (!published && !/\b\d{4}\b/.test(raw)) date = null;
    return { start, end: start + raw.length, date, rule: 'date.compromise', confidence: 0.6 };
  }).filter((d) => d.date === null || isSaneDate(d.date));
}

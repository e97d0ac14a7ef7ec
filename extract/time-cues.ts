/**
 * What a claim's own sentence says of its valid time: the day its value started or held (`statedValidFrom`), that it
 * is the value before a reported change (`statedEarlier`), the first day it no longer holds (`statedValidTo`), and the
 * day a proposal was presented (`proposalValidFrom`). The extractor puts them on each claim (`ClaimDraft.stated`,
 * `statedCues`), so reconciliation never reads the text for them.
 */
import { z } from 'zod';
import { ClaimKind, PartialDate, type ClaimDraft, type IsoDay, type TimeCues } from '../model/index.js';
import { figurePhases } from './figure-phase.js';
import { proposalPresentations, proposalStems } from './proposal.js';
import { sentenceAt, splitSentences, type Sentence } from './sentence.js';
import { tenureEnded } from './tenure.js';

/** A claim of the same article near the claim whose valid time is sought (`statedValidFrom`). */
export const NearbyClaim = z.strictObject({
  kind: ClaimKind,
  /** UTF-16 offsets in the article, end exclusive. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  /** A date claim's resolved value; `null` for other kinds and unresolved dates. */
  date: PartialDate.nullable(),
});
export type NearbyClaim = z.infer<typeof NearbyClaim>;

/** A stretch of an article around one claim, with the other claims in it. */
export const ClaimContext = z.strictObject({
  /** Offset in the article of `text`'s first character. */
  offset: z.number().int().nonnegative(),
  /** At least the claim's sentence; more is fine, the sentence is found again here. */
  text: z.string(),
  nearby: z.array(NearbyClaim),
});
export type ClaimContext = z.infer<typeof ClaimContext>;

/** Words that open the period a value holds over: the value starts then (`since April`, `effective August 1`). */
const START_MARKER =
  /(?:^|[\s,(—–-])(since|from|as of|effective(?: from| on| as of)?|starting(?: on| in| from)?|beginning(?: on| in)?|(?:in|into) (?:effect|force) (?:since|from|on|as of)|(?:took|take|takes|taking|taken|went|go|goes|going|gone|came|come|comes|coming) (?:into )?(?:effect|force)(?: on| in| from| as of)?)\s+(?:(?:the|early|mid|late|his|her|its|their|this|last)\s+)*$/i;
/** A plain temporal preposition: the value held at that time (`was 4% in August`, `were cut in August`). */
const AT_MARKER = /(?:^|\s)(in|on|during)\s+(?:(?:the|early|mid|late|this|last)\s+)*$/i;
/** The same opening a date sentence: `In April, …`. */
const OPENING_AT = /^(?:(?:and|but|so|then)\s+)?(?:in|on|during)\s+(?:(?:the|early|mid|late|this|last)\s+)*$/i;
/** A verb of change or level right before `in`/`on`: `imposed in`, `cut in`, `stood at … in`. */
const EVENT_VERB = /(?:\b[a-z]+ed|\b(?:cut|set|hit|put|rose|risen|fell|fallen|grew|grown|shrank|shrunk|began|begun|stood|was|were|is|are|been|became|become|took|taken|levied))\s*$/i;
/** A preposition a date quote may start with (`on Tuesday`, `within 45 days`). */
const QUOTE_PREPOSITION = /^(on|in|since|from|during|by|within|until|till|before|after|at|through)\s+/i;
/** `shrunk by 42,000`, `up 3%`: a change, whose `since`/`from` names the base of the comparison, not a start. */
const CHANGE_BEFORE = /\b(?:by|up|down)\s+$/i;

/**
 * When the claim's own sentence says its value started or held: the first
 * day of a date claim of the same article linked to the claim by
 *
 * - a start marker before the date (`since April`, `from August 1`,
 *   `effective …`, `took effect on …`, `starting …`), on either side of the
 *   claim: `25%, effective August 1` and `Since April, the rate has been 25%`;
 * - a plain `in`/`on`/`during` right after the claim's phrase or after a verb
 *   of change (`a 25% tariff on cars in April`, `12,000 jobs were cut in
 *   August`, `25%, imposed in April`), or opening the sentence (`In April, …`);
 *   the day must not be after `published` (a future `in 2027` is a forecast).
 *
 * Never across another figure (`from 25% to 15% on Tuesday` dates the 15%),
 * never across `;`, within a few words, never for target prepositions (`by
 * 2026`, `within 45 days`, `until …`), and not `since`/`from` after a change
 * amount (`shrunk by 42,000 since April` is a change measured from April).
 * The nearest qualifying date wins. `null` when nothing says so: the article's
 * date then stands for the claim's.
 *
 * `claim` is located in `context.text` by its quote near its offset, so an
 * offset drift between the database's characters and UTF-16 units does not
 * misplace it.
 */
export function statedValidFrom(
  claim: { start: number; end: number; quote: string },
  context: ClaimContext,
  published: IsoDay | null,
  found: Placed | null = inSentence(claim, context),
): IsoDay | null {
  if (found === null) return null;
  const { text, start, end, sentence, placed } = found;
  const figures = placed.filter((n) => n.kind === 'figure');
  const change = CHANGE_BEFORE.test(text.slice(sentence.start, start));
  let best: { day: IsoDay; gap: number } | null = null;
  for (const d of placed) {
    if (d.kind !== 'date' || d.date === null) continue;
    const lead = QUOTE_PREPOSITION.exec(d.quote)?.[1] ?? '';
    const after = d.start >= end;
    if (!after && d.end > start) continue;
    const [from, to] = after ? [end, d.start] : [d.end, start];
    if (figures.some((f) => f.start >= from && f.end <= to)) continue;
    const gap = text.slice(from, to);
    if (gap.includes(';')) continue;
    const link = after ? linkAfter(`${gap}${lead ? ` ${lead} ` : ''}`) : linkBefore(`${text.slice(sentence.start, d.start)}${lead ? ` ${lead} ` : ''}`, gap);
    if (!link) continue;
    if (change && (link.marker === 'since' || link.marker === 'from')) continue;
    const day = firstDay(d.date);
    if (link.kind === 'at' && published !== null && day > published) continue;
    if (!best || to - from < best.gap) best = { day, gap: to - from };
  }
  return best?.day ?? null;
}

/** A claim located in its context (`inSentence`): its offsets there, its sentence and the other claims of that sentence. */
type Placed = { text: string; start: number; end: number; sentence: Sentence; placed: NearbyClaim[] };

/** The claim located in its context: its offsets there, its sentence and the other claims of that sentence. */
function inSentence(claim: { start: number; end: number; quote: string }, context: ClaimContext): Placed | null {
  const { text } = context;
  const expected = claim.start - context.offset;
  const at = locate(text, claim.quote, expected);
  if (at === null) return null;
  const shift = at - expected;
  const start = at;
  const end = at + claim.quote.length;
  const sentence = sentenceAt(splitSentences(text), start);
  if (!sentence || end > sentence.end) return null;
  const placed = context.nearby
    .map((n) => ({ ...n, start: n.start - context.offset + shift, end: n.end - context.offset + shift }))
    .filter((n) => n.start >= sentence.start && n.end <= sentence.end && !(n.start === start && n.end === end));
  return { text, start, end, sentence, placed };
}

/**
 * True when the claim's value held only before its report: a person the
 * sentence says left the role (`tenureEnded`), or a figure that is the value
 * before a change its sentence reports as done (`figurePhases`: "increased from one to four" for one, "revised … to 128
 * from 145" for 145, "Previously, there were 99 …"): it held before the
 * report, so reconciliation supersedes it rather than weighing it against the
 * new value. The base of a proposed change is the value in force and is not
 * earlier.
 */
export function statedEarlier(claim: { kind: ClaimKind; start: number; end: number; quote: string }, context: ClaimContext, found: Placed | null = inSentence(claim, context)): boolean {
  if (found === null) return false;
  const { sentence, start, end, placed } = found;
  // A person who left the role ("X, who has stepped down", "replacing X") held it until the report.
  if (claim.kind === 'person') return tenureEnded(sentence.text, start - sentence.start, end - sentence.start);
  if (claim.kind !== 'figure') return false;
  const figures = [...placed.filter((n) => n.kind === 'figure'), { start, end, kind: 'figure' as const }]
    .filter((n, i, all) => !all.some((m, j) => j !== i && m.start <= n.start && n.end <= m.end && (m.end - m.start > n.end - n.start)))
    .sort((a, b) => a.start - b.start);
  const at = figures.findIndex((f) => f.start === start && f.end === end);
  if (at < 0) return false;
  const phase = figurePhases(sentence.text, figures.map((f) => ({ start: f.start - sentence.start, end: f.end - sentence.start })))[at];
  return phase?.phase === 'base' && !phase.proposed;
}

/** A word that closes the period a value holds over: it holds until the date after it (`through 2025`, `until August 1`). */
const END_MARKER = /(?:^|[\s,(—–-])(until|till|through|thru)\s/i;

/**
 * When the claim's own sentence says its value stops holding: the day of a
 * date claim after it joined by `until`, `till` or `through` within a few words
 * ("will remain chairman through the end of his contract Dec. 31, 2021", "the
 * 25% rate applies until August 1"): after the date for `through`, at its
 * start for `until`. Never across
 * another figure or a `;`. The day returned is the first day it no longer
 * holds (intervals end exclusive): `through 2025` → 2026-01-01, `until August
 * 1` → August 1. `null` when the sentence says nothing of an end.
 */
export function statedValidTo(claim: { start: number; end: number; quote: string }, context: ClaimContext, found: Placed | null = inSentence(claim, context)): IsoDay | null {
  if (found === null) return null;
  const { text, end, placed } = found;
  const figures = placed.filter((n) => n.kind === 'figure');
  for (const d of [...placed].sort((a, b) => a.start - b.start)) {
    if (d.kind !== 'date' || d.date === null || d.start < end) continue;
    if (figures.some((f) => f.start >= end && f.end <= d.start)) return null;
    const lead = QUOTE_PREPOSITION.exec(d.quote)?.[1] ?? '';
    const gap = `${text.slice(end, d.start)}${lead ? ` ${lead} ` : ''}`;
    if (gap.includes(';')) return null;
    const marker = END_MARKER.exec(gap);
    // The marker near the claim ("remain chairman through"), the date near the marker ("the end of his contract").
    if (!marker || words(gap.slice(0, marker.index)) > 5 || words(gap.slice(marker.index)) > 8) return null;
    return /^(?:through|thru)$/i.test(marker[1]!) ? dayAfter(lastDay(d.date)) : firstDay(d.date);
  }
  return null;
}

type Link = { kind: 'start' | 'at'; marker: string } | null;

/** The words between the claim and a date after it (plus the date's own leading preposition). */
function linkAfter(between: string): Link {
  const start = START_MARKER.exec(between);
  if (start) return words(between.slice(0, start.index)) <= 8 ? { kind: 'start', marker: start[1]!.toLowerCase() } : null;
  const at = AT_MARKER.exec(between);
  if (!at) return null;
  const before = between.slice(0, at.index);
  if (words(before) > 8) return null;
  // Right after the claim's own phrase (`tariff on cars in April`), or after a verb of change (`, imposed in April`).
  if ((words(before) <= 5 && !/[,—–]/.test(before)) || EVENT_VERB.test(before)) return { kind: 'at', marker: at[1]!.toLowerCase() };
  return null;
}

/** A date before the claim: its marker is what precedes it in the sentence; the gap to the claim stays short. */
function linkBefore(lead: string, gap: string): Link {
  if (words(gap) > 12) return null;
  const start = START_MARKER.exec(lead);
  if (start) return { kind: 'start', marker: start[1]!.toLowerCase() };
  const opening = OPENING_AT.exec(lead.trimStart());
  return opening ? { kind: 'at', marker: 'in' } : null;
}

function words(s: string): number {
  return s.split(/[\s,—–]+/).filter((w) => /\w/.test(w)).length;
}

/** Where `quote` is in `text`: at `expected` if it is there, else its occurrence nearest to it. */
function locate(text: string, quote: string, expected: number): number | null {
  if (quote === '') return null;
  if (text.startsWith(quote, expected)) return expected;
  let best: number | null = null;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
    if (best === null || Math.abs(i - expected) < Math.abs(best - expected)) best = i;
  }
  return best;
}

/** The last day of a partial date: `2025` → `2025-12-31`, `2024-02` → `2024-02-29`. */
function lastDay(date: string): IsoDay {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
  }
  return date;
}

function dayAfter(day: IsoDay): IsoDay {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + 1)).toISOString().slice(0, 10);
}

/** The first day of a partial date: `2025-04` → `2025-04-01`. */
function firstDay(date: string): IsoDay {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Characters either side of a claim that `claimTimeCues` reads to find its sentence and the dates in it. */
export const CUE_CONTEXT_CHARS = 400;

/** What a sentence says of a claim's valid time, from a stretch of its article (`context`). */
export function statedTimeCues(claim: { kind: ClaimKind; start: number; end: number; quote: string }, context: ClaimContext, published: IsoDay | null): TimeCues {
  // The claim's sentence is found once for the three.
  const found = inSentence(claim, context);
  return {
    validFrom: statedValidFrom(claim, context, published, found),
    earlier: statedEarlier(claim, context, found),
    validTo: statedValidTo(claim, context, found),
  };
}

/** An article's date and figure claims in text order (then id), as `claimTimeCues` looks up a window's (`cueClaims`). */
export interface CueClaims {
  readonly sorted: readonly (NearbyClaim & { id: string })[];
}

/** `claims`' date and figure claims in text order, then id: sorted once for all of an article's `claimTimeCues`. */
export function cueClaims(claims: readonly (NearbyClaim & { id: string })[]): CueClaims {
  return { sorted: claims.filter((n) => n.kind === 'date' || n.kind === 'figure').sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/**
 * `statedTimeCues` for a claim of an article whose text and other claims are at hand (when it is extracted, or
 * stored without cues): the window of `CUE_CONTEXT_CHARS` either side of the claim, with the date and figure
 * claims of `claims` inside it. No start is stated when no date claim is in the window (the window
 * reconciliation read from the store before the cues were stored held one). The window's claims are found by
 * binary search, so an article's cues cost its claims' windows, not its claims squared.
 */
export function claimTimeCues(claim: { id: string; kind: ClaimKind; start: number; end: number; quote: string }, article: { text: string; published: IsoDay | null }, claims: CueClaims): TimeCues {
  const from = Math.max(claim.start - CUE_CONTEXT_CHARS, 0);
  const to = claim.end + CUE_CONTEXT_CHARS;
  const { sorted } = claims;
  let lo = 0;
  for (let hi = sorted.length; lo < hi; ) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const inside: (NearbyClaim & { id: string })[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start <= to; i++) if (sorted[i]!.id !== claim.id && sorted[i]!.end <= to) inside.push(sorted[i]!);
  const nearby = inside.map(({ kind, start, end, quote, date }) => ({ kind, start, end, quote, date }));
  const cues = statedTimeCues(claim, { offset: from, text: article.text.slice(from, to), nearby }, article.published);
  // A start is only ever read from a date claim in the window; whether the value is an earlier one needs none.
  return inside.some((n) => n.kind === 'date' && n.start < to) ? cues : { validFrom: null, earlier: cues.earlier, validTo: null };
}

/** A date's preposition that places an event at it (`on Jan. 10`, `in March`), not a deadline or a bound. */
const AT_DATE = /\b(?:on|in|during)\s+(?:(?:the|early|mid|late)\s+)?$/i;

/**
 * Days from which an article's proposed figures hold, where the article dates the presentation of their
 * proposal in another sentence ("Borne, who unveiled details of the pension reform proposal on Jan. 10"
 * dates "hiking the retirement age from 62 to 64" in "Macron's planned pension reforms, which include …"):
 * for each claim in `proposed` (ids of figure claims whose predicate says they are proposed) whose own
 * sentence names the same proposal (`proposalStems` meet, besides the words every proposal shares), the
 * earliest such day. A presentation is dated by the first date claim after its verb with `on`/`in`/`during`
 * before it, or by one opening its sentence (`On Jan. 10, the government unveiled …`); never by a day after
 * `published` (a future presentation is no start).
 */
export function proposalValidFrom(
  article: { text: string; published: IsoDay | null },
  claims: readonly (NearbyClaim & { id: string })[],
  proposed: ReadonlySet<string>,
): Map<string, IsoDay> {
  const out = new Map<string, IsoDay>();
  if (proposed.size === 0) return out;
  const dates = claims.filter((c) => c.kind === 'date' && c.date !== null).sort((a, b) => a.start - b.start);
  const sentences = splitSentences(article.text);
  const dated: { day: IsoDay; stems: ReadonlySet<string> }[] = [];
  for (const p of proposalPresentations(article.text, sentences)) {
    const inSentence = dates.filter((d) => d.start >= p.start && d.end <= p.end);
    const after = inSentence.find((d) => d.start >= p.verbEnd && atDate(article.text, d) && !article.text.slice(p.verbEnd, d.start).includes(';'));
    const opening = inSentence.find((d) => d.end <= p.verbStart && OPENING_AT.test(article.text.slice(p.start, d.start).trimStart() + leadOf(d)));
    const d = after ?? opening;
    if (!d) continue;
    const day = firstDay(d.date!);
    if (article.published !== null && day > article.published) continue;
    dated.push({ day, stems: new Set(p.stems) });
  }
  if (dated.length === 0) return out;
  for (const c of claims) {
    if (!proposed.has(c.id)) continue;
    const sentence = sentenceAt(sentences, c.start);
    if (!sentence) continue;
    const stems = proposalStems(sentence.text);
    for (const { day, stems: named } of dated) {
      if (!stems.some((s) => named.has(s))) continue;
      const was = out.get(c.id);
      if (was === undefined || day < was) out.set(c.id, day);
    }
  }
  return out;
}

/** The preposition a date claim's quote opens with, as a trailing word (`on `), or nothing. */
function leadOf(d: NearbyClaim): string {
  const lead = QUOTE_PREPOSITION.exec(d.quote)?.[1];
  return lead ? ` ${lead} ` : '';
}

/** A date placed `on`/`in`/`during` (in its quote or right before it). */
function atDate(text: string, d: NearbyClaim): boolean {
  const lead = QUOTE_PREPOSITION.exec(d.quote)?.[1];
  if (lead) return /^(?:on|in|during)$/i.test(lead);
  return AT_DATE.test(text.slice(Math.max(0, d.start - 30), d.start));
}

/**
 * Each claim of an article with its valid-time cues (`stated`), but a date claim, whose value is its time: what
 * `claimTimeCues` reads in its window among the article's claims, and for a proposed figure (`proposed …`
 * predicate) its sentence does not date, the day its proposal was presented (`proposalValidFrom`). Claims of one
 * kind at one span are one claim, the first of them, as the store keeps them. The store stores the cues of the
 * claims that observe a fact, so reconciliation never reads the text for them.
 */
export function withStatedCues(claims: readonly ClaimDraft[], article: { text: string; published: IsoDay | null }): ClaimDraft[] {
  const spanId = (c: ClaimDraft) => `${c.kind}:${c.start}:${c.end}`;
  const first = new Map<string, ClaimDraft>();
  for (const c of claims) if (!first.has(spanId(c))) first.set(spanId(c), c);
  const nearby = [...first].map(([id, c]) => ({ id, kind: c.kind, start: c.start, end: c.end, quote: c.quote, date: c.kind === 'date' ? c.value.date : null }));
  const cues = new Map<string, TimeCues>();
  const index = cueClaims(nearby);
  for (const [id, c] of first) if (c.kind !== 'date') cues.set(id, claimTimeCues({ id, kind: c.kind, start: c.start, end: c.end, quote: c.quote }, article, index));
  const proposed = new Set([...first].filter(([id, c]) => c.kind === 'figure' && c.predicate?.trim().startsWith('proposed ') && cues.get(id)!.validFrom === null).map(([id]) => id));
  for (const [id, day] of proposalValidFrom(article, nearby, proposed)) cues.set(id, { ...cues.get(id)!, validFrom: day });
  return claims.map((c) => (c.kind === 'date' ? c : { ...c, stated: cues.get(spanId(c))! }));
}

import { z } from 'zod';
import { dateEvent } from '../extract/dated-at-event.js';
import { figurePhases } from '../extract/figure-phase.js';
import { sentenceAt, splitSentences } from '../extract/sentence.js';
import { proposalPresentations, proposalStems } from '../extract/proposal.js';
import { tenureEnded } from '../extract/tenure.js';
import { ClaimKind, FactValue, PartialDate, type ClaimDraft, type IsoDay } from '../model/index.js';
import { ambiguousBareCounts, bareCountKey, factKey, isBareCount, isBareSpan, isOwnedBareCount, isUsableKey, normaliseWords, OWNED_COUNT_WORD, TOLL_WORDS } from './fact-key.js';
import { officeOf, officeSubject, ROLE_PREDICATE, rolePost } from './office.js';
import { isGenericSubject } from './story.js';
import { valueKey } from './value-key.js';

/** The story an article belongs to, as it scopes the article's generic subjects. */
export interface StoryScope {
  /** `scopeToken(storyId)`. */
  token: string;
  /** The article's name words (`nameWords`). */
  names: ReadonlySet<string>;
  /** The article's bare counts it gives several values, and the subjects it dates two ways (`ambiguousCounts`): none of them is a fact. */
  ambiguousCounts?: ReadonlySet<string>;
}

/**
 * What an article names ambiguously, so that none of it is a fact: the bare counts (`3 games`, `22 points scored`)
 * it gives two or more values under one subject (`ambiguousBareCounts`), and the subjects it gives two dates that
 * do not agree (`datedTwiceKey`: "the budget vote of 2004" and "the budget vote in September 2007", last year's
 * launch and this one): one event has one date, so the words name two events and neither is the other's date.
 *
 * A one-word event in a story is keyed by its day (`claimObservation`), so there two dates are two events each
 * of its own day, when the sentence writes the event against its date (`the 2004 ruling`, `its September 2007
 * ruling`, `died Wednesday`, `who died in 1990`, `a hearing in March 2005`, `Tuesday's hearing`): the extractor
 * says so on the claim (`datedAtEvent`, read from its sentence by `isDatedAtEvent`), so no text is read here. A
 * date the event word was read from farther off (`called the election ... to defuse tension that erupted in
 * November`) is listed by its position (`datedAtKey`): it may be another event's, so it observes nothing; so is a
 * date claim that does not say (`datedAtEvent` absent: an extractor before rules@38).
 */
export function ambiguousCounts(claims: readonly ClaimDraft[]): Set<string> {
  const out = ambiguousBareCounts(
    claims.flatMap((c) => (c.kind === 'figure' && c.hedge !== 'denied' && !isQualifiedToll(c.subject, c.predicate) ? [{ subject: c.subject, unit: c.value.unit, value: JSON.stringify(c.value) }] : [])),
  );
  const dates = new Map<string, { date: string; claim: ClaimDraft }[]>();
  for (const c of claims) {
    if (c.kind !== 'date' || c.hedge === 'denied' || !c.subject?.trim() || !c.predicate?.trim() || c.value.date === null) continue;
    const key = datedTwiceKey(dateEvent(c.subject), c.predicate);
    const held = dates.get(key) ?? [];
    held.push({ date: c.value.date, claim: c });
    dates.set(key, held);
  }
  // Dates agree at the precision both give (`2008` and `2008-03-11`).
  const agree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  for (const [key, held] of dates) {
    if (!held.some((a) => held.some((b) => !agree(a.date, b.date)))) continue;
    out.add(key);
    for (const { claim } of held) if (claim.kind !== 'date' || claim.datedAtEvent !== true) out.add(datedAtKey(claim));
  }
  return out;
}

/** How `ambiguousCounts` lists a subject its article dates two ways: in a namespace of its own, apart from bare counts. */
function datedTwiceKey(subject: string, predicate: string): string {
  return `date:${factKey(subject.trim(), predicate.trim())}`;
}

/** How `ambiguousCounts` lists one date claim of a subject dated two ways whose event is not written against it. */
function datedAtKey(claim: { start: number; end: number }): string {
  return `date@${claim.start}:${claim.end}`;
}

/** What one claim asserts about one fact: the fact's identity and the value it gives. */
export const Observation = z.strictObject({
  /** Surface forms as the claim gave them; the first claim of a fact names it. */
  subject: z.string().min(1),
  predicate: z.string().min(1),
  /** `factKey(subject, predicate)`. */
  key: z.string().min(1),
  kind: ClaimKind,
  value: FactValue,
});
export type Observation = z.infer<typeof Observation>;

/**
 * The (subject, predicate, value) a claim asserts, or `null` when it asserts no
 * fact that can be reconciled:
 *
 * - figure: subject and predicate from the claim; the value is the amount or range.
 * - person: when the role is an office one person holds at a time in a named
 *   organisation or place (`officeOf`: `Twitter CEO`, `mayor of Lyon`), subject =
 *   the organisation, predicate = the office, value = `{ text: name }`: who holds
 *   it, so successors supersede one another. Otherwise subject = the person's
 *   name, predicate `role: <post>` (`rolePost`: `role: coach` for `Oilers coach`),
 *   value `{ text: role }`: one fact per post, as a person holds several at once;
 *   no role, no observation.
 * - date: subject and predicate from the claim, value `{ date }`; an unresolved
 *   date (`null`) gives none.
 * - project: subject = the project's name. One claim feeds one fact, so the
 *   most specific field wins: `amount` (value = the amount) if given, else
 *   `sponsor`, else `location` (as text); a project with none of them only
 *   names itself and gives no observation.
 *
 * A claim with a null subject or predicate (after the rules above), or whose
 * key normalises to nothing, gives none. With `scope` (the article's story, when a claim is placed), a
 * figure whose subject is only its counted noun gives none when that is a span of time (`isBareSpan`) or
 * a count the article gives several values under one subject (`scope.ambiguousCounts`), and a date claim gives none
 * when its article dates its subject two ways (also `scope.ambiguousCounts`); another such bare count's
 * key carries its figure, so only the same figure meets it across articles. `scope` joins the key of an
 * observation whose subject is generic (`isGenericSubject`) or that is a count (`isStoryCount`), never a person's role. A `denied` claim says the value does
 * *not* hold, so it cannot support a value and gives none either (v1: denials
 * are not yet counted as opposition).
 */
export function claimObservation(claim: ClaimDraft, scope: StoryScope | null = null): Observation | null {
  if (claim.hedge === 'denied') return null;
  const found = observe(claim);
  if (!found) return null;
  const named = found.subject?.trim();
  const predicate = found.predicate?.trim();
  if (!named || !predicate) return null;
  // The words that key the fact: a date's result without its modifiers (`dateEvent`); the fact keeps the claim's words.
  const subject = claim.kind === 'date' ? dateEvent(named) : named;
  // A count that does not say of what (`22 minutes`; `3 games` beside `10 games`, `22 points scored` beside
  // `18 points scored` in one article) names
  // no fact: it joins none when its story is known (claims a fact already holds keep their value).
  // A subject its article dates two ways names two events, so neither date is the subject's; but in a story a
  // one-word event (`ruling`, `die`, `election`) is keyed by its day anyway (`bareEvent` below), so each date names
  // its own event (`the 2004 ruling`, `its September 2007 ruling`; her death on Wednesday, her husband's in 1990)
  // and meets another article's only on the same day.
  const storyEvent = scope !== null && claim.kind === 'date' && isGenericSubject(subject, scope.names) && isOneWordEvent(subject);
  if (scope !== null && claim.kind === 'date' && scope.ambiguousCounts?.has(storyEvent ? datedAtKey(claim) : datedTwiceKey(subject, predicate))) return null;
  let bare = false;
  let owned = false;
  if (scope !== null && claim.kind === 'figure') {
    if (isBareSpan(subject, claim.value.unit)) return null;
    // A toll its predicate qualifies (`deaths | count per year`, `count since 2003`) says which total it is: it is
    // keyed by its words and its qualifier, like any named measure, never by its figure.
    const qualified = isQualifiedToll(subject, predicate);
    if (claim.rule === PART_RULE && isStoryCount(claim, predicate)) {
      // `125 of its stores`, `one of the government's 36 ministers`: how many of a set something befell, not a measure
      // of the set: like a bare count, only the same figure is the same thing (and never the set's own size, `36`).
      bare = true;
    } else if (!qualified && isBareCount(subject, claim.value.unit, true)) {
      if (scope.ambiguousCounts?.has(bareCountKey(subject, claim.value.unit))) return null;
      bare = true;
    } else if (!qualified && isStoryCount(claim, predicate) && isOwnedBareCount(subject, claim.value.unit)) {
      // `Okafor points scored`: whose, but not which game; like a bare count, only the same figure is the same thing.
      bare = true;
      owned = true;
    } else if (normaliseWords(predicate).join(' ') === 'population' && isGenericSubject(subject, scope.names)) {
      // `a city of 12 million people`: a population says not which city, and a story names several.
      bare = true;
    }
  }
  // A person's role belongs to the person, whatever story names them; a generic subject ("people",
  // "death toll") is about its story's event; a subject with a name in it identifies itself.
  // A count is of one event's things (its dead, its marchers, a player's points in one game), whoever's they are:
  // `White points scored` in two stories is two games, so a count names a fact only within its story.
  // A winner's prize money is one event's too (a tournament's, a draw's): `Choi prize money` in two stories is two prizes.
  const scoped = scope !== null && claim.kind !== 'person' && (isGenericSubject(subject, scope.names) || isStoryCount(claim, predicate) || isPrizeMoney(claim, subject));
  const key = factKey(subject, predicate, scoped ? scope.token : null);
  if (!isUsableKey(key)) return null;
  // A bare count its article gives once is its story's, but only the figure says which thing it counts: in a
  // story of several games or rounds each article counts its own (`6 feet`, `65 feet`; `3 saves`, `26 saves`),
  // so two articles' bare counts are one fact only when they give the same figure (`over 200 demonstrations`
  // twice), and different figures are different things, never a contest.
  // A one-word event dated in a story (`die`, `arrive`, `victory`, `statement`) does not say whose or which: a story
  // has many arrivals, games and statements, so two articles' dates of it are one fact only when they give the same
  // day, and different days are different events, never a revision or a contest.
  // (A scoped key's subject is its words and the scope token: one word and the token.)
  const bareEvent = scoped && storyEvent;
  const keyed = owned ? withSubjectWord(key, OWNED_COUNT_WORD) : key;
  // A job cut counted in workers or in jobs (`factKey`: `cut job`) is one figure whichever noun it counts.
  const keyValue = bare && isJobCutKey(key) && 'amount' in found.value ? { ...found.value, unit: 'job' } : found.value;
  return { subject: named, predicate, key: bare || bareEvent ? `${keyed} ${bareValueWord(keyValue)}` : keyed, kind: claim.kind, value: found.value };
}

/**
 * A count of things (`people killed`, `White points scored`, `Pakistani soldiers`): a figure whose predicate is a
 * count and whose unit is a counted noun, not money (an ISO code) nor a percentage. Such a count always belongs to
 * its story's event, even when its subject names someone; amounts, rates and prices of a named subject do not.
 */
export function isStoryCount(claim: ClaimDraft, predicate: string): boolean {
  if (claim.kind !== 'figure') return false;
  const unit = claim.value.unit;
  if (unit === '%' || /^[A-Z]{3}$/.test(unit)) return false;
  const words = normaliseWords(predicate);
  return words.includes('count') || words.includes('number');
}

/** The extractor's rule for the part of a partitive (`125 of its stores`, `55 of the 136 units`). */
const PART_RULE = 'figure.count-part';

/** A winner's prize money (`Choi prize money`, the extractor's words for `Choi, who won $954,000`): an amount of an event. */
function isPrizeMoney(claim: ClaimDraft, subject: string): boolean {
  return claim.kind === 'figure' && /(?:^|\s)prize money$/i.test(subject.trim());
}

/**
 * A date's subject that is one generic word (`ruling`, `die`, `arrive`): in a story it says neither whose nor which,
 * so its key carries its day. Its generic key's subject is that word alone (a name's words, `Diana`, make no
 * generic subject, and a scoped key adds only the scope token).
 */
function isOneWordEvent(subject: string): boolean {
  return factKey(subject, 'date').split('|')[0]!.split(' ').filter(Boolean).length === 1;
}

/** A key of a job cut (`factKey`: `4,000 workers laid off`, `4,000 jobs slashed` → `cut job`). */
function isJobCutKey(key: string): boolean {
  const words = key.slice(0, key.indexOf('|')).split(' ');
  return words.includes('cut') && words.includes('job');
}

/** A key with one more subject word, words kept sorted. */
function withSubjectWord(key: string, word: string): string {
  const bar = key.indexOf('|');
  return `${[...key.slice(0, bar).split(' ').filter(Boolean), word].sort().join(' ')}${key.slice(bar)}`;
}

/**
 * A toll its predicate qualifies by a period or a happening (`deaths | count per year`, `count in separate attack`):
 * the dead, hurt or missing of a period are the story's, whoever they were, so the qualifier says which total it is.
 * A period's games or points (`41 games this season`) are still someone's, so they stay bare.
 */
function isQualifiedToll(subject: string | null, predicate: string | null): boolean {
  const words = normaliseWords(predicate ?? '');
  if (words.length < 2 || words[0] !== 'count') return false;
  return normaliseWords(subject ?? '').some((w) => TOLL_WORDS.has(w));
}


/** The word a bare count's figure adds to its key's predicate (`#amount:6_foot`): predicates differ, so no two figures resolve into one. */
function bareValueWord(value: FactValue): string {
  return `#${valueKey(value).replace(/\s+/g, '_')}`;
}

interface Found {
  subject: string | null;
  predicate: string | null;
  value: FactValue;
}

function observe(claim: ClaimDraft): Found | null {
  switch (claim.kind) {
    case 'figure':
      return { subject: claim.subject, predicate: claim.predicate, value: claim.value };
    case 'person': {
      if (!claim.value.role) return null;
      // An office one person holds at a time: the claim says who holds it (`Disney | chief executive`).
      const office = officeOf(claim.value.role, claim.value.org);
      if (office) return { subject: officeSubject(office.org), predicate: office.office, value: { text: claim.value.name } };
      // A person's own post: one fact per post (`role: coach`), as a person holds several at once.
      const post = rolePost(claim.value.role);
      return { subject: claim.value.name, predicate: post ? `${ROLE_PREDICATE}: ${post}` : ROLE_PREDICATE, value: { text: claim.value.role } };
    }
    case 'date':
      return claim.value.date ? { subject: claim.subject, predicate: claim.predicate, value: { date: claim.value.date } } : null;
    case 'project': {
      const { name, amount, sponsor, location } = claim.value;
      if (amount) return { subject: name, predicate: 'amount', value: amount };
      if (sponsor) return { subject: name, predicate: 'sponsor', value: { text: sponsor } };
      if (location) return { subject: name, predicate: 'location', value: { text: location } };
      return null;
    }
    case 'status':
      // Where a deal stands (`Elon Musk acquisition of Twitter | status` = completed): later states supersede earlier ones.
      return { subject: claim.subject, predicate: claim.predicate, value: { text: claim.value.state } };
  }
}

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
export function statedValidFrom(claim: { start: number; end: number; quote: string }, context: ClaimContext, published: IsoDay | null): IsoDay | null {
  const found = inSentence(claim, context);
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

/** The claim located in its context: its offsets there, its sentence and the other claims of that sentence. */
function inSentence(claim: { start: number; end: number; quote: string }, context: ClaimContext) {
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
export function statedEarlier(claim: { kind: ClaimKind; start: number; end: number; quote: string }, context: ClaimContext): boolean {
  const found = inSentence(claim, context);
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
export function statedValidTo(claim: { start: number; end: number; quote: string }, context: ClaimContext): IsoDay | null {
  const found = inSentence(claim, context);
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

/** What a claim's own sentence says of its valid time (`statedValidFrom`, `statedEarlier`, `statedValidTo`). */
export interface TimeCues {
  /** The day its value started or held; null when the sentence says none. */
  validFrom: IsoDay | null;
  /** It is the value before a change the sentence reports as done. */
  earlier: boolean;
  /** The first day its value no longer holds, when the sentence says so (`statedValidTo`); null otherwise. */
  validTo: IsoDay | null;
}

/** What a sentence says of a claim's valid time, from a stretch of its article (`context`). */
export function statedTimeCues(claim: { kind: ClaimKind; start: number; end: number; quote: string }, context: ClaimContext, published: IsoDay | null): TimeCues {
  return {
    validFrom: statedValidFrom(claim, context, published),
    earlier: statedEarlier(claim, context),
    validTo: statedValidTo(claim, context),
  };
}

/**
 * `statedTimeCues` for a claim of an article whose text and other claims are at hand (when its claims are
 * stored, so reconciliation never needs the text again): the window of `CUE_CONTEXT_CHARS` either side of
 * the claim, with the date and figure claims of `claims` inside it. No start is stated when no date claim
 * is in the window (the window reconciliation read from the store before the cues were stored held one).
 */
export function claimTimeCues(
  claim: { id: string; kind: ClaimKind; start: number; end: number; quote: string },
  article: { text: string; published: IsoDay | null },
  claims: readonly (NearbyClaim & { id: string })[],
): TimeCues {
  const from = Math.max(claim.start - CUE_CONTEXT_CHARS, 0);
  const to = claim.end + CUE_CONTEXT_CHARS;
  const inside = claims.filter((n) => n.id !== claim.id && (n.kind === 'date' || n.kind === 'figure') && n.start >= from && n.end <= to);
  const nearby = [...inside]
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ kind, start, end, quote, date }) => ({ kind, start, end, quote, date }));
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

import { z } from 'zod';
import { ClaimKind, FactValue, type ClaimDraft } from '../model/index.js';
import { ambiguousBareCounts, bareCountKey, countedNounKey, factKey, isBareCount, isBareSpan, isOwnedBareCount, isUsableKey, normaliseWords, OWNED_COUNT_WORD, TOLL_WORDS } from './fact-key.js';
import { bareOffice, isFormerRole, officeOf, officeSubject, ROLE_PREDICATE, rolePost } from './office.js';
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
  // A post named without its owner, held by two people at once in one article (`Foreign Minister A met Foreign
  // Minister B`): whose is whose the article does not say.
  const holders = new Map<string, Set<string>>();
  for (const c of claims) {
    const office = c.hedge === 'denied' || (c.kind === 'person' && isFormerRole(c.value.role)) ? null : storyOffice(c);
    if (office === null || c.kind !== 'person') continue;
    holders.set(office.ambiguityKey, (holders.get(office.ambiguityKey) ?? new Set()).add(c.value.name.trim().toLowerCase()));
  }
  for (const [key, names] of holders) if (names.size > 1) out.add(key);
  const dates = new Map<string, { date: string; claim: ClaimDraft }[]>();
  for (const c of claims) {
    if (c.kind !== 'date' || c.hedge === 'denied' || !c.subject?.trim() || !c.predicate?.trim() || c.value.date === null) continue;
    const key = datedTwiceKey(dateKeySubject(c), c.predicate);
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

/**
 * The words a date claim's fact is keyed by: its `event` as the extractor names it (a result without its lower-case
 * modifiers, `shootout win` → `win`: `dateEvent` in `extract/dated-at-event.ts`), else (a claim of an extractor before
 * rules@52) its subject as written.
 */
function dateKeySubject(claim: ClaimDraft & { kind: 'date' }): string {
  return claim.event?.trim() || claim.subject!.trim();
}

/**
 * What a person claim observes as its story's office (`bareOffice`: `Prime Minister X`, `police chief X`, no owner
 * said): the body, the office and its holder. Keyed in the claim's story by `claimObservation`; the store's evidence
 * of a claim held by such a fact rather than by the person's role fact reads its value from here, as that evidence
 * is read without the story. `null` for any other claim.
 */
export function storyOffice(claim: ClaimDraft): { subject: string; predicate: string; value: FactValue; ambiguityKey: string } | null {
  if (claim.kind !== 'person' || !claim.value.role || officeOf(claim.value.role, claim.value.org) !== null) return null;
  const bare = bareOffice(claim.value.role);
  return bare === null ? null : { subject: bare.body, predicate: bare.office, value: { text: claim.value.name }, ambiguityKey: bareOfficeKey(bare) };
}

/** How `ambiguousCounts` lists a post without its owner that its article gives two holders. */
function bareOfficeKey(bare: { body: string; office: string }): string {
  return `office:${bare.body}|${bare.office}`;
}

/** How `ambiguousCounts` lists a subject its article dates two ways: in a namespace of its own, apart from bare counts. */
function datedTwiceKey(subject: string, predicate: string): string {
  return `date:${factKey(subject.trim(), predicate.trim(), null, true)}`;
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
  // A post its article names without saying whose (`Justice Minister X`, `Prime Minister X`, `police chief X`) is the
  // story's government's or police's: its holder is the office's value within the story, unless the article names
  // two holders of it at once (a visiting minister beside the host's), when neither is.
  const office = scope !== null ? storyOffice(claim) : null;
  if (office !== null && !scope!.ambiguousCounts?.has(office.ambiguityKey)) {
    const key = factKey(office.subject, office.predicate, scope!.token);
    if (isUsableKey(key)) return { subject: office.subject, predicate: office.predicate, key, kind: claim.kind, value: office.value };
  }
  const found = observe(claim);
  if (!found) return null;
  const named = found.subject?.trim();
  const predicate = found.predicate?.trim();
  if (!named || !predicate) return null;
  // The words that key the fact: a date's event as the extractor names it (a result without its modifiers); the
  // fact keeps the claim's words.
  const subject = claim.kind === 'date' ? dateKeySubject(claim) : named;
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
  const key = factKey(subject, predicate, scoped ? scope.token : null, claim.kind === 'date');
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
  // A count keyed by its figure meets the same figure under another noun of its class (`125 retail stores`, `125 retail
  // locations`: `countedNoun`), as the figure must agree too.
  const keyed = bare ? countedNounKey(owned ? withSubjectWord(key, OWNED_COUNT_WORD) : key) : key;
  // A job cut counted in workers or in jobs (`factKey`: `cut job`) is one figure whichever noun it counts.
  // (Its figure's unit is read in its class by `valueKey`: `125 locations` is `amount:125 store`.)
  const keyValue = bare && isJobCutKey(key) && 'amount' in found.value ? { ...found.value, unit: 'job' } : found.value;
  // A day-keyed event carries its month and day, not its year: a day resolved into the wrong year (`January 22` read as
  // next year's) is the same event, which contests, rather than another fact nobody reviews.
  const eventDay = bareEvent && 'date' in found.value && typeof found.value.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(found.value.date) ? `#day_${found.value.date.slice(5)}` : null;
  return { subject: named, predicate, key: eventDay ? `${keyed} ${eventDay}` : bare || bareEvent ? `${keyed} ${bareValueWord(keyValue)}` : keyed, kind: claim.kind, value: found.value };
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
  return factKey(subject, 'date', null, true).split('|')[0]!.split(' ').filter(Boolean).length === 1;
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

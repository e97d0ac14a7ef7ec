/**
 * The extract stage: text and publish date in, claim drafts out. Pure: no
 * I/O and no clock; `published` is the only reference for relative dates.
 */
import { z } from 'zod';
import { ClaimDraft, type Hedge } from '../model/claim.js';
import { attributeSentence, type Attribution } from './attribution.js';
import { deicticInName, findDates, type DateMention } from './date.js';
import { findDatesWithChrono, findDatesWithCompromise } from './date-library.js';
import { dateEvent, isDatedAtEvent } from './dated-at-event.js';
import { describeDate } from './date-subject.js';
import { articleCountries, countEvent, countPerformer, earlierHappening, countPeriod, countPlace, isListedVerb, isReferredPerformer } from './count-place.js';
import { findStatuses, isHeading, STAGE_ORDER, type StatusMention } from './status.js';
import { findFigures, type FigureMention } from './figure.js';
import { datelineDollar, localiseDollars } from './local-dollar.js';
import { figurePhases } from './figure-phase.js';
import { describeFigure, groupAfter, isCandidateShare, isProgressSubject, type FigureDescription } from './figure-subject.js';
import { ownerBefore, sentenceTokens, tokenIndexAt } from './phrase.js';
import { findPersons, type PersonMention } from './person.js';
import { linkPositions } from './positions.js';
import { findProjects, groupProjects, type ProjectMention } from './project.js';
import { sentenceAt, splitSentences, type Sentence } from './sentence.js';
import { withStatedCues } from './time-cues.js';
import { STOP_WORDS, isCountry, singularize } from '../lexicon/vocabulary.js';
import { NUMBER_WORD, NUMERAL } from '../lexicon/number.js';
import { EXTRACTOR_VERSION } from './version.js';

/** How dates are found: hand rules, a library, or rules with chrono-node filling gaps. */
export const DateEngine = z.enum(['rules', 'rules+chrono', 'chrono', 'compromise']);
export type DateEngine = z.infer<typeof DateEngine>;

/** A claim a rule produced that failed validation and was dropped; the rest of the article still goes through. */
export interface ExtractWarning {
  /** The rule that made the claim (`figure.money`, `date.ago`). */
  rule: string;
  /** The text the claim quoted. */
  quote: string;
  start: number;
  /** Why it was dropped (the schema's message). */
  message: string;
}

/** Options of {@link extractClaims}. */
export const ExtractOptions = z.strictObject({
  /**
   * Date finder. `rules+chrono` measured best on the gold (see eval/README.md).
   * @defaultValue 'rules+chrono'
   */
  dateEngine: DateEngine.default('rules+chrono'),
  /**
   * Called once per dropped claim (an injected logger); {@link extractClaimsWithWarnings} also returns them.
   * @defaultValue none
   */
  onWarning: z.custom<(warning: ExtractWarning) => void>((v) => typeof v === 'function', 'expected a function').optional(),
});
/** The options as callers write them (every field optional). */
export type ExtractOptions = z.input<typeof ExtractOptions>;

/** Input of {@link extractClaims}: the article text and its publish date (`YYYY-MM-DD` or null). */
export interface ExtractInput {
  text: string;
  published: string | null;
}

const KIND_ORDER = { figure: 0, person: 1, date: 2, project: 3, status: 4 } as const;

function common(text: string, start: number, end: number, attribution: Attribution, rule: string, confidence: number) {
  return {
    start,
    end,
    quote: text.slice(start, end),
    attribution: attribution.attribution,
    hedge: attribution.hedge as Hedge,
    extractor: EXTRACTOR_VERSION,
    rule,
    confidence: Math.max(0, Math.min(1, Math.round(confidence * 100) / 100)),
  };
}

function datesFor(engine: DateEngine, text: string, published: string | null, sentences: readonly Sentence[]): DateMention[] {
  if (engine === 'chrono') return findDatesWithChrono(text, published);
  if (engine === 'compromise') return findDatesWithCompromise(text, published);
  const rules = sentences.flatMap((s) => findDates(s, published));
  if (engine === 'rules') return rules;
  // chrono only fills gaps the rules leave ("3 days from now", "the 5th of June").
  // Times of day ("at 15") and "now" are not dates at this format's precision.
  const DATEISH = /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|day\b|\bago\b|\bfrom now\b/i;
  // Rule spans are disjoint and sorted, so one binary search per chrono span finds any overlap.
  const spans = [...rules].sort((a, b) => a.start - b.start);
  const overlapsRule = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length && spans[lo]!.start < end;
  };
  // A lower-case bare month word ("the march", "may") is a noun or a verb, not a date.
  const LOWER_MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
  const extra = findDatesWithChrono(text, published).filter(
    (c) => DATEISH.test(text.slice(c.start, c.end)) && !LOWER_MONTH.test(text.slice(c.start, c.end)) && !overlapsRule(c.start, c.end) && !deicticInName(text, c.start),
  );
  return [...rules, ...extra];
}

const TIME_UNIT = /^(?:year|decade|month|week|day|hour|minute)$/;
const SUPERLATIVE_IN = /\b(?:largest|biggest|highest|lowest|worst|best|fastest|slowest|strongest|weakest|steepest|sharpest|first)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:in|since)\s+(?:(?:more than|nearly|almost|about|over)\s+)?$/iu;
const COMPARED = /\b(?:up from|down from|compared with|compared to|versus|vs\.?|against|double|triple|twice|half|than|from)\s+(?:the\s+)?(?:(?:about|around|nearly|roughly)\s+)?$/i;
/** `put the figure at`, `estimated the total at`, `(in 2004)` allowed between: an estimate of a figure named before. */
const PUT_FIGURE = /\b(?:put|puts|putting|placed|places|estimated|estimates|pegged|pegs|set|sets)\s+(?:the|that|this|its|their)\s+(?:figure|total|sum|amount|number|estimate|tally)\s+(?:(?:in|for)\s+\d{4}\s+)?at\s+(?:(?:about|around|roughly|nearly|some|more than|as much as|up to)\s+)?$/i;
const PERIOD_BEFORE = /\b(?:over|for|in|during|across)\s+(?:the\s+(?:next|past|last|previous|coming|first)\s+)?(?:(?:more than|less than|nearly|about|almost|around|roughly|some|just over|just under|up to)\s+)?$/i;

/**
 * Figures that lean on an earlier figure of their sentence: a conversion in
 * brackets (`101.0 billion riyals ($26.9 billion)`) measures the same thing,
 * and a time span after it (`500 millimeters in 48 hours`, `$200 billion over
 * the next two decades`) is the period of that measure.
 */
function linkSentenceSubjects(text: string, figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>): void {
  let first = 0; // index of the first figure of the current sentence: lookbacks stay inside it
  for (let k = 1; k < figures.length; k++) {
    const cur = figures[k]!;
    const prev = figures[k - 1]!;
    if (prev.s !== cur.s) {
      first = k;
      continue;
    }
    const earlier = figures.slice(first, k).reverse();
    const between = text.slice(prev.m.end, cur.m.start);
    if (cur.m.form === 'money' && prev.m.form === 'money' && /^\s*\(\s*(?:about|around|roughly|approximately|or|some)?\s*$/.test(between)) {
      cur.d = { ...prev.d };
      continue;
    }
    const unit = 'amount' in cur.m.value ? cur.m.value.unit : '';
    const lead = text.slice(cur.s.start, cur.m.start);
    const anchor = earlier.find((f) => f.d.subject && !TIME_UNIT.test('amount' in f.m.value ? f.m.value.unit : ''));
    if ((cur.m.form === 'count' || cur.m.form === 'ellipsis') && TIME_UNIT.test(unit)) {
      // "its largest acquisition in eight years": the superlative names what the span measures.
      const superlative = SUPERLATIVE_IN.exec(lead);
      if (superlative) cur.d = { subject: superlative[1]!.toLowerCase(), predicate: 'period', strength: 'strong' };
      else if (anchor && PERIOD_BEFORE.test(lead)) cur.d = { subject: anchor.d.subject, predicate: 'period', strength: 'strong' };
      // "cut spending by $6 billion within 18 months": a deadline of the figure before it.
      else if (anchor && /\bwithin\s+$/i.test(lead) && (!cur.d.subject || /^\d/.test(cur.d.subject))) cur.d = { subject: anchor.d.subject, predicate: 'deadline', strength: 'strong' };
      continue;
    }
    // "a net profit of ¥2.5 trillion, more than double the ¥1.18 trillion ...": a compared amount measures the same.
    if (cur.m.form === 'money' && (cur.d.strength === 'weak' || !cur.d.subject) && COMPARED.test(lead.slice(-40))) {
      const same = earlier.find((f) => f.m.form === 'money' && f.d.strength === 'strong' && f.d.subject);
      if (same) cur.d = { ...same.d };
    }
    // "had embezzled some $15 billion …, which put the figure at $35 billion": `the figure` is the money named before.
    if (cur.m.form === 'money' && !cur.d.subject && PUT_FIGURE.test(lead.slice(-60))) {
      const same = earlier.find((f) => f.m.form === 'money' && f.d.subject);
      if (same) cur.d = { ...same.d };
    }
    // "Turnout was 71.3%, up 2.4 percentage points": a change written after a figure is that figure's change.
    if (cur.m.form === 'percent' && /,\s*(?:up|down)\s+(?:(?:about|around|nearly|roughly|some|almost)\s+)?$/i.test(lead.slice(-30))) {
      const measured = earlier.find((f) => f.d.subject && f.d.strength === 'strong');
      if (measured) {
        cur.d = { subject: measured.d.subject, predicate: 'change', strength: 'strong' };
        continue;
      }
    }
    // "Jara won 26.8% of the vote ... Kast with 23.9%": a weakly described percentage parallels the one before it.
    if (cur.m.form === 'percent' && cur.d.strength === 'weak') {
      const parallel = earlier.find((f) => f.m.form === 'percent' && f.d.strength === 'strong' && !isProgressSubject(f.d.subject));
      if (parallel && isCandidateShare(parallel.d)) {
        // "Jara won 26.8% of the vote, ahead of Kast with 23.9%": another candidate's share, not Jara's.
        const other = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*,?\s+(?:(?:came|finished|was|placed)\s+\p{Ll}+\s+)?with\s+(?:(?:about|around|nearly|roughly|almost|just|only|some)\s+)?$/u.exec(lead.slice(-80));
        if (other) cur.d = { subject: `${other[1]} vote`, predicate: 'share', strength: 'strong' };
      } else if (parallel) {
        cur.d = { ...parallel.d };
        // "42.35% of teachers … for primary school, 34.66% for secondary school": the same noun, its own group.
        const tokens = sentenceTokens(cur.s);
        const group = groupAfter(tokens, tokenIndexAt(tokens, cur.m.end));
        const head = parallel.d.subject?.split(/\s+/).pop();
        if (group && head) cur.d = { ...cur.d, subject: `${group} ${head}` };
      }
    }
  }
}

/**
 * Money figures of equal value in one article almost always measure the same
 * thing; the most specific subject found for any of them is given to all.
 */
function linkMoneySubjects(figures: Array<{ m: FigureMention; d: FigureDescription }>): void {
  const groups = new Map<string, Array<{ m: FigureMention; d: FigureDescription }>>();
  for (const f of figures) {
    if (f.m.form !== 'money') continue;
    const k = JSON.stringify(f.m.value);
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  for (const list of groups.values()) {
    const strong = list.filter((f) => f.d.strength === 'strong' && f.d.subject);
    if (strong.length === 0) continue;
    // "Japan investment fund" is supported by every plain "investment fund" too: the owner only adds detail.
    const subjects = [...new Set(strong.map((f) => f.d.subject!))];
    const support = (s: string) => strong.filter((f) => s === f.d.subject || s.toLowerCase().endsWith(` ${f.d.subject!.toLowerCase()}`)).length;
    const best = subjects.sort((a, b) => support(b) - support(a) || b.length - a.length)[0]!;
    const bestDesc = strong.find((f) => f.d.subject === best)!.d;
    for (const f of list) {
      f.d.subject = bestDesc.subject;
      f.d.predicate = bestDesc.predicate;
    }
  }
}

/** A money subject that names no thing: `total value`, `the price`. */
const VAGUE_MONEY = /^(?:(?:total|overall|full|final|estimated|reported)\s+)?(?:value|amount|sum|price|cost|worth|figure|valuation|consideration)$/i;
/** Words that say a sentence's money is a deal's. */
const DEAL_WORD = /\b(?:deal|acquisition|acquire[sd]?|acquiring|buyout|takeover|take over|offer|bid|merger|purchase|transaction|valu(?:ed|es|ing)\s+(?:the\s+\w+\s+)?at)\b/i;

/**
 * Money that is a deal's value takes the deal's name, so every report of the
 * deal's price, however worded, is one fact: a money figure equal to an
 * acquisition's stated amount ("the $44 billion buyout" and "$44 billion"), and
 * a vaguely named one ("for a total value of $44 billion") in a sentence about
 * the deal when the article reports exactly one acquisition or merger.
 */
function linkDealAmounts(figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>, projects: readonly ProjectMention[]): void {
  const deals = projects.filter((p) => /^project\.(?:acquisition|stake)/.test(p.rule) && / (?:acquisition|merger|bid) /.test(` ${p.name} `));
  for (const f of figures) {
    if (f.m.form !== 'money' || !('amount' in f.m.value)) continue;
    const value = f.m.value;
    const priced = deals.filter((p) => p.amount !== null && p.amount.unit === value.unit && Math.abs(p.amount.amount - value.amount) <= 1e-9 * Math.max(1, value.amount));
    const names = new Set((priced.length > 0 ? priced : []).map((p) => p.name));
    if (names.size === 1) {
      f.d = { subject: [...names][0]!, predicate: 'amount', strength: 'strong' };
      continue;
    }
    const only = new Set(deals.map((p) => p.name));
    if (priced.length === 0 && only.size === 1 && (f.d.subject === null || VAGUE_MONEY.test(f.d.subject)) && DEAL_WORD.test(f.s.text)) {
      f.d = { subject: [...only][0]!, predicate: 'amount', strength: 'strong' };
    }
  }
}

/** Periods a change is measured over, as their sentence words them. */
const THIS_YEAR = /\b(?:so far this year|so far in \d{4}|this year|year[- ]to[- ]date|since the (?:start|beginning) of (?:the|this) year)\b/i;
const PAST_SPAN = /\b(?:over|in|during) the (?:past|last|previous) ((?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) )?(year|month|week|decade|quarter|day)s?\b/i;
const SINCE_YEAR = /\bsince\b[^,;]*?\b((?:19|20)\d{2})\b/i;

/**
 * A change is a change over some period: "down 19% since February 2020" and
 * "down 41% so far this year" are two facts about the same shares. The period,
 * where the sentence names one, joins the predicate (`change this year`,
 * `change since 2020`, `change over the past 12 months`).
 */
function markChangePeriods(figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>): void {
  for (const f of figures) {
    if (f.d.predicate !== 'change') continue;
    const text = f.s.text;
    let period: string | null = null;
    const span = PAST_SPAN.exec(text);
    const since = SINCE_YEAR.exec(text);
    if (THIS_YEAR.test(text)) period = 'this year';
    else if (span) period = `over the past ${span[1] ?? ''}${span[2]!.toLowerCase()}${span[1] && !/^(?:1|one)\s$/i.test(span[1]) ? 's' : ''}`;
    else if (since) period = `since ${since[1]}`;
    if (period) f.d = { ...f.d, predicate: `change ${period}` };
  }
}

/**
 * Just before a rate, a word saying it is not in force: `the previously threatened 25% tariff`, `a proposed
 * 10% levy`. Only rates: `a planned $550 billion investment` is the size of a planned thing, a value of its own.
 */
const PROPOSED_BEFORE = /\b(?:threatened|proposed|planned|mooted|floated|contemplated)\s+$/i;

/**
 * A figure a proposed change would bring about ("the proposal to raise the
 * retirement age from 62 to 64": 64) is not the measure's value but the
 * proposal's: its predicate says so, so it never meets (or supersedes) the
 * value in force. So is a figure named as threatened or proposed ("the
 * previously threatened 25% tariff could be reinstated").
 */
function markProposedTargets(figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>): void {
  for (let k = 0; k < figures.length; ) {
    const s = figures[k]!.s;
    let end = k;
    while (end < figures.length && figures[end]!.s === s) end += 1;
    const group = figures.slice(k, end);
    const phases = figurePhases(s.text, group.map((f) => ({ start: f.m.start - s.start, end: f.m.end - s.start })));
    group.forEach((f, i) => {
      const phase = phases[i];
      const named = f.m.form === 'percent' && PROPOSED_BEFORE.test(s.text.slice(Math.max(0, f.m.start - s.start - 60), f.m.start - s.start));
      if (((phase?.phase === 'target' && phase.proposed) || named) && f.d.predicate && !f.d.predicate.startsWith('proposed ')) f.d = { ...f.d, predicate: `proposed ${f.d.predicate}` };
    });
    k = end;
  }
}

/** A source's own figure, given by a verb of speech or counting with no noun: "the union speaks of 70%", "police put it at". */
const COUNTER_LEAD =
  /(?:\b(?:speaks?|spoke|spoken|talks?|talked)\s+of|\b(?:puts?|placed|places|estimated|estimates|gave|gives)\s+(?:it|the\s+(?:figure|number|rate|share|total|turnout|toll|count))\s+at|\b(?:claims?|claimed|cites?|cited|counts?|counted)|\b(?:reports?|reported)\s+(?:a\s+(?:rate|share|figure|turnout)\s+of)?)\s+(?:(?:about|around|nearly|almost|roughly|some|more than|over|at least)\s+)?$/i;
const COUNTER_VERB = /\b(?:speaks|spoke|talks|talked|puts|claims|claimed|cites|cited|counts|counted|reports|reported|estimates|estimated|gives|gave)$/i;
const WORDS = (text: string) => new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);

/**
 * A figure a source gives with a verb and no noun of its own ("SNUipp-FSU, the main primary school union, speaks
 * of 70%") counters a figure of the same unit just reported, in this sentence or the two before: the one whose
 * subject shares most words with the counter's clause ("primary school teachers", not "secondary school
 * teachers"), at least one; the nearest on a tie. It is then a value of that fact, so one report of both is a
 * dispute rather than a fact of its own about "speaks".
 */
function linkCounterClaims(text: string, figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>): void {
  const order = new Map<Sentence, number>();
  for (const f of figures) if (!order.has(f.s)) order.set(f.s, order.size);
  figures.forEach((cur, k) => {
    if (!('amount' in cur.m.value) || !COUNTER_LEAD.test(text.slice(cur.s.start, cur.m.start).slice(-60))) return;
    // A figure with its own counted noun ("counted 400,000 protesters") or a described subject says what it is.
    // One that names what it counts says what it is; a subject ending in the verb ("union speaks") names nothing.
    const named = cur.d.strength === 'strong' && cur.d.subject !== null && cur.d.subject.includes(' ') && !COUNTER_VERB.test(cur.d.subject);
    if (cur.m.noun !== null || named) return;
    const unit = cur.m.value.unit;
    // The counter's own clause ("…65% of secondary teachers on strike, and the primary school union speaks of
    // 70%"): after the figure before it in its sentence, and after the last clause joint there.
    const before = figures[k - 1];
    const lead = text.slice(before && before.s === cur.s ? before.m.end : cur.s.start, cur.m.start);
    const joints = [...lead.matchAll(/,\s+(?:and|but|while|whereas)\s+|;|:/g)];
    const words = WORDS(joints.length > 0 ? lead.slice(joints.at(-1)!.index! + joints.at(-1)![0].length) : lead);
    let best: { f: (typeof figures)[number]; overlap: number } | null = null;
    for (let j = k - 1; j >= 0; j--) {
      const f = figures[j]!;
      if (order.get(cur.s)! - order.get(f.s)! > 2 || cur.s.start - f.s.end > 600) break;
      if (!('amount' in f.m.value) || f.m.value.unit !== unit || !f.d.subject || f.d.strength !== 'strong') continue;
      const overlap = [...WORDS(f.d.subject)].filter((w) => words.has(w)).length;
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { f, overlap };
    }
    if (best) cur.d = { ...best.f.d };
  });
}

/** Just before a figure: what someone expects it to be (`expectations of around 1 million people`, `a forecast of 3%`). */
const EXPECTED_BEFORE = /\b(?:expectations?|forecasts?|projections?|predictions?)\s+(?:of|for)\s+(?:(?:around|about|roughly|some|nearly|almost|up to|more than|at least|over|as many as)\s+)?$/i;

/**
 * A figure someone expects ("the turnout exceeded the unions' expectations of around 1 million
 * people", "analysts' forecast of $2.1 billion") is the expectation's value, not the measure's: its
 * predicate says so, so it never meets the figure reported as counted.
 */
function markExpectedFigures(figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>): void {
  for (const f of figures) {
    if (!f.d.predicate || f.d.predicate.startsWith('expected ')) continue;
    if (EXPECTED_BEFORE.test(f.s.text.slice(Math.max(0, f.m.start - f.s.start - 80), f.m.start - f.s.start))) f.d = { ...f.d, predicate: `expected ${f.d.predicate}` };
  }
}

/** A subject ending in a country (`people in France`): the national count, which a place adds nothing to. */
const IN_COUNTRY = /\s+(?:in|across|throughout)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})$/u;

/**
 * A count's place joins its subject (`protesters in Paris`, `people in Nice`), so the capital's count
 * and the country's are two facts, and a country's name leaves it (`people in France` is the national
 * count, worded as the ones that name no place are). See `countPlace`.
 */
const PLACE_WINDOW = 240;
/** The counted phrase of a figure written after it (`the number of people killed in Iraq rose to`), up to the figure. */
const NUMBER_OF = /\b(?:number|total|tally|count|toll)\s+of\s+[\p{L}\s-]*?(\s(?:in|across|throughout|at)\s[^,;:()]*)$/u;

function markCountPlaces(figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>, text: string, published: string | null = null): void {
  const publishedYear = published !== null && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : null;
  // An article that names two countries or more compares them: a country's count there is that country's.
  let comparesCountries: boolean | null = null;
  const national = () => (comparesCountries ??= articleCountries(text).size >= 2) === false;
  for (const f of figures) {
    if (!f.d.subject || !f.d.predicate?.endsWith('count') || !('amount' in f.m.value) || f.m.form === 'money' || f.m.form === 'percent') continue;
    const country = IN_COUNTRY.exec(f.d.subject);
    if (country && isCountry(country[1]!) && national()) f.d = { ...f.d, subject: f.d.subject.slice(0, country.index) };
    // A clause's place is near its figure: a window keeps a huge unsplit "sentence" linear.
    const from = (f.m.nounEnd ?? f.m.end) - f.s.start;
    const before = f.s.text.slice(Math.max(0, f.m.start - f.s.start - PLACE_WINDOW), f.m.start - f.s.start);
    let found = countPlace(f.s.text.slice(from, from + PLACE_WINDOW));
    // "the number of people killed in the U.S. dropped from 75": a figure whose counted phrase is written before it
    // takes the place that phrase names.
    if (!found.place && !found.national) {
      const lead = NUMBER_OF.exec(before);
      if (lead) found = countPlace(lead[1]!);
    }
    const place = found.place ?? (found.country && !national() ? found.country : null);
    if (place && f.d.subject && !f.d.subject.includes(place)) f.d = { ...f.d, subject: `${f.d.subject} in ${place}` };
    // The period it is totalled over and a happening other than its story's own qualify what is counted: its
    // predicate says so, so the count never meets one event's count (`count per year`, `count since 2003`).
    const window = f.s.text.slice(from, from + PLACE_WINDOW);
    const period = countPeriod(window, before);
    // Many happenings of a period (`in plane crashes in 2007`) are what its total counts anyway: the period says it.
    // A happening of an earlier year written before the count (`the 1991 storm …, killing an estimated 138,000 people`)
    // is its happening too: that toll is never the story's.
    const event = countEvent(window, period !== null) ?? (period === null ? earlierHappening(before, publishedYear) : null);
    if ((event || period) && f.d.predicate) f.d = { ...f.d, predicate: [f.d.predicate, event ? `in ${event}` : '', period ?? ''].filter(Boolean).join(' ') };
  }
}

/**
 * A count's owner joins its subject when a name before a possessive says whose it is (`Poland's 900 troops` →
 * `Poland troops`, `the bank's 4,200 branches` has none). A subject that already names someone is left alone.
 */
function markCountOwners(figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>, persons: readonly PersonMention[], sentences: readonly Sentence[]): void {
  const performers = new Map<FigureMention, string>();
  const unowned = (f: { m: FigureMention; d: FigureDescription }) =>
    // A subject that names someone already is left alone; a place after it (`delegates in Texas`) names no owner.
    f.m.form === 'count' && f.d.predicate?.startsWith('count') && f.d.subject && !/\p{Lu}/u.test(f.d.subject.replace(/\s+in\s+\p{Lu}.*$/u, ''));
  for (const f of figures) {
    if (!unowned(f)) continue;
    const possessor = ownerBefore(sentenceTokens(f.s), f.m.start);
    if (possessor && !STOP_WORDS.has(possessor.toLowerCase())) {
      f.d = { ...f.d, subject: `${possessor} ${f.d.subject}` };
      continue;
    }
    // "Okafor scored 22 points": the name heading the clause made the count. A count is its story's
    // (`isStoryCount`), so one player's points of two games never meet; the owner keeps two players' apart.
    const before = f.s.text.slice(0, f.m.start - f.s.start);
    // `with 28 seconds left` times the game; nobody made it.
    if ('amount' in f.m.value && CLOCK_UNIT.test(f.m.value.unit) && CLOCK_AFTER.test(f.s.text.slice(f.m.end - f.s.start))) continue;
    // "the Hawks, who got 18 saves from Dale Ruiz": the one they got it from made it.
    const performer = givenBy(f, persons) ?? countPerformer(before) ?? (isReferredPerformer(before) ? onePersonBefore(f.s, sentences, persons) : null);
    if (performer) {
      performers.set(f.m, fullName(performer, persons));
      f.d = { ...f.d, subject: `${performers.get(f.m)} ${f.d.subject}` };
    }
  }
  // "Baron Davis had 29 points, 13 assists and seven rebounds": the counts listed after a performer's are his too.
  const inOrder = [...figures].sort((a, b) => a.m.start - b.m.start);
  for (let i = 1; i < inOrder.length; i++) {
    const previous = inOrder[i - 1]!;
    const f = inOrder[i]!;
    const performer = performers.get(previous.m);
    if (!performer || f.s !== previous.s || !unowned(f) || f.m.end <= previous.m.end) continue;
    if ('amount' in f.m.value && TIME_UNIT.test(f.m.value.unit)) continue; // `with 7 minutes left` times the game
    const between = f.s.text.slice(previous.m.end - f.s.start, f.m.start - f.s.start);
    if (!LISTED_AFTER.test(between) && !isListedVerb(between)) continue;
    performers.set(f.m, performer);
    f.d = { ...f.d, subject: `${performer} ${f.d.subject}` };
  }
}

/** A span of the clock (`with 28 seconds left`, `nine seconds to go`): the game's time, no one's count. */
const CLOCK_UNIT = /^(?:second|minute|hour)$/;
const CLOCK_AFTER = /^\s+(?:left|remaining|to\s+go|to\s+play)\b/;

/** A verb of getting right before a count: `got 22 points from`, `received 18 saves from`. */
const GOT_BEFORE = /\b(?:got|gets|getting|received|receives|receiving)\s+(?:(?:a|an)\s+(?:career|season|game|team)[- ](?:high|best)\s+|just\s+|another\s+)?$/;
/** `from` and a capitalised name right after a count's noun, or after other counts listed with it (`17 points and seven assists from`). */
const FROM_NAME = new RegExp(
  String.raw`^(?:(?:\s*,\s*|\s+)(?:and\s+)?(?:${NUMERAL}|${NUMBER_WORD})\s+\p{Ll}[\p{Ll}-]*)*\s+from\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)`,
  'u',
);

/**
 * The person a side got a count from (`the Hawks got 22 points from Dale Ruiz`, `received 18 saves from Ruiz`): he made
 * it. Only a name the article knows as a person's, so a place (`flew 300 people from Manila`) is none.
 */
function givenBy(f: { m: FigureMention; s: Sentence }, persons: readonly PersonMention[]): string | null {
  if (f.m.nounEnd === null || !GOT_BEFORE.test(f.s.text.slice(Math.max(0, f.m.start - f.s.start - 40), f.m.start - f.s.start))) return null;
  const from = FROM_NAME.exec(f.s.text.slice(f.m.nounEnd - f.s.start));
  if (!from) return null;
  const name = from[1]!;
  return persons.some((p) => p.name === name || p.name.endsWith(` ${name}`)) ? name : null;
}

/** The predicates `describeFigure` gives a device part's measure (`GDDR3 memory | capacity`, `processor | speed`). */
const PART_MEASURE = /^(?:capacity|speed)$/;

/**
 * A part an article gives two values for (`a 320GB SATA drive` in one machine, `an 80GB SATA drive` in another) names
 * two parts, of products the article compares, which the part's name does not tell apart (parts of one head noun are
 * one part here): each is described as if no part were read (`GB | count`, which names no fact where its article gives it several values, as a bare count does).
 */
function markComparedParts(figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }>, sentences: readonly Sentence[]): void {
  const values = new Map<string, Set<string>>();
  const parts = figures.filter((f) => f.d.subject && f.d.predicate && PART_MEASURE.test(f.d.predicate));
  // Parts are told apart by their head noun (`Xeon processor`, `Intel Xeon processors`; `memory`, `flash memory`).
  const key = (f: { d: FigureDescription }) => `${singularize(f.d.subject!.split(' ').pop()!.toLowerCase())}|${f.d.predicate}`;
  for (const f of parts) values.set(key(f), (values.get(key(f)) ?? new Set()).add(JSON.stringify(f.m.value)));
  for (const f of parts) {
    if (values.get(key(f))!.size > 1) f.d = describeFigure(f.m, f.s, sentences[sentences.indexOf(f.s) - 1], { parts: false });
  }
}

/** Between two counts of one list: a comma, `and` or `with`, and a word of degree (`a team-high`). */
const LISTED_AFTER = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|with)\s+)(?:(?:a|an)\s+(?:career|season|game|team|personal)[- ](?:high|best|record|low)\s+)?$/;

/**
 * The one person the sentence before `s` names (`Manny Legace finally yielded a goal.` before `The 34-year-old
 * netminder made 17 saves`), whom a clause opening `s` with a pronoun or a description refers to; null when that
 * sentence names none or several.
 */
function onePersonBefore(s: Sentence, sentences: readonly Sentence[], persons: readonly PersonMention[]): string | null {
  const i = sentences.indexOf(s);
  const previous = i > 0 ? sentences[i - 1]! : null;
  if (previous === null) return null;
  const named = new Set(persons.filter((p) => p.start >= previous.start && p.start < previous.end).map((p) => p.name));
  return named.size === 1 ? [...named][0]! : null;
}

/** A surname as the article's one person of that surname writes it in full (`White` → `Deron White`), else as written. */
function fullName(name: string, persons: readonly PersonMention[]): string {
  const known = (part: string) => new Set(persons.map((p) => p.name).filter((n) => n === part || n.endsWith(` ${part}`)));
  const full = known(name);
  if (full.size === 1) return [...full][0]!;
  // "Pro Bowler Lofa Tatupu", "Veteran Bobby Engram": capitalised words of description before a name the article
  // knows; the name is the person's, of two words or more.
  const words = name.split(' ');
  for (let k = 1; full.size === 0 && words.length - k >= 2; k++) {
    const rest = known(words.slice(k).join(' '));
    if (rest.size === 1) return [...rest][0]!;
  }
  return name;
}

/**
 * Extracts figure, person, date and project claims from one article.
 * Claims are sorted by `start`, then kind. Every claim is validated where it
 * is made; one that fails `ClaimDraft` is dropped and reported through
 * `options.onWarning`.
 */
export function extractClaims(input: ExtractInput, options?: ExtractOptions): ClaimDraft[] {
  return extractClaimsWithWarnings(input, options).claims;
}

/** {@link extractClaims}, also returning the claims dropped by validation (rule and quote named). */
export function extractClaimsWithWarnings(input: ExtractInput, options?: ExtractOptions): { claims: ClaimDraft[]; warnings: ExtractWarning[] } {
  const opts = ExtractOptions.parse(options ?? {});
  // Rules read the text with its lost apostrophes restored (same length, so every offset holds); quotes stay as written.
  const read = { ...input, text: restoreApostrophes(input.text) };
  const drafts = read.text === input.text ? extractAll(read, opts) : extractAll(read, opts).map((c) => ({ ...c, quote: input.text.slice(c.start, c.end) }));
  const { claims, warnings } = validateClaims(drafts, opts.onWarning);
  // What each claim's sentence says of its valid time, among the claims kept: stored with the claim.
  return { claims: withStatedCues(claims, read), warnings };
}

/** A `?` between a word and a contraction's or possessive's ending (`Monday?s`, `don?t`, `we?re`): an apostrophe lost to a wrong encoding. */
const LOST_APOSTROPHE = /(?<=\p{L})\?(?=(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}]))/gu;

/**
 * The text with apostrophes a page's encoding turned into `?` restored as `’` (`Monday?s ambush`, `London?s
 * Heathrow`, `doesn?t`), one character for one: a `?` there is never a question's end, and read as one it splits the
 * sentence and hides the possessive. A `?` anywhere else (a lost quotation mark or dash, a question) stays.
 */
export function restoreApostrophes(text: string): string {
  return text.includes('?') ? text.replace(LOST_APOSTROPHE, '’') : text;
}

/**
 * Keeps the drafts that satisfy `ClaimDraft`; each one that does not becomes a
 * warning naming its rule and quote (and is passed to `onWarning`).
 */
export function validateClaims(drafts: readonly ClaimDraft[], onWarning?: (warning: ExtractWarning) => void): { claims: ClaimDraft[]; warnings: ExtractWarning[] } {
  const claims: ClaimDraft[] = [];
  const warnings: ExtractWarning[] = [];
  for (const draft of drafts) {
    const parsed = ClaimDraft.safeParse(draft);
    if (parsed.success) {
      claims.push(parsed.data);
      continue;
    }
    const message = parsed.error.issues.map((i) => `${i.path.join('.') || 'claim'}: ${i.message}`).join('; ');
    const warning = { rule: String(draft.rule), quote: String(draft.quote), start: Number(draft.start), message };
    warnings.push(warning);
    onWarning?.(warning);
  }
  return { claims, warnings };
}

function extractAll(input: ExtractInput, opts: z.output<typeof ExtractOptions>): ClaimDraft[] {
  const { text, published } = input;
  const sentences = splitSentences(text);
  const attributions = new Map<Sentence, Attribution>(sentences.map((s) => [s, attributeSentence(s)]));
  const attributionAt = (pos: number): Attribution => {
    const s = sentenceAt(sentences, pos);
    return s ? attributions.get(s)! : { attribution: null, hedge: 'asserted' };
  };
  const persons = findPersons(text, sentences);
  // "White House Press Secretary Karoline Leavitt said": a source naming a known person is that person.
  const names = [...new Set(persons.map((p) => p.name))];
  const canonicalSource = (a: Attribution): Attribution => {
    if (!a.attribution) return a;
    const hit = names.find((n) => a.attribution!.includes(n) || a.attribution === n.split(' ').pop());
    return hit ? { ...a, attribution: hit } : a;
  };
  for (const [s, a] of attributions) attributions.set(s, canonicalSource(a));
  const claims: ClaimDraft[] = [];

  const figures: Array<{ m: FigureMention; d: FigureDescription; s: Sentence }> = [];
  const projects: ProjectMention[] = [];
  const localDollar = datelineDollar(text);
  sentences.forEach((s, i) => {
    const found = findFigures(s);
    if (localDollar !== null) localiseDollars(text, localDollar, found);
    for (const m of found) figures.push({ m, d: describeFigure(m, s, sentences[i - 1]), s });
    projects.push(...findProjects(s, found));
  });
  markComparedParts(figures, sentences);
  linkSentenceSubjects(text, figures);
  linkMoneySubjects(figures);
  const grouped = groupProjects(projects);
  linkDealAmounts(figures, grouped);
  markProposedTargets(figures);
  markChangePeriods(figures);
  markCountPlaces(figures, text, published);
  markCountOwners(figures, persons, sentences);
  markExpectedFigures(figures);
  linkCounterClaims(text, figures);
  linkPositions(text, figures);
  for (const { m, d } of figures) {
    const base = m.form === 'ellipsis' ? 0.5 : m.form === 'count' ? 0.7 : 0.85;
    claims.push({
      kind: 'figure', value: m.value, subject: d.subject, predicate: d.predicate, qualifier: m.qualifier,
      ...common(text, m.start, m.end, attributionAt(m.start), m.rule, base - (d.strength === 'weak' ? 0.1 : 0)),
    });
  }

  for (const p of persons) {
    claims.push({
      kind: 'person', value: { name: p.name, role: p.role, org: p.org }, subject: p.name, predicate: 'role', qualifier: null,
      ...common(text, p.start, p.end, attributionAt(p.start), p.rule, p.confidence),
    });
  }

  for (const d of datesFor(opts.dateEngine, text, published, sentences)) {
    const s = sentenceAt(sentences, d.start);
    const subject = s ? describeDate(s, d.start, d.end) : null;
    claims.push({
      kind: 'date', value: { date: d.date }, subject, predicate: 'date', qualifier: null,
      ...common(text, d.start, d.end, attributionAt(d.start), d.rule, d.confidence),
      // Whether the sentence writes the date against its event: what reconciliation needs when an article dates one event twice.
      datedAtEvent: subject !== null && isDatedAtEvent(text, d.start, d.end, subject),
      // The words reconciliation keys the date's fact by (a result without its modifiers).
      event: subject === null ? null : dateEvent(subject),
    });
  }

  for (const p of grouped) {
    claims.push({
      kind: 'project', value: { name: p.name, sponsor: p.sponsor, sector: p.sector, location: p.location, amount: p.amount },
      subject: p.name, predicate: 'project', qualifier: null,
      ...common(text, p.start, p.end, attributionAt(p.start), p.rule, p.confidence),
    });
  }

  for (const { m, subject } of statuses(text, sentences, grouped)) {
    claims.push({
      kind: 'status', value: { state: m.state }, subject, predicate: 'status', qualifier: null,
      ...common(text, m.start, m.end, attributionAt(m.start), m.rule, 0.7),
    });
  }

  return claims.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/**
 * The stage each thing of the article is at, with every report of it: a deal is named as the article's
 * acquisition project it mentions ("Elon Musk acquisition of Twitter"), else as the article's only one
 * for a buying noun or a bare "deal", else by its kind (`trade agreement`, `pension reform`, `bill`).
 * An article reporting several stages of one thing ("submitted his offer", "accepted the offer") reports
 * the last one (`STAGE_ORDER`) as its state; the earlier ones are its history and give no claim.
 * A heading counts for less than the body: where the body reports a thing's stage, the article's headings
 * ("Fund launches", "Senate passes bill") give none for it, whatever stage they say.
 */
function statuses(text: string, sentences: readonly Sentence[], projects: readonly ProjectMention[]): { m: StatusMention; subject: string }[] {
  const found = sentences.flatMap((s) => findStatuses(s).map((m) => ({ m, heading: isHeading(text, s) })));
  if (found.length === 0) return [];
  const deals = projects.filter((p) => /^project\.(?:acquisition|stake)/.test(p.rule));
  const names = new Set(deals.map((p) => p.name));
  const named = found.map(({ m, heading }) => {
    const at = m.thing === 'deal' ? deals.find((p) => p.start < m.nounEnd && m.nounStart < p.end) : undefined;
    const only = names.size === 1 && /^(?:acquisition|merger|deal|agreement)$/.test(m.deal) ? [...names][0]! : null;
    // A title-case heading capitalises every word, so the capitals of its noun phrase name nothing: its words are
    // the thing's kind ("Council Approves Harbour Plan": `harbour plan`).
    const name = m.name !== undefined && m.titled === true && heading && isTitleCase(sentenceAt(sentences, m.start)?.text ?? '') ? m.name.toLowerCase() : m.name;
    return { m, heading, subject: at?.name ?? name ?? only ?? m.deal };
  });
  // Headings are often in title case ("Senate Passes Farm Bill"): a thing is matched by its words in any case.
  const inBody = new Set(named.filter((n) => !n.heading).map((n) => n.subject.toLowerCase()));
  const reported = named.filter((n) => !n.heading || !inBody.has(n.subject.toLowerCase()));
  const stage = new Map<string, number>();
  for (const { m, subject } of reported) stage.set(subject, Math.max(stage.get(subject) ?? -1, STAGE_ORDER[m.state]));
  return reported.filter(({ m, subject }) => STAGE_ORDER[m.state] === stage.get(subject)!);
}

/** Most words of a line capitalised, as headlines are styled ("Senate Passes Farm Bill"). */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.6;
}

/**
 * Reconciliation v2: from every claim about one fact to the belief the store
 * records, over valid time. Pure: no I/O, no clock; the same evidence always
 * gives the same result, which is what lets the store skip writing an
 * unchanged version and makes the result independent of arrival order.
 */
import { z } from 'zod';
import { formatValue } from '../lexicon/value-grammar.js';
import {
  ClaimKind,
  ClaimStatus,
  FactValue,
  FactVersion,
  Hedge,
  IsoDay,
  ReviewAction,
  type Candidate,
  type CandidateStatus,
} from '../model/index.js';
import { countedNounKey, factKey } from './fact-key.js';
import { isRolePredicateKey } from './office.js';
import { voteCount } from './truth.js';
import { AgreementOptions, typedAgree, typedSupport, typedValue, VOTE_AGREEMENT, type TypedValue } from './value-agreement.js';
import { typedKey } from './value-key.js';

/** One claim about the fact, with what reconciliation needs to know of where it comes from. */
export const FactEvidence = z.strictObject({
  claimId: z.string().min(1),
  /** The fact the claim itself observes; differs from the fact reconciled when its subject resolved into it. */
  factId: z.string().nullable().default(null),
  /** The claim's own wording and kind (`null`: an imported row). */
  subject: z.string().min(1),
  predicate: z.string().min(1),
  kind: ClaimKind.nullable(),
  /** The value the claim observes (a reviewer's correction already applied). */
  value: FactValue,
  hedge: Hedge.nullable().default(null),
  status: ClaimStatus.default('pending'),
  /** The document (file name, canonical URL) or import source: what `sources` lists. */
  doc: z.string().min(1),
  published: IsoDay.nullable(),
  /** When the claim says the value held: a date in the text or an import's `observed_at`; else `published`. */
  observedAt: IsoDay.nullable().default(null),
  /**
   * The claim's own sentence reports its value as the one before a change ("rose from 4 to 11": 4): it held
   * before `observedAt ?? published`, and is superseded there, never weighed against the new value.
   */
  earlier: z.boolean().default(false),
  /**
   * The first day the claim's own sentence says its value no longer holds ("will remain chairman through Dec. 31,
   * 2021"): its epoch ends there. A day before the report makes it an earlier value ("was CEO until 2019").
   */
  validTo: IsoDay.nullable().default(null),
  /** The outlet (or import source) whose trust weighs the claim; `doc` when unknown. */
  source: z.string().nullable().default(null),
  /** Near-duplicate cluster of the article: documents of one cluster vote once. `null`: its own. */
  cluster: z.string().nullable().default(null),
});
export type FactEvidence = z.output<typeof FactEvidence>;
export type FactEvidenceInput = z.input<typeof FactEvidence>;

/** The latest review of a fact, as reconciliation weighs it. */
export const FactReview = z.strictObject({
  action: ReviewAction,
  /** accept/correct: the pinned value; reject: the rejected value. */
  value: FactValue.nullable(),
  reason: z.string().nullable(),
  reviewer: z.string(),
  seenClaimIds: z.array(z.string()),
});
export type FactReview = z.infer<typeof FactReview>;

export const ReconcileOptions = z.strictObject({
  /**
   * Trust per source (its accuracy, 0..1), e.g. from `discoverTruth`; a key `source\u0000predicate` gives the
   * source's accuracy on that predicate and wins over the source's own. @defaultValue empty: every source `defaultTrust`
   */
  trust: z.custom<ReadonlyMap<string, number>>((v) => v instanceof Map).default(() => new Map()),
  /** @defaultValue 0.8 */
  defaultTrust: z.number().min(0.01).max(0.99).default(0.8),
  /**
   * Reports this many days apart or less speak of the same moment; a later report that differs is a
   * change over time (a toll that rises, a count revised), not a dispute. News of one moment is
   * published within a day or two; a toll reported on Friday and on Monday is two moments. @defaultValue 2
   */
  windowDays: z.number().int().nonnegative().default(2),
  /** Below this share of the weight the winning value is `contested`. @defaultValue 0.6 */
  settleShare: z.number().min(0.5).max(1).default(0.6),
  review: FactReview.nullable().default(null),
  /**
   * Probability that two sources copy one another (`discoverTruth().dependence`, keyed `a\u0000b`, a < b):
   * a unit whose source likely copies a heavier one backing the same value adds only `1 − 0.8·p` of its weight.
   * @defaultValue empty: every source independent
   */
  dependence: z.custom<ReadonlyMap<string, number>>((v) => v instanceof Map).default(() => new Map()),
  /**
   * Mirror groups (`discoverTruth().mirrors`: sources that publish one another's data, identical on nearly every
   * item they share), as source → group name: a unit whose source mirrors a source already counted for the value
   * adds nothing, as in truth discovery. @defaultValue empty: no mirrors
   */
  mirrors: z.custom<ReadonlyMap<string, string>>((v) => v instanceof Map).default(() => new Map()),
  /** How many wrong values a fact may plausibly take: a source's vote is `ln(n·A/(1−A))` (ACCU). @defaultValue 10 */
  falseValues: z.number().positive().default(10),
  /**
   * Which values a chosen one accounts for (its supporting claims, the rest opposing it): times within
   * minutes, amounts within 1 %, and which windows' winners make one epoch. @defaultValue the defaults of `AgreementOptions` (±10 min)
   */
  agreement: AgreementOptions.prefault({}),
  /**
   * When values vote as one, choosing the winner: what truth discovery votes with, so both choose alike.
   * @defaultValue `VOTE_AGREEMENT`: amounts within 1 %, times to the minute
   */
  voteAgreement: AgreementOptions.prefault({ ...VOTE_AGREEMENT }),
});
export type ReconcileOptions = z.input<typeof ReconcileOptions>;

/** The belief reconciliation arrives at: a `FactVersion` without identity or recorded time. */
export const Reconciliation = FactVersion.pick({
  status: true,
  value: true,
  validFrom: true,
  validTo: true,
  supporting: true,
  opposing: true,
  candidates: true,
  confidence: true,
  reason: true,
});
export type Reconciliation = z.infer<typeof Reconciliation>;

/**
 * How much a claim's hedge lets it weigh: a reported or speculative figure is
 * evidence, but less than an asserted one; `denied` claims never get here.
 */
export const HEDGE_WEIGHT: Readonly<Record<Hedge | 'none', number>> = { asserted: 1, none: 1, reported: 0.7, speculative: 0.4, denied: 0 };
/** A reviewer-accepted or corrected claim weighs this many times more. */
const REVIEWED_CLAIM_FACTOR = 2;

interface Item {
  e: FactEvidence;
  /** The source whose trust and copying weigh the claim. */
  source: string;
  key: string;
  typed: TypedValue;
  /** Probability-like weight (trust × hedge), for confidence. */
  weight: number;
  /** The claim's vote: its source's ACCU vote count × hedge, in units where a `defaultTrust` source weighs `defaultTrust`. */
  vote: number;
  unit: string;
  /** When the value held, as far as the claim says; null for an undated or an earlier value. */
  day: string | null;
  /** An earlier value (`FactEvidence.earlier`): the day of the report it held before. */
  before: string | null;
}

interface Cluster {
  value: FactValue;
  /** `typedValue(value)`. */
  typed: TypedValue;
  key: string;
  items: Item[];
  /** Independent weight: per unit, the heaviest agreeing claim. */
  support: number;
}

interface Epoch {
  from: string | null;
  to: string | null;
  clusters: Cluster[];
  total: number;
}

/**
 * Reconciles one fact from the claims about it.
 *
 * 1. Weights: trust of the claim's source × hedge weight (× 2 when a reviewer
 *    accepted or corrected the claim); rejected claims are left out. One unit
 *    of independence (the near-duplicate cluster, else the document) counts
 *    once per value: its heaviest claim.
 * 2. Valid time: claims are ordered by `observedAt ?? published` and cut into
 *    windows of `windowDays` (undated claims join the latest window). In each
 *    window values vote by what they say (`voteAgreement`: times to the
 *    minute, amounts within 1 %, a list partly supported by its parts), the
 *    heaviest wins, and it accounts for the values that agree with it
 *    (`agreement`: times within ±10 min, ranges, date precision, title words).
 *    Consecutive windows whose winners agree form one epoch; a different winner
 *    starts a new one, so 25 % (May) then 15 % (July) is a change, not a dispute.
 * 3. The current value is the last epoch's winner, valid from its first report,
 *    open-ended. Earlier winners are `superseded` candidates valid until the next
 *    epoch began; other values of an epoch are `contested` when the winner has
 *    less than `settleShare` of that epoch's weight, `disputed` otherwise.
 * 4. `confidence` = winner's share × (1 − Π(1 − w)) over its independent units,
 *    so a lone hedged report is not certain even when nothing contradicts it.
 * 5. A review pins the fact: accept/correct fix the value (`reviewed`); evidence
 *    the reviewer had not seen that disagrees with it makes it `needs-review`,
 *    never a silent change. A rejected value is never chosen.
 *
 * Ties go to the value with more support of its own, then more units backing
 * it (as in `discoverTruth`), then the more recent report, then the smaller
 * value key, so the result never depends on the order of `evidence`.
 */
export function reconcileFact(evidence: readonly FactEvidenceInput[], options: ReconcileOptions = {}): Reconciliation {
  return reconcileDecoded(
    evidence.map((e) => FactEvidence.parse(e)),
    options,
  );
}

/**
 * `reconcileFact` on evidence already in its decoded form (`FactEvidence`'s output, every field given: what
 * the store decodes its rows to), which is not parsed again: the store reconciles a hot fact's every claim
 * at each new one, and parsing them all again cost as much as reconciling them.
 */
export function reconcileDecoded(parsed: readonly FactEvidence[], options: ReconcileOptions = {}): Reconciliation {
  const o = ReconcileOptions.parse(options);
  // Synchronous from here to the return, so the module-level setting cannot leak between calls.
  // An office's values are its holders' names: one holder's name printed two ways is one holder, not a succession.
  const names = holdsNames(parsed);
  const agreement = names ? { ...o.agreement, personNames: true } : o.agreement;
  const vote = names ? { ...o.voteAgreement, personNames: true } : o.voteAgreement;
  inUse = { dependence: o.dependence, mirrors: o.mirrors, agreement, vote, memo: newMemo(), settings: parsed.length >= KEEP_CLUSTERS_FROM ? undefined : null };
  try {
    return reconcileParsed(parsed, o);
  } finally {
    inUse = DEFAULT_SETTINGS;
  }
}

/**
 * True when a fact's values are people's names: every claim a person claim that says who holds an office
 * (`Iraq | prime minister`), not a person's own post (`role: coach`, whose values are titles).
 */
function holdsNames(parsed: readonly FactEvidence[]): boolean {
  return parsed.length > 0 && parsed.every((e) => e.kind === 'person' && !isRolePredicateKey(e.predicate));
}

function reconcileParsed(parsed: readonly FactEvidence[], o: z.output<typeof ReconcileOptions>): Reconciliation {
  let items = toItems(parsed, o);
  const review = o.review;
  if (review?.action === 'reject' && review.value) {
    const rejected = review.value;
    const typed = typedValue(rejected);
    items = items.filter((i) => !typedAgree(i.typed, typed, inUse.agreement));
  }
  const epochs = toEpochs(items, o.windowDays);
  const pinned = review && review.action !== 'reject' ? review.value : null;
  if (pinned) return pin(epochs, items, pinned, review!, o.settleShare);
  if (epochs.length === 0) {
    return {
      status: 'needs-review',
      value: null,
      validFrom: null,
      validTo: null,
      supporting: [],
      opposing: [],
      candidates: [],
      confidence: 0,
      reason: review?.action === 'reject' ? `no value left after ${review.reviewer} rejected ${describe(review.value)}` : 'no claim supports a value (all rejected or none observable)',
    };
  }
  const current = epochs[epochs.length - 1]!;
  const [chosen, ...others] = current.clusters as [Cluster, ...Cluster[]];
  const share = current.total === 0 ? 0 : chosen.support / current.total;
  // Projections after a reported value are replaced by it ("superseded"), never a contest with it; nor is an
  // amount in another currency (`£200,000 (NZ$496,000)`): with no exchange rate nothing says the two differ.
  const rivals = others.filter((c) => !(isProjection(c) && !isProjection(chosen)) && !otherCurrency(chosen, c));
  const projected = rivals.length === others.length ? 0 : others.filter((c) => !rivals.includes(c)).reduce((s, c) => s + c.support, 0);
  const firmShare = current.total - projected === 0 ? 0 : chosen.support / (current.total - projected);
  const contested = rivals.length > 0 && (firmShare < o.settleShare || reportsDispute(chosen, rivals));
  const candidates = toCandidates(epochs, contested);
  const reasonTail =
    (review?.action === 'reject' ? `; ${review.reviewer} rejected ${describe(review.value)}${review.reason ? ` (${review.reason})` : ''}` : '') +
    claimReviewNote(parsed);
  return {
    status: contested ? 'contested' : 'settled',
    value: chosen.value,
    validFrom: firstDay(chosen.items) ?? current.from,
    validTo: current.to,
    supporting: ids(chosen.items),
    opposing: ids(others.flatMap((c) => c.items)),
    candidates,
    confidence: round(share * noisyOr(chosen)),
    reason: explain(epochs, contested) + reasonTail,
  };
}

/**
 * The wording a fact is shown under: the subject, predicate and kind of its
 * oldest own claim (claims that resolved into it from a shorter mention come
 * after), then by claim id. `null` when there is no evidence.
 */
export function nameFact(
  evidence: readonly FactEvidenceInput[],
  factId: string | null = null,
): { subject: string; predicate: string; kind: ClaimKind | null } | null {
  return nameDecoded(
    evidence.map((e) => FactEvidence.parse(e)),
    factId,
  );
}

/** `nameFact` on evidence already decoded (see `reconcileDecoded`). */
export function nameDecoded(
  parsed: readonly FactEvidence[],
  factId: string | null = null,
  key: string | null = null,
): { subject: string; predicate: string; kind: ClaimKind | null } | null {
  // Own claims are those worded like the fact's own: its twins from another story (merged when stories
  // merge) word it alike and count as its own, whichever arrived first; shorter resolved mentions do not.
  // Each wording is keyed once, and the first claim found in one pass: a hot fact's claims repeat a few
  // wordings, and sorting them keyed each claim at every comparison (a third of a 1,000-article run's CPU).
  const keys = new Map<string, Map<string, string>>();
  const keyOf = (e: FactEvidence) => {
    let bySubject = keys.get(e.subject);
    if (bySubject === undefined) keys.set(e.subject, (bySubject = new Map()));
    let key = bySubject.get(e.predicate);
    if (key === undefined) bySubject.set(e.predicate, (key = wordingKey(e)));
    return key;
  };
  const ownKeys = new Set(parsed.filter((e) => factId === null || e.factId === null || e.factId === factId).map(keyOf));
  // A fact with no claim of its own (a twin a story merge made, which its twins' claims and facts merged into it by
  // their keys or values fill) is worded like its own `key` (`factKey`, its story's token aside), whichever came first.
  if (ownKeys.size === 0 && key !== null) {
    const bar = key.indexOf('|');
    const bare = `${key.slice(0, bar).split(' ').filter((w) => w !== '' && !w.startsWith('~')).join(' ')}${key.slice(bar)}`;
    ownKeys.add(bare);
    ownKeys.add(countedNounKey(bare));
  }
  const own = (e: FactEvidence) => (ownKeys.has(keyOf(e)) ? 0 : 1);
  const order = (a: FactEvidence, b: FactEvidence) => own(a) - own(b) || compareDays(a.published, b.published) || compareText(a.claimId, b.claimId);
  // The first of a stable sort by `order`: the earliest of the smallest.
  let first: FactEvidence | undefined;
  for (const e of parsed) if (first === undefined || order(e, first) < 0) first = e;
  return first ? { subject: first.subject, predicate: first.predicate, kind: first.kind } : null;
}

/**
 * The key a claim's wording gives, as `claimObservation` keys it without its scope: a date's event by its stems
 * (`announcement` and `statement` word one fact alike), a count's nouns in their class (`stores`, `locations`).
 */
function wordingKey(e: FactEvidence): string {
  if (e.kind === 'date') return factKey(e.subject, e.predicate, null, true);
  const key = factKey(e.subject, e.predicate);
  return e.kind === 'figure' ? countedNounKey(key) : key;
}

/** A value as `typedValue` and `typedKey` read it, by value object (values are never modified). */
const READS = new WeakMap<FactValue, { typed: TypedValue; key: string }>();

function toItems(evidence: readonly FactEvidence[], o: z.output<typeof ReconcileOptions>): Item[] {
  const items: Item[] = [];
  // A source's vote is its ACCU vote count, scaled so that a source at `defaultTrust` weighs `defaultTrust`:
  // with every source at the default this is the plain count of units, and shares read as before.
  const unit = o.defaultTrust / voteCount(o.defaultTrust, o.falseValues);
  const reads = new Map<string, { typed: TypedValue; key: string }>();
  // Per source and predicate its trust, and per trust its vote count, worked out once (a fact's claims repeat a few of each).
  const trusts = new Map<string, Map<string, number>>();
  const votes = new Map<number, number>();
  for (const e of evidence) {
    if (e.status === 'rejected' || e.hedge === 'denied') continue;
    const source = e.source ?? e.doc;
    let bySource = trusts.get(source);
    if (bySource === undefined) trusts.set(source, (bySource = new Map()));
    let trust = bySource.get(e.predicate);
    if (trust === undefined) bySource.set(e.predicate, (trust = o.trust.get(`${source}\u0000${e.predicate}`) ?? o.trust.get(source) ?? o.defaultTrust));
    let count = votes.get(trust);
    if (count === undefined) votes.set(trust, (count = voteCount(trust, o.falseValues)));
    const factor = HEDGE_WEIGHT[e.hedge ?? 'none'] * (e.status === 'accepted' || e.status === 'corrected' ? REVIEWED_CLAIM_FACTOR : 1);
    // Claims of one value share its typed form: read once, and compared once per pair of values (`agreeWith`).
    // A value object read by an earlier call (the store hands the same decoded claims to every reconcile of
    // their fact) is not read again.
    let read = READS.get(e.value);
    if (read === undefined) {
      const text = JSON.stringify(e.value);
      read = reads.get(text);
      if (read === undefined) {
        const typed = typedValue(e.value);
        reads.set(text, (read = { typed, key: typedKey(typed) }));
      }
      READS.set(e.value, read);
    }
    const { typed, key } = read;
    const reported = e.observedAt ?? e.published;
    // "X was CEO until 2019": the value ended before the report, so it is an earlier one, held until then.
    const ended = !e.earlier && e.validTo !== null && reported !== null && e.validTo <= reported;
    items.push({
      e,
      key,
      typed,
      source,
      weight: Math.min(1, trust * factor),
      vote: count * unit * factor,
      unit: e.cluster ?? e.doc,
      day: e.earlier || ended ? null : reported,
      before: e.earlier ? reported : ended ? e.validTo : null,
    });
  }
  // A report that states a value as earlier ("X, who has stepped down") says so of all its mentions of it.
  const stale = new Set(items.filter((i) => i.before !== null).map((i) => `${i.e.doc}\u0000${i.key}`));
  for (const i of items) {
    if (i.before === null && i.day !== null && stale.has(`${i.e.doc}\u0000${i.key}`)) {
      // Until the report, not until a start its sentence gives ("took over as CEO in February 2020").
      i.before = i.e.published !== null && i.e.published > i.day ? i.e.published : i.day;
      i.day = null;
    }
  }
  return items.sort((a, b) => compareDays(a.day ?? a.before, b.day ?? b.before) || compareText(a.e.claimId, b.e.claimId));
}

/** Windows of `windowDays` from their first report, then runs of windows whose winners agree. */
function toEpochs(items: readonly Item[], windowDays: number): Epoch[] {
  const earlier = items.filter((i) => i.before !== null);
  const dated = items.filter((i) => i.day !== null);
  const undated = items.filter((i) => i.day === null && i.before === null);
  const windows: Item[][] = [];
  let start: string | null = null;
  for (const item of dated) {
    if (start === null || daysBetween(start, item.day!) > windowDays) {
      windows.push([]);
      start = item.day;
    }
    windows[windows.length - 1]!.push(item);
  }
  if (undated.length > 0) {
    if (windows.length === 0) windows.push([]);
    windows[windows.length - 1]!.push(...undated);
  }
  const runs: Item[][] = [];
  let runValue: Cluster | null = null;
  for (const window of windows) {
    const winner = cluster(window)[0]!;
    if (runValue !== null && agreeWith(runValue.typed, winner.typed, inUse.agreement)) {
      runs[runs.length - 1]!.push(...window);
      runValue = cluster(runs[runs.length - 1]!)[0]!;
    } else {
      // A run of this window alone wins as the window does.
      const run = [...window];
      runs.push(run);
      inUse.memo.clusters.set(run, { length: run.length, clusters: cluster(window) });
      runValue = winner;
    }
  }
  placeEarlier(runs, earlier);
  const epochs: Epoch[] = runs.map((run) => {
    const clusters = cluster(run);
    return { from: firstDay(run), to: null, clusters, total: clusters.reduce((s, c) => s + c.support, 0) };
  });
  // An earlier-only run ends at the report that states it; the run before one ended at an unknown time.
  for (let i = 0; i + 1 < epochs.length; i++) epochs[i]!.to = epochs[i + 1]!.from ?? (firstDay(runs[i]!) === null ? earliestBefore(runs[i]!) : null);
  // A value ends where its reports say it stops ("will remain chairman through Dec. 31, 2021"), when that is before
  // the next value's first report.
  epochs.forEach((epoch) => {
    const ends = epoch.clusters[0]!.items.map((item) => item.e.validTo).filter((d): d is string => d !== null && (epoch.from === null || d > epoch.from));
    if (ends.length === 0) return;
    const stated = ends.reduce((a, b) => (a > b ? a : b));
    if (epoch.to === null || stated < epoch.to) epoch.to = stated;
  });
  // The last value ended where a later report says it held only until then ("X, who has stepped down").
  const last = runs[runs.length - 1];
  if (last) {
    const ended = latestBefore(last);
    const seen = lastDay(last);
    if (ended !== null && (seen === null || ended > seen)) epochs[epochs.length - 1]!.to = ended;
  }
  return epochs;
}

/**
 * Earlier values ("rose from 4 to 11": 4) go before the report that states them: into the latest run before it
 * whose value is the same (another report gave it at the time), else into a run of their own whose start is
 * unknown and which ends at the report. They never weigh against the report's new value. One that comes after
 * every run, from a report giving no later value ("former prime minister X"), goes before the last run, which
 * was in force before that report and is not said to have ended.
 */
function placeEarlier(runs: Item[][], earlier: readonly Item[]): void {
  // Each run's winning value, clustered once and again only after the run grows.
  const winners = new Map<Item[], string>();
  const winner = (run: Item[]) => {
    let key = winners.get(run);
    if (key === undefined) winners.set(run, (key = cluster(run)[0]!.key));
    return key;
  };
  for (const item of earlier) {
    const cut = item.before;
    let at = runs.findIndex((run) => {
      const from = firstDay(run) ?? earliestBefore(run);
      return cut !== null && from !== null && from >= cut;
    });
    if (at < 0) at = runs.length;
    // "Held it before": the latest run before the cut with this value is where it held ("former CEO X" said ten
    // times is X's one tenure, not ten), whatever came after it; the same value, not one within tolerance: a
    // stated earlier value is exact ("to 128 from 145" is not 150).
    // A run of earlier values only, at the cut itself, is one too.
    let same = at < runs.length && firstDay(runs[at]!) === null ? at : at - 1;
    while (same >= 0 && winner(runs[same]!) !== item.key) same -= 1;
    if (same >= 0) {
      runs[same]!.push(item);
      winners.delete(runs[same]!);
      continue;
    }
    // A report of a value held before it that gives no later value ("former prime minister X"), after every run:
    // the value in force since before that report stays in force, and the earlier one went before it.
    const last = runs[runs.length - 1];
    const lastFrom = last ? firstDay(last) : null;
    if (at === runs.length && cut !== null && lastFrom !== null && lastFrom < cut) at -= 1;
    runs.splice(at, 0, [item]);
  }
}

/** The last report day a run's earlier values held before, or null. */
function latestBefore(run: readonly Item[]): string | null {
  let max: string | null = null;
  for (const i of run) if (i.before !== null && (max === null || i.before > max)) max = i.before;
  return max;
}

/** The first report day a run's earlier values held before, or null. */
function earliestBefore(run: readonly Item[]): string | null {
  let min: string | null = null;
  for (const i of run) if (i.before !== null && (min === null || i.before < min)) min = i.before;
  return min;
}

/**
 * Greedy clustering around the strongest value: each value's support pools
 * every claim that votes as one with it (`voteAgreement`, one vote per unit),
 * plus a share of the values that partly support it (a list that names some
 * of its parts, `valueSupport`); the strongest wins and absorbs the values
 * that agree with it (`agreement`), and the rest is clustered again.
 */
function cluster(items: readonly Item[]): Cluster[] {
  // Runs only grow, by appending: one clustered before at its present length is clustered already.
  const done = inUse.memo.clusters.get(items);
  if (done && done.length === items.length) return done.clusters;
  const clusters = clusteredAcrossCalls(items);
  inUse.memo.clusters.set(items, { length: items.length, clusters });
  return clusters;
}

/**
 * A fact of at least this many claims keeps its windows' clusters from one reconcile to the next (`CLUSTERED`):
 * a long story's count (thousands of claims over thousands of windows) is reconciled again at each new claim, and
 * all its windows but the newest are the same claims as before.
 */
const KEEP_CLUSTERS_FROM = 64;
/** How many clusterings are kept per first claim (a window, and the runs it starts, share their first claim). */
const KEPT_PER_CLAIM = 4;

/** A clustering kept: the items it clustered (compared field by field), under the call's settings (`settingsKey`). */
interface KeptClusters {
  settings: string;
  items: readonly Item[];
  clusters: Cluster[];
}

/**
 * Clusterings of earlier calls, by the evidence of their first item. `clustered` is a function of its items'
 * fields and the call's tolerances, copy relations and mirrors alone, and values are never modified: the same
 * claims (the same evidence objects, which the store hands to every reconcile of their fact while they do not
 * change) weighed alike under the same settings cluster alike, so the clusters of a call before are the answer.
 * Their items are that call's objects, equal field by field to this call's (nothing modifies an item once
 * clustered); a new or changed claim, other weights or other settings miss and cluster anew.
 */
const CLUSTERED = new WeakMap<FactEvidence, KeptClusters[]>();

function clusteredAcrossCalls(items: readonly Item[]): Cluster[] {
  if (inUse.settings === null || items.length === 0) return clustered(items);
  const settings = (inUse.settings ??= settingsKey());
  const first = items[0]!.e;
  const kept = CLUSTERED.get(first);
  const found = kept?.find((k) => k.settings === settings && sameItems(k.items, items));
  if (found) return found.clusters;
  const clusters = clustered(items);
  const entry = { settings, items: [...items], clusters };
  if (kept === undefined) CLUSTERED.set(first, [entry]);
  else {
    kept.push(entry);
    if (kept.length > KEPT_PER_CLAIM) kept.shift();
  }
  return clusters;
}

/** The same items field by field (their evidence by identity), in the same order. */
function sameItems(a: readonly Item[], b: readonly Item[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (
      x.e !== y.e || x.key !== y.key || x.typed !== y.typed || x.source !== y.source || x.weight !== y.weight || x.vote !== y.vote ||
      x.unit !== y.unit || x.day !== y.day || x.before !== y.before
    ) {
      return false;
    }
  }
  return true;
}

/** What `clustered` reads besides its items: both tolerances, the copy relations and the mirrors, as text. */
function settingsKey(): string {
  return `${JSON.stringify(inUse.agreement)}\u0000${JSON.stringify(inUse.vote)}\u0000${mapKey(inUse.dependence)}\u0000${mapKey(inUse.mirrors)}`;
}

/** A map's entries as text, once per map object (the store passes one map to every fact of a batch). */
const MAP_KEYS = new WeakMap<ReadonlyMap<string, unknown>, string>();
function mapKey(map: ReadonlyMap<string, unknown>): string {
  let key = MAP_KEYS.get(map);
  if (key === undefined) MAP_KEYS.set(map, (key = JSON.stringify([...map].sort(([a], [b]) => compareText(a, b)))));
  return key;
}

function clustered(items: readonly Item[]): Cluster[] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const list = groups.get(item.key);
    if (list) list.push(item);
    else groups.set(item.key, [item]);
  }
  const all = [...groups.entries()].map(([key, list]): Group => {
    const own = unitSupport(list);
    return { key, value: list[0]!.e.value, typed: list[0]!.typed, items: list, own, scored: null };
  });
  let remaining = all;
  const clusters: Cluster[] = [];
  // What each value scores depends only on the values left that vote with it or partly support it, so a
  // round rescores only the values that lost one of those; the others score what they scored before.
  while (remaining.length > 0) {
    let top: Group | undefined;
    for (const g of remaining) {
      g.scored ??= score(g, remaining);
      if (top === undefined || compareScores(g.scored, top.scored!) < 0) top = g;
    }
    const best = top!;
    const absorbed = remaining.filter((h) => h === best || agreeWith(best.typed, h.typed, inUse.agreement));
    const members = absorbed.length === 1 ? best.items : absorbed.flatMap((h) => h.items);
    clusters.push({ value: best.value, typed: best.typed, key: best.key, items: members, support: absorbed.length === 1 ? best.own : unitSupport(members) });
    const gone = new Set(absorbed);
    remaining = remaining.filter((h) => !gone.has(h));
    for (const g of remaining) if (g.scored && absorbed.some((h) => supportOf(g.typed, h.typed) > 0)) g.scored = null;
  }
  // A value only ever reported as a possibility ("may exceed one million") ranks after every value reported as
  // fact, whatever its support: a projection is replaced by the count, not weighed against it.
  return clusters.some((c) => !isProjection(c)) ? [...clusters.filter((c) => !isProjection(c)), ...clusters.filter(isProjection)] : clusters;
}

/** The claims of one value key in `cluster`, with its own support and its score among the values left. */
interface Group {
  key: string;
  value: FactValue;
  typed: TypedValue;
  items: Item[];
  own: number;
  scored: Score | null;
}

interface Score {
  key: string;
  support: number;
  own: number;
  backers: number;
  latest: string | null;
}

/** A value's score among the values left: the support of every value that votes as one with it, plus a share of those that partly support it. */
function score(g: Group, remaining: readonly Group[]): Score {
  const agreeing = remaining.filter((h) => h === g || agreeWith(g.typed, h.typed, inUse.vote));
  let partial = 0;
  for (const h of remaining) {
    if (h === g || (agreeing.length > 1 && agreeing.includes(h))) continue;
    const share = supportOf(g.typed, h.typed);
    if (share > 0) partial += share * h.own;
  }
  const members = agreeing.length === 1 ? g.items : agreeing.flatMap((h) => h.items);
  const backers = new Set<string>();
  for (const i of members) backers.add(i.unit);
  return { key: g.key, support: (agreeing.length === 1 ? g.own : unitSupport(members)) + partial, own: g.own, backers: backers.size, latest: lastDay(g.items) };
}

/** Orders scores strongest first: support, then own support, units backing it, recency, value key. */
function compareScores(a: Score, b: Score): number {
  return compareWeight(b.support, a.support) || compareWeight(b.own, a.own) || b.backers - a.backers || compareDays(b.latest, a.latest) || compareText(a.key, b.key);
}

/** `typedAgree`, each pair of values compared once per `reconcileFact` (clustering compares them again window after window). */
function agreeWith(a: TypedValue, b: TypedValue, tolerances: z.output<typeof AgreementOptions>): boolean {
  const memo = tolerances === inUse.vote ? inUse.memo.vote : tolerances === inUse.agreement ? inUse.memo.agreement : null;
  if (memo === null) return typedAgree(a, b, tolerances);
  let row = memo.get(a);
  if (!row) memo.set(a, (row = new Map()));
  let agrees = row.get(b);
  if (agrees === undefined) row.set(b, (agrees = typedAgree(a, b, tolerances)));
  return agrees;
}

/** `typedSupport` under the vote's tolerances, once per pair per `reconcileFact`. */
function supportOf(a: TypedValue, b: TypedValue): number {
  const memo = inUse.memo.support;
  let row = memo.get(a);
  if (!row) memo.set(a, (row = new Map()));
  let share = row.get(b);
  if (share === undefined) row.set(b, (share = typedSupport(a, b, inUse.vote)));
  return share;
}

/** An ISO 4217 code, as figures carry money (`USD`, `GBP`). */
const CURRENCY = /^[A-Z]{3}$/;

/** True when both values are money, in two currencies. */
function otherCurrency(a: Cluster, b: Cluster): boolean {
  const ua = 'unit' in a.value ? a.value.unit.trim() : null;
  const ub = 'unit' in b.value ? b.value.unit.trim() : null;
  return ua !== null && ub !== null && ua !== ub && CURRENCY.test(ua) && CURRENCY.test(ub);
}

/** Every claim of the value is speculative (`may`, `could`, `is expected to`): a projection, not a report. */
function isProjection(c: Cluster): boolean {
  return c.items.every((i) => i.e.hedge === 'speculative');
}

/** How much copying discounts a vote (ACCU's copy rate). */
const COPY_RATE = 0.8;
/** Results of comparing two values (by the identity of their typed forms), kept for one `reconcileFact`. */
type PairMemo<T> = Map<TypedValue, Map<TypedValue, T>>;
interface Settings {
  dependence: ReadonlyMap<string, number>;
  mirrors: ReadonlyMap<string, string>;
  agreement: z.output<typeof AgreementOptions>;
  vote: z.output<typeof AgreementOptions>;
  memo: { vote: PairMemo<boolean>; agreement: PairMemo<boolean>; support: PairMemo<number>; clusters: WeakMap<readonly Item[], { length: number; clusters: Cluster[] }> };
  /** `settingsKey`, worked out at the first clustering that may be kept (`undefined` until then); null: none kept (a small fact). */
  settings: string | undefined | null;
}
const newMemo = (): Settings['memo'] => ({ vote: new Map(), agreement: new Map(), support: new Map(), clusters: new WeakMap() });
const DEFAULT_SETTINGS: Settings = {
  dependence: new Map(),
  mirrors: new Map(),
  agreement: AgreementOptions.parse({}),
  vote: AgreementOptions.parse({ ...VOTE_AGREEMENT }),
  memo: newMemo(),
  settings: null,
};
/** The call's copy relations, mirrors, tolerances and comparisons made, set for the (synchronous) span of one `reconcileFact`. */
let inUse = DEFAULT_SETTINGS;

function agree(a: FactValue, b: FactValue): boolean {
  return typedAgree(typedValue(a), typedValue(b), inUse.agreement);
}

/**
 * Independent weight: per unit its heaviest vote; a unit whose source likely copies a heavier unit's is
 * discounted, and one whose source mirrors a heavier unit's adds nothing (as in `discoverTruth`).
 */
function unitSupport(items: readonly Item[]): number {
  const best = new Map<string, Item>();
  for (const i of items) {
    const held = best.get(i.unit);
    if (!held || i.vote > held.vote) best.set(i.unit, i);
  }
  const units = [...best.values()].sort((a, b) => b.vote - a.vote || compareText(a.unit, b.unit));
  let total = 0;
  const pairs = inUse.dependence.size > 0 ? dependenceBySource(inUse.dependence) : null;
  const mirrors = inUse.mirrors;
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    let independent = 1;
    const group = mirrors.size > 0 ? mirrors.get(u.source) : undefined;
    if (group !== undefined) {
      for (let j = 0; j < k && independent > 0; j++) {
        const other = units[j]!.source;
        if (other !== u.source && mirrors.get(other) === group) independent = 0;
      }
    }
    const partners = independent > 0 ? pairs?.get(u.source) : undefined;
    if (partners) {
      for (let j = 0; j < k; j++) {
        const other = units[j]!.source;
        if (other !== u.source) independent *= 1 - COPY_RATE * (partners.get(other) ?? 0);
      }
    }
    total += u.vote * independent;
  }
  return total;
}

const bySource = new WeakMap<ReadonlyMap<string, number>, Map<string, Map<string, number>>>();

/**
 * `dependence` (keyed `a\u0000b`) as source → source → probability, built once per map: `unitSupport`
 * asks for every two units of every value of every fact, and building the pair's key each time cost a
 * quarter of a million-row import's reconcile.
 */
function dependenceBySource(dependence: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
  let out = bySource.get(dependence);
  if (!out) {
    out = new Map();
    for (const [key, p] of dependence) {
      const [a, b] = key.split('\u0000') as [string, string];
      for (const [x, y] of [[a, b], [b, a]] as const) {
        let m = out.get(x);
        if (!m) out.set(x, (m = new Map()));
        m.set(y, p);
      }
    }
    bySource.set(dependence, out);
  }
  return out;
}

function noisyOr(c: Cluster): number {
  const best = new Map<string, number>();
  for (const i of c.items) best.set(i.unit, Math.max(best.get(i.unit) ?? 0, i.weight));
  return 1 - [...best.values()].reduce((p, w) => p * (1 - w), 1);
}

function toCandidates(epochs: readonly Epoch[], contested: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let i = epochs.length - 1; i >= 0; i--) {
    const epoch = epochs[i]!;
    const isCurrent = i === epochs.length - 1;
    const reported = !isProjection(epoch.clusters[0]!);
    epoch.clusters.forEach((c, rank) => {
      const status: CandidateStatus =
        rank === 0 ? (isCurrent ? 'current' : 'superseded') : reported && isProjection(c) ? 'superseded' : isCurrent && contested ? 'contested' : 'disputed';
      out.push(candidate(c, rank === 0 ? (firstDay(c.items) ?? epoch.from) : epoch.from, epoch.to, status));
    });
  }
  return out;
}

/** `; claims reviewed: 1 corrected, 2 rejected`, when reviewers judged some of the evidence (those weigh more, or nothing). */
function claimReviewNote(evidence: readonly FactEvidence[]): string {
  const counts = new Map<string, number>();
  for (const e of evidence) if (e.status !== 'pending') counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  if (counts.size === 0) return '';
  return `; claims reviewed: ${[...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([status, n]) => `${n} ${status}`).join(', ')}`;
}

function candidate(c: Cluster, validFrom: string | null, validTo: string | null, status: CandidateStatus): Candidate {
  return {
    value: c.value,
    valueKey: c.key,
    claimIds: ids(c.items),
    sources: [...new Set(c.items.map((i) => i.e.doc))].sort(compareText),
    weight: round(c.support),
    validFrom,
    validTo,
    status,
  };
}

/** A reviewer's value stands; only unseen evidence against it can flag the fact. */
function pin(epochs: readonly Epoch[], items: readonly Item[], pinned: FactValue, review: FactReview, settleShare: number): Reconciliation {
  const seen = new Set(review.seenClaimIds);
  const current = epochs[epochs.length - 1];
  const against = (current?.clusters ?? []).filter((c) => !agree(c.value, pinned));
  const fresh = against.flatMap((c) => c.items).filter((i) => !seen.has(i.e.claimId));
  const agreeing = items.filter((i) => agree(i.e.value, pinned));
  const support: Cluster = { value: pinned, typed: typedValue(pinned), key: typedKey(typedValue(pinned)), items: [...agreeing], support: unitSupport(agreeing) };
  const others = toCandidates(epochs, false).filter((c) => !agree(c.value, pinned));
  const head = `pinned by ${review.reviewer} (${review.action}${review.reason ? `: ${review.reason}` : ''})`;
  const flagged = fresh.length > 0;
  const freshNote = flagged
    ? `; new evidence against it: ${[...new Set(fresh.map((i) => `${describe(i.e.value)} (${sourceName(i.e)})`))].sort(compareText).join(', ')}`
    : '';
  void settleShare;
  return {
    status: flagged ? 'needs-review' : 'reviewed',
    value: pinned,
    validFrom: firstDay(agreeing) ?? current?.from ?? null,
    validTo: null,
    supporting: ids(agreeing),
    opposing: ids(against.flatMap((c) => c.items)),
    candidates: [candidate(support, firstDay(agreeing) ?? current?.from ?? null, null, 'current'), ...others.map((c) => ({ ...c, status: c.status === 'current' ? ('disputed' as const) : c.status }))],
    confidence: 1,
    reason: head + freshNote,
  };
}

/** Who a reason names for a claim: its outlet (or import source), the document only when that is unknown. */
function sourceName(e: FactEvidence): string {
  return e.source ?? e.doc;
}

/**
 * True when one report gives the winning value and another for the same time ("the union counted
 * 400,000 protesters; the ministry put the figure at 80,000"): a report of a dispute, which no count
 * of outlets repeating one side settles. A report's earlier values are placed before it, never here.
 */
function reportsDispute(chosen: Cluster, others: readonly Cluster[]): boolean {
  const docs = new Set(chosen.items.map((i) => i.e.doc));
  return others.some((c) => c.items.some((i) => docs.has(i.e.doc)));
}

/**
 * How many superseded values a reason names (the latest ones). A reason explains the value in force against
 * what it replaced; a toll revised four times in a week (99, 159, 150, 145, then 128 in the stories set) is
 * read whole, and five leaves room for one more revision while bounding the reason at a few hundred
 * characters. A fact of hundreds of periods named them all in every version's reason, so each new claim
 * cost the fact's whole history to write; the older values stay named by the versions that held them.
 */
const SUPERSEDED_NAMED = 5;

/** "15 % since 2025-07-23: 1 source (Reuters), weight 0.56; supersedes 25 % (2025-05-23 → 2025-07-23: 002.txt)". */
function explain(epochs: readonly Epoch[], contested: boolean): string {
  const current = epochs[epochs.length - 1]!;
  const [chosen, ...others] = current.clusters as [Cluster, ...Cluster[]];
  const docs = (c: Cluster) => [...new Set(c.items.map((i) => sourceName(i.e)))].sort(compareText);
  const n = (c: Cluster) => `${docs(c).length} source${docs(c).length === 1 ? '' : 's'}`;
  const since = firstDay(chosen.items) ?? current.from;
  const until = current.to ? ` until ${current.to} (a later report says it ended)` : '';
  let text = `${describe(chosen.value)}${since ? ` since ${since}` : ''}${until}: ${n(chosen)} (${docs(chosen).join(', ')}), weight ${chosen.support.toFixed(2)} of ${current.total.toFixed(2)}`;
  const projections = isProjection(chosen) ? [] : others.filter(isProjection);
  const converted = others.filter((c) => !projections.includes(c) && otherCurrency(chosen, c));
  const rivals = others.filter((c) => !projections.includes(c) && !converted.includes(c));
  const list = (cs: readonly Cluster[]) => cs.map((c) => `${describe(c.value)} (${docs(c).join(', ')}, weight ${c.support.toFixed(2)})`).join(', ');
  if (rivals.length > 0) text += `; ${contested ? 'contested by' : 'outweighs'} ${list(rivals)}`;
  if (converted.length > 0) text += `; also given in another currency: ${list(converted)}`;
  if (projections.length > 0) text += `; replaces what was reported only as possible: ${list(projections)}`;
  // The latest superseded values, newest first; older ones only counted, so a reason (and the version that
  // stores it) stays the same size however long the fact's history: each of them is named by the version
  // that held it (`fact --history`).
  const earlier = epochs.length - 1;
  if (earlier > 0) {
    const named = epochs.slice(Math.max(0, earlier - SUPERSEDED_NAMED), earlier).reverse();
    const rest = earlier - named.length;
    text += `; supersedes ${named.map((e) => `${describe(e.clusters[0]!.value)} (${e.from ?? '…'} → ${e.to ?? '…'}: ${docs(e.clusters[0]!).join(', ')})`).join(', ')}`;
    if (rest > 0) text += ` and ${rest} earlier value${rest === 1 ? '' : 's'}`;
  }
  return text;
}

function ids(items: readonly Item[]): string[] {
  return [...new Set(items.map((i) => i.e.claimId))].sort(compareText);
}

function firstDay(items: readonly Item[]): string | null {
  let min: string | null = null;
  for (const i of items) if (i.day !== null && (min === null || i.day < min)) min = i.day;
  return min;
}

function lastDay(items: readonly Item[]): string | null {
  let max: string | null = null;
  for (const i of items) if (i.day !== null && (max === null || i.day > max)) max = i.day;
  return max;
}

function daysBetween(a: string, b: string): number {
  return Math.round((dayTime(b) - dayTime(a)) / 86_400_000);
}

/** `Date.parse` of a day, remembered (a fact's claims repeat their days at every reconcile of it). */
const DAY_TIMES = new Map<string, number>();
function dayTime(day: string): number {
  let t = DAY_TIMES.get(day);
  if (t === undefined) {
    t = Date.parse(`${day}T00:00:00Z`);
    if (DAY_TIMES.size >= 100_000) DAY_TIMES.clear();
    DAY_TIMES.set(day, t);
  }
  return t;
}

/** Orders two weights, equal when they differ by float noise only (sums of one set of votes in another order). */
function compareWeight(a: number, b: number): number {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : a < b ? -1 : 1;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Orders days ascending with unknown dates first (an undated report is the weakest recency signal). */
function compareDays(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Code-unit order: unlike `localeCompare`, the same on every machine and ICU build. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A value inside a reason: the value grammar's wording, text quoted so it stands apart from the sentence. */
function describe(value: FactValue | null): string {
  if (value === null) return 'no value';
  return 'text' in value ? `"${value.text}"` : formatValue(value);
}

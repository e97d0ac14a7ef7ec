/**
 * Truth discovery over many items at once: which value of each item is true,
 * how accurate each source is, and which sources copy each other, estimated
 * together to a fixed point. The method is Dong, Berti-Équille and
 * Srivastava's AccuCopy ("Integrating conflicting data: the role of source
 * dependence", VLDB 2009): accuracy-weighted votes (ACCU) whose accuracies
 * are estimated by expectation–maximisation, with a Bayesian test of
 * dependence between every two sources from the values they share, where a
 * shared *false* value is strong evidence of copying, and a copier's vote
 * discounted by how likely it copied a source already counted. Values that
 * agree within a type's tolerance (`value-agreement.ts`: times within minutes,
 * amounts within 1 %) support each other, and a list partly supports another
 * that shares some of its parts (Dong et al.'s value similarity). Pure.
 */
import { z } from 'zod';
import type { FactValue } from '../model/index.js';
import { AgreementOptions, typedSupport, typedValue, VOTE_AGREEMENT, type TypedValue } from './value-agreement.js';
import { typedKey } from './value-key.js';

/** One source's value for one item (a fact at one moment). */
export interface TruthObservation {
  item: string;
  source: string;
  value: FactValue;
  /**
   * What kind of item it is (the fact's predicate, the data set's attribute): a source's accuracy is
   * estimated per domain as well, shrunk towards its overall accuracy, since one site may give exact
   * scheduled times and poor actual ones. @defaultValue one domain for all
   */
  domain?: string | null;
  /**
   * A unit of independence within the item: observations of one item that share a unit (documents of one
   * near-duplicate cluster) count once, as the first source's in code-unit order. @defaultValue none
   */
  unit?: string | null;
}

export const TruthOptions = z.strictObject({
  /** Rounds at most; estimation stops earlier once no chosen value changes and trust moves less than 1e-4. @defaultValue 30 */
  iterations: z.number().int().positive().default(30),
  /** Every source's accuracy before any evidence, and the prior its estimate is pulled towards. @defaultValue 0.8 */
  initialTrust: z.number().min(0.01).max(0.99).default(0.8),
  /** Pseudo-observations at `initialTrust` in every accuracy estimate, so a source seen twice never reaches 0 or 1. @defaultValue 2 */
  priorCount: z.number().nonnegative().default(2),
  /** How many wrong values an item may plausibly take (ACCU's n). @defaultValue 10 */
  falseValues: z.number().positive().default(10),
  /** Probability that a copier copies a given item rather than reporting it independently (c). @defaultValue 0.8 */
  copyRate: z.number().min(0).max(0.99).default(0.8),
  /** Prior probability that two sources are dependent (α). @defaultValue 0.2 */
  dependencePrior: z.number().min(0.001).max(0.999).default(0.2),
  /** Whether to detect copying at all (false: ACCU alone). @defaultValue true */
  detectCopying: z.boolean().default(true),
  /**
   * Whether a source's accuracy is also estimated per domain (shrunk towards its overall accuracy). Off by
   * default: where one domain is contested between two camps of sources, per-domain accuracy lets the larger
   * camp own that domain whatever its record elsewhere (on Flight it cost 0.865 against 0.898 for one accuracy
   * per source, see bench/README.md). @defaultValue false
   */
  accuracyByDomain: z.boolean().default(false),
  /**
   * Two sources are mirrors (one publishes the other's data: syndication, white-label sites) when they give the
   * identical value on at least this share of the items they share; a group of mirrors in which every two are
   * mirrors votes once per value. Mirrors are found over all the evidence given, so pass every group at once.
   * @defaultValue 0.97
   */
  mirrorAgreement: z.number().min(0.5).max(1).default(0.97),
  /** Items two sources must share before they can be found mirrors. @defaultValue 100 */
  mirrorMinShared: z.number().int().positive().default(100),
  /**
   * When values agree: amounts within 1 %; times of day exactly by default (`VOTE_AGREEMENT`, shared with
   * `reconcileFact`'s votes). Values vote by what they say exactly (after normalisation), and agreement also
   * decides which sources the chosen value credits. @defaultValue `VOTE_AGREEMENT`: amounts 1 %, times 0 min
   */
  agreement: AgreementOptions.prefault({ ...VOTE_AGREEMENT }),
});
export type TruthOptions = z.input<typeof TruthOptions>;

/** The value chosen for an item. */
export interface ChosenValue {
  key: string;
  value: FactValue;
  /** Probability that the truth agrees with it. */
  probability: number;
}

/** What two sources share: the evidence behind their dependence. */
export interface PairEvidence {
  /** Items both gave a value for. */
  items: number;
  /** Of those, how many with the same value. */
  same: number;
  /** Of the same values, how many are likely false (the truth does not agree with them). */
  sameFalse: number;
}

/** Sources found to be mirrors of each other: each two give the identical value on most shared items. */
export interface MirrorGroup {
  /** In code-unit order. */
  sources: string[];
  /** The fewest items two of them share. */
  minShared: number;
  /** The lowest share of identical values between two of them. */
  minAgreement: number;
}

export interface TruthResult {
  /** Mirror groups (sources that vote once between them), largest first. */
  mirrors: MirrorGroup[];
  /** Estimated accuracy per source, in [0.01, 0.99]. */
  trust: Map<string, number>;
  /** The value chosen per item. */
  chosen: Map<string, ChosenValue>;
  /** Probability that two sources are dependent, keyed `a\u0000b` with a < b (pairs that share an item). */
  dependence: Map<string, number>;
  /** Per pair (same keys): what they share. */
  overlap: Map<string, PairEvidence>;
  /** Accuracy per source on each domain it speaks to, keyed `source\u0000domain` (domains as given). */
  domainTrust: Map<string, number>;
  /** Per source: the observations that counted (one per item). */
  coverage: Map<string, number>;
  /** Rounds run. */
  rounds: number;
}

/** Two sources found to depend on each other: one likely copies the other. */
export const CopyRelation = z.strictObject({
  /** The pair in code-unit order: `sourceA < sourceB`. */
  sourceA: z.string(),
  sourceB: z.string(),
  /** P(dependent). */
  probability: z.number().min(0).max(1),
  /** Items both gave a value for. */
  sharedItems: z.number().int().nonnegative(),
  /** Of those, how many with the same value. */
  sameValues: z.number().int().nonnegative(),
  /** Of the same values, how many are likely false: the evidence of copying. */
  sameFalse: z.number().int().nonnegative().default(0),
  /** The two are mirrors (`TruthResult.mirrors`): one adds nothing to a value the other is counted for. */
  mirror: z.boolean().default(false),
});
export type CopyRelation = z.output<typeof CopyRelation>;

/** From this probability on, a pair is a copy relation worth storing and discounting. */
export const COPY_THRESHOLD = 0.5;

/**
 * The pairs of `discoverTruth` whose dependence reaches `threshold`, most
 * likely first (then by names): what the store keeps as known copying.
 */
export function copyRelations(result: Pick<TruthResult, 'dependence' | 'overlap' | 'mirrors'>, threshold = COPY_THRESHOLD): CopyRelation[] {
  const mirrored = mirrorNames(result.mirrors);
  const out: CopyRelation[] = [];
  for (const [key, p] of result.dependence) {
    if (p < threshold) continue;
    const [sourceA, sourceB] = key.split('\u0000') as [string, string];
    const o = result.overlap.get(key) ?? { items: 0, same: 0, sameFalse: 0 };
    const mirror = mirrored.has(sourceA) && mirrored.get(sourceA) === mirrored.get(sourceB);
    out.push({ sourceA, sourceB, probability: Math.round(p * 1e6) / 1e6, sharedItems: o.items, sameValues: o.same, sameFalse: o.sameFalse, mirror });
  }
  return out.sort((x, y) => y.probability - x.probability || cmp(x.sourceA, y.sourceA) || cmp(x.sourceB, y.sourceB));
}

/**
 * Mirror groups as `reconcileFact`'s `mirrors`: source → its group's name (its first source in code-unit order).
 */
export function mirrorNames(groups: readonly MirrorGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of groups) for (const s of g.sources) out.set(s, g.sources[0]!);
  return out;
}

/**
 * A source's vote for a value (ACCU): the log-odds that it is right against
 * one given wrong value among `falseValues`, `ln(n·A/(1−A))`; 0 for a source
 * no better than chance, which gives no evidence either way.
 */
export function voteCount(accuracy: number, falseValues: number): number {
  const a = clamp(accuracy);
  return Math.max(0, Math.log((falseValues * a) / (1 - a)));
}

/**
 * Observations gathered compactly (interned items, sources and values), so a
 * million of them fit in a few tens of megabytes. Add in any order.
 */
export class TruthEvidence {
  readonly items: string[] = [];
  readonly sources: string[] = [];
  readonly domains: string[] = [];
  /** Per item: its domain's index in `domains`. */
  readonly itemDomain: number[] = [];
  private readonly domainIds = new Map<string, number>();
  private readonly itemIds = new Map<string, number>();
  private readonly sourceIds = new Map<string, number>();
  private readonly valueIds = new Map<string, number>();
  /** Per value id: the first value seen with that key, as given and as typed. */
  readonly values: FactValue[] = [];
  readonly typed: TypedValue[] = [];
  readonly keys: string[] = [];
  private readonly unitIds = new Map<string, number>();
  private obsItem = new Int32Array(1024);
  private obsSource = new Int32Array(1024);
  private obsValue = new Int32Array(1024);
  private obsUnit = new Int32Array(1024);
  size = 0;

  add(item: string, source: string, value: FactValue, unit: string | null = null, domain: string | null = null): void {
    if (this.size === this.obsItem.length) this.grow();
    const typed = typedValue(value);
    const key = typedKey(typed);
    let v = this.valueIds.get(key);
    if (v === undefined) {
      v = this.values.length;
      this.valueIds.set(key, v);
      this.values.push(value);
      this.typed.push(typed);
      this.keys.push(key);
    }
    const before = this.items.length;
    const itemId = intern(this.itemIds, this.items, item);
    if (itemId === before) this.itemDomain.push(intern(this.domainIds, this.domains, domain ?? ''));
    this.obsItem[this.size] = itemId;
    this.obsSource[this.size] = intern(this.sourceIds, this.sources, source);
    this.obsValue[this.size] = v;
    this.obsUnit[this.size] = unit === null ? -1 : internId(this.unitIds, unit);
    this.size++;
  }

  /** The observations, one per (item, source) and per (item, unit), grouped by item. */
  grouped(): { start: Int32Array; source: Int32Array; value: Int32Array } {
    const order = Array.from({ length: this.size }, (_, i) => i);
    const rank = sourceRanks(this.sources);
    const keyRank = sourceRanks(this.keys);
    order.sort(
      (x, y) =>
        this.obsItem[x]! - this.obsItem[y]! ||
        rank[this.obsSource[x]!]! - rank[this.obsSource[y]!]! ||
        keyRank[this.obsValue[x]!]! - keyRank[this.obsValue[y]!]!,
    );
    const start = new Int32Array(this.items.length + 1);
    const source: number[] = [];
    const value: number[] = [];
    let current = -1;
    const seenSources = new Set<number>();
    const seenUnits = new Set<number>();
    for (const i of order) {
      const item = this.obsItem[i]!;
      if (item !== current) {
        for (let k = current + 1; k <= item; k++) start[k] = source.length;
        current = item;
        seenSources.clear();
        seenUnits.clear();
      }
      const s = this.obsSource[i]!;
      const u = this.obsUnit[i]!;
      if (seenSources.has(s) || (u >= 0 && seenUnits.has(u))) continue;
      seenSources.add(s);
      if (u >= 0) seenUnits.add(u);
      source.push(s);
      value.push(this.obsValue[i]!);
    }
    for (let k = current + 1; k <= this.items.length; k++) start[k] = source.length;
    return { start, source: Int32Array.from(source), value: Int32Array.from(value) };
  }

  private grow(): void {
    const bigger = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.obsItem = bigger(this.obsItem);
    this.obsSource = bigger(this.obsSource);
    this.obsValue = bigger(this.obsValue);
    this.obsUnit = bigger(this.obsUnit);
  }
}

/**
 * AccuCopy, alternating until the chosen values settle:
 *
 * 1. per item, each value's vote count is the sum of its sources' votes
 *    `ln(n·A/(1−A))`, a source's vote discounted by `1 − c·P(dependent)` for
 *    each more accurate source that gave the same value (a copy adds little);
 *    values that agree pool their counts (partly, for overlapping lists), and
 *    the probabilities of the item's values are the softmax of the counts, with
 *    the unseen wrong values at count 0;
 * 2. a source's accuracy is the mean probability that the truth agrees with
 *    what it said, over the items another source also speaks to, pulled
 *    towards the prior by `priorCount` pseudo-observations;
 * 3. for every two sources, the likelihood ratio of dependence over the items
 *    both cover: the same true value is likely either way, the same false value
 *    is unlikely for independent sources (`(1−A₁)(1−A₂)/n`), and a different
 *    value happens to a copier only when it does not copy (`1 − c`).
 *
 * Round 1 is a plain (agreement-pooled) vote: every source starts at the same
 * accuracy and independent. Probabilities stay soft, so an item two values
 * tie on credits both sources by half and no early guess reinforces itself.
 * The chosen value is the most probable; among values that tie (values that
 * agree pool the same votes) it is the one with more votes of its own, then
 * more sources backing it, then the smaller key: never trust estimated from
 * the tie.
 * The result does not depend on the order of observations.
 */
export function discoverTruth(observations: readonly TruthObservation[] | TruthEvidence, options: TruthOptions = {}): TruthResult {
  const o = TruthOptions.parse(options);
  let evidence: TruthEvidence;
  if (observations instanceof TruthEvidence) evidence = observations;
  else {
    evidence = new TruthEvidence();
    for (const ob of observations) evidence.add(ob.item, ob.source, ob.value, ob.unit ?? null, ob.domain ?? null);
  }
  return new Estimator(evidence, o).run();
}

type Options = z.output<typeof TruthOptions>;

class Estimator {
  private readonly nItems: number;
  private readonly nSources: number;
  private readonly start: Int32Array;
  private readonly source: Int32Array;
  private readonly value: Int32Array;
  /** Per observation: the index of its value among its item's distinct values. */
  private readonly local: Int32Array;
  /** Per item: offset of its distinct values in `distinct`, and of its support matrix in `support`. */
  private readonly valueStart: Int32Array;
  private readonly distinct: Int32Array;
  private readonly supportStart: Int32Array;
  private readonly support: Float64Array;
  /** Per observation: P(the truth agrees with it), this round. */
  private readonly agree: Float64Array;
  /** Per item: local index of the chosen value. */
  private readonly chosen: Int32Array;
  private readonly chosenP: Float64Array;
  private readonly trust: Float64Array;
  private readonly pairIndex: PairIndex;
  private dependence: Float64Array;
  /** Per observation: its slot in `accuracy`, the accuracy of its source on its item's domain; per slot, the source. */
  private readonly sd: Int32Array;
  private readonly sdSource: Int32Array;
  private readonly accuracy: Float64Array;
  /** Per source: its rank in code-unit order of names (ties never depend on arrival order). */
  private readonly rank: Int32Array;
  /** Per source: its mirror group (-1: none), and the groups found. */
  private readonly mirrorOf: Int32Array;
  private readonly mirrors: MirrorGroup[];

  constructor(
    private readonly evidence: TruthEvidence,
    private readonly o: Options,
  ) {
    const g = evidence.grouped();
    this.start = g.start;
    this.source = g.source;
    this.value = g.value;
    this.nItems = evidence.items.length;
    this.nSources = evidence.sources.length;
    this.local = new Int32Array(this.source.length);
    this.valueStart = new Int32Array(this.nItems + 1);
    this.supportStart = new Int32Array(this.nItems + 1);
    const distinct: number[] = [];
    const support: number[] = [];
    const cache = new Map<number, number>();
    const nValues = evidence.values.length;
    for (let i = 0; i < this.nItems; i++) {
      this.valueStart[i] = distinct.length;
      this.supportStart[i] = support.length;
      const ids: number[] = [];
      for (let e = this.start[i]!; e < this.start[i + 1]!; e++) {
        let k = ids.indexOf(this.value[e]!);
        if (k < 0) k = ids.push(this.value[e]!) - 1;
        this.local[e] = k;
      }
      distinct.push(...ids);
      for (const a of ids) {
        for (const b of ids) {
          if (a === b) {
            support.push(1);
            continue;
          }
          const pair = a < b ? a * nValues + b : b * nValues + a;
          let s = cache.get(pair);
          if (s === undefined) {
            s = typedSupport(evidence.typed[a]!, evidence.typed[b]!, o.agreement);
            cache.set(pair, s);
          }
          support.push(s);
        }
      }
    }
    this.valueStart[this.nItems] = distinct.length;
    this.supportStart[this.nItems] = support.length;
    this.distinct = Int32Array.from(distinct);
    this.support = Float64Array.from(support);
    this.agree = new Float64Array(this.source.length);
    this.chosen = new Int32Array(this.nItems).fill(-1);
    this.chosenP = new Float64Array(this.nItems);
    this.trust = new Float64Array(this.nSources).fill(o.initialTrust);
    this.rank = sourceRanks(evidence.sources);
    // Per observation: its (source, item domain) accuracy slot.
    const slots = new Map<number, number>();
    const sdSource: number[] = [];
    this.sd = new Int32Array(this.source.length);
    const nDomains = Math.max(1, evidence.domains.length);
    for (let i = 0; i < this.nItems; i++) {
      for (let e = this.start[i]!; e < this.start[i + 1]!; e++) {
        const code = this.source[e]! * nDomains + evidence.itemDomain[i]!;
        let slot = slots.get(code);
        if (slot === undefined) {
          slot = sdSource.push(this.source[e]!) - 1;
          slots.set(code, slot);
        }
        this.sd[e] = slot;
      }
    }
    this.sdSource = Int32Array.from(sdSource);
    this.accuracy = new Float64Array(sdSource.length).fill(o.initialTrust);
    this.pairIndex = new PairIndex(this.nSources);
    for (let i = 0; i < this.nItems; i++) {
      for (let x = this.start[i]!; x < this.start[i + 1]!; x++) {
        for (let y = x + 1; y < this.start[i + 1]!; y++) this.pairIndex.add(this.source[x]!, this.source[y]!);
      }
    }
    this.dependence = new Float64Array(this.pairIndex.size);
    const found = o.detectCopying
      ? findMirrors(this.start, this.source, this.value, this.pairIndex, evidence.sources, this.rank, o)
      : { mirrorOf: new Int32Array(this.nSources).fill(-1), groups: [] };
    this.mirrorOf = found.mirrorOf;
    this.mirrors = found.groups;
  }

  run(): TruthResult {
    let rounds = 0;
    for (; rounds < this.o.iterations; ) {
      rounds++;
      const changed = this.estimateValues();
      const moved = this.estimateTrust();
      if (this.o.detectCopying) this.estimateDependence();
      if (rounds > 1 && changed === 0 && moved < 1e-4) break;
    }
    this.estimateValues();
    return this.result(rounds);
  }

  /** Step 1 for every item; returns how many chosen values changed. */
  private estimateValues(): number {
    const n = this.o.falseValues;
    const votes = new Float64Array(this.accuracy.length);
    for (let d = 0; d < votes.length; d++) votes[d] = voteCount(this.accuracy[d]!, n);
    const acc = this.accuracy;
    const sd = this.sd;
    let changed = 0;
    for (let i = 0; i < this.nItems; i++) {
      const from = this.start[i]!;
      const to = this.start[i + 1]!;
      const k = this.valueStart[i + 1]! - this.valueStart[i]!;
      const count = new Float64Array(k);
      const providers = new Float64Array(k);
      for (let v = 0; v < k; v++) {
        // Providers of v, most accurate first (then by source order): each discounted by the ones before it.
        const list: number[] = [];
        for (let e = from; e < to; e++) if (this.local[e] === v) list.push(e);
        providers[v] = list.length;
        if (list.length > 1) {
          list.sort((a, b) => acc[sd[b]!]! - acc[sd[a]!]! || this.rank[this.source[a]!]! - this.rank[this.source[b]!]!);
        }
        let c = 0;
        for (let x = 0; x < list.length; x++) {
          let independent = 1;
          const sx = this.source[list[x]!]!;
          const mx = this.mirrorOf[sx]!;
          for (let y = 0; y < x && independent > 0; y++) {
            const sy = this.source[list[y]!]!;
            // A mirror of a source already counted adds nothing.
            if (mx >= 0 && this.mirrorOf[sy] === mx) independent = 0;
            else if (this.o.detectCopying) independent *= 1 - this.o.copyRate * this.dependence[this.pairIndex.get(sx, sy)]!;
          }
          c += votes[sd[list[x]!]!]! * independent;
        }
        count[v] = c;
      }
      const s0 = this.supportStart[i]!;
      const pooled = new Float64Array(k);
      const backers = new Float64Array(k);
      for (let v = 0; v < k; v++) {
        for (let w = 0; w < k; w++) {
          const s = this.support[s0 + v * k + w]!;
          pooled[v]! += s * count[w]!;
          backers[v]! += s * providers[w]!;
        }
      }
      let max = 0;
      for (let v = 0; v < k; v++) max = Math.max(max, pooled[v]!);
      const p = new Float64Array(k);
      // The unseen wrong values (count 0) share the rest of the probability.
      let total = Math.max(0, n + 1 - k) * Math.exp(-max);
      for (let v = 0; v < k; v++) total += p[v] = Math.exp(pooled[v]! - max);
      for (let v = 0; v < k; v++) p[v]! /= total;
      // P(the truth agrees with v), each of the item's values counted once.
      const agreeP = new Float64Array(k);
      for (let v = 0; v < k; v++) {
        let a = 0;
        for (let w = 0; w < k; w++) a += this.support[s0 + v * k + w]! >= 1 ? p[w]! : 0;
        agreeP[v] = Math.min(1, a);
      }
      for (let e = from; e < to; e++) this.agree[e] = agreeP[this.local[e]!]!;
      // Ties (values that agree pool the same votes): the value with more votes of its own, then more
      // sources backing it, then the smaller key.
      let best = 0;
      const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
      for (let v = 1; v < k; v++) {
        if (!near(pooled[v]!, pooled[best]!)) {
          if (pooled[v]! > pooled[best]!) best = v;
          continue;
        }
        if (!near(count[v]!, count[best]!)) {
          if (count[v]! > count[best]!) best = v;
          continue;
        }
        const b = backers[v]! - backers[best]!;
        if (b > 0 || (b === 0 && this.evidence.keys[this.distinct[this.valueStart[i]! + v]!]! < this.evidence.keys[this.distinct[this.valueStart[i]! + best]!]!)) best = v;
      }
      if (this.chosen[i] !== best) changed++;
      this.chosen[i] = best;
      this.chosenP[i] = agreeP[best]!;
    }
    return changed;
  }

  /** Step 2; returns the largest change of any source's accuracy. */
  private estimateTrust(): number {
    const sums = new Float64Array(this.nSources);
    const counts = new Float64Array(this.nSources);
    const domainSums = new Float64Array(this.accuracy.length);
    const domainCounts = new Float64Array(this.accuracy.length);
    for (let i = 0; i < this.nItems; i++) {
      const from = this.start[i]!;
      const to = this.start[i + 1]!;
      // A lone source always agrees with itself: only items others speak to say anything about accuracy.
      if (to - from < 2) continue;
      for (let e = from; e < to; e++) {
        sums[this.source[e]!]! += this.agree[e]!;
        counts[this.source[e]!]! += 1;
        domainSums[this.sd[e]!]! += this.agree[e]!;
        domainCounts[this.sd[e]!]! += 1;
      }
    }
    let moved = 0;
    const prior = this.o.priorCount;
    for (let s = 0; s < this.nSources; s++) {
      const next = clamp((sums[s]! + prior * this.o.initialTrust) / (counts[s]! + prior));
      moved = Math.max(moved, Math.abs(next - this.trust[s]!));
      this.trust[s] = next;
    }
    // Per domain, shrunk towards the source's overall accuracy.
    for (let d = 0; d < this.accuracy.length; d++) {
      const overall = this.trust[this.sdSource[d]!]!;
      const next = this.o.accuracyByDomain ? clamp((domainSums[d]! + prior * overall) / (domainCounts[d]! + prior)) : overall;
      moved = Math.max(moved, Math.abs(next - this.accuracy[d]!));
      this.accuracy[d] = next;
    }
    return moved;
  }

  /** Step 3: P(dependent) per pair, both directions of copying weighed (the copied source's accuracy differs). */
  private estimateDependence(): void {
    const c = this.o.copyRate;
    const n = this.o.falseValues;
    const forward = new Float64Array(this.pairIndex.size);
    const backward = new Float64Array(this.pairIndex.size);
    const differ = Math.log(1 - c);
    const { start, source, value, accuracy, sd, agree, pairIndex } = this;
    // No closure in the loop: it runs once per pair of sources per item per round (millions), and tsx
    // (esbuild's keepNames) wraps every closure it creates in a naming call.
    for (let i = 0; i < this.nItems; i++) {
      const from = start[i]!;
      const to = start[i + 1]!;
      for (let x = from; x < to; x++) {
        const s1 = source[x]!;
        for (let y = x + 1; y < to; y++) {
          const s2 = source[y]!;
          const pair = pairIndex.get(s1, s2);
          if (value[x] !== value[y]) {
            forward[pair]! += differ;
            backward[pair]! += differ;
            continue;
          }
          const a1 = accuracy[sd[x]!]!;
          const a2 = accuracy[sd[y]!]!;
          const t = agree[x]!;
          const bothWrong = ((1 - c) * (1 - a1) * (1 - a2)) / n;
          const independent = t * a1 * a2 + ((1 - t) * (1 - a1) * (1 - a2)) / n;
          // s1 copies s2: with probability c it took s2's value, right with s2's accuracy (and s2 copies s1 alike).
          // Weighed by P(false): a shared true value is what accurate independent sources share as well, and
          // one accuracy per source overstates how surprising that is on items every source gets right.
          const copies12 = t * (c * a2 + (1 - c) * a1 * a2) + (1 - t) * (c * (1 - a2) + bothWrong);
          const copies21 = t * (c * a1 + (1 - c) * a1 * a2) + (1 - t) * (c * (1 - a1) + bothWrong);
          const r12 = (1 - t) * Math.log(copies12 / independent);
          const r21 = (1 - t) * Math.log(copies21 / independent);
          if (s1 < s2) {
            forward[pair]! += r12;
            backward[pair]! += r21;
          } else {
            forward[pair]! += r21;
            backward[pair]! += r12;
          }
        }
      }
    }
    const alpha = this.o.dependencePrior;
    for (let p = 0; p < this.pairIndex.size; p++) {
      // P(dep) = α/2·(e^F + e^B) / ((1−α) + α/2·(e^F + e^B)), computed in the log domain.
      const m = Math.max(forward[p]!, backward[p]!);
      const dep = Math.log(alpha / 2) + m + Math.log(Math.exp(forward[p]! - m) + Math.exp(backward[p]! - m));
      const ind = Math.log(1 - alpha);
      this.dependence[p] = 1 / (1 + Math.exp(Math.max(-50, Math.min(50, ind - dep))));
    }
  }

  private result(rounds: number): TruthResult {
    const e = this.evidence;
    const trust = new Map<string, number>();
    for (let s = 0; s < this.nSources; s++) trust.set(e.sources[s]!, this.trust[s]!);
    const domainTrust = new Map<string, number>();
    const coverage = new Map<string, number>();
    for (let i = 0; i < this.nItems; i++) {
      for (let x = this.start[i]!; x < this.start[i + 1]!; x++) {
        const name = e.sources[this.source[x]!]!;
        coverage.set(name, (coverage.get(name) ?? 0) + 1);
        domainTrust.set(`${name}\u0000${e.domains[e.itemDomain[i]!]!}`, this.accuracy[this.sd[x]!]!);
      }
    }
    const chosen = new Map<string, ChosenValue>();
    for (let i = 0; i < this.nItems; i++) {
      if (this.chosen[i]! < 0) continue;
      const v = this.distinct[this.valueStart[i]! + this.chosen[i]!]!;
      chosen.set(e.items[i]!, { key: e.keys[v]!, value: e.values[v]!, probability: this.chosenP[i]! });
    }
    const overlap = new Map<string, PairEvidence>();
    const stats = new Int32Array(this.pairIndex.size * 3);
    for (let i = 0; i < this.nItems; i++) {
      const from = this.start[i]!;
      const to = this.start[i + 1]!;
      const truth = this.chosen[i]!;
      const s0 = this.supportStart[i]!;
      const k = this.valueStart[i + 1]! - this.valueStart[i]!;
      for (let x = from; x < to; x++) {
        for (let y = x + 1; y < to; y++) {
          const p = this.pairIndex.get(this.source[x]!, this.source[y]!);
          stats[p * 3]!++;
          if (this.value[x] === this.value[y]) {
            stats[p * 3 + 1]!++;
            if (this.support[s0 + truth * k + this.local[x]!]! < 1) stats[p * 3 + 2]!++;
          }
        }
      }
    }
    const dependence = new Map<string, number>();
    for (const [a, b, p] of this.pairIndex.entries()) {
      const [x, y] = [e.sources[a]!, e.sources[b]!];
      const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
      overlap.set(key, { items: stats[p * 3]!, same: stats[p * 3 + 1]!, sameFalse: stats[p * 3 + 2]! });
      // Mirrors are dependent by finding, whatever the test on shared false values says.
      const mirrored = this.mirrorOf[a]! >= 0 && this.mirrorOf[a] === this.mirrorOf[b];
      if (this.o.detectCopying) dependence.set(key, mirrored ? 1 : this.dependence[p]!);
    }
    return { mirrors: this.mirrors, trust, chosen, dependence, overlap, domainTrust, coverage, rounds };
  }
}

/**
 * Mirror groups by complete linkage: pairs that share at least `mirrorMinShared` items and give the identical
 * value on at least `mirrorAgreement` of them, most alike first, join two groups only when every two members
 * across them are such a pair (so no chain of near-mirrors makes one group of unlike sources).
 */
function findMirrors(
  start: Int32Array,
  source: Int32Array,
  value: Int32Array,
  pairs: PairIndex,
  names: readonly string[],
  rank: Int32Array,
  o: Options,
): { mirrorOf: Int32Array; groups: MirrorGroup[] } {
  const shared = new Int32Array(pairs.size);
  const same = new Int32Array(pairs.size);
  for (let i = 0; i + 1 < start.length; i++) {
    for (let x = start[i]!; x < start[i + 1]!; x++) {
      for (let y = x + 1; y < start[i + 1]!; y++) {
        const p = pairs.get(source[x]!, source[y]!);
        shared[p]!++;
        if (value[x] === value[y]) same[p]!++;
      }
    }
  }
  const alike = (p: number) => shared[p]! >= o.mirrorMinShared && same[p]! >= o.mirrorAgreement * shared[p]!;
  const candidates: [number, number, number][] = [];
  for (const [a, b, p] of pairs.entries()) if (alike(p)) candidates.push([a, b, p]);
  const byRank = (a: number, b: number) => Math.min(rank[a]!, rank[b]!) * names.length + Math.max(rank[a]!, rank[b]!);
  candidates.sort(([a1, b1, p], [a2, b2, q]) => same[q]! / shared[q]! - same[p]! / shared[p]! || byRank(a1, b1) - byRank(a2, b2));
  const groupOf = new Int32Array(names.length).map((_, s) => s);
  const members = new Map<number, number[]>();
  for (let s = 0; s < names.length; s++) members.set(s, [s]);
  const pairOf = (a: number, b: number) => (pairs.has(a, b) ? pairs.get(a, b) : -1);
  for (const [a, b] of candidates) {
    const [ga, gb] = [groupOf[a]!, groupOf[b]!];
    if (ga === gb) continue;
    const [ma, mb] = [members.get(ga)!, members.get(gb)!];
    if (!ma.every((x) => mb.every((y) => pairOf(x, y) >= 0 && alike(pairOf(x, y))))) continue;
    for (const y of mb) groupOf[y] = ga;
    members.set(ga, [...ma, ...mb]);
    members.delete(gb);
  }
  const mirrorOf = new Int32Array(names.length).fill(-1);
  const groups: MirrorGroup[] = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    let minShared = Infinity;
    let minAgreement = 1;
    for (const x of list) {
      mirrorOf[x] = groups.length;
      for (const y of list) {
        if (x >= y) continue;
        const p = pairs.get(x, y);
        minShared = Math.min(minShared, shared[p]!);
        minAgreement = Math.min(minAgreement, same[p]! / shared[p]!);
      }
    }
    groups.push({ sources: list.map((s) => names[s]!).sort(cmp), minShared, minAgreement: Math.round(minAgreement * 1e4) / 1e4 });
  }
  // Group ids follow the order groups are listed in: largest first, then by first name.
  const order = groups.map((_, g) => g).sort((g, h) => groups[h]!.sources.length - groups[g]!.sources.length || cmp(groups[g]!.sources[0]!, groups[h]!.sources[0]!));
  const renumber = new Int32Array(groups.length);
  order.forEach((g, r) => (renumber[g] = r));
  for (let s = 0; s < mirrorOf.length; s++) if (mirrorOf[s]! >= 0) mirrorOf[s] = renumber[mirrorOf[s]!]!;
  return { mirrorOf, groups: order.map((g) => groups[g]!) };
}

/** Dense pair ids for the pairs of sources that share an item. */
class PairIndex {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();
  private readonly pairs: number[] = [];
  size = 0;

  constructor(private readonly n: number) {
    this.dense = n <= 2048 ? new Int32Array(n * n).fill(-1) : null;
  }

  add(a: number, b: number): void {
    const code = a < b ? a * this.n + b : b * this.n + a;
    if (this.dense) {
      if (this.dense[code]! >= 0) return;
      this.dense[code] = this.size;
    } else {
      if (this.sparse.has(code)) return;
      this.sparse.set(code, this.size);
    }
    this.pairs.push(code);
    this.size++;
  }

  has(a: number, b: number): boolean {
    const code = a < b ? a * this.n + b : b * this.n + a;
    return this.dense ? this.dense[code]! >= 0 : this.sparse.has(code);
  }

  get(a: number, b: number): number {
    const code = a < b ? a * this.n + b : b * this.n + a;
    return this.dense ? this.dense[code]! : this.sparse.get(code)!;
  }

  *entries(): Generator<[number, number, number]> {
    for (let p = 0; p < this.pairs.length; p++) yield [Math.floor(this.pairs[p]! / this.n), this.pairs[p]! % this.n, p];
  }
}

function intern(ids: Map<string, number>, list: string[], s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = list.length;
    ids.set(s, id);
    list.push(s);
  }
  return id;
}

function internId(ids: Map<string, number>, s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = ids.size;
    ids.set(s, id);
  }
  return id;
}

/** Rank of each string in code-unit order. */
function sourceRanks(list: readonly string[]): Int32Array {
  const order = list.map((_, i) => i).sort((a, b) => cmp(list[a]!, list[b]!));
  const rank = new Int32Array(list.length);
  order.forEach((id, r) => (rank[id] = r));
  return rank;
}

function clamp(x: number): number {
  return Math.min(0.99, Math.max(0.01, x));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

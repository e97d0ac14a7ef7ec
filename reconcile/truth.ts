/**
 * Truth discovery over many facts at once: how trustworthy each source is,
 * and which sources copy each other, estimated together to a fixed point in
 * the spirit of Dong, Berti-Équille and Srivastava's ACCU (VLDB 2009). Pure.
 */
import { z } from 'zod';

/** Pseudo-observations at the prior trust that every source starts with. */
const PRIOR_COUNT = 2;

/** One source's value for one item (a fact at one moment). */
export interface TruthObservation {
  item: string;
  source: string;
  /** A canonical value key: equal keys agree. */
  value: string;
}

export const TruthOptions = z.strictObject({
  /** @defaultValue 12 */
  iterations: z.number().int().positive().default(12),
  /** Every source's accuracy before any evidence. @defaultValue 0.8 */
  initialTrust: z.number().min(0.01).max(0.99).default(0.8),
  /** How many wrong values an item may plausibly take (ACCU's n). @defaultValue 10 */
  falseValues: z.number().positive().default(10),
  /** Probability that a copier copies a given item rather than reporting it independently. @defaultValue 0.8 */
  copyRate: z.number().min(0).max(0.99).default(0.8),
  /** Prior probability that two sources are dependent. @defaultValue 0.2 */
  dependencePrior: z.number().min(0.001).max(0.999).default(0.2),
});
export type TruthOptions = z.input<typeof TruthOptions>;

export interface TruthResult {
  /** Estimated accuracy per source, in [0.01, 0.99]. */
  trust: Map<string, number>;
  /** The value chosen per item. */
  chosen: Map<string, string>;
  /** Probability that two sources are dependent, keyed `a\u0000b` with a < b. */
  dependence: Map<string, number>;
  /** Per pair (same keys): items both gave a value for, and how many of those values were the same. */
  overlap: Map<string, { items: number; same: number }>;
}

/** Two sources found to depend on each other: one likely copies the other (which one, ACCU does not say). */
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
});
export type CopyRelation = z.infer<typeof CopyRelation>;

/** From this probability on, a pair is a copy relation worth storing and discounting. */
export const COPY_THRESHOLD = 0.5;

/**
 * The pairs of `discoverTruth` whose dependence reaches `threshold`, most
 * likely first (then by names): what the store keeps as known copying.
 */
export function copyRelations(result: Pick<TruthResult, 'dependence' | 'overlap'>, threshold = COPY_THRESHOLD): CopyRelation[] {
  const out: CopyRelation[] = [];
  for (const [key, p] of result.dependence) {
    if (p < threshold) continue;
    const [sourceA, sourceB] = key.split('\u0000') as [string, string];
    const o = result.overlap.get(key) ?? { items: 0, same: 0 };
    out.push({ sourceA, sourceB, probability: Math.round(p * 1e6) / 1e6, sharedItems: o.items, sameValues: o.same });
  }
  return out.sort((x, y) => y.probability - x.probability || cmp(x.sourceA, y.sourceA) || cmp(x.sourceB, y.sourceB));
}

/**
 * Alternates three estimates until they settle:
 *
 * 1. value probabilities per item from vote counts `ln(n·A/(1−A))`, where a
 *    source's vote is discounted by `1 − copyRate·P(dependent)` for each more
 *    trusted source that gave the same value (a copy adds little evidence);
 * 2. source accuracy `A` = the mean probability of the values it gave;
 * 3. pairwise dependence from the values two sources share: sharing a *false*
 *    value is unlikely for independent sources (`(1−A₁)(1−A₂)/n`), so a few of
 *    those outweigh many shared true values.
 *
 * The result does not depend on the order of `observations`; a source's
 * second value for an item is ignored.
 */
export function discoverTruth(observations: readonly TruthObservation[], options: TruthOptions = {}): TruthResult {
  const o = TruthOptions.parse(options);
  const byItem = new Map<string, Map<string, string>>();
  for (const ob of [...observations].sort((a, b) => cmp(a.item, b.item) || cmp(a.source, b.source) || cmp(a.value, b.value))) {
    const votes = byItem.get(ob.item) ?? new Map<string, string>();
    if (!votes.has(ob.source)) votes.set(ob.source, ob.value);
    byItem.set(ob.item, votes);
  }
  const sources = [...new Set(observations.map((ob) => ob.source))].sort(cmp);
  const trust = new Map(sources.map((s) => [s, o.initialTrust]));
  let dependence = new Map<string, number>();
  let probabilities = new Map<string, Map<string, number>>();

  for (let round = 0; round < o.iterations; round++) {
    probabilities = new Map();
    for (const [item, votes] of byItem) probabilities.set(item, valueProbabilities(votes, trust, dependence, o));
    // Only items two or more sources speak to say anything about accuracy (a lone source always agrees
    // with itself), and a few pseudo-counts at the prior keep a source seen twice from reaching 0 or 1.
    const sums = new Map<string, number>();
    const counts = new Map<string, number>();
    for (const [item, votes] of byItem) {
      if (votes.size < 2) continue;
      const p = probabilities.get(item)!;
      for (const [s, v] of votes) {
        sums.set(s, (sums.get(s) ?? 0) + (p.get(v) ?? 0));
        counts.set(s, (counts.get(s) ?? 0) + 1);
      }
    }
    for (const s of sources) {
      trust.set(s, clamp(((sums.get(s) ?? 0) + PRIOR_COUNT * o.initialTrust) / ((counts.get(s) ?? 0) + PRIOR_COUNT)));
    }
    dependence = estimateDependence(byItem, probabilities, trust, o);
  }
  const chosen = new Map<string, string>();
  for (const [item, p] of probabilities) chosen.set(item, argmax(p));
  return { trust, chosen, dependence, overlap: overlapOf(byItem) };
}

function overlapOf(byItem: ReadonlyMap<string, ReadonlyMap<string, string>>): Map<string, { items: number; same: number }> {
  const out = new Map<string, { items: number; same: number }>();
  for (const votes of byItem.values()) {
    const list = [...votes];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = pairKey(list[i]![0], list[j]![0]);
        const o = out.get(key) ?? { items: 0, same: 0 };
        o.items++;
        if (list[i]![1] === list[j]![1]) o.same++;
        out.set(key, o);
      }
    }
  }
  return out;
}

/** The value a plain majority picks per item (ties: smallest key), the baseline `bench:truth` compares with. */
export function majorityVote(observations: readonly TruthObservation[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const seen = new Set<string>();
  for (const ob of observations) {
    const id = `${ob.item}\u0000${ob.source}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const c = counts.get(ob.item) ?? new Map<string, number>();
    c.set(ob.value, (c.get(ob.value) ?? 0) + 1);
    counts.set(ob.item, c);
  }
  return new Map([...counts].map(([item, c]) => [item, argmax(c)]));
}

function valueProbabilities(
  votes: ReadonlyMap<string, string>,
  trust: ReadonlyMap<string, number>,
  dependence: ReadonlyMap<string, number>,
  o: z.output<typeof TruthOptions>,
): Map<string, number> {
  const byValue = new Map<string, string[]>();
  for (const [s, v] of votes) byValue.set(v, [...(byValue.get(v) ?? []), s]);
  const score = new Map<string, number>();
  for (const [v, voters] of byValue) {
    voters.sort((a, b) => trust.get(b)! - trust.get(a)! || cmp(a, b));
    let c = 0;
    voters.forEach((s, i) => {
      let independent = 1;
      for (let j = 0; j < i; j++) independent *= 1 - o.copyRate * (dependence.get(pairKey(s, voters[j]!)) ?? 0);
      const a = trust.get(s)!;
      c += independent * Math.log((o.falseValues * a) / (1 - a));
    });
    score.set(v, c);
  }
  const max = Math.max(...score.values());
  let total = 0;
  for (const [v, c] of score) {
    const e = Math.exp(c - max);
    score.set(v, e);
    total += e;
  }
  for (const [v, e] of score) score.set(v, e / total);
  return score;
}

function estimateDependence(
  byItem: ReadonlyMap<string, ReadonlyMap<string, string>>,
  probabilities: ReadonlyMap<string, ReadonlyMap<string, number>>,
  trust: ReadonlyMap<string, number>,
  o: z.output<typeof TruthOptions>,
): Map<string, number> {
  const llr = new Map<string, number>();
  const c = o.copyRate;
  const n = o.falseValues;
  for (const [item, votes] of byItem) {
    const p = probabilities.get(item)!;
    const truth = argmax(p);
    const list = [...votes].sort((a, b) => cmp(a[0], b[0]));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [s1, v1] = list[i]!;
        const [s2, v2] = list[j]!;
        const a1 = trust.get(s1)!;
        const a2 = trust.get(s2)!;
        const a = Math.max(a1, a2);
        const sameTrueInd = a1 * a2;
        const sameFalseInd = ((1 - a1) * (1 - a2)) / n;
        const diffInd = Math.max(1e-9, 1 - sameTrueInd - sameFalseInd);
        let ratio: number;
        if (v1 === v2 && v1 === truth) ratio = (a * c + sameTrueInd * (1 - c)) / sameTrueInd;
        else if (v1 === v2) ratio = ((1 - a) * c + sameFalseInd * (1 - c)) / sameFalseInd;
        else ratio = ((1 - c) * diffInd) / diffInd;
        const key = pairKey(s1, s2);
        llr.set(key, (llr.get(key) ?? 0) + Math.log(ratio));
      }
    }
  }
  const prior = Math.log(o.dependencePrior / (1 - o.dependencePrior));
  const out = new Map<string, number>();
  for (const [key, l] of llr) out.set(key, 1 / (1 + Math.exp(-Math.max(-50, Math.min(50, l + prior)))));
  return out;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function argmax(m: ReadonlyMap<string, number>): string {
  let best = '';
  let bestScore = -Infinity;
  for (const [k, v] of [...m].sort((x, y) => cmp(x[0], y[0]))) {
    if (v > bestScore) {
      best = k;
      bestScore = v;
    }
  }
  return best;
}

function clamp(x: number): number {
  return Math.min(0.99, Math.max(0.01, x));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

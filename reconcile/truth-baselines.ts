/**
 * The baselines truth discovery is measured against (`npm run bench:truth`):
 * majority vote and TruthFinder. Pure.
 */
import { AgreementOptions, typedSupport } from './value-agreement.js';
import { TruthEvidence, type TruthObservation } from './truth.js';

function toEvidence(observations: readonly TruthObservation[] | TruthEvidence): TruthEvidence {
  if (observations instanceof TruthEvidence) return observations;
  const evidence = new TruthEvidence();
  for (const ob of observations) evidence.add(ob.item, ob.source, ob.value, ob.unit ?? null, ob.domain ?? null);
  return evidence;
}

/**
 * The value a plain majority picks per item, as its value key: each source
 * votes once for its exact value; ties go to the smallest key.
 */
export function majorityVote(observations: readonly TruthObservation[] | TruthEvidence): Map<string, string> {
  const e = toEvidence(observations);
  const g = e.grouped();
  const out = new Map<string, string>();
  for (let i = 0; i < e.items.length; i++) {
    const counts = new Map<number, number>();
    for (let x = g.start[i]!; x < g.start[i + 1]!; x++) counts.set(g.value[x]!, (counts.get(g.value[x]!) ?? 0) + 1);
    let best = -1;
    for (const [v, c] of counts) {
      const b = best < 0 ? -1 : counts.get(best)!;
      if (c > b || (c === b && e.keys[v]! < e.keys[best]!)) best = v;
    }
    if (best >= 0) out.set(e.items[i]!, e.keys[best]!);
  }
  return out;
}

/**
 * TruthFinder (Yin, Han and Yu, KDD 2007): a source's trustworthiness t is the
 * mean confidence of the values it gives; a value's confidence score is
 * `σ(v) = Σ −ln(1 − t(s))` over its sources, adjusted by the values it
 * implies (`ρ · σ(v′) · (sim(v′, v) − ½)`, similarity from `valueSupport`),
 * and squashed as `1 / (1 + e^(−γσ))`. With the paper's settings t₀ = 0.9,
 * ρ = 0.5, γ = 0.3, iterated until trust changes by less than 1e-3 (at most 20
 * rounds). Returns the value key chosen per item (ties: the smallest key).
 */
export function truthFinder(
  observations: readonly TruthObservation[] | TruthEvidence,
  options: { agreement?: AgreementOptions; rounds?: number } = {},
): Map<string, string> {
  const e = toEvidence(observations);
  const g = e.grouped();
  // TruthFinder's implication is between values as they were said; a title said more fully is reconciliation's reading.
  const agreement = AgreementOptions.parse({ qualifiedText: false, ...options.agreement });
  const [rho, gamma, base] = [0.5, 0.3, 0.5];
  const trust = new Float64Array(e.sources.length).fill(0.9);
  const confidence = new Float64Array(g.source.length);
  const chosen = new Map<string, string>();
  for (let round = 0; round < (options.rounds ?? 20); round++) {
    chosen.clear();
    for (let i = 0; i < e.items.length; i++) {
      const values = new Map<number, number>();
      for (let x = g.start[i]!; x < g.start[i + 1]!; x++) {
        const tau = -Math.log(Math.max(1e-9, 1 - trust[g.source[x]!]!));
        values.set(g.value[x]!, (values.get(g.value[x]!) ?? 0) + tau);
      }
      const scores = new Map<number, number>();
      for (const [v, sigma] of values) {
        let adjusted = sigma;
        for (const [w, other] of values) if (w !== v) adjusted += rho * other * (typedSupport(e.typed[w]!, e.typed[v]!, agreement) - base);
        scores.set(v, 1 / (1 + Math.exp(-gamma * adjusted)));
      }
      let best = -1;
      for (const [v, s] of scores) if (best < 0 || s > scores.get(best)! || (s === scores.get(best)! && e.keys[v]! < e.keys[best]!)) best = v;
      if (best >= 0) chosen.set(e.items[i]!, e.keys[best]!);
      for (let x = g.start[i]!; x < g.start[i + 1]!; x++) confidence[x] = scores.get(g.value[x]!)!;
    }
    const sums = new Float64Array(trust.length);
    const counts = new Float64Array(trust.length);
    for (let x = 0; x < g.source.length; x++) {
      sums[g.source[x]!]! += confidence[x]!;
      counts[g.source[x]!]! += 1;
    }
    let moved = 0;
    for (let s = 0; s < trust.length; s++) {
      const next = counts[s]! > 0 ? sums[s]! / counts[s]! : trust[s]!;
      moved = Math.max(moved, Math.abs(next - trust[s]!));
      trust[s] = next;
    }
    if (moved < 1e-3) break;
  }
  return chosen;
}

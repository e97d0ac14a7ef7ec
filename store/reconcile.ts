/**
 * Reconciliation v1: from every claim about one fact to the belief the store
 * records. Pure: no I/O, no clock; the same evidence always gives the same
 * result, which is what lets the store skip writing an unchanged version.
 */
import { z } from 'zod';
import { Claim, FactVersion, IsoDay, type Candidate, type ClaimKind, type FactValue } from '../model/index.js';
import { claimObservation } from './observation.js';
import { valueKey } from './value-key.js';

/** One claim about the fact, with what reconciliation needs to know of its article. */
export const FactEvidence = z.strictObject({
  claim: Claim,
  /** The article's document name (file name or canonical URL): the unit of independence. */
  doc: z.string().min(1),
  published: IsoDay.nullable(),
  /** The outlet's display name, when known. */
  source: z.string().nullable(),
});
export type FactEvidence = z.infer<typeof FactEvidence>;

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

interface Group {
  key: string;
  /** Evidence items of this value, ordered oldest first (then by claim id). */
  items: { evidence: FactEvidence; value: FactValue }[];
  docs: Set<string>;
  latest: string | null;
}

/**
 * Reconciles one fact from the claims about it.
 *
 * - Claims are grouped by `valueKey`; claims in one group support each other.
 * - A value's weight is the number of distinct documents reporting it
 *   (independent sources), so one article repeating a figure counts once.
 * - The chosen value has the most weight; a tie goes to the value reported
 *   most recently, then to the smaller value key, so the result never depends
 *   on the order of `evidence`.
 * - `contested` when two or more distinct values each have support, else
 *   `settled`. Every value is kept as a candidate, the chosen one first.
 * - `confidence` = chosen weight / total weight.
 * - v1 valid time: a candidate holds from the earliest publish date of its
 *   claims, open-ended.
 *
 * Claims a reviewer rejected are left out; a fact whose every claim was
 * rejected (or none observes it) has no value and `needs-review`. Further
 * review semantics (corrections, pinned facts) will arrive as an optional
 * second parameter, so callers of this signature keep working.
 */
export function reconcileFact(evidence: readonly FactEvidence[]): Reconciliation {
  const groups = groupByValue(evidence);
  if (groups.length === 0) {
    return {
      status: 'needs-review',
      value: null,
      validFrom: null,
      validTo: null,
      supporting: [],
      opposing: [],
      candidates: [],
      confidence: 0,
      reason: 'no claim supports a value (all rejected or none observable)',
    };
  }
  groups.sort(byStrength);
  const candidates = groups.map(toCandidate);
  const [chosen, ...others] = candidates as [Candidate, ...Candidate[]];
  const total = candidates.reduce((sum, c) => sum + c.weight, 0);
  return {
    status: candidates.length >= 2 ? 'contested' : 'settled',
    value: chosen.value,
    validFrom: chosen.validFrom,
    validTo: chosen.validTo,
    supporting: chosen.claimIds,
    opposing: others.flatMap((c) => c.claimIds).sort(),
    candidates,
    confidence: total === 0 ? 0 : chosen.weight / total,
    reason: explain(groups, candidates, total),
  };
}

/**
 * The wording a fact is shown under: the subject, predicate and kind of its oldest
 * claim (earliest published, then smallest claim id). A function of the claim
 * set alone, so the store ends up naming a fact the same way whatever order
 * articles arrive in. `null` when no claim observes the fact.
 */
export function nameFact(evidence: readonly FactEvidence[]): { subject: string; predicate: string; kind: ClaimKind } | null {
  for (const item of [...evidence].sort(byAge)) {
    const observation = claimObservation(item.claim);
    if (observation) return { subject: observation.subject, predicate: observation.predicate, kind: observation.kind };
  }
  return null;
}

function byAge(a: FactEvidence, b: FactEvidence): number {
  return compareDays(a.published, b.published) || compareText(a.claim.id, b.claim.id);
}

function groupByValue(evidence: readonly FactEvidence[]): Group[] {
  const groups = new Map<string, Group>();
  const ordered = [...evidence].sort(byAge);
  for (const item of ordered) {
    if (item.claim.status === 'rejected') continue;
    const observation = claimObservation(item.claim);
    if (!observation) continue;
    const key = valueKey(observation.value);
    let group = groups.get(key);
    if (!group) {
      group = { key, items: [], docs: new Set(), latest: null };
      groups.set(key, group);
    }
    group.items.push({ evidence: item, value: observation.value });
    group.docs.add(item.doc);
    if (item.published && (group.latest === null || item.published > group.latest)) group.latest = item.published;
  }
  return [...groups.values()];
}

/** Strongest first: more documents, then more recent, then value key. */
function byStrength(a: Group, b: Group): number {
  return b.docs.size - a.docs.size || compareDays(b.latest, a.latest) || compareText(a.key, b.key);
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

function toCandidate(group: Group): Candidate {
  // The oldest claim's wording represents the value, so later surface variants don't rewrite it.
  const first = group.items[0]!;
  const dated = group.items.map((i) => i.evidence.published).filter((d): d is string => d !== null);
  return {
    value: first.value,
    valueKey: group.key,
    claimIds: [...new Set(group.items.map((i) => i.evidence.claim.id))].sort(),
    sources: [...group.docs].sort(),
    weight: group.docs.size,
    validFrom: dated.length > 0 ? dated.reduce((min, d) => (d < min ? d : min)) : null,
    validTo: null,
  };
}

/** "2 of 3 sources (004…, 001…) report 15 %; 1 (002…) reports 25 %". */
function explain(groups: readonly Group[], candidates: readonly Candidate[], total: number): string {
  const [chosen, ...others] = candidates as [Candidate, ...Candidate[]];
  const sources = (n: number) => `${n} source${n === 1 ? '' : 's'}`;
  const verb = (n: number) => (n === 1 ? 'reports' : 'report');
  if (others.length === 0) {
    return `${sources(chosen.weight)} (${chosen.sources.join(', ')}) ${verb(chosen.weight)} ${formatValue(chosen.value)}`;
  }
  const head = `${chosen.weight} of ${sources(total)} (${chosen.sources.join(', ')}) ${verb(chosen.weight)} ${formatValue(chosen.value)}`;
  const rest = others.map((c) => `${c.weight} (${c.sources.join(', ')}) ${verb(c.weight)} ${formatValue(c.value)}`);
  const runnerUp = others[0]!;
  let tie = '';
  if (runnerUp.weight === chosen.weight) {
    const [a, b] = [groups[0]!, groups[1]!];
    tie = a.latest !== b.latest ? `; tied, so the most recent report (${a.latest}) wins` : '; tied with equal dates, so the first value in key order wins';
  }
  return `${head}; ${rest.join('; ')}${tie}`;
}

/** A value as a reader would say it: `15 %`, `550,000,000,000 USD`, `10–20 %`, `2025-07-22`, `"Commerce Secretary"`. */
export function formatValue(value: FactValue | null): string {
  if (value === null) return 'no value';
  const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });
  if ('amount' in value) return `${number(value.amount)} ${value.unit}`;
  if ('min' in value) return `${number(value.min)}–${number(value.max)} ${value.unit}`;
  if ('date' in value) return value.date ?? 'an unknown date';
  return `"${value.text}"`;
}

/**
 * The scorer of `../shared/eval/FORMAT.md` ("Scoring rules"), as a pure
 * function of gold, document text and exported claims.
 *
 * Choices the format leaves open, made here once:
 * - Pairs are chosen by maximum bipartite matching, so each gold and each
 *   predicted claim is used at most once and the count of matches is the
 *   largest possible; among equal matchings, pairs whose subject agrees are
 *   preferred.
 * - `about` words "appear" when they occur as a case-insensitive substring.
 * - A person group's role is the role most of its claims give (ties: the
 *   earliest); role words compare as whole words after case, accent and
 *   punctuation folding.
 */
import type { ClaimsExport, ExportedClaim, GoldClaim, GoldDoc } from '../model/export.js';

/** Kinds the scorer reads; other exported kinds are ignored. */
export const SCORED_KINDS = ['figure', 'date', 'person', 'project'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

/** Counts and rates for one kind. */
export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A share of matched claims that passed a secondary check. */
export interface Accuracy {
  correct: number;
  total: number;
  /** `correct / total`, or null when nothing was scored. */
  value: number | null;
}

/** One miss, false positive or secondary failure, for `--errors`. */
export interface ScoreError {
  doc: string;
  kind: ScoredKind;
  type: 'miss' | 'false-positive' | 'subject' | 'role' | 'bad-gold';
  text: string;
  detail: string;
}

/** Score of one document. */
export interface DocumentScore {
  doc: string;
  kinds: Record<ScoredKind, KindScore>;
  figureSubject: Accuracy;
  personRole: Accuracy;
  errors: ScoreError[];
}

/** Score over several documents (micro-averaged: counts are summed). */
export interface ScoreSummary {
  docs: number;
  kinds: Record<ScoredKind, KindScore>;
  figureSubject: Accuracy;
  personRole: Accuracy;
}

const STOP = new Set(['a', 'an', 'the', 'of', 'at', 'for', 'and', 'in', 'on', 'to', 'by', 'with', 's']);

/** Rates from counts; an empty denominator gives 0. */
export function kindScore(tp: number, fp: number, fn: number): KindScore {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, value: total === 0 ? null : correct / total };
}

/** Folds case, accents and punctuation into space-separated lower-case words. */
export function foldWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A person-name key: equal for names that differ only in case, accents, punctuation or word order. */
export function nameKey(name: string): string {
  return foldWords(name).sort().join(' ');
}

/** The `[start, end)` span of a gold quote's `nth` occurrence, or null when it does not occur that often. */
export function goldSpan(text: string, quote: string, nth = 0): { start: number; end: number } | null {
  let from = 0;
  for (let i = 0; ; i++) {
    const at = text.indexOf(quote, from);
    if (at < 0) return null;
    if (i === nth) return { start: at, end: at + quote.length };
    from = at + 1;
  }
}

function unitClass(unit: string): string {
  if (unit === '%') return '%';
  if (/^[A-Z]{3}$/.test(unit)) return `currency:${unit}`;
  return 'count';
}

function close(a: number, b: number): boolean {
  if (b === 0) return a === 0;
  return Math.abs(a - b) <= 0.005 * Math.abs(b);
}

/** Figure values agree: amounts (or both ends of a range) within 0.5% and the same unit class. */
export function figureValuesAgree(gold: Record<string, unknown>, predicted: Record<string, unknown>): boolean {
  if (typeof gold.unit !== 'string' || typeof predicted.unit !== 'string') return false;
  if (unitClass(gold.unit) !== unitClass(predicted.unit)) return false;
  if (typeof gold.amount === 'number') return typeof predicted.amount === 'number' && close(predicted.amount, gold.amount);
  if (typeof gold.min === 'number' && typeof gold.max === 'number') {
    return typeof predicted.min === 'number' && typeof predicted.max === 'number' && close(predicted.min, gold.min) && close(predicted.max, gold.max);
  }
  return false;
}

/** Date values agree: the gold string exactly, or anything when the gold date is null. */
export function dateValuesAgree(gold: Record<string, unknown>, predicted: Record<string, unknown>): boolean {
  if (gold.date === null) return true;
  return predicted.date === gold.date;
}

/** True when one of `about` occurs (case-insensitive substring) in any of `fields`. */
export function aboutMatches(about: readonly string[] | undefined, fields: ReadonlyArray<string | null | undefined>): boolean {
  if (!about || about.length === 0) return false;
  const hay = fields.filter((f): f is string => typeof f === 'string').join(' \u0000 ').toLowerCase();
  return about.some((w) => hay.includes(w.toLowerCase()));
}

/** True when `predicted` contains every non-stop word of `gold` (both folded). */
export function roleMatches(gold: string, predicted: string | null): boolean {
  if (predicted === null) return false;
  const have = new Set(foldWords(predicted));
  return foldWords(gold).filter((w) => !STOP.has(w)).every((w) => have.has(w));
}

/**
 * Maximum bipartite matching (Kuhn's augmenting paths). `edges[g]` lists the
 * predicted indices gold `g` may pair with, preferred first.
 * Returns `match[g]` = predicted index or -1.
 */
export function maxMatching(edges: readonly number[][], predictedCount: number): number[] {
  const owner = new Array<number>(predictedCount).fill(-1);
  const tryAssign = (g: number, seen: boolean[]): boolean => {
    for (const p of edges[g]!) {
      if (seen[p]) continue;
      seen[p] = true;
      if (owner[p] === -1 || tryAssign(owner[p]!, seen)) {
        owner[p] = g;
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < edges.length; g++) tryAssign(g, new Array<boolean>(predictedCount).fill(false));
  const match = new Array<number>(edges.length).fill(-1);
  owner.forEach((g, p) => {
    if (g >= 0) match[g] = p;
  });
  return match;
}

function describeValue(value: unknown): string {
  return JSON.stringify(value);
}

function scoreMentions(
  doc: string,
  kind: 'figure' | 'date',
  gold: GoldClaim[],
  predicted: ExportedClaim[],
  text: string,
  errors: ScoreError[],
): { score: KindScore; subject: Accuracy } {
  const spans = gold.map((g) => goldSpan(text, g.quote, g.nth));
  const agree = kind === 'figure' ? figureValuesAgree : dateValuesAgree;
  const edges = gold.map((g, gi) => {
    const span = spans[gi];
    if (!span) return [];
    const candidates = predicted
      .map((p, pi) => ({ p, pi }))
      .filter(({ p }) => p.start < span.end && p.end > span.start && agree(g.value, p.value as Record<string, unknown>));
    // Prefer pairs whose subject agrees, then the largest overlap.
    const rank = ({ p }: { p: ExportedClaim }) =>
      (kind === 'figure' && aboutMatches(g.about, [p.subject, p.predicate]) ? 1e6 : 0) + Math.min(p.end, span.end) - Math.max(p.start, span.start);
    return candidates.sort((a, b) => rank(b) - rank(a)).map(({ pi }) => pi);
  });
  const match = maxMatching(edges, predicted.length);
  let subjectOk = 0;
  let subjectTotal = 0;
  gold.forEach((g, gi) => {
    const pi = match[gi]!;
    if (!spans[gi]) errors.push({ doc, kind, type: 'bad-gold', text: g.quote, detail: `occurrence ${g.nth} not in text` });
    if (pi < 0) {
      errors.push({ doc, kind, type: 'miss', text: g.quote, detail: describeValue(g.value) });
      return;
    }
    if (kind === 'figure') {
      subjectTotal += 1;
      const p = predicted[pi]!;
      if (aboutMatches(g.about, [p.subject, p.predicate])) subjectOk += 1;
      else errors.push({ doc, kind, type: 'subject', text: g.quote, detail: `about ${describeValue(g.about)} vs subject ${describeValue(p.subject)} / predicate ${describeValue(p.predicate)}` });
    }
  });
  const used = new Set(match.filter((p) => p >= 0));
  predicted.forEach((p, pi) => {
    if (!used.has(pi)) errors.push({ doc, kind, type: 'false-positive', text: p.text, detail: `${describeValue(p.value)} @${p.start}` });
  });
  const tp = used.size;
  return { score: kindScore(tp, predicted.length - tp, gold.length - tp), subject: accuracy(subjectOk, subjectTotal) };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The role most claims of a group give; ties go to the earliest. */
export function groupRole(claims: readonly ExportedClaim[]): string | null {
  const counts = new Map<string, { n: number; first: number }>();
  for (const c of [...claims].sort((a, b) => a.start - b.start)) {
    const role = (c.value as { role?: string | null }).role;
    if (!role) continue;
    const entry = counts.get(role) ?? { n: 0, first: c.start };
    entry.n += 1;
    counts.set(role, entry);
  }
  let best: string | null = null;
  let bestEntry = { n: 0, first: Infinity };
  for (const [role, e] of counts) {
    if (e.n > bestEntry.n || (e.n === bestEntry.n && e.first < bestEntry.first)) {
      best = role;
      bestEntry = e;
    }
  }
  return best;
}

function scorePersons(doc: string, gold: GoldClaim[], predicted: ExportedClaim[], errors: ScoreError[]): { score: KindScore; role: Accuracy } {
  const groups = [...groupBy(predicted, (p) => nameKey((p.value as { name: string }).name)).entries()];
  const edges = gold.map((g) => {
    const k = nameKey(String(g.value.name ?? ''));
    return groups.map(([gk], i) => (gk === k ? i : -1)).filter((i) => i >= 0);
  });
  const match = maxMatching(edges, groups.length);
  let roleOk = 0;
  let roleTotal = 0;
  gold.forEach((g, gi) => {
    const i = match[gi]!;
    if (i < 0) {
      errors.push({ doc, kind: 'person', type: 'miss', text: g.quote, detail: describeValue(g.value) });
      return;
    }
    const goldRole = g.value.role;
    if (typeof goldRole !== 'string') return;
    roleTotal += 1;
    const role = groupRole(groups[i]![1]);
    if (roleMatches(goldRole, role)) roleOk += 1;
    else errors.push({ doc, kind: 'person', type: 'role', text: String(g.value.name), detail: `gold ${describeValue(goldRole)} vs ${describeValue(role)}` });
  });
  const used = new Set(match.filter((i) => i >= 0));
  groups.forEach(([, claims], i) => {
    if (!used.has(i)) errors.push({ doc, kind: 'person', type: 'false-positive', text: (claims[0]!.value as { name: string }).name, detail: `${claims.length} mention(s), first @${claims[0]!.start}` });
  });
  return { score: kindScore(used.size, groups.length - used.size, gold.length - used.size), role: accuracy(roleOk, roleTotal) };
}

function scoreProjects(doc: string, gold: GoldClaim[], predicted: ExportedClaim[], errors: ScoreError[]): KindScore {
  const groups = [...groupBy(predicted, (p) => (p.value as { name: string }).name).entries()];
  const edges = gold.map((g) =>
    groups
      .map(([name, claims], i) => {
        const fields = [name, ...claims.map((c) => c.subject)];
        const ok = g.about && g.about.length > 0 ? aboutMatches(g.about, fields) : nameKey(String(g.value.name ?? '')) === nameKey(name);
        return ok ? i : -1;
      })
      .filter((i) => i >= 0),
  );
  const match = maxMatching(edges, groups.length);
  gold.forEach((g, gi) => {
    if (match[gi]! < 0) errors.push({ doc, kind: 'project', type: 'miss', text: g.quote, detail: describeValue(g.value.name) });
  });
  const used = new Set(match.filter((i) => i >= 0));
  groups.forEach(([name, claims], i) => {
    if (!used.has(i)) errors.push({ doc, kind: 'project', type: 'false-positive', text: name, detail: `${claims.length} mention(s), first "${claims[0]!.text}" @${claims[0]!.start}` });
  });
  return kindScore(used.size, groups.length - used.size, gold.length - used.size);
}

/**
 * Scores one document's exported claims against its gold.
 * `text` is the document text the gold quotes and predicted offsets index into.
 */
export function scoreDocument(gold: GoldDoc, text: string, predicted: ClaimsExport): DocumentScore {
  const errors: ScoreError[] = [];
  const g = (k: ScoredKind) => gold.claims.filter((c) => c.kind === k);
  const p = (k: ScoredKind) => predicted.claims.filter((c) => c.kind === k);
  const figure = scoreMentions(gold.doc, 'figure', g('figure'), p('figure'), text, errors);
  const date = scoreMentions(gold.doc, 'date', g('date'), p('date'), text, errors);
  const person = scorePersons(gold.doc, g('person'), p('person'), errors);
  const project = scoreProjects(gold.doc, g('project'), p('project'), errors);
  return {
    doc: gold.doc,
    kinds: { figure: figure.score, date: date.score, person: person.score, project },
    figureSubject: figure.subject,
    personRole: person.role,
    errors,
  };
}

/** Sums counts over documents and recomputes the rates (micro average). */
export function aggregate(scores: readonly DocumentScore[]): ScoreSummary {
  const kinds = {} as Record<ScoredKind, KindScore>;
  for (const k of SCORED_KINDS) {
    const tp = scores.reduce((n, s) => n + s.kinds[k].tp, 0);
    const fp = scores.reduce((n, s) => n + s.kinds[k].fp, 0);
    const fn = scores.reduce((n, s) => n + s.kinds[k].fn, 0);
    kinds[k] = kindScore(tp, fp, fn);
  }
  const sum = (f: (s: DocumentScore) => Accuracy) =>
    accuracy(scores.reduce((n, s) => n + f(s).correct, 0), scores.reduce((n, s) => n + f(s).total, 0));
  return { docs: scores.length, kinds, figureSubject: sum((s) => s.figureSubject), personRole: sum((s) => s.personRole) };
}

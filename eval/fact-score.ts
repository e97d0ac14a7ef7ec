/**
 * The fact scorer: a store's fact export (`newsfacts facts --json`, FORMAT.md
 * "Fact export") against a gold `facts.json` (`stories/README.md`, "How to
 * score"). Pure: texts, claims and facts come in, a verdict per gold fact and
 * per must-not-merge pair comes out.
 *
 * The join is by evidence, never by words of a subject: a gold quote (+`nth`)
 * is a span of its document; the stored claims whose span overlaps it are
 * found by their ids in the facts' values (`claims`), and a value counts for
 * a gold value only when the two values agree. So a fact is found by what
 * supports it, whatever the store calls it.
 */
import type { FactExport, GoldFact, GoldFacts, GoldFactValue, GoldQuote, MustNotMerge } from '../model/export.js';
import type { FactValue } from '../model/fact.js';
import { figureValuesAgree, foldWords, goldSpan } from './score.js';

/** A stored claim's place: what a quote is joined through. */
export interface ClaimSpan {
  id: string;
  doc: string;
  start: number;
  end: number;
}

export interface FactScoreInput {
  gold: GoldFacts;
  /** Document name → the text its claims' offsets index into. */
  texts: ReadonlyMap<string, string>;
  claims: readonly ClaimSpan[];
  facts: readonly FactExport[];
}

export interface GoldFactResult {
  id: string;
  subject: string;
  predicate: string;
  right: boolean;
  /** Why it is wrong; empty when right. */
  reasons: string[];
  /** Facts judged as this gold fact (one, or one per party when split by attribution, each fact naming its party). */
  facts: string[];
  /** Every fact holding one of its gold values through a quoted claim. */
  joined: string[];
}

export interface MergeResult {
  a: GoldQuote;
  b: GoldQuote;
  why: string;
  /** `value`: both sides are two values of one gold fact, so only one shared value violates; else one shared fact does. */
  level: 'fact' | 'value';
  violated: boolean;
  /** Facts holding both sides (at `level`). */
  shared: string[];
  /** False when a side has no stored claim, so nothing could merge it. */
  joined: boolean;
}

export interface FactScore {
  facts: GoldFactResult[];
  right: number;
  total: number;
  mustNotMerge: MergeResult[];
  violations: number;
  pairs: number;
}

/** Interval ends closer than this agree: an event dated by its article is usually reported a day or two late. */
export const INTERVAL_TOLERANCE_DAYS = 3;

/** One value of one exported fact: its current value or an alternative. */
interface Slot {
  fact: FactExport;
  value: FactValue;
  /** `current` for the fact's value, else the alternative's status. */
  status: string;
  validFrom: string | null;
  validTo: string | null;
  sources: readonly string[];
  claims: readonly string[];
}

function slotsOf(fact: FactExport): Slot[] {
  const out: Slot[] = [];
  if (fact.value !== null) {
    out.push({ fact, value: fact.value, status: 'current', validFrom: fact.valid_from, validTo: fact.valid_to, sources: fact.sources, claims: fact.claims });
  }
  for (const a of fact.alternatives) {
    out.push({ fact, value: a.value, status: a.status, validFrom: a.valid_from, validTo: a.valid_to, sources: a.sources, claims: a.claims });
  }
  return out;
}

const STOP = new Set(['a', 'an', 'the', 'of', 'at', 'for', 'and', 'or', 'in', 'on', 'to', 'by', 'with', 'as', 'from', 'its', 'his', 'her', 'their']);

/** A text value fully in parentheses, e.g. "(no successor named)": nobody / nothing holds the fact. */
export function isVacancy(value: Record<string, unknown>): boolean {
  return typeof value.text === 'string' && /^\s*\(.*\)\s*$/s.test(value.text);
}

/** The text without its parenthesised asides: "Bob Iger (as executive chairman)" → "Bob Iger". */
function headOf(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

function contentWords(text: string): string[] {
  return foldWords(text).filter((w) => !STOP.has(w));
}

/** A proper name: every content word of the printed text is capitalised ("San Francisco", "Bob Iger"). */
function isName(text: string): boolean {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Names agree when their words are the same in any order, ignoring case,
 * accents and punctuation, or when given name and surname agree and only the
 * middle differs ("Daniella Levine Cava" = "Daniella Levin Cava"). A surname
 * alone ("Iger") is not the name ("Bob Iger").
 */
export function namesAgree(a: string, b: string): boolean {
  const x = foldWords(a);
  const y = foldWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if ([...x].sort().join(' ') === [...y].sort().join(' ')) return true;
  if (x.length < 2 || y.length < 2) return false;
  const [x0, xn, y0, yn] = [x[0], x.at(-1), y[0], y.at(-1)];
  return (x0 === y0 && xn === yn) || (x0 === yn && xn === y0);
}

/** Two words agree on a shared stem: a common prefix of five letters, or all of a shorter word ("agreed" ~ "agreement"). */
function wordsAgree(a: string, b: string): boolean {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= Math.min(5, a.length, b.length) && (n >= 5 || n === Math.min(a.length, b.length));
}

/**
 * Text values agree by meaning as far as words show it, after parenthesised
 * asides are dropped: names by `namesAgree`; any text when every content word
 * of the shorter side has a stem in the other ("completed" ~ "deal completed"),
 * the shorter side holding at least two words when the gold is capitalised
 * (a name or a title); other text also when every word of the stored value is
 * in the gold including its asides.
 */
export function textsAgree(gold: string, predicted: string): boolean {
  const g = headOf(gold);
  const p = headOf(predicted);
  const name = isName(g);
  if (name && namesAgree(g, p)) return true;
  const gw = contentWords(g);
  const pw = contentWords(p);
  const [short, long] = gw.length <= pw.length ? [gw, pw] : [pw, gw];
  // A capitalised title may be printed longer ("Commerce Secretary" ~ "U.S. Secretary of Commerce"), but one word
  // of a name ("Iger") is not the name.
  if (short.length >= (name ? 2 : 1) && short.every((w) => long.some((v) => wordsAgree(w, v)))) return true;
  // A state may be printed as the gold's aside says it ("accepted" for "agreed (offer accepted by the board)");
  // never for a name, whose aside is a role.
  if (name) return false;
  const all = contentWords(gold);
  return pw.length > 0 && pw.every((w) => all.some((v) => wordsAgree(w, v)));
}

/**
 * A gold value and a stored fact value agree: figures within 0.5% with the
 * same unit class (FORMAT.md); dates exactly; text by `textsAgree`; a gold
 * text that opens with a date ("2021-06-24 about 01:30", "2025 (extended …)")
 * agrees with that date, since a date value cannot hold more. A vacancy agrees
 * with no value.
 */
export function valuesAgree(gold: Record<string, unknown>, predicted: FactValue): boolean {
  const p = predicted as Record<string, unknown>;
  if (typeof gold.amount === 'number' || typeof gold.min === 'number') return figureValuesAgree(gold, p);
  if ('date' in gold) return typeof p.date === 'string' && p.date === gold.date;
  if (typeof gold.text === 'string') {
    if (isVacancy(gold)) return false;
    if (typeof p.date === 'string') {
      const lead = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b/.exec(headOf(gold.text));
      return lead !== null && lead[1] === p.date;
    }
    if (typeof p.text === 'string') return textsAgree(gold.text, p.text);
  }
  return false;
}

/** `YYYY[-MM[-DD]]` → days since 1970 of its first day. */
function dayNumber(date: string): number {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return Date.UTC(y!, m - 1, d) / 86_400_000;
}

/** Interval ends agree within the tolerance, or at the coarser one's precision (a month, a year). */
export function datesAgree(gold: string, predicted: string): boolean {
  const precision = Math.min(gold.length, predicted.length);
  if (precision < 10) return gold.slice(0, precision) === predicted.slice(0, precision);
  return Math.abs(dayNumber(gold) - dayNumber(predicted)) <= INTERVAL_TOLERANCE_DAYS;
}

export function formatFactValue(value: Record<string, unknown> | null): string {
  if (value === null) return '(none)';
  if (typeof value.amount === 'number') return `${value.amount} ${String(value.unit ?? '')}`.trim();
  if (typeof value.min === 'number') return `${value.min}–${String(value.max)} ${String(value.unit ?? '')}`.trim();
  if ('date' in value) return String(value.date);
  if (typeof value.text === 'string') return JSON.stringify(value.text);
  return JSON.stringify(value);
}

/** Spans and claims of a document, with every gold quote located or an error naming it. */
class Evidence {
  private readonly byDoc = new Map<string, ClaimSpan[]>();
  readonly slotsByClaim = new Map<string, Slot[]>();

  constructor(
    private readonly texts: ReadonlyMap<string, string>,
    claims: readonly ClaimSpan[],
    facts: readonly FactExport[],
  ) {
    for (const c of claims) {
      const list = this.byDoc.get(c.doc) ?? [];
      list.push(c);
      this.byDoc.set(c.doc, list);
    }
    for (const fact of facts) {
      for (const slot of slotsOf(fact)) {
        for (const id of slot.claims) {
          const list = this.slotsByClaim.get(id) ?? [];
          list.push(slot);
          this.slotsByClaim.set(id, list);
        }
      }
    }
  }

  /** @throws Error naming the quote when it is not in its document: the gold itself is broken. */
  span(q: GoldQuote): { start: number; end: number } {
    const text = this.texts.get(q.doc);
    if (text === undefined) throw new Error(`gold names ${q.doc}, which was not loaded`);
    const span = goldSpan(text, q.quote, q.nth);
    if (!span) throw new Error(`${q.doc}: gold quote not found (nth ${q.nth}): ${JSON.stringify(q.quote)}`);
    return span;
  }

  /** Claims whose span overlaps the quote's. */
  overlapping(q: GoldQuote): ClaimSpan[] {
    const { start, end } = this.span(q);
    return (this.byDoc.get(q.doc) ?? []).filter((c) => c.start < end && start < c.end);
  }

  /** The claim(s) of one mention: overlapping claims whose span fits the quote's best (largest share of the union). */
  mention(q: GoldQuote): ClaimSpan[] {
    const { start, end } = this.span(q);
    const fit = (c: ClaimSpan) => (Math.min(end, c.end) - Math.max(start, c.start)) / (Math.max(end, c.end) - Math.min(start, c.start));
    const hits = this.overlapping(q);
    const best = Math.max(0, ...hits.map(fit));
    return hits.filter((c) => fit(c) === best);
  }

  slots(claimIds: Iterable<string>): Slot[] {
    const out = new Set<Slot>();
    for (const id of claimIds) for (const s of this.slotsByClaim.get(id) ?? []) out.add(s);
    return [...out];
  }
}

function describeSlot(slot: Slot): string {
  return `${formatFactValue(slot.value as Record<string, unknown>)} (${slot.status})`;
}

function scoreGoldFact(gold: GoldFact, evidence: Evidence): GoldFactResult {
  const reasons: string[] = [];
  // Slots joined to each gold value: quoted claims → values holding them → those that agree.
  const joined = gold.values.map((v) => {
    const ids = v.quotes.flatMap((q) => evidence.overlapping(q).map((c) => c.id));
    return evidence.slots(ids).filter((s) => valuesAgree(v.value, s.value));
  });
  const joinedFacts = new Map<string, { fact: FactExport; values: number; claims: number }>();
  joined.forEach((slots) => {
    const seen = new Set<string>();
    for (const s of slots) {
      const entry = joinedFacts.get(s.fact.id) ?? { fact: s.fact, values: 0, claims: 0 };
      if (!seen.has(s.fact.id)) entry.values += 1;
      seen.add(s.fact.id);
      entry.claims += s.claims.length;
      joinedFacts.set(s.fact.id, entry);
    }
  });
  const result = (facts: FactExport[]): GoldFactResult => ({
    id: gold.id,
    subject: gold.subject,
    predicate: gold.predicate,
    right: reasons.length === 0,
    reasons,
    facts: facts.map((f) => f.id),
    joined: [...joinedFacts.keys()],
  });
  if (joinedFacts.size === 0) {
    reasons.push('missing: no stored fact holds any gold value through its quotes');
    return result([]);
  }

  // The facts judged: one fact, or (for two parties' values of one day) one fact per party.
  const disputed = gold.values.filter((v) => v.status === 'disputed');
  const currentOf = (f: FactExport) => slotsOf(f).find((s) => s.status === 'current');
  const partyFacts = [...joinedFacts.values()].map((e) => e.fact).filter((f) => {
    const c = currentOf(f);
    return c !== undefined && disputed.some((v) => valuesAgree(v.value, c.value));
  });
  // A split counts as one fact per party only when each fact names its party (subject or predicate), as a store
  // scoping values by counter would; two facts that merely word the subject differently are a split.
  const namesParty = (f: FactExport, v: GoldFactValue) =>
    v.attribution !== undefined && contentWords(v.attribution).some((w) => contentWords(`${f.subject} ${f.predicate}`).some((x) => wordsAgree(w, x)));
  const splitByParty =
    disputed.length >= 2 &&
    disputed.every((v) => partyFacts.some((f) => valuesAgree(v.value, currentOf(f)!.value) && namesParty(f, v))) &&
    joinedFacts.size > 1 &&
    disputed.every((v) => partyFacts.filter((f) => valuesAgree(v.value, currentOf(f)!.value)).length === 1) &&
    partyFacts.length === disputed.length &&
    [...joinedFacts.keys()].every((id) => partyFacts.some((f) => f.id === id));
  let group: FactExport[];
  if (splitByParty) {
    group = partyFacts;
  } else {
    // The fact holding most gold values; on a tie, the one whose current value is the gold's current one.
    const holdsCurrent = (f: FactExport) => {
      const c = currentOf(f);
      return c !== undefined && gold.values.some((v) => v.status === 'current' && valuesAgree(v.value, c.value)) ? 1 : 0;
    };
    const ranked = [...joinedFacts.values()].sort(
      (a, b) => b.values - a.values || holdsCurrent(b.fact) - holdsCurrent(a.fact) || b.claims - a.claims || (a.fact.id < b.fact.id ? -1 : 1),
    );
    group = [ranked[0]!.fact];
    if (joinedFacts.size > 1) {
      reasons.push(`split across ${joinedFacts.size} facts: ${ranked.map((e) => `${e.fact.id} "${e.fact.subject} | ${e.fact.predicate}"`).join(', ')}`);
    }
  }
  const groupIds = new Set(group.map((f) => f.id));
  const groupSlots = group.flatMap(slotsOf);
  const current = groupSlots.filter((s) => s.status === 'current');

  // Each gold value's slot in the judged facts: a joined one first, else one that agrees by value.
  gold.values.forEach((v, i) => {
    const label = formatFactValue(v.value);
    if (isVacancy(v.value)) {
      const holders = current.filter((s) => s.validTo === null || (v.valid_from !== null && !datesAgree(v.valid_from, s.validTo) && s.validTo > v.valid_from));
      if (holders.length > 0) reasons.push(`wrong current value: ${holders.map(describeSlot).join(', ')} holds it, gold says ${label} from ${v.valid_from ?? '?'}`);
      return;
    }
    const inGroup = joined[i]!.filter((s) => groupIds.has(s.fact.id));
    const candidates = inGroup.length > 0 ? inGroup : groupSlots.filter((s) => valuesAgree(v.value, s.value));
    if (v.status === 'wrong') {
      const currentWrong = [...joinedFacts.values()].map((e) => currentOf(e.fact)).filter((s) => s !== undefined && valuesAgree(v.value, s.value));
      if (currentWrong.length > 0) reasons.push(`wrong value ${label} is current`);
      return;
    }
    if (candidates.length === 0) {
      reasons.push(`missing value ${label}`);
      return;
    }
    const slot = pickSlot(v, candidates);
    if (v.status === 'current' && slot.status !== 'current') {
      const now = current.map(describeSlot).join(', ') || '(none)';
      reasons.push(`wrong current value: ${now}; the gold current ${label} is ${slot.status} there`);
    } else if (v.status === 'superseded' && slot.status !== 'superseded' && !(slot.status === 'current' && slot.validTo !== null)) {
      reasons.push(`wrong status: ${label} is ${slot.status}${slot.status === 'current' ? ' and open-ended' : ''}, gold superseded`);
    } else if (v.status === 'disputed') {
      if (!splitByParty && slot.fact.status !== 'contested') reasons.push(`wrong status: fact is ${slot.fact.status}, gold ${label} is disputed (no value wins)`);
      else if (slot.status !== 'current' && slot.status !== 'contested') reasons.push(`wrong status: ${label} is ${slot.status}, gold disputed (no value wins)`);
    }
    const sources = new Set(candidates.flatMap((s) => [...s.sources]));
    const lacking = v.sources.filter((d) => !sources.has(d));
    if (lacking.length > 0) reasons.push(`value ${label} lacks source(s) ${lacking.join(', ')}`);
    const ends: [string, string | null, string | null][] = [
      ['valid_from', v.valid_from, slot.validFrom],
      ['valid_to', v.valid_to, slot.validTo],
    ];
    for (const [name, g, p] of ends) {
      if (g !== null && p !== null && !datesAgree(g, p)) reasons.push(`wrong interval: ${label} ${name} ${p}, gold ${g}`);
    }
  });

  // A contested fact surfaces a conflict: right only where the gold has one (two parties, or a value reported wrong).
  if (!gold.values.some((v) => v.status === 'disputed' || v.status === 'wrong')) {
    for (const f of group) if (f.status === 'contested') reasons.push(`wrong status: fact is contested, gold has no dispute`);
  }

  // Values of the judged facts that are no gold value: another fact's figures merged in.
  const extras = groupSlots.filter((s) => !gold.values.some((v) => valuesAgree(v.value, s.value)));
  if (extras.length > 0) reasons.push(`extra values merged: ${extras.map(describeSlot).join(', ')}`);
  return result(group);
}

/** Of several slots agreeing with one gold value, the one whose status and interval fit it best. */
function pickSlot(v: GoldFactValue, slots: readonly Slot[]): Slot {
  const want = v.status === 'disputed' ? ['current', 'contested'] : [v.status];
  const score = (s: Slot) =>
    (want.includes(s.status) ? 4 : 0) +
    (v.valid_from !== null && s.validFrom !== null && datesAgree(v.valid_from, s.validFrom) ? 1 : 0) +
    (v.valid_to !== null && s.validTo !== null && datesAgree(v.valid_to, s.validTo) ? 1 : 0);
  return [...slots].sort((a, b) => score(b) - score(a))[0]!;
}

/** Sides that are two different values of one gold fact must stay two values; any other pair must stay two facts. */
function pairLevel(pair: MustNotMerge, gold: readonly GoldFact[], evidence: Evidence): 'fact' | 'value' {
  const a = evidence.span(pair.a);
  const b = evidence.span(pair.b);
  const inside = (side: GoldQuote, s: { start: number; end: number }, v: GoldFactValue) =>
    v.quotes.some((q) => q.doc === side.doc && (() => {
      const qs = evidence.span(q);
      return qs.start <= s.start && s.end <= qs.end;
    })());
  for (const fact of gold) {
    for (const [i, vi] of fact.values.entries()) {
      for (const [j, vj] of fact.values.entries()) {
        if (i === j) continue;
        if (inside(pair.a, a, vi) && !inside(pair.a, a, vj) && inside(pair.b, b, vj) && !inside(pair.b, b, vi)) return 'value';
      }
    }
  }
  return 'fact';
}

function scorePair(pair: MustNotMerge, gold: readonly GoldFact[], evidence: Evidence): MergeResult {
  const a = evidence.mention(pair.a).map((c) => c.id);
  const b = evidence.mention(pair.b).map((c) => c.id);
  const level = pairLevel(pair, gold, evidence);
  const slotsA = evidence.slots(a);
  const slotsB = evidence.slots(b);
  const shared =
    level === 'value'
      ? slotsA.filter((s) => slotsB.includes(s)).map((s) => s.fact.id)
      : slotsA.map((s) => s.fact.id).filter((id) => slotsB.some((s) => s.fact.id === id));
  const unique = [...new Set(shared)];
  return { a: pair.a, b: pair.b, why: pair.why, level, violated: unique.length > 0, shared: unique, joined: a.length > 0 && b.length > 0 };
}

/**
 * Scores every gold fact and every must-not-merge pair of `facts.json`.
 *
 * A gold fact is right when exactly one stored fact holds it (or one per
 * party, for values two parties report for the same day, each fact naming its
 * party in its subject or predicate), every gold value is
 * among its values with the gold's status (current is the fact's value;
 * superseded is a superseded alternative, or the current value with a closed
 * interval; disputed values sit in a contested fact, or each is its party's
 * fact's value; a wrong value is never current; a fact with neither is not
 * contested), each value's sources include
 * the gold's, interval ends the gold gives agree where the store gives them
 * (within `INTERVAL_TOLERANCE_DAYS`), the fact holds no other value, and no
 * other gold fact is judged to be the same stored fact.
 *
 * @throws Error naming the quote when a gold quote is not in its document.
 */
export function scoreFacts(input: FactScoreInput): FactScore {
  const evidence = new Evidence(input.texts, input.claims, input.facts);
  const facts = input.gold.facts.map((g) => scoreGoldFact(g, evidence));
  // One stored fact judged as two gold facts merges them, even where their values happen to agree.
  const goldByFact = new Map<string, string[]>();
  for (const f of facts) for (const id of f.facts) goldByFact.set(id, [...(goldByFact.get(id) ?? []), f.id]);
  for (const f of facts) {
    const others = [...new Set(f.facts.flatMap((id) => goldByFact.get(id) ?? []))].filter((g) => g !== f.id);
    if (others.length > 0) {
      f.reasons.push(`merged with gold ${others.join(', ')} in one fact`);
      f.right = false;
    }
  }
  const mustNotMerge = input.gold.must_not_merge.map((p) => scorePair(p, input.gold.facts, evidence));
  return {
    facts,
    right: facts.filter((f) => f.right).length,
    total: facts.length,
    mustNotMerge,
    violations: mustNotMerge.filter((m) => m.violated).length,
    pairs: mustNotMerge.length,
  };
}

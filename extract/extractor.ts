/**
 * The extract stage: text and publish date in, claim drafts out. Pure: no
 * I/O and no clock; `published` is the only reference for relative dates.
 */
import { z } from 'zod';
import type { ClaimDraft, Hedge } from '../model/claim.js';
import { attributeSentence, type Attribution } from './attribution.js';
import { findDates, type DateMention } from './date.js';
import { findDatesWithChrono, findDatesWithCompromise } from './date-library.js';
import { describeDate } from './date-subject.js';
import { findFigures, type FigureMention } from './figure.js';
import { describeFigure, type FigureDescription } from './figure-subject.js';
import { findPersons } from './person.js';
import { findProjects, groupProjects, type ProjectMention } from './project.js';
import { sentenceAt, splitSentences, type Sentence } from './sentence.js';
import { EXTRACTOR_VERSION } from './version.js';

/** How dates are found: hand rules, a library, or rules with chrono-node filling gaps. */
export const DateEngine = z.enum(['rules', 'rules+chrono', 'chrono', 'compromise']);
export type DateEngine = z.infer<typeof DateEngine>;

/** Options of {@link extractClaims}. */
export const ExtractOptions = z.strictObject({
  /**
   * Date finder. `rules+chrono` measured best on the gold (see eval/README.md).
   * @defaultValue 'rules+chrono'
   */
  dateEngine: DateEngine.default('rules+chrono'),
});
/** The options as callers write them (every field optional). */
export type ExtractOptions = z.input<typeof ExtractOptions>;

/** Input of {@link extractClaims}: the article text and its publish date (`YYYY-MM-DD` or null). */
export interface ExtractInput {
  text: string;
  published: string | null;
}

const KIND_ORDER = { figure: 0, person: 1, date: 2, project: 3 } as const;

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
  const extra = findDatesWithChrono(text, published).filter((c) => DATEISH.test(text.slice(c.start, c.end)) && rules.every((r) => c.end <= r.start || c.start >= r.end));
  return [...rules, ...extra];
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
    groups.set(k, [...(groups.get(k) ?? []), f]);
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

/**
 * Extracts figure, person, date and project claims from one article.
 * Claims are sorted by `start`, then kind.
 */
export function extractClaims(input: ExtractInput, options?: ExtractOptions): ClaimDraft[] {
  const opts = ExtractOptions.parse(options ?? {});
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
  sentences.forEach((s, i) => {
    const found = findFigures(s);
    for (const m of found) figures.push({ m, d: describeFigure(m, s, sentences[i - 1]), s });
    projects.push(...findProjects(s, found));
  });
  linkMoneySubjects(figures);
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
    claims.push({
      kind: 'date', value: { date: d.date }, subject: s ? describeDate(s, d.start, d.end) : null, predicate: 'date', qualifier: null,
      ...common(text, d.start, d.end, attributionAt(d.start), d.rule, d.confidence),
    });
  }

  for (const p of groupProjects(projects)) {
    claims.push({
      kind: 'project', value: { name: p.name, sponsor: p.sponsor, sector: p.sector, location: p.location, amount: p.amount },
      subject: p.name, predicate: 'project', qualifier: null,
      ...common(text, p.start, p.end, attributionAt(p.start), p.rule, p.confidence),
    });
  }

  return claims.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** Small inline articles and claim drafts for store tests. */
import { createHash } from 'node:crypto';
import type { Article, ClaimDraft, FactValue, FigureValue, Source } from '../../model/index.js';
import type { FactEvidenceInput } from '../../reconcile/index.js';

export function article(doc: string, text: string, published: string | null = null, sourceId: string | null = null): Article {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return {
    id: `a_${contentHash.slice(0, 16)}`,
    doc,
    url: null,
    path: `/corpus/${doc}`,
    canonical: null,
    title: null,
    byline: null,
    published,
    lang: 'en',
    text,
    contentHash,
    sourceId,
  };
}

export function outlet(name: string): Source {
  return { id: `s_${name.toLowerCase().replace(/\W+/g, '')}`, name, kind: 'outlet', domain: null };
}

const draftDefaults = {
  attribution: null,
  hedge: null,
  qualifier: null,
  extractor: 'test@1',
  rule: 'test',
  confidence: 0.9,
} as const;

/** A figure draft for the first occurrence of `quote` in the article's text. */
export function figure(of: Article, quote: string, value: FigureValue, subject: string | null, predicate: string | null): ClaimDraft {
  const start = of.text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} is not in ${of.doc}`);
  return { kind: 'figure', value, start, end: start + quote.length, quote, subject, predicate, ...draftDefaults };
}

/** A person draft for the first occurrence of `quote`. */
export function person(of: Article, quote: string, name: string, role: string | null): ClaimDraft {
  const start = of.text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} is not in ${of.doc}`);
  return { kind: 'person', value: { name, role, org: null }, start, end: start + quote.length, quote, subject: null, predicate: null, ...draftDefaults };
}

let nextClaim = 0;

/** A figure claim about `subject|predicate` as evidence from `doc`, for pure reconcile tests. */
export function evidence(
  doc: string,
  published: string | null,
  value: FactValue,
  options: Partial<Omit<FactEvidenceInput, 'doc' | 'published' | 'value'>> & { id?: string } = {},
): FactEvidenceInput {
  const { id, ...rest } = options;
  return {
    claimId: id ?? `c_${String(nextClaim++).padStart(4, '0')}`,
    subject: 'US tariff on Japanese cars',
    predicate: 'rate',
    kind: 'figure',
    ...rest,
    doc,
    published,
    value,
  };
}

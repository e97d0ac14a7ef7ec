/**
 * Values as the API shows them: every value beside its `valueText`, written by the value grammar,
 * so the page and other clients show the same wording as the CLI and never format values themselves.
 */
import { formatValue } from '../lexicon/value-grammar.js';
import type { Review } from '../model/index.js';
import type { CandidateSummary, FactPageItem } from '../store/index.js';
import type { CandidateSummaryItem, FactItem, FactListItem, ReviewItem } from './schemas.js';

export function presentReview(review: Review): ReviewItem {
  return { ...review, valueText: review.value === null ? null : formatValue(review.value) };
}

export function presentFactItem(item: Omit<FactItem, 'valueText' | 'candidateTexts'>): FactItem {
  return { ...item, valueText: formatValue(item.version.value), candidateTexts: item.version.candidates.map((c) => formatValue(c.value)) };
}

function presentCandidate(c: CandidateSummary): CandidateSummaryItem {
  return { ...c, valueText: formatValue(c.value) };
}

/** A list item leaves out what only the fact's own page needs (`VersionListItem`). */
function withoutDetail({ factId: _factId, reason: _reason, ...version }: FactPageItem['version']): Omit<FactPageItem['version'], 'factId' | 'reason'> {
  return version;
}

export function presentFactListItem(item: FactPageItem): FactListItem {
  return {
    ...item,
    version: { ...withoutDetail(item.version), candidates: item.version.candidates.map(presentCandidate) },
    valueText: formatValue(item.version.value),
    valueAt: item.valueAt === null ? null : presentCandidate(item.valueAt),
  };
}

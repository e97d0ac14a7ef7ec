/**
 * Deterministic ids for stored rows: the same input always gets the same id, so
 * re-running a stage finds its earlier rows instead of duplicating them.
 */
import { createHash } from 'node:crypto';
import type { ClaimDraft } from '../model/index.js';

/** Hex SHA-256 of the parts joined by NUL, which no part contains, so `('ab','c')` and `('a','bc')` differ. */
export function hashParts(...parts: readonly (string | number)[]): string {
  return createHash('sha256').update(parts.map(String).join('\u0000')).digest('hex');
}

/**
 * `c_` + hash(article content hash, kind, start, end, extractor). The same
 * extractor finding the same span of the same text again yields the same id.
 */
export function claimId(contentHash: string, draft: Pick<ClaimDraft, 'kind' | 'start' | 'end' | 'extractor'>): string {
  return `c_${hashParts(contentHash, draft.kind, draft.start, draft.end, draft.extractor).slice(0, 16)}`;
}

/** `f_` + hash of the normalised fact key (see `factKey`). */
export function factId(key: string): string {
  return `f_${hashParts(key).slice(0, 16)}`;
}

/** `v_` + hash(fact id, seq): one id per position in a fact's history. */
export function versionId(factIdValue: string, seq: number): string {
  return `v_${hashParts(factIdValue, seq).slice(0, 16)}`;
}

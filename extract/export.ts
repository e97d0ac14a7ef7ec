/**
 * The stable claims export of FORMAT.md (`newsfacts extract <file> --json`).
 */
import { createHash } from 'node:crypto';
import type { ClaimDraft } from '../model/claim.js';
import type { ClaimsExport, ExportedClaim } from '../model/export.js';

/** SHA-256 hex of the exact text the offsets index into. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Maps claim drafts to the exact export shape (drops internal fields such as `rule`). */
export function toClaimsExport(doc: string, published: string | null, text: string, claims: readonly ClaimDraft[]): ClaimsExport {
  return {
    doc,
    published,
    text_sha256: textSha256(text),
    claims: claims.map((c): ExportedClaim => {
      const shared = { start: c.start, end: c.end, text: c.quote, subject: c.subject, predicate: c.predicate, attribution: c.attribution, hedge: c.hedge };
      switch (c.kind) {
        case 'figure':
          return { kind: 'figure', value: c.value, ...shared };
        case 'person':
          return { kind: 'person', value: c.value, ...shared };
        case 'date':
          return { kind: 'date', value: c.value, ...shared };
        case 'project':
          return { kind: 'project', value: c.value, ...shared };
        case 'status':
          return { kind: 'status', value: c.value, ...shared };
      }
    }),
  };
}

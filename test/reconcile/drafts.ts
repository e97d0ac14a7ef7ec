/** Claim drafts for pure reconciliation tests. */
import type { ClaimDraft } from '../../model/index.js';

/** A person claim naming `name`, with a role and organisation if given. */
export function personDraft(name: string, role: string | null = null, org: string | null = null): ClaimDraft {
  return {
    kind: 'person',
    value: { name, role, org },
    start: 0,
    end: name.length,
    quote: name,
    subject: name,
    predicate: 'role',
    attribution: null,
    hedge: 'asserted',
    qualifier: null,
    extractor: 'test',
    rule: 'test',
    confidence: 1,
  };
}

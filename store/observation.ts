import { z } from 'zod';
import { ClaimKind, FactValue, type ClaimDraft } from '../model/index.js';
import { factKey, isUsableKey } from './fact-key.js';

/** What one claim asserts about one fact: the fact's identity and the value it gives. */
export const Observation = z.strictObject({
  /** Surface forms as the claim gave them; the first claim of a fact names it. */
  subject: z.string().min(1),
  predicate: z.string().min(1),
  /** `factKey(subject, predicate)`. */
  key: z.string().min(1),
  kind: ClaimKind,
  value: FactValue,
});
export type Observation = z.infer<typeof Observation>;

/**
 * The (subject, predicate, value) a claim asserts, or `null` when it asserts no
 * fact that can be reconciled:
 *
 * - figure: subject and predicate from the claim; the value is the amount or range.
 * - person: subject = the person's name, predicate `role`, value `{ text: role }`;
 *   no role, no observation.
 * - date: subject and predicate from the claim, value `{ date }`; an unresolved
 *   date (`null`) gives none.
 * - project: subject = the project's name. One claim feeds one fact, so the
 *   most specific field wins: `amount` (value = the amount) if given, else
 *   `sponsor`, else `location` (as text); a project with none of them only
 *   names itself and gives no observation.
 *
 * A claim with a null subject or predicate (after the rules above), or whose
 * key normalises to nothing, gives none. A `denied` claim says the value does
 * *not* hold, so it cannot support a value and gives none either (v1: denials
 * are not yet counted as opposition).
 */
export function claimObservation(claim: ClaimDraft): Observation | null {
  if (claim.hedge === 'denied') return null;
  const found = observe(claim);
  if (!found) return null;
  const subject = found.subject?.trim();
  const predicate = found.predicate?.trim();
  if (!subject || !predicate) return null;
  const key = factKey(subject, predicate);
  if (!isUsableKey(key)) return null;
  return { subject, predicate, key, kind: claim.kind, value: found.value };
}

interface Found {
  subject: string | null;
  predicate: string | null;
  value: FactValue;
}

function observe(claim: ClaimDraft): Found | null {
  switch (claim.kind) {
    case 'figure':
      return { subject: claim.subject, predicate: claim.predicate, value: claim.value };
    case 'person':
      return claim.value.role ? { subject: claim.value.name, predicate: 'role', value: { text: claim.value.role } } : null;
    case 'date':
      return claim.value.date ? { subject: claim.subject, predicate: claim.predicate, value: { date: claim.value.date } } : null;
    case 'project': {
      const { name, amount, sponsor, location } = claim.value;
      if (amount) return { subject: name, predicate: 'amount', value: amount };
      if (sponsor) return { subject: name, predicate: 'sponsor', value: { text: sponsor } };
      if (location) return { subject: name, predicate: 'location', value: { text: location } };
      return null;
    }
  }
}

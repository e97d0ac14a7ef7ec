/**
 * What reconciliation needs on a claim, for claims made without it: the drafts of an older extractor (a queued
 * reconcile job's payload), claims stored by one (`newsfacts reidentify`), or drafts made by hand. The extractor
 * puts these on every claim it makes; here its own rules work them out from the article for the claims that lack
 * them, so every claim the store sees has them from the one rule. The wiring calls this (the reconcile job, the
 * `reidentify` command) before the store sees the claims: the store never reads language.
 */
import type { ClaimDraft, IsoDay } from '../model/index.js';
import { dateEvent, isDatedAtEvent } from './dated-at-event.js';
import { withStatedCues } from './time-cues.js';

/**
 * True when a claim lacks something the extractor now puts on it: a date claim whether its sentence writes it
 * against its event (`datedAtEvent`, rules@38) and, with a subject, the words its fact is keyed by (`event`,
 * rules@52); any other claim its valid-time cues (`stated`, rules@40).
 */
export function lacksCues(claim: ClaimDraft): boolean {
  if (claim.kind !== 'date') return claim.stated === undefined;
  return claim.datedAtEvent === undefined || (claim.subject !== null && claim.event == null);
}

/**
 * `claims` with what each lacks (`lacksCues`) worked out by the extractor's rules from `article`: a non-date claim's
 * `stated` as `withStatedCues` reads it among all of `claims` (its window's date claims), a date claim's
 * `datedAtEvent` as `isDatedAtEvent` reads its sentence (false without a subject) and its `event` as `dateEvent`
 * names it (null without a subject). A claim that has them keeps its own; the same array comes back when none
 * lacks anything. Offsets are `article.text`'s.
 */
export function completeClaims<C extends ClaimDraft>(claims: readonly C[], article: { text: string; published: IsoDay | null }): readonly C[] {
  if (!claims.some(lacksCues)) return claims;
  const read = claims.some((c) => c.kind !== 'date' && c.stated === undefined) ? withStatedCues(claims, article) : claims;
  return claims.map((c, i) => {
    if (!lacksCues(c)) return c;
    if (c.kind !== 'date') return { ...c, stated: (read[i] as ClaimDraft & { stated?: unknown }).stated };
    return {
      ...c,
      datedAtEvent: c.datedAtEvent ?? (c.subject !== null && isDatedAtEvent(article.text, c.start, c.end, c.subject)),
      event: c.event ?? (c.subject === null ? null : dateEvent(c.subject)),
    };
  });
}

/**
 * Hand-made drafts completed the way the reconcile job completes an older extractor's drafts (`completeClaims`:
 * the extractor's own rules read the valid-time cues, a date's `datedAtEvent` and `event` from the article's text), for
 * store tests whose drafts carry none. The store itself reads no text: a draft without cues states none.
 */
import { completeClaims } from '../../extract/claim-completion.js';
import type { ClaimDraft, IsoDay } from '../../model/index.js';

export function withCues<C extends ClaimDraft>(drafts: readonly C[], article: { text: string; published: IsoDay | null }): C[] {
  return [...completeClaims(drafts, article)];
}

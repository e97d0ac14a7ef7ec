/**
 * Taking a review back. History is append-only, so a withdrawal is a new review (`action: withdraw`,
 * `withdraws: <id>`, 0012) and the target is reconciled again as if the withdrawn review had never
 * been made: a claim's status returns to its latest review still standing (or `pending`), a fact's
 * pin to its previous standing review (or none), a correction stops replacing the claim's value.
 */
import { z } from 'zod';
import { ConflictError, InputError, StaleRevisionError } from '../errors.js';
import { WithdrawalInput as WithdrawalInputSchema, type Review, type WithdrawalInput } from '../model/index.js';
import type { Database } from './database.js';
import { claimRevisions, factRevisions } from './fact-pages.js';
import { lockFacts, reconcileRoots, revalueFacts, ReviewRow } from './fact-reconciler.js';
import type { ReviewResult } from './fact-views.js';
import { hashParts } from './ids.js';
import { decode, decodeAll, FactStateRow } from './rows.js';
import { queries } from './sql.js';

const RootRow = z.object({ root_id: z.string().nullable(), fact_id: z.string().nullable(), origin: z.enum(['claim', 'import']) });
const MergedRow = z.object({ merged_into: z.string().nullable() });
const CLAIM_STATUS = { accept: 'accepted', reject: 'rejected', correct: 'corrected' } as const;

/**
 * Withdraws one review, in one transaction, under the target fact's lock.
 * @throws InputError when the review is unknown or is itself a withdrawal; ConflictError when it was
 *   withdrawn already; StaleRevisionError when `expectedRevision` is not the target's revision.
 */
export async function withdrawReview(
  db: Database,
  input: WithdrawalInput,
  options: { now: Date; expectedRevision?: number },
): Promise<ReviewResult> {
  const parsed = WithdrawalInputSchema.safeParse(input);
  if (!parsed.success) throw new InputError(input?.reviewId ?? 'withdrawal', parsed.error.issues[0]?.message ?? 'invalid withdrawal');
  const w = parsed.data;
  return db.transaction(async (tx) => {
    const [row] = await tx.query(queries['review-find'], [w.reviewId]);
    if (!row) throw new InputError(w.reviewId, 'no such review (a fact\'s history lists them: `newsfacts fact <id> --history`)');
    const target = decode(ReviewRow, row, tx.label, 'review row');
    if (target.action === 'withdraw') throw new InputError(w.reviewId, 'is a withdrawal; review the target again instead');
    let root: string | null;
    let claimFact: string | null = null;
    if (target.targetKind === 'claim') {
      const [claim] = await tx.query(queries['claim-target'], [target.targetId]);
      const found = claim ? decode(RootRow, claim, tx.label, 'claim row') : null;
      root = found?.root_id ?? null;
      claimFact = found?.origin === 'claim' ? found.fact_id : null;
    } else {
      const [fact] = await tx.query(queries['fact-find'], [target.targetId]);
      root = fact ? (decode(MergedRow, fact, tx.label, 'fact row').merged_into ?? target.targetId) : null;
    }
    if (!root) throw new InputError(w.reviewId, `its ${target.targetKind} ${target.targetId} feeds no fact`);
    await lockFacts(tx, [root]);
    // Read again under the lock: a concurrent withdrawal of the same review has committed or waits.
    const [locked] = await tx.query(queries['review-find'], [w.reviewId]);
    const current = decode(ReviewRow, locked!, tx.label, 'review row');
    if (current.withdrawnBy) throw new ConflictError(w.reviewId, `already withdrawn by ${current.withdrawnBy}`);
    if (options.expectedRevision !== undefined) {
      const revisions = target.targetKind === 'claim' ? await claimRevisions(tx, [target.targetId]) : await factRevisions(tx, [target.targetId]);
      const revision = revisions.get(target.targetId) ?? 0;
      if (revision !== options.expectedRevision) throw new StaleRevisionError(target.targetId, options.expectedRevision, revision);
    }
    const createdAt = options.now.toISOString();
    const id = `r_${hashParts(target.targetKind, target.targetId, 'withdraw', w.reviewId, w.reason ?? '', w.reviewer, createdAt).slice(0, 16)}`;
    const [inserted] = await tx.query(queries['review-insert'], [
      id,
      target.targetKind,
      target.targetId,
      'withdraw',
      null,
      w.reason,
      w.reviewer,
      createdAt,
      '[]',
      w.reviewId,
    ]);
    if (target.targetKind === 'claim') {
      // The claim's status is that of its latest review still standing.
      const reviews = decodeAll(ReviewRow, await tx.query(queries['reviews-of'], ['claim', target.targetId]), tx.label, 'review row');
      const standing = reviews.filter((r): r is Review & { action: keyof typeof CLAIM_STATUS } => r.action !== 'withdraw' && r.withdrawnBy === null);
      const last = standing.at(-1);
      await tx.query(queries['claim-set-status'], [target.targetId, last ? CLAIM_STATUS[last.action] : 'pending']);
    }
    await reconcileRoots(tx, [root], options.now);
    // The claim counts as it did before the review: its fact's value key may be back, and with it its value's facts.
    if (claimFact !== null) await revalueFacts(tx, [claimFact], options.now);
    const [state] = decodeAll(FactStateRow, await tx.query(queries['facts-current'], [root, null, null, null]), tx.label, 'fact row');
    if (!state) throw new ConflictError(root, 'the fact has no version');
    return { review: decode(ReviewRow, inserted, tx.label, 'review row'), fact: state };
  });
}

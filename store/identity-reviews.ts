/**
 * Reviewers' decisions on fact identity (issue 17): "these two facts are one" (`merge`) and "this claim
 * belongs to that fact, or to none" (`move`), and taking either back. Each is an append-only row of
 * `identity_reviews` (0023) that names where its target stood before, so a withdrawal restores exactly
 * that; the facts whose evidence changed are reconciled again in the same transaction, under their locks.
 * Entity resolution keeps a reviewer's merge (`planResolution` reads the merges standing) whatever later
 * articles resolve.
 */
import { z } from 'zod';
import { ConflictError, InputError } from '../errors.js';
import { ClaimKind, IdentityReview, IdentityReviewInput as IdentityReviewInputSchema, Timestamp, type IdentityReviewInput } from '../model/index.js';
import type { Database } from './database.js';
import { lockFacts, reconcileRoots, revalueFacts, type EvidenceCache } from './fact-reconciler.js';
import type { FactState } from './fact-views.js';
import { hashParts } from './ids.js';
import { decode, decodeAll, FactStateRow } from './rows.js';
import { queries } from './sql.js';

const FactRow = z.object({ id: z.string(), kind: ClaimKind.nullable(), merged_into: z.string().nullable() });
const ClaimTargetRow = z.object({ id: z.string(), origin: z.enum(['claim', 'import']), fact_id: z.string().nullable(), root_id: z.string().nullable() });

export const IdentityReviewRow = z
  .object({
    id: z.string(),
    action: z.enum(['merge', 'move', 'withdraw']),
    target_kind: z.enum(['fact', 'claim']),
    target_id: z.string(),
    into_fact: z.string().nullable(),
    from_fact: z.string().nullable(),
    reason: z.string().nullable(),
    reviewer: z.string(),
    created_at: Timestamp,
    withdraws: z.string().nullable(),
    withdrawn_by: z.string().nullable(),
  })
  .transform(
    (r): IdentityReview => ({
      id: r.id,
      action: r.action,
      targetKind: r.target_kind,
      targetId: r.target_id,
      intoFact: r.into_fact,
      fromFact: r.from_fact,
      reason: r.reason,
      reviewer: r.reviewer,
      createdAt: r.created_at,
      withdraws: r.withdraws,
      withdrawnBy: r.withdrawn_by,
    }),
  );

/** A recorded identity decision and the facts it touched, in their belief after it. */
export interface IdentityReviewResult {
  review: IdentityReview;
  /** The facts whose evidence changed (each fact that still stands on its own), by id. */
  facts: FactState[];
}

interface Context {
  now: Date;
  cache?: EvidenceCache;
}

/**
 * Records a merge or a move and reconciles the facts it changes, in one transaction.
 * @throws InputError when the input fails its schema, a fact or claim is unknown, the two are one fact
 *   already, or they are of different kinds (a person's fact is never a figure's).
 */
export async function recordIdentityReview(db: Database, input: IdentityReviewInput, context: Context): Promise<IdentityReviewResult> {
  const parsed = IdentityReviewInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError('identity review', `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
  }
  const r = parsed.data;
  return db.transaction(async (tx) => {
    const createdAt = context.now.toISOString();
    if (r.action === 'merge') {
      const fact = await findFact(tx, r.factId);
      const into = await findFact(tx, r.intoFact);
      const from = fact.merged_into ?? fact.id;
      const root = into.merged_into ?? into.id;
      if (from === root) throw new InputError(r.factId, `is one fact with ${r.intoFact} already`);
      if (fact.kind !== into.kind) throw new InputError(r.factId, `is a fact of ${fact.kind ?? 'imported'} claims, ${r.intoFact} of ${into.kind ?? 'imported'} claims: facts of different kinds are never one`);
      await lockFacts(tx, [from, root, fact.id]);
      const id = `m_${hashParts('merge', fact.id, root, r.reason ?? '', r.reviewer, createdAt).slice(0, 16)}`;
      const [row] = await tx.query(queries['identity-review-insert'], [id, 'merge', 'fact', fact.id, root, fact.merged_into, r.reason, r.reviewer, createdAt, null]);
      await tx.query(queries['fact-merge'], [fact.id, root]);
      return finish(tx, row, [from === fact.id ? null : from, root], context);
    }
    const claim = await findClaim(tx, r.claimId);
    const into = r.intoFact === null ? null : await findFact(tx, r.intoFact);
    const root = into ? (into.merged_into ?? into.id) : null;
    if (claim.root_id === root) throw new InputError(r.claimId, root === null ? 'counts for no fact already' : `counts for ${r.intoFact} already`);
    if (into && claim.fact_id !== null) {
      const own = await findFact(tx, claim.fact_id);
      if (own.kind !== into.kind) throw new InputError(r.claimId, `is a ${own.kind ?? 'imported'} claim; ${r.intoFact} is a fact of ${into.kind ?? 'imported'} claims`);
    }
    await lockFacts(tx, [claim.root_id, root].filter((x): x is string => x !== null));
    const id = `m_${hashParts('move', claim.id, root ?? '', r.reason ?? '', r.reviewer, createdAt).slice(0, 16)}`;
    const [row] = await tx.query(queries['identity-review-insert'], [id, 'move', 'claim', claim.id, into?.id ?? null, claim.fact_id, r.reason, r.reviewer, createdAt, null]);
    await tx.query(queries['claim-set-fact'], [claim.id, into?.id ?? null]);
    return finish(tx, row, [claim.root_id, root], context, [claim.fact_id, into?.id ?? null]);
  });
}

/**
 * Takes back a merge or a move with a new, append-only `withdraw` review: the fact returns to the root it
 * had before the merge (or stands alone), the claim to the fact it counted for before the move.
 * @throws InputError when the review is unknown or is a withdrawal; ConflictError when already withdrawn.
 */
export async function withdrawIdentityReview(
  db: Database,
  input: { reviewId: string; reason?: string | null; reviewer?: string },
  context: Context,
): Promise<IdentityReviewResult> {
  const reviewer = input.reviewer ?? 'cli';
  return db.transaction(async (tx) => {
    const [found] = await tx.query(queries['identity-review-find'], [input.reviewId]);
    if (!found) throw new InputError(input.reviewId, 'no such identity review (a fact\'s history lists them: `newsfacts fact <id> --history`)');
    const target = decode(IdentityReviewRow, found, tx.label, 'identity review row');
    if (target.action === 'withdraw') throw new InputError(input.reviewId, 'is a withdrawal; decide again instead');
    const touched: (string | null)[] = [];
    const valued: (string | null)[] = [];
    if (target.action === 'merge') {
      const fact = await findFact(tx, target.targetId);
      touched.push(fact.merged_into ?? fact.id, target.fromFact === null ? target.targetId : await rootOf(tx, target.fromFact));
    } else {
      const claim = await findClaim(tx, target.targetId);
      touched.push(claim.root_id, target.fromFact === null ? null : await rootOf(tx, target.fromFact));
      valued.push(claim.fact_id, target.fromFact);
    }
    await lockFacts(tx, touched.filter((x): x is string => x !== null));
    // Read again under the locks: a concurrent withdrawal of the same review has committed or waits.
    const [again] = await tx.query(queries['identity-review-find'], [input.reviewId]);
    const current = decode(IdentityReviewRow, again!, tx.label, 'identity review row');
    if (current.withdrawnBy) throw new ConflictError(input.reviewId, `already withdrawn by ${current.withdrawnBy}`);
    const createdAt = context.now.toISOString();
    const id = `m_${hashParts('withdraw', target.id, input.reason ?? '', reviewer, createdAt).slice(0, 16)}`;
    const [row] = await tx.query(queries['identity-review-insert'], [
      id, 'withdraw', target.targetKind, target.targetId, null, null, input.reason ?? null, reviewer, createdAt, target.id,
    ]);
    if (target.action === 'merge') {
      const back = target.fromFact === null ? null : await rootOf(tx, target.fromFact);
      await tx.query(queries['fact-merge'], [target.targetId, back === target.targetId ? null : back]);
    } else {
      await tx.query(queries['claim-set-fact'], [target.targetId, target.fromFact]);
    }
    return finish(tx, row, touched, context, valued);
  });
}

/** The identity reviews naming some facts (as target, destination or earlier root), oldest first. */
export async function identityReviewsOf(db: Database, factIds: readonly string[]): Promise<IdentityReview[]> {
  if (factIds.length === 0) return [];
  return decodeAll(IdentityReviewRow, await db.query(queries['identity-reviews-of-facts'], [JSON.stringify([...factIds])]), db.label, 'identity review row');
}

async function finish(tx: Database, row: unknown, roots: readonly (string | null)[], context: Context, valued: readonly (string | null)[] = []): Promise<IdentityReviewResult> {
  const review = decode(IdentityReviewRow, row, tx.label, 'identity review row');
  // Only facts that still stand on their own are reconciled; a fact merged just now keeps its last version.
  const standing: string[] = [];
  for (const id of new Set(roots.filter((x): x is string => x !== null))) {
    const fact = await findFact(tx, id);
    if (fact.merged_into === null) standing.push(id);
  }
  await reconcileRoots(tx, standing.sort(), context.now, { cache: context.cache });
  // A moved claim changes what the facts it left and joined hold, and so their value keys (`revalueFacts`).
  await revalueFacts(tx, valued.filter((x): x is string => x !== null), context.now, { cache: context.cache });
  const facts: FactState[] = [];
  for (const id of standing) {
    const [state] = decodeAll(FactStateRow, await tx.query(queries['facts-current'], [id, null, null, null]), tx.label, 'fact row');
    if (state) facts.push(state);
  }
  return { review, facts };
}

async function findFact(tx: Database, id: string): Promise<z.infer<typeof FactRow>> {
  const [row] = await tx.query(queries['fact-find'], [id]);
  if (!row) throw new InputError(id, 'no such fact (list them with `newsfacts facts`)');
  return decode(FactRow, row, tx.label, 'fact row');
}

async function findClaim(tx: Database, id: string): Promise<z.infer<typeof ClaimTargetRow>> {
  const [row] = await tx.query(queries['claim-target'], [id]);
  if (!row) throw new InputError(id, 'no such claim (list them with `newsfacts claims`)');
  const claim = decode(ClaimTargetRow, row, tx.label, 'claim row');
  if (claim.origin === 'import') throw new InputError(id, 'is an imported row: its object and attribute name its fact');
  return claim;
}

async function rootOf(tx: Database, id: string): Promise<string> {
  const fact = await findFact(tx, id);
  return fact.merged_into ?? fact.id;
}

import { z } from 'zod';
import { Timestamp } from './common.js';
import { FactValue } from './fact.js';

/** A reviewer's decision. */
export const ReviewAction = z.enum(['accept', 'reject', 'correct']);
export type ReviewAction = z.infer<typeof ReviewAction>;

/** What a stored review does: a decision, or `withdraw`, which takes back an earlier review of the same target. */
export const ReviewRecordAction = z.enum(['accept', 'reject', 'correct', 'withdraw']);
export type ReviewRecordAction = z.infer<typeof ReviewRecordAction>;

/**
 * A reviewer's decision on a claim or a fact, or the withdrawal of one. Reviews are inputs to
 * reconciliation and append-only: a withdrawal is a new review naming the one it takes back, after
 * which the target is reconciled as if that review had never been made.
 */
export const Review = z.strictObject({
  id: z.string().min(1),
  targetKind: z.enum(['claim', 'fact']),
  targetId: z.string().min(1),
  action: ReviewRecordAction,
  /** For `withdraw`: the review taken back. */
  withdraws: z.string().nullable().default(null),
  /** The withdrawal that took this review back, if any (filled when reviews are read). */
  withdrawnBy: z.string().nullable().default(null),
  /** The corrected value, for `correct`; for `accept` and `reject` of a fact, the value accepted or rejected. */
  value: FactValue.nullable(),
  reason: z.string().nullable(),
  reviewer: z.string().min(1),
  createdAt: Timestamp,
  /** The claims the reviewer saw: evidence beyond them against a pinned value flags the fact `needs-review`. */
  seenClaimIds: z.array(z.string()).default([]),
});
export type Review = z.infer<typeof Review>;

/** What a reviewer submits (`FactStore.recordReview`); the store adds id, time and the claims seen. */
export const ReviewInput = z
  .strictObject({
    targetKind: z.enum(['claim', 'fact']),
    targetId: z.string().min(1),
    action: ReviewAction,
    /** Required for `correct`, ignored otherwise. */
    value: FactValue.nullable().default(null),
    reason: z.string().nullable().default(null),
    reviewer: z.string().min(1).max(100).default('cli'),
  })
  .refine((r) => r.action !== 'correct' || r.value !== null, { message: 'a correction needs a value', path: ['value'] });
export type ReviewInput = z.input<typeof ReviewInput>;

/** What a reviewer submits to take back a review (`FactStore.withdrawReview`). */
export const WithdrawalInput = z.strictObject({
  reviewId: z.string().min(1),
  reason: z.string().nullable().default(null),
  reviewer: z.string().min(1).max(100).default('cli'),
});
export type WithdrawalInput = z.input<typeof WithdrawalInput>;

/**
 * A reviewer's decision on fact identity (issue 17), or its withdrawal: `merge` says fact `targetId` is one
 * fact with `intoFact`; `move` says claim `targetId` belongs to fact `intoFact`, or to no fact (null).
 * `fromFact` is where the target stood before (a fact's earlier root, a claim's earlier fact), which a
 * withdrawal restores. Append-only, like every review.
 */
export const IdentityReview = z.object({
  id: z.string(),
  action: z.enum(['merge', 'move', 'withdraw']),
  targetKind: z.enum(['fact', 'claim']),
  targetId: z.string(),
  intoFact: z.string().nullable(),
  fromFact: z.string().nullable(),
  reason: z.string().nullable(),
  reviewer: z.string(),
  createdAt: Timestamp,
  withdraws: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
});
export type IdentityReview = z.infer<typeof IdentityReview>;

/** What a reviewer submits about identity (`FactStore.recordIdentityReview`). */
export const IdentityReviewInput = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('merge'),
    /** The fact that is the same as `intoFact`: its claims count for `intoFact` from now on. */
    factId: z.string().min(1),
    intoFact: z.string().min(1),
    reason: z.string().nullable().default(null),
    reviewer: z.string().min(1).max(100).default('cli'),
  }),
  z.strictObject({
    action: z.literal('move'),
    claimId: z.string().min(1),
    /** The fact the claim is about, or null: it is about no fact the store keeps. */
    intoFact: z.string().min(1).nullable(),
    reason: z.string().nullable().default(null),
    reviewer: z.string().min(1).max(100).default('cli'),
  }),
]);
export type IdentityReviewInput = z.input<typeof IdentityReviewInput>;

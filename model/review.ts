import { z } from 'zod';
import { Timestamp } from './common.js';
import { FactValue } from './fact.js';

export const ReviewAction = z.enum(['accept', 'reject', 'correct']);
export type ReviewAction = z.infer<typeof ReviewAction>;

/** A reviewer's decision on a claim or a fact. Reviews are inputs to reconciliation. */
export const Review = z.strictObject({
  id: z.string().min(1),
  targetKind: z.enum(['claim', 'fact']),
  targetId: z.string().min(1),
  action: ReviewAction,
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
    reviewer: z.string().min(1).default('cli'),
  })
  .refine((r) => r.action !== 'correct' || r.value !== null, { message: 'a correction needs a value', path: ['value'] });
export type ReviewInput = z.input<typeof ReviewInput>;

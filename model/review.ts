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
  /** The corrected value, for `correct`. */
  value: FactValue.nullable(),
  reason: z.string().nullable(),
  reviewer: z.string().min(1),
  createdAt: Timestamp,
});
export type Review = z.infer<typeof Review>;

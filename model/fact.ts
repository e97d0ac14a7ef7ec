import { z } from 'zod';
import { IsoDay, Timestamp } from './common.js';
import { Amount, ClaimKind, DateValue, Range } from './claim.js';

/** A value as a fact holds it: a figure, a date, or text (roles, sponsors, imported values). */
export const TextValue = z.strictObject({ text: z.string() });
export type TextValue = z.infer<typeof TextValue>;

export const FactValue = z.union([Amount, Range, DateValue, TextValue]);
export type FactValue = z.infer<typeof FactValue>;

export const FactStatus = z.enum(['settled', 'contested', 'reviewed', 'needs-review']);
export type FactStatus = z.infer<typeof FactStatus>;

/**
 * The identity of a fact: claims with the same normalised (subject, predicate)
 * key meet here. Facts are never deleted; their state lives in versions.
 */
export const Fact = z.strictObject({
  /** `f_` + hash of `key`. */
  id: z.string().min(1),
  /** Normalised `subject|predicate`. */
  key: z.string().min(1),
  subject: z.string().min(1),
  predicate: z.string().min(1),
  /** The claim kind that feeds it; `null` for imported facts. */
  kind: ClaimKind.nullable(),
});
export type Fact = z.infer<typeof Fact>;

/**
 * A candidate's place in the fact's timeline: the `current` value; `superseded` (held over an
 * earlier valid interval, then changed); `contested` (competes with the current value for the same
 * interval, and no value clearly wins); `disputed` (a minority value the current one clearly outweighs).
 */
export const CandidateStatus = z.enum(['current', 'superseded', 'contested', 'disputed']);
export type CandidateStatus = z.infer<typeof CandidateStatus>;

/** One distinct value held by some claims, with its evidence. */
export const Candidate = z.strictObject({
  value: FactValue,
  /** Canonical comparison key (550 billion USD and 550,000,000,000 USD share one). */
  valueKey: z.string().min(1),
  claimIds: z.array(z.string()),
  /** Documents (file names or canonical URLs) or import sources behind the value. */
  sources: z.array(z.string()),
  /** Vote weight this value received. */
  weight: z.number().nonnegative(),
  validFrom: IsoDay.nullable(),
  validTo: IsoDay.nullable(),
  /** Absent in versions written before valid-time reconciliation (v1), which had no timeline. */
  status: CandidateStatus.optional(),
});
export type Candidate = z.infer<typeof Candidate>;

/**
 * One belief about a fact over a recorded-time interval. Versions are append-only:
 * a change writes a new row and closes the previous one (`recordedTo`).
 */
export const FactVersion = z.strictObject({
  id: z.string().min(1),
  factId: z.string().min(1),
  /** 1, 2, 3... per fact. */
  seq: z.number().int().positive(),
  status: FactStatus,
  /** The value currently believed; `null` only when every candidate was rejected. */
  value: FactValue.nullable(),
  /** Valid time: when the value holds in the world. */
  validFrom: IsoDay.nullable(),
  validTo: IsoDay.nullable(),
  /** Recorded (transaction) time: when we held this belief. `recordedTo` null = current. */
  recordedFrom: Timestamp,
  recordedTo: Timestamp.nullable(),
  supporting: z.array(z.string()),
  opposing: z.array(z.string()),
  /** Every distinct value with its claims and sources, the chosen one first. */
  candidates: z.array(Candidate),
  confidence: z.number().min(0).max(1),
  /** Why the fact holds this value now (and why it changed). */
  reason: z.string(),
});
export type FactVersion = z.infer<typeof FactVersion>;

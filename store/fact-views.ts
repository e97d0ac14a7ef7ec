/** What the store's read methods return, beyond the model's own shapes. */
import { z } from 'zod';
import { Candidate, ClaimKind, Fact, FactStatus, FactVersion, Hedge, IsoDay } from '../model/index.js';

/** A fact with its current belief. */
export const FactState = z.strictObject({ fact: Fact, version: FactVersion });
export type FactState = z.infer<typeof FactState>;

/** A claim as evidence: what it said and where. */
export const EvidenceClaim = z.strictObject({
  claimId: z.string(),
  articleId: z.string(),
  doc: z.string(),
  published: IsoDay.nullable(),
  /** The outlet, when known. */
  source: z.string().nullable(),
  kind: ClaimKind,
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  attribution: z.string().nullable(),
  hedge: Hedge.nullable(),
});
export type EvidenceClaim = z.infer<typeof EvidenceClaim>;

/** `getFact`: the current belief and, per candidate value, the claims behind it. */
export const FactDetail = z.strictObject({
  fact: Fact,
  version: FactVersion,
  candidates: z.array(z.strictObject({ candidate: Candidate, claims: z.array(EvidenceClaim) })),
});
export type FactDetail = z.infer<typeof FactDetail>;

/** One version of `factHistory`, with the claims it counted for and against its value. */
export const VersionDetail = z.strictObject({
  version: FactVersion,
  supporting: z.array(EvidenceClaim),
  opposing: z.array(EvidenceClaim),
});
export type VersionDetail = z.infer<typeof VersionDetail>;

export const FactHistory = z.strictObject({ fact: Fact, versions: z.array(VersionDetail) });
export type FactHistory = z.infer<typeof FactHistory>;

export const ClaimFilter = z.strictObject({
  /** A document name or article id. */
  doc: z.string().min(1).optional(),
  kind: ClaimKind.optional(),
  factId: z.string().min(1).optional(),
});
export type ClaimFilter = z.infer<typeof ClaimFilter>;

export const FactFilter = z.strictObject({
  /** `true`: only contested facts; `false`: only the others. */
  contested: z.boolean().optional(),
  /** Text the subject contains, any case. */
  subject: z.string().min(1).optional(),
  status: FactStatus.optional(),
});
export type FactFilter = z.infer<typeof FactFilter>;

export const StoreCounts = z.strictObject({
  articles: z.number().int(),
  /** All claims. */
  claims: z.number().int(),
  /** Claims per kind; every kind is present, 0 when none. */
  claimsByKind: z.record(ClaimKind, z.number().int()),
  facts: z.number().int(),
  /** Facts whose current version is contested. */
  contested: z.number().int(),
  /** Versions ever written, closed ones included. */
  versions: z.number().int(),
});
export type StoreCounts = z.infer<typeof StoreCounts>;

export const RecordClaimsResult = z.strictObject({
  /** Claims new to the store (ones already stored by an earlier call are not counted). */
  claimsInserted: z.number().int(),
  /** Facts the drafts observe, all of which were reconciled. */
  factsTouched: z.number().int(),
  /** Facts whose belief changed, so got a new version. */
  versionsWritten: z.number().int(),
});
export type RecordClaimsResult = z.infer<typeof RecordClaimsResult>;

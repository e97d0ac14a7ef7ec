/**
 * The stable interchange shapes of `../shared/eval/FORMAT.md`: what outside
 * tools read. The internal model is richer; these are exact.
 */
import { z } from 'zod';
import { IsoDay, PartialDate, Sha256 } from './common.js';
import { DateValue, FigureValue, Hedge, PersonValue, ProjectValue, StatusValue } from './claim.js';
import { FactStatus, FactValue } from './fact.js';

const exportedFields = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  subject: z.string().nullable(),
  predicate: z.string().nullable(),
  attribution: z.string().nullable(),
  hedge: Hedge.nullable(),
};

export const ExportedClaim = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('figure'), value: FigureValue, ...exportedFields }),
  z.strictObject({ kind: z.literal('person'), value: PersonValue, ...exportedFields }),
  z.strictObject({ kind: z.literal('date'), value: DateValue, ...exportedFields }),
  z.strictObject({ kind: z.literal('project'), value: ProjectValue, ...exportedFields }),
  // Not one of FORMAT.md's four kinds: "other kinds may be exported; scorers ignore them".
  z.strictObject({ kind: z.literal('status'), value: StatusValue, ...exportedFields }),
]);
export type ExportedClaim = z.infer<typeof ExportedClaim>;

/** `newsfacts extract <file> --json`. */
export const ClaimsExport = z.strictObject({
  doc: z.string(),
  published: IsoDay.nullable(),
  text_sha256: Sha256,
  claims: z.array(ExportedClaim),
});
export type ClaimsExport = z.infer<typeof ClaimsExport>;

/** One hand-labelled claim of a `<doc>.gold.json`. */
export const GoldClaim = z.object({
  kind: z.string(),
  quote: z.string().min(1),
  nth: z.number().int().nonnegative().default(0),
  value: z.record(z.string(), z.unknown()),
  about: z.array(z.string()).optional(),
});
export type GoldClaim = z.infer<typeof GoldClaim>;

export const GoldDoc = z.object({
  doc: z.string(),
  published: IsoDay.nullable(),
  claims: z.array(GoldClaim),
});
export type GoldDoc = z.infer<typeof GoldDoc>;

/** A passage of one document: an exact substring, its `nth` occurrence (from 0). */
export const GoldQuote = z.object({
  doc: z.string().min(1),
  quote: z.string().min(1),
  nth: z.number().int().nonnegative().default(0),
});
export type GoldQuote = z.infer<typeof GoldQuote>;

/**
 * One value of a gold fact (`stories/README.md`, "Shape of facts.json"): a
 * claim value shape of FORMAT.md or `{ text }`, the valid time the texts
 * support, the documents that report it, its place in the fact and the quotes
 * that state it.
 */
export const GoldFactValue = z.object({
  value: z.record(z.string(), z.unknown()),
  valid_from: PartialDate.nullable().default(null),
  valid_to: PartialDate.nullable().default(null),
  sources: z.array(z.string()),
  status: z.enum(['current', 'superseded', 'wrong', 'disputed']),
  quotes: z.array(GoldQuote).min(1),
  /** Who says so, for one party's value. */
  attribution: z.string().optional(),
});
export type GoldFactValue = z.infer<typeof GoldFactValue>;

export const GoldFact = z.object({
  id: z.string().min(1),
  subject: z.string(),
  predicate: z.string(),
  values: z.array(GoldFactValue).min(1),
  note: z.string().optional(),
});
export type GoldFact = z.infer<typeof GoldFact>;

/** Two gold claims (quote and `nth` of their `<doc>.gold.json`) that must never share a fact. */
export const MustNotMerge = z.object({ a: GoldQuote, b: GoldQuote, why: z.string() });
export type MustNotMerge = z.infer<typeof MustNotMerge>;

/** `facts.json`: the facts a reconciler must get right and the claims it must keep apart. */
export const GoldFacts = z.object({
  facts: z.array(GoldFact),
  must_not_merge: z.array(MustNotMerge).default([]),
});
export type GoldFacts = z.infer<typeof GoldFacts>;

export const FactAlternative = z.strictObject({
  value: FactValue,
  status: z.string(),
  valid_from: IsoDay.nullable(),
  valid_to: IsoDay.nullable(),
  sources: z.array(z.string()),
  /** Ids of the claims behind this value (as `newsfacts claims --json` prints them). */
  claims: z.array(z.string()),
});
export type FactAlternative = z.infer<typeof FactAlternative>;

/** One line of `newsfacts facts --json` (JSON Lines). */
export const FactExport = z.strictObject({
  id: z.string(),
  subject: z.string(),
  predicate: z.string(),
  status: FactStatus,
  value: FactValue.nullable(),
  valid_from: IsoDay.nullable(),
  valid_to: IsoDay.nullable(),
  confidence: z.number(),
  sources: z.array(z.string()),
  /** Ids of the claims behind the current value, so a scorer can join a gold quote to the fact that holds it. */
  claims: z.array(z.string()),
  alternatives: z.array(FactAlternative),
});
export type FactExport = z.infer<typeof FactExport>;


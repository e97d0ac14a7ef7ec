/**
 * The stable interchange shapes of `../shared/eval/FORMAT.md`: what outside
 * tools read. The internal model is richer; these are exact.
 */
import { z } from 'zod';
import { IsoDay, Sha256 } from './common.js';
import { DateValue, FigureValue, Hedge, PersonValue, ProjectValue } from './claim.js';
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


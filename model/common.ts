import { z } from 'zod';

/** A calendar day, `YYYY-MM-DD`. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export type IsoDay = z.infer<typeof IsoDay>;

/** A date at the precision the text gives: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

/** Lower-case hex SHA-256. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a hex sha256');
export type Sha256 = z.infer<typeof Sha256>;

/** Decodes timestamps from SQL rows (Date or ISO string) into Date. */
export const Timestamp = z.union([z.date(), z.string().transform((s) => new Date(s))]).pipe(z.date());
export type Timestamp = z.infer<typeof Timestamp>;

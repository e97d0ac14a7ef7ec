import { z } from 'zod';

/** Where reports come from: a news outlet, or the `source` column of an imported data set. */
export const SourceKind = z.enum(['outlet', 'import']);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.strictObject({
  /** Deterministic id: `s_` + hash of the normalised name. */
  id: z.string().min(1),
  /** Display name, e.g. `Bloomberg, as republished by AloJapan.com`. */
  name: z.string().min(1),
  kind: SourceKind,
  /** Host name when known (`americanbazaaronline.com`). */
  domain: z.string().nullable(),
});
export type Source = z.infer<typeof Source>;

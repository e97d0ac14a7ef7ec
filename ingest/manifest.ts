import { z } from 'zod';
import { IsoDay } from '../model/index.js';

/**
 * One entry of a folder's `manifest.json` (the shape of `seeds/manifest.json`):
 * what is known about a file from outside its text. Unknown keys are kept out
 * of the way, not rejected, since manifests carry notes for people.
 */
export const ManifestEntry = z.looseObject({
  file: z.string().min(1),
  published: IsoDay.nullable().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  headline: z.string().nullable().optional(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.array(ManifestEntry);
export type Manifest = z.infer<typeof Manifest>;

import { z } from 'zod';
import { IsoDay, Sha256 } from './common.js';

/**
 * One ingested document. `text` is exactly what claim offsets index into
 * (UTF-16 code units); `contentHash` is the SHA-256 of that text and is what
 * makes re-ingestion a no-op.
 */
export const Article = z.strictObject({
  /** Deterministic id: `a_` + the first 16 hex digits of `contentHash`. */
  id: z.string().min(1),
  /** The name exports use for this document: the file name for local files, else the canonical URL. */
  doc: z.string().min(1),
  /** Where it was fetched from, if from the web. */
  url: z.string().nullable(),
  /** Where it was loaded from, if from a local file. */
  path: z.string().nullable(),
  canonical: z.string().nullable(),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  /** Publish date: the reference date for relative expressions. */
  published: IsoDay.nullable(),
  lang: z.string().nullable(),
  text: z.string(),
  contentHash: Sha256,
  sourceId: z.string().nullable(),
});
export type Article = z.infer<typeof Article>;

/** What `newsfacts article <file> --json` prints. */
export const ArticleExport = Article.pick({ url: true, canonical: true, title: true, byline: true, published: true, lang: true, text: true });
export type ArticleExport = z.infer<typeof ArticleExport>;

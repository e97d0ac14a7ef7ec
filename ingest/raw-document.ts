import { z } from 'zod';
import { IsoDay } from '../model/index.js';

/** How the bytes of a document are to be read. */
export const DocumentFormat = z.enum(['text', 'html']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/**
 * A document as a source delivers it, before decoding: the bytes plus what the
 * source knows about it (a manifest entry, the URL it came from).
 */
export const RawDocument = z.strictObject({
  /** Where it came from: an absolute file path or a URL. Named in every error. */
  location: z.string().min(1),
  /** The name exports use: the file name for local files, else the canonical URL. */
  doc: z.string().min(1),
  format: DocumentFormat,
  bytes: z.instanceof(Uint8Array),
  url: z.string().nullable(),
  path: z.string().nullable(),
  /** Publish date known from outside the text (a manifest, `--published`). */
  published: IsoDay.nullable(),
  /** Outlet name known from outside the text (a manifest). */
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  /** The charset the transport declared (HTTP Content-Type), when there was one. */
  charset: z.string().nullable().optional(),
  /** The server answered 304: these are the bytes stored when the URL was last fetched. */
  notModified: z.boolean().optional(),
});
export type RawDocument = z.infer<typeof RawDocument>;

/**
 * A pointer to one document, with what is known of it before loading: the
 * payload of an ingest job.
 */
export const DocumentRef = z.strictObject({
  location: z.string().min(1),
  published: IsoDay.nullable().default(null),
  outlet: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  /**
   * Private addresses the fetch of this document may reach, on top of the
   * fetching process's own allow-list: `enqueue --allow-address` hands its
   * list to the worker that fetches the page. Absent for files and for pages
   * that need none.
   */
  allowAddresses: z.array(z.string().min(1).max(253)).max(64).optional(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

import { z } from 'zod';

/**
 * What is kept of one fetched URL for conditional GET: its validators and the
 * body they validate, so that a 304 can hand the same bytes on without
 * another download.
 */
export const CachedResponse = z.strictObject({
  /** The URL as requested (canonical form). */
  url: z.string().min(1),
  /** Where it ended up after redirects. */
  finalUrl: z.string().min(1),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** The media type, lower case, without parameters. */
  contentType: z.string().min(1),
  /** The charset the response declared, if any. */
  charset: z.string().nullable(),
  /** The decoded (decompressed) body. */
  body: z.instanceof(Uint8Array),
  fetchedAt: z.date(),
});
export type CachedResponse = z.infer<typeof CachedResponse>;

/**
 * The port in front of wherever conditional-GET state lives: memory for a
 * one-off command, the fact store (`fetched_pages`, migration 0003) for runs
 * and workers that must remember across processes.
 */
export interface FetchCache {
  /** The entry for `url`, or null when it was never fetched (or was forgotten). */
  lookupFetched(url: string): Promise<CachedResponse | null>;
  /** Records (or replaces) the entry of `entry.url`. */
  rememberFetched(entry: CachedResponse): Promise<void>;
}

/** A bounded in-memory cache: the oldest entries go first once `maxEntries` is reached. */
export class MemoryFetchCache implements FetchCache {
  private readonly entries = new Map<string, CachedResponse>();

  /** @param maxEntries @defaultValue 1000 */
  constructor(private readonly maxEntries = 1_000) {}

  async lookupFetched(url: string): Promise<CachedResponse | null> {
    return this.entries.get(url) ?? null;
  }

  async rememberFetched(entry: CachedResponse): Promise<void> {
    this.entries.delete(entry.url);
    this.entries.set(entry.url, entry);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

import type { DocumentRef, RawDocument } from './raw-document.js';

/** What narrows a discovery. */
export interface DiscoverOptions {
  /** ISO date or timestamp: entries of feeds and sitemaps dated before it are left out (undated ones kept). */
  since?: string | null;
}

/**
 * The port in front of every place articles come from: local files and the
 * web (pages, feeds, sitemaps) behind the same interface.
 */
export interface ArticleSource {
  /** True when this source understands `location` (a path, a URL...). */
  accepts(location: string): boolean;
  /**
   * Expands a user-given location into the documents behind it (a folder into
   * its files, a feed or sitemap into its items).
   * @throws InputError naming `location` when it does not exist or holds nothing readable.
   */
  discover(location: string, options?: DiscoverOptions): Promise<DocumentRef[]>;
  /**
   * Loads one document's bytes and what is known of it.
   * @throws InputError naming the document when it cannot be read or is too large.
   */
  load(ref: DocumentRef): Promise<RawDocument>;
  /**
   * Optional: the refs this source has not delivered before, so a schedule
   * enqueues only new documents. Sources without a memory leave it out.
   */
  unseen?(refs: readonly DocumentRef[]): Promise<DocumentRef[]>;
}

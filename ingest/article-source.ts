import type { DocumentRef, RawDocument } from './raw-document.js';

/**
 * The port in front of every place articles come from: local files now, the
 * web (pages, feeds, sitemaps) behind the same interface later.
 */
export interface ArticleSource {
  /** True when this source understands `location` (a path, a URL...). */
  accepts(location: string): boolean;
  /**
   * Expands a user-given location into the documents behind it (a folder into
   * its files, a feed into its items).
   * @throws InputError naming `location` when it does not exist or holds nothing readable.
   */
  discover(location: string): Promise<DocumentRef[]>;
  /**
   * Loads one document's bytes and what is known of it.
   * @throws InputError naming the document when it cannot be read or is too large.
   */
  load(ref: DocumentRef): Promise<RawDocument>;
}

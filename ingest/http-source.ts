import { z } from 'zod';
import { InputError } from '../errors.js';
import type { ArticleSource, DiscoverOptions } from './article-source.js';
import { decodeDocument } from './charset.js';
import { parseFeed, type Feed, type FeedEntry } from './feed.js';
import { HttpFetcher, HttpFetcherOptions, parseHttpUrl, type FetchedDocument, type HttpFetcherDeps } from './http-fetcher.js';
import type { DocumentFormat, DocumentRef, RawDocument } from './raw-document.js';

export { classifyFetchError, parseRetryAfter, type HostGate } from './http-fetcher.js';

export const HttpSourceOptions = HttpFetcherOptions.extend({
  /** Most article URLs one `discover` returns (newest first when dated). @defaultValue 1000 */
  maxDiscovered: z.number().int().positive().default(1_000),
  /** Most child sitemaps read from one sitemap index. @defaultValue 50 */
  maxSitemaps: z.number().int().positive().default(50),
}).strict();
export type HttpSourceOptions = z.input<typeof HttpSourceOptions>;

/** What the source needs from outside, injected; defaults suit one process. */
export type HttpSourceDeps = HttpFetcherDeps;

const PAGE_FORMATS: Record<string, DocumentFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/** Fetched documents kept between `discover` and `load`, so a page given by hand is downloaded once. */
const RECENT_LIMIT = 64;
/** Fetchers kept for documents that bring their own allow-list (`DocumentRef.allowAddresses`), one per distinct list. */
const WIDENED_LIMIT = 16;

/**
 * The web behind the `ArticleSource` port: a page URL is one document; a
 * feed (RSS, Atom, JSON Feed) or sitemap (plain, Google News, gzipped, or an
 * index of sitemaps) expands into the article URLs it lists, with their
 * dates. Fetching is `HttpFetcher`'s: SSRF guard, robots.txt, conditional GET,
 * size and time limits.
 */
export class HttpSource implements ArticleSource {
  readonly fetcher: HttpFetcher;
  private readonly options: z.output<typeof HttpSourceOptions>;
  private readonly recent = new Map<string, FetchedDocument>();
  /** Fetchers whose guard also lets through a document's own allow-list, by that list. */
  private readonly widened = new Map<string, HttpFetcher>();

  constructor(
    options: HttpSourceOptions = {},
    private readonly deps: HttpSourceDeps = {},
  ) {
    this.options = HttpSourceOptions.parse(options);
    const { maxDiscovered: _max, maxSitemaps: _sitemaps, ...fetcherOptions } = this.options;
    this.fetcher = new HttpFetcher(fetcherOptions, deps);
  }

  /** The private addresses this source's guard lets through. */
  get allowAddresses(): string[] {
    return [...this.options.allowAddresses];
  }

  accepts(location: string): boolean {
    return /^https?:\/\//i.test(location);
  }

  /**
   * A page → itself; a feed or sitemap → its article URLs (entries dated
   * before `since` left out, undated ones kept); a sitemap index → the
   * article URLs of its sitemaps.
   */
  async discover(location: string, options: DiscoverOptions = {}): Promise<DocumentRef[]> {
    const url = parseHttpUrl(location).toString();
    const fetched = await this.fetcher.fetch(url);
    const feed = this.feedOf(fetched);
    if (!feed) {
      if (!PAGE_FORMATS[fetched.contentType]) throw new InputError(location, `is ${fetched.contentType} but neither a page nor a feed or sitemap we can read`);
      this.keep(fetched);
      return [{ location: url, url, published: null, outlet: null, title: null }];
    }
    const since = options.since ? Date.parse(options.since) : null;
    const entries = await this.expand(location, feed);
    const kept = entries.filter((e) => {
      const at = e.published ?? e.modified;
      return since === null || at === null || Date.parse(at) >= since;
    });
    // Newest first, so a cap keeps the fresh news; undated entries keep their feed order after the dated ones.
    kept.sort((a, b) => dateOf(b) - dateOf(a));
    return kept.slice(0, this.options.maxDiscovered).map((e) => ({
      location: e.url,
      url: e.url,
      published: e.published ? e.published.slice(0, 10) : null,
      outlet: null,
      title: e.title,
    }));
  }

  /**
   * Drops the refs whose URL this source has fetched before (its fetch cache
   * knows them), so a schedule enqueues only new articles.
   */
  async unseen(refs: readonly DocumentRef[]): Promise<DocumentRef[]> {
    const out: DocumentRef[] = [];
    for (const ref of refs) {
      if (!(await this.fetcher.fetchCache.lookupFetched(ref.url ?? ref.location))) out.push(ref);
    }
    return out;
  }

  async load(ref: DocumentRef): Promise<RawDocument> {
    const url = parseHttpUrl(ref.location).toString();
    const fetched = this.recent.get(url) ?? (await (await this.fetcherFor(ref.allowAddresses)).fetch(url));
    this.recent.delete(url);
    const format = PAGE_FORMATS[fetched.contentType];
    if (!format) {
      const what = this.feedOf(fetched) ? 'a feed or sitemap (use discover to expand it)' : fetched.contentType;
      throw new InputError(ref.location, `is ${what}, not an article`);
    }
    return {
      location: ref.location,
      doc: fetched.finalUrl,
      format,
      bytes: fetched.body,
      url: fetched.finalUrl,
      path: null,
      published: ref.published,
      outlet: ref.outlet,
      title: ref.title,
      charset: fetched.charset,
      notModified: fetched.notModified,
    };
  }

  /** Closes the connection pools. */
  async close(): Promise<void> {
    await Promise.all([this.fetcher, ...this.widened.values()].map((f) => f.close()));
    this.widened.clear();
  }

  /**
   * The fetcher for a document that brings its own allow-list: this source's
   * own when the list adds nothing, else one whose guard lets through both
   * lists (same cache, gate and limits), kept for the next document with that list.
   * @throws InputError naming an entry that is not an IP, CIDR range or host name.
   */
  private async fetcherFor(extra: readonly string[] | undefined): Promise<HttpFetcher> {
    const own = new Set(this.options.allowAddresses);
    const added = [...new Set(extra ?? [])].filter((entry) => !own.has(entry)).sort();
    if (added.length === 0) return this.fetcher;
    const key = added.join(',');
    let fetcher = this.widened.get(key);
    if (!fetcher) {
      const { maxDiscovered: _max, maxSitemaps: _sitemaps, ...fetcherOptions } = this.options;
      fetcher = new HttpFetcher({ ...fetcherOptions, allowAddresses: [...own, ...added] }, this.deps);
      this.widened.set(key, fetcher);
      if (this.widened.size > WIDENED_LIMIT) {
        const [oldestKey, oldest] = this.widened.entries().next().value!;
        this.widened.delete(oldestKey);
        await oldest.close();
      }
    }
    return fetcher;
  }

  private feedOf(fetched: FetchedDocument): Feed | null {
    if (fetched.contentType === 'text/plain') return null;
    if (fetched.contentType === 'text/html' || fetched.contentType === 'application/xhtml+xml') {
      // Some servers send feeds as text/html: sniff the start only.
      const head = Buffer.from(fetched.body.subarray(0, 512)).toString('latin1').trimStart();
      if (!/^(<\?xml|<rss|<feed|<urlset|<sitemapindex)/i.test(head)) return null;
    }
    const text = decodeDocument(fetched.body, fetched.url, fetched.charset);
    return parseFeed(text, fetched.finalUrl);
  }

  private async expand(location: string, feed: Feed): Promise<FeedEntry[]> {
    if (feed.kind !== 'sitemap-index') return feed.entries;
    const out: FeedEntry[] = [];
    // Newest sitemaps first: news sites split by month and the old ones rarely change.
    const children = [...feed.entries].sort((a, b) => dateOf(b) - dateOf(a)).slice(0, this.options.maxSitemaps);
    for (const child of children) {
      const fetched = await this.fetcher.fetch(child.url);
      const sub = this.feedOf(fetched);
      if (!sub) throw new InputError(child.url, `listed by the sitemap index ${location}, is not a sitemap`);
      // One level only: an index of indexes is not in the protocol, and following it invites loops.
      if (sub.kind !== 'sitemap-index') out.push(...sub.entries);
      if (out.length >= this.options.maxDiscovered * 4) break;
    }
    return out;
  }

  private keep(fetched: FetchedDocument): void {
    this.recent.set(fetched.url, fetched);
    while (this.recent.size > RECENT_LIMIT) {
      const oldest = this.recent.keys().next().value;
      if (oldest === undefined) break;
      this.recent.delete(oldest);
    }
  }
}

function dateOf(entry: FeedEntry): number {
  const at = entry.published ?? entry.modified;
  return at ? Date.parse(at) : -Infinity;
}

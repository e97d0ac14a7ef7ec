import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { canonicalUrl } from './canonical-url.js';

/** One item a feed or sitemap lists: an article URL (or, in a sitemap index, a child sitemap) and its dates. */
export const FeedEntry = z.strictObject({
  url: z.string().min(1),
  /** Full timestamp (ISO 8601) of publication, when the feed gives one. */
  published: z.string().nullable(),
  /** Last modification (Atom `updated`, sitemap `lastmod`). */
  modified: z.string().nullable(),
  title: z.string().nullable(),
});
export type FeedEntry = z.infer<typeof FeedEntry>;

export const FeedKind = z.enum(['rss', 'atom', 'json-feed', 'sitemap', 'sitemap-index']);
export type FeedKind = z.infer<typeof FeedKind>;

/** A parsed feed: its kind and entries, in document order. A `sitemap-index`'s entries are sitemaps. */
export const Feed = z.strictObject({ kind: FeedKind, title: z.string().nullable(), entries: z.array(FeedEntry) });
export type Feed = z.infer<typeof Feed>;

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'link'].includes(name),
});

/**
 * Reads RSS 2.0 (and RSS 1.0/RDF), Atom, JSON Feed, sitemaps, sitemap
 * indexes and Google News sitemaps. Pure: bytes already decoded to text.
 * Entry URLs are resolved against `baseUrl` and put in canonical form;
 * entries without a usable http(s) URL are dropped.
 *
 * @returns the feed, or null when `text` is none of these (an HTML page, say).
 */
export function parseFeed(text: string, baseUrl: string): Feed | null {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, baseUrl);
  if (!trimmed.startsWith('<')) return null;
  const head = trimmed.slice(0, 2048).toLowerCase();
  if (/<html[\s>]/.test(head) || head.startsWith('<!doctype html')) return null;
  let doc: Record<string, unknown>;
  try {
    doc = xml.parse(trimmed) as Record<string, unknown>;
  } catch {
    return null;
  }
  const rss = obj(doc.rss);
  if (rss) {
    const channel = obj(rss.channel);
    return { kind: 'rss', title: str(channel?.title), entries: entries(arr(channel?.item).map((item) => rssItem(item, baseUrl))) };
  }
  const rdf = obj(doc.RDF);
  if (rdf) return { kind: 'rss', title: str(obj(rdf.channel)?.title), entries: entries(arr(rdf.item).map((item) => rssItem(item, baseUrl))) };
  const atom = obj(doc.feed);
  if (atom) return { kind: 'atom', title: str(atom.title), entries: entries(arr(atom.entry).map((e) => atomEntry(e, baseUrl))) };
  const urlset = obj(doc.urlset);
  if (urlset) return { kind: 'sitemap', title: null, entries: entries(arr(urlset.url).map((u) => sitemapUrl(u, baseUrl))) };
  const index = obj(doc.sitemapindex);
  if (index) return { kind: 'sitemap-index', title: null, entries: entries(arr(index.sitemap).map((u) => sitemapUrl(u, baseUrl))) };
  return null;
}

function rssItem(node: unknown, base: string): FeedEntry | null {
  const item = obj(node);
  if (!item) return null;
  const links = arr(item.link).map((l) => str(l) ?? str(obj(l)?.['@href']));
  const guid = obj(item.guid);
  const guidUrl = guid ? (guid['@isPermaLink'] === 'false' ? null : str(guid)) : str(item.guid);
  const url = resolve(links.find((l) => l) ?? guidUrl ?? str(item['@about']), base);
  if (!url) return null;
  return {
    url,
    published: isoTimestamp(str(item.pubDate) ?? str(item.date) ?? str(item.published)),
    modified: isoTimestamp(str(item.updated) ?? str(item.modified)),
    title: str(item.title),
  };
}

function atomEntry(node: unknown, base: string): FeedEntry | null {
  const entry = obj(node);
  if (!entry) return null;
  const links = arr(entry.link).map(obj).filter((l): l is Record<string, unknown> => l !== null);
  const alternate = links.find((l) => (str(l['@rel']) ?? 'alternate') === 'alternate') ?? links[0];
  const url = resolve(str(alternate?.['@href']) ?? str(entry.id), base);
  if (!url) return null;
  const updated = isoTimestamp(str(entry.updated));
  return { url, published: isoTimestamp(str(entry.published) ?? str(entry.issued)) ?? updated, modified: updated, title: str(entry.title) };
}

function sitemapUrl(node: unknown, base: string): FeedEntry | null {
  const entry = obj(node);
  if (!entry) return null;
  const url = resolve(str(entry.loc), base);
  if (!url) return null;
  const news = obj(arr(entry.news)[0] ?? entry.news);
  const lastmod = isoTimestamp(str(entry.lastmod));
  return {
    url,
    // A Google News sitemap dates each article; a plain one only says when the URL last changed.
    published: isoTimestamp(str(news?.publication_date)),
    modified: lastmod,
    title: str(news?.title),
  };
}

function parseJsonFeed(text: string, base: string): Feed | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const feed = obj(data);
  if (!feed || !/^https?:\/\/jsonfeed\.org\/version\//.test(str(feed.version) ?? '')) return null;
  const items = arr(feed.items).map((node): FeedEntry | null => {
    const item = obj(node);
    const url = resolve(str(item?.url) ?? str(item?.external_url), base);
    if (!item || !url) return null;
    return {
      url,
      published: isoTimestamp(str(item.date_published)),
      modified: isoTimestamp(str(item.date_modified)),
      title: str(item.title),
    };
  });
  return { kind: 'json-feed', title: str(feed.title), entries: entries(items) };
}

/** Drops unusable entries and repeated URLs (the first one wins). */
function entries(list: (FeedEntry | null)[]): FeedEntry[] {
  const seen = new Set<string>();
  const out: FeedEntry[] = [];
  for (const entry of list) {
    if (!entry || seen.has(entry.url)) continue;
    seen.add(entry.url);
    out.push(entry);
  }
  return out;
}

function resolve(href: string | null | undefined, base: string): string | null {
  return href ? canonicalUrl(href, base) : null;
}

/** RFC 822 (RSS), RFC 3339 (Atom, sitemaps) or a bare date → ISO 8601; anything else → null. */
export function isoTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return `${trimmed}T00:00:00.000Z`;
  const parsed = new Date(trimmed);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

function obj(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function arr(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  const node = obj(value);
  if (node && typeof node['#text'] === 'string') return node['#text'].trim() || null;
  return null;
}

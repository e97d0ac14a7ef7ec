import { createHash } from 'node:crypto';
import type { Article, Source } from '../model/index.js';
import { canonicalUrl } from './canonical-url.js';
import { decodeHtml } from './charset.js';
import { decodeUtf8Text, stripLeadingBoms } from './decode.js';
import { extractHtmlArticle } from './html-article.js';
import type { RawDocument } from './raw-document.js';

export interface BuiltArticle {
  article: Article;
  source: Source | null;
}

/**
 * Turns delivered bytes into an Article: decode, extract text and metadata
 * (HTML), hash the text. Pure apart from hashing.
 *
 * Metadata from outside the text (manifest, `--published`) wins over what the
 * page says of itself, since a user or curator stated it explicitly.
 *
 * @throws InputError naming the document's location for binary, undecodable, empty or text-less input.
 */
export function buildArticle(raw: RawDocument): BuiltArticle {
  let text: string;
  let title = raw.title;
  let byline: string | null = null;
  let published = raw.published;
  let canonical: string | null = null;
  let lang: string | null = null;
  let siteName: string | null = null;
  if (raw.format === 'html') {
    const html = decodeHtml(raw.bytes, raw.location, raw.charset ?? null);
    const page = extractHtmlArticle(html, raw.location, raw.url);
    text = stripLeadingBoms(page.text);
    title ??= page.title;
    byline = page.byline;
    published ??= page.published;
    // rel=canonical wins over the URL it was fetched from, both in canonical form.
    canonical = page.canonical ? canonicalUrl(page.canonical, raw.url ?? undefined) : null;
    lang = page.lang;
    siteName = page.siteName;
  } else {
    text = decodeUtf8Text(raw.bytes, raw.location);
  }
  const contentHash = sha256(text);
  const outlet = raw.outlet ?? siteName;
  const domain = hostOf(canonical ?? raw.url);
  const source: Source | null =
    outlet || domain
      ? { id: `s_${sha256((outlet ?? domain ?? '').toLowerCase()).slice(0, 16)}`, name: outlet ?? domain ?? '', kind: 'outlet', domain }
      : null;
  const article: Article = {
    id: articleId(contentHash),
    doc: raw.doc,
    url: raw.url,
    path: raw.path,
    canonical: canonical ?? (raw.url ? (canonicalUrl(raw.url) ?? raw.url) : null),
    title,
    byline,
    published,
    lang,
    text,
    contentHash,
    sourceId: source?.id ?? null,
  };
  return { article, source };
}

/** Article ids derive from the content hash, so the same text always maps to the same article. */
export function articleId(contentHash: string): string {
  return `a_${contentHash.slice(0, 16)}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

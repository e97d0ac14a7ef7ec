import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { InputError } from '../errors.js';
import { extractMainText } from './main-text.js';
import { checkNesting } from './markup-limits.js';

/** What the HTML stage finds in a page. */
export interface HtmlArticle {
  title: string | null;
  byline: string | null;
  /** `YYYY-MM-DD`, from the most trusted metadata that has one. */
  published: string | null;
  /** `YYYY-MM-DD` of the last modification, same order of trust. */
  modified: string | null;
  canonical: string | null;
  lang: string | null;
  siteName: string | null;
  /** Main text, one paragraph per block, blocks separated by a blank line. */
  text: string;
}

/** Elements that never hold article text. */
const NOISE_TAGS = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, dialog';
/** Class/id words of boilerplate containers: share bars, comments, related links, cookie banners. */
const NOISE_NAME =
  /(^|[\s_-])(comments?|share|sharing|social|related|promo|cookie|consent|banner|newsletter|subscribe|advert|ads?|sidebar|breadcrumbs?|menu|footer|nav|popup|modal|recommended|most-read|trending)([\s_-]|$)/i;
const BLOCK_TAGS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/**
 * Article extraction: metadata from JSON-LD `NewsArticle`, OpenGraph, meta
 * tags, `<time>` and the URL (in that order of trust); main text by content
 * scoring (`main-text.ts`), boilerplate left out.
 *
 * @throws InputError naming `input` when the page holds no text at all, or nests
 *   elements deeper than `MAX_NESTING` (hostile markup, refused before parsing).
 */
export function extractHtmlArticle(html: string, input: string, pageUrl: string | null = null): HtmlArticle {
  const inert = stripInert(html);
  // Before parsing: the parser's cost grows with depth × tags, and tree walks with depth.
  checkNesting(inert, input);
  const $ = cheerio.load(inert);
  const jsonLd = readJsonLd($);

  const title =
    clean(jsonLd?.headline) ??
    clean($('meta[property="og:title"]').attr('content')) ??
    clean($('title').first().text()) ??
    clean($('h1').first().text());
  const byline =
    clean(authorName(jsonLd?.author)) ??
    clean($('meta[name="author"]').attr('content')) ??
    clean($('[rel="author"]').first().text()) ??
    clean($('.byline, [itemprop="author"]').first().text());
  const published =
    isoDay(jsonLd?.datePublished) ??
    isoDay($('meta[property="article:published_time"]').attr('content')) ??
    isoDay(
      $('meta[name="pubdate"], meta[name="publish-date"], meta[name="date"], meta[name="dc.date"], meta[name="DC.date.issued"]')
        .first()
        .attr('content'),
    ) ??
    isoDay($('time[datetime]').first().attr('datetime')) ??
    dateFromUrl(pageUrl);
  const modified =
    isoDay(jsonLd?.dateModified) ??
    isoDay($('meta[property="article:modified_time"], meta[property="og:updated_time"], meta[name="last-modified"]').first().attr('content')) ??
    isoDay($('time[itemprop="dateModified"]').first().attr('datetime'));
  const canonical = absoluteUrl($('link[rel="canonical"]').attr('href'), pageUrl) ?? clean($('meta[property="og:url"]').attr('content'));
  const lang = clean($('html').attr('lang'))?.toLowerCase() ?? null;
  const siteName = clean($('meta[property="og:site_name"]').attr('content'));

  const text = extractMainText($.root()[0]!, title);
  if (text === '') throw new InputError(input, 'no article text found in the HTML');
  return { title, byline, published, modified, canonical, lang, siteName, text };
}

function mainText($: CheerioAPI): string {
  const candidates = [...$('article, [itemprop="articleBody"], main, [role="main"]').toArray(), ...$('body').toArray()];
  let best: AnyNode | undefined;
  let bestLength = 0;
  for (const el of candidates) {
    const length = blockTexts($, el).join('').length;
    // Prefer the more specific container unless the body holds far more text.
    if (length > bestLength * 1.5 || best === undefined) {
      if (length > 0 || best === undefined) {
        best = el;
        bestLength = length;
      }
    }
  }
  const root = best ?? $.root()[0];
  const blocks = root ? blockTexts($, root) : [];
  if (blocks.length > 0) return blocks.join('\n\n');
  return collapse($('body').text());
}

function blockTexts($: CheerioAPI, root: AnyNode): string[] {
  const out: string[] = [];
  $(root)
    .find(BLOCK_TAGS)
    .each((_, el) => {
      // Nested blocks (a <p> inside an <li>) are read through their outermost block only.
      if ($(el).parents(BLOCK_TAGS).length > 0) return;
      const text = collapse($(el).text());
      if (text !== '') out.push(text);
    });
  if (out.length === 0) {
    const text = collapse($(root).text());
    if (text !== '') out.push(text);
  }
  return out;
}

interface JsonLdArticle {
  headline?: unknown;
  author?: unknown;
  datePublished?: unknown;
  dateModified?: unknown;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle)$/;

function readJsonLd($: CheerioAPI): JsonLdArticle | null {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      continue; // a broken JSON-LD block is common and never fatal
    }
    const found = findArticleNode(data);
    if (found) return found;
  }
  return null;
}

function findArticleNode(node: unknown): JsonLdArticle | null {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticleNode(item);
      if (found) return found;
    }
    return null;
  }
  if (node === null || typeof node !== 'object') return null;
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return record as JsonLdArticle;
  return findArticleNode(record['@graph']);
}

function authorName(author: unknown): string | undefined {
  if (typeof author === 'string') return author;
  if (Array.isArray(author)) {
    const names = author.map(authorName).filter((n): n is string => !!n);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (author && typeof author === 'object' && typeof (author as { name?: unknown }).name === 'string') {
    return (author as { name: string }).name;
  }
  return undefined;
}

function clean(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = collapse(value);
  return text === '' ? null : text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `2025-07-23T10:00:00Z`, `2025-07-23` → `2025-07-23`; anything unparseable → null. */
export function isoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * News URLs often carry their date as path segments: `/2025/09/19/slug`, or with the month's name
 * (`/2024/jan/19/`, `/2008/January/10/`, `/2007/Dec/28/`). A day that does not exist is no date.
 */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2]|[A-Za-z]{3,9})[/-](0[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url);
  if (!m) return null;
  const month = /^\d/.test(m[2]!) ? Number(m[2]) : monthNumber(m[2]!);
  if (month === null) return null;
  const day = `${m[1]}-${String(month).padStart(2, '0')}-${m[3]}`;
  // 2025-02-30 would roll over into March: not a day.
  return new Date(`${day}T00:00:00Z`).toISOString().startsWith(day) ? day : null;
}

/** 1–12 for a month's English name or its three-letter abbreviation (any case; `sept` too), else null. */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const i = MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3)));
  if (i < 0) return null;
  const full = MONTHS[i]!;
  return lower.length === 3 || full === lower || (i === 8 && lower === 'sept') ? i + 1 : null;
}

function absoluteUrl(href: string | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
}

/**
 * Drops what the parser would only build and we would only throw away:
 * scripts (JSON-LD kept), styles and comments, often half a news page's
 * bytes. An unclosed `<title>` (which makes an HTML parser swallow the whole
 * page as title text) is closed at the first tag that cannot be inside one.
 */
function stripInert(html: string): string {
  let out = html
    .replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const open = /<title\b[^>]*>/i.exec(out);
  if (open) {
    const start = open.index + open[0].length;
    const close = out.toLowerCase().indexOf('</title', start);
    const nextTag = /<\/?(?:meta|link|head|body|div|p|table|script|style|base)\b/i.exec(out.slice(start));
    if (nextTag && (close < 0 || start + nextTag.index < close)) {
      out = `${out.slice(0, start + nextTag.index)}</title>${out.slice(start + nextTag.index)}`;
    }
  }
  return out;
}

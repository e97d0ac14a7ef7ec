import { STATUS_CODES } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';
import { z } from 'zod';
import { InputError, TransientError } from '../errors.js';
import { AddressGuard, FORBIDDEN_ADDRESS, systemResolver, type Resolver } from './address-guard.js';
import { canonicalUrl } from './canonical-url.js';
import { MemoryFetchCache, type CachedResponse, type FetchCache } from './fetch-cache.js';
import { RobotsPolicy } from './robots-policy.js';

export const HttpFetcherOptions = z.strictObject({
  /** Time to open the TCP/TLS connection. @defaultValue 10 s */
  connectTimeoutMs: z.number().int().positive().default(10_000),
  /** Time from sending the request to the end of the response headers. @defaultValue 15 s */
  headersTimeoutMs: z.number().int().positive().default(15_000),
  /** Longest silence while the body streams in. @defaultValue 30 s */
  bodyTimeoutMs: z.number().int().positive().default(30_000),
  /** Whole exchange, first byte sent to last byte read: stops a body that drips just fast enough. @defaultValue 60 s */
  totalTimeoutMs: z.number().int().positive().default(60_000),
  /** Largest body, in bytes, both as sent and once decompressed. @defaultValue 10 MiB */
  maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
  /** Redirects followed (each hop re-checked) before the URL is an input error. @defaultValue 5 */
  maxRedirects: z.number().int().min(0).max(5).default(5),
  /** @defaultValue `newsfacts/0.1 (+https://github.com/newsfacts)` */
  userAgent: z.string().min(1).default('newsfacts/0.1'),
  /** The robots.txt product token we obey. @defaultValue `newsfacts` */
  robotsAgent: z.string().min(1).default('newsfacts'),
  /** Obey robots.txt (off only for sources the user owns). @defaultValue true */
  obeyRobots: z.boolean().default(true),
  /** How long a robots.txt is trusted. @defaultValue 24 h */
  robotsTtlMs: z.number().int().positive().default(24 * 60 * 60 * 1_000),
  /** Ceiling on an obeyed Crawl-delay. @defaultValue 60 s */
  maxCrawlDelayMs: z.number().int().min(0).default(60_000),
  /** IPs, CIDR ranges or host names let through the SSRF guard (tests, intranets). @defaultValue [] */
  allowAddresses: z.array(z.string().min(1)).default([]),
});
export type HttpFetcherOptions = z.input<typeof HttpFetcherOptions>;

/**
 * Politeness towards one host, shared by every fetcher that holds the same
 * gate: how many requests may be in flight and how far apart they start.
 * The Redis-backed one in `queues/host-limiter.ts` spans all worker processes.
 */
export interface HostGate {
  /** Runs `task` once the host allows another request, and frees the slot after. */
  schedule<T>(host: string, task: () => Promise<T>): Promise<T>;
}

/** What the fetcher needs from outside, injected; defaults suit one process. */
export interface HttpFetcherDeps {
  gate?: HostGate;
  /** Clock for HTTP-date Retry-After values and robots.txt expiry. */
  now?: () => Date;
  /** Name resolution; the SSRF guard checks what it returns. @defaultValue `dns.lookup` */
  resolver?: Resolver;
  /** Conditional-GET state. @defaultValue a `MemoryFetchCache` */
  cache?: FetchCache;
  /** How Crawl-delay waits. @defaultValue `setTimeout` */
  sleep?: (ms: number) => Promise<void>;
}

/** One fetched document: the bytes (decompressed) and what the response said of them. */
export interface FetchedDocument {
  /** The URL asked for, in canonical form. */
  url: string;
  /** Where it ended up after redirects. */
  finalUrl: string;
  /** Media type, lower case, without parameters. */
  contentType: string;
  charset: string | null;
  body: Uint8Array<ArrayBuffer>;
  /** True when the server answered 304 and `body` is the cached copy. */
  notModified: boolean;
}

/** Media types we read: pages, plain text, feeds and sitemaps. */
const READABLE = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/xml',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
]);
/** What servers call a gzipped sitemap (`sitemap.xml.gz`): read only when the path ends in `.gz`. */
const GZIP_FILES = new Set(['application/gzip', 'application/x-gzip', 'application/octet-stream']);

/** Codes meaning the URL itself cannot work: never retried. Every other network failure is. */
const INPUT_CODES = new Set([
  'UND_ERR_INVALID_ARG',
  'ERR_INVALID_URL',
  'ENOTFOUND',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
]);

type Hop =
  | { kind: 'redirect'; location: URL }
  | { kind: 'not-modified' }
  | { kind: 'document'; contentType: string; charset: string | null; body: Uint8Array<ArrayBuffer>; etag: string | null; lastModified: string | null };

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/**
 * The web fetcher on undici, shared by pages, feeds and sitemaps. Per request:
 *
 * 1. every hop (the first and each redirect, at most `maxRedirects`) is
 *    re-checked: http(s) only, the SSRF guard on the address actually
 *    connected to, robots.txt and its Crawl-delay, the host gate;
 * 2. a GET carries `If-None-Match` / `If-Modified-Since` when the cache knows
 *    the URL, and a 304 hands back the cached bytes without a download;
 * 3. the body is capped at `maxBytes` as sent and again once decompressed
 *    (gzip, deflate, brotli), so a decompression bomb stops at the cap;
 * 4. the content type must be one we read.
 *
 * Failures are classified for the retry policy: 5xx, 408, 429, timeouts and
 * connection errors are `TransientError`s (carrying Retry-After); other 4xx,
 * too many redirects, robots.txt refusals, forbidden addresses, unreadable
 * content types and oversized bodies are `InputError`s naming the URL.
 */
export class HttpFetcher {
  private readonly options: z.output<typeof HttpFetcherOptions>;
  private readonly agent: Dispatcher;
  private readonly guard: AddressGuard;
  private readonly robots: RobotsPolicy;
  private readonly gate: HostGate | undefined;
  private readonly now: () => Date;
  private readonly cache: FetchCache;

  constructor(options: HttpFetcherOptions = {}, deps: HttpFetcherDeps = {}) {
    this.options = HttpFetcherOptions.parse(options);
    this.guard = new AddressGuard(this.options.allowAddresses, deps.resolver ?? systemResolver);
    this.agent = new Agent({
      connectTimeout: this.options.connectTimeoutMs,
      headersTimeout: this.options.headersTimeoutMs,
      bodyTimeout: this.options.bodyTimeoutMs,
      connect: { lookup: this.guard.connectLookup },
    });
    this.gate = deps.gate;
    this.now = deps.now ?? (() => new Date());
    this.cache = deps.cache ?? new MemoryFetchCache();
    const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.robots = new RobotsPolicy(
      { agent: this.options.robotsAgent, ttlMs: this.options.robotsTtlMs, maxCrawlDelayMs: this.options.maxCrawlDelayMs },
      { load: (url) => this.fetchRobots(url), now: () => this.now().getTime(), sleep },
    );
  }

  /** The cache this fetcher revalidates against. */
  get fetchCache(): FetchCache {
    return this.cache;
  }

  /**
   * Fetches one URL, following redirects.
   * @throws InputError or TransientError naming the URL (see the class comment).
   */
  async fetch(location: string): Promise<FetchedDocument> {
    const requested = parseHttpUrl(location);
    let url = requested;
    for (let hop = 0; ; hop += 1) {
      this.guard.checkLiteral(url);
      if (this.options.obeyRobots) await this.robots.admit(url);
      const cached = await this.cache.lookupFetched(url.toString());
      const response = await this.scheduled(url, () => this.exchange(url, cached));
      if (response.kind === 'redirect') {
        if (hop >= this.options.maxRedirects) {
          throw new InputError(location, `redirects more than ${this.options.maxRedirects} times (last to ${response.location})`);
        }
        url = parseHttpUrl(response.location.toString(), location);
        continue;
      }
      if (response.kind === 'not-modified') {
        if (!cached) throw new InputError(url.toString(), 'answered 304 Not Modified to a request that had no validators');
        return { url: requested.toString(), finalUrl: url.toString(), contentType: cached.contentType, charset: cached.charset, body: copy(cached.body), notModified: true };
      }
      const fetchedAt = this.now();
      const entry = (key: string): CachedResponse => ({
        url: key,
        finalUrl: url.toString(),
        etag: response.etag,
        lastModified: response.lastModified,
        contentType: response.contentType,
        charset: response.charset,
        body: response.body,
        fetchedAt,
      });
      await this.cache.rememberFetched(entry(url.toString()));
      if (url.toString() !== requested.toString()) await this.cache.rememberFetched(entry(requested.toString()));
      return { url: requested.toString(), finalUrl: url.toString(), contentType: response.contentType, charset: response.charset, body: response.body, notModified: false };
    }
  }

  /** Closes the connection pool. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  private scheduled<T>(url: URL, task: () => Promise<T>): Promise<T> {
    return this.gate ? this.gate.schedule(url.host.toLowerCase(), task) : task();
  }

  /** robots.txt through the same guard and gate, without robots rules or the cache; redirects followed. */
  private async fetchRobots(robotsUrl: string): Promise<{ status: number; text: string }> {
    let url = parseHttpUrl(robotsUrl);
    for (let hop = 0; hop <= this.options.maxRedirects; hop += 1) {
      this.guard.checkLiteral(url);
      try {
        const response = await this.scheduled(url, () => this.exchange(url, null));
        if (response.kind === 'redirect') {
          url = parseHttpUrl(response.location.toString(), robotsUrl);
          continue;
        }
        if (response.kind === 'not-modified') return { status: 404, text: '' };
        return { status: 200, text: Buffer.from(response.body).toString('utf8') };
      } catch (error) {
        const status = /answered HTTP (\d{3})/.exec((error as Error).message)?.[1];
        if (status && error instanceof InputError) return { status: Number(status), text: '' };
        // A robots.txt that is not text (some servers send HTML error pages as 200 with odd types) means no rules.
        if (error instanceof InputError && /content type/.test(error.message)) return { status: 404, text: '' };
        throw error;
      }
    }
    return { status: 404, text: '' }; // too many redirects: RFC 9309 treats robots.txt as unavailable
  }

  private async exchange(url: URL, cached: CachedResponse | null): Promise<Hop> {
    const input = url.toString();
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/feed+json,text/plain;q=0.8,*/*;q=0.1',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new TotalTimeout()), this.options.totalTimeoutMs);
    try {
      let response: Dispatcher.ResponseData;
      try {
        response = await request(url, { dispatcher: this.agent, method: 'GET', headers, signal: abort.signal });
      } catch (error) {
        throw this.classify(input, error);
      }
      return await this.read(url, response);
    } catch (error) {
      throw this.classify(input, error);
    } finally {
      clearTimeout(timer);
    }
  }

  private async read(url: URL, { statusCode, headers, body }: Dispatcher.ResponseData): Promise<Hop> {
    const input = url.toString();
    const header = (name: string) => {
      const value = headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    if (statusCode === 304) {
      await body.dump();
      return { kind: 'not-modified' };
    }
    if (statusCode >= 300 && statusCode < 400) {
      await body.dump();
      const location = header('location');
      if (!location) throw new InputError(input, `answered HTTP ${statusCode} without a Location header`);
      try {
        return { kind: 'redirect', location: new URL(location, url) };
      } catch {
        throw new InputError(input, `redirects to an invalid URL: ${location}`);
      }
    }
    if (statusCode < 200 || statusCode >= 300) {
      await body.dump();
      const status = `HTTP ${statusCode} ${STATUS_CODES[statusCode] ?? ''}`.trim();
      if (statusCode >= 500 || statusCode === 429 || statusCode === 408) {
        const retryAfterMs = parseRetryAfter(header('retry-after'), this.now());
        throw new TransientError(input, `answered ${status}`, retryAfterMs === undefined ? {} : { retryAfterMs });
      }
      throw new InputError(input, `answered ${status}`);
    }
    const [rawType, ...params] = (header('content-type') ?? 'text/html').split(';');
    const contentType = rawType!.trim().toLowerCase();
    const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find((c) => c !== undefined) ?? null;
    const gzipFile = GZIP_FILES.has(contentType) && /\.gz$/i.test(url.pathname);
    if (!READABLE.has(contentType) && !gzipFile) {
      await body.dump();
      throw new InputError(input, `has content type ${contentType}, which is neither a page, plain text, a feed nor a sitemap`);
    }
    const declared = Number(header('content-length'));
    if (Number.isFinite(declared) && declared > this.options.maxBytes) {
      await body.dump();
      throw new InputError(input, `declares ${declared} bytes, over the ${this.options.maxBytes}-byte limit`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > this.options.maxBytes) {
        body.destroy();
        throw new InputError(input, `is over the ${this.options.maxBytes}-byte limit`);
      }
      chunks.push(chunk as Buffer);
    }
    let bytes: Buffer<ArrayBufferLike> = Buffer.concat(chunks);
    const encodings = (header('content-encoding') ?? '')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e !== '' && e !== 'identity');
    for (const encoding of encodings.reverse()) bytes = await this.decompress(input, bytes, encoding);
    // A sitemap.xml.gz is a gzip file, not a gzip transfer: unpack it under the same cap.
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = await this.decompress(input, bytes, 'gzip');
    return {
      kind: 'document',
      contentType: gzipFile ? 'application/xml' : contentType,
      charset,
      body: new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) as Uint8Array<ArrayBuffer>,
      etag: header('etag') ?? null,
      lastModified: header('last-modified') ?? null,
    };
  }

  private async decompress(input: string, bytes: Buffer, encoding: string): Promise<Buffer<ArrayBufferLike>> {
    const limit = { maxOutputLength: this.options.maxBytes };
    try {
      if (encoding === 'gzip' || encoding === 'x-gzip') return await gunzip(bytes, limit);
      if (encoding === 'br') return await brotli(bytes, limit);
      if (encoding === 'deflate') {
        // "deflate" is zlib-wrapped by the standard and raw by some servers.
        return await inflate(bytes, limit).catch((error: unknown) => {
          if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw error;
          return inflateRaw(bytes, limit);
        });
      }
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError(input, `decompresses (${encoding}) to over the ${this.options.maxBytes}-byte limit; refused as a decompression bomb`, {
          cause: error,
        });
      }
      throw new InputError(input, `has a corrupt ${encoding} body`, { cause: error });
    }
    throw new InputError(input, `has an unsupported content encoding ${encoding}`);
  }

  private classify(url: string, error: unknown): InputError | TransientError {
    if (error instanceof TotalTimeout || (error as { cause?: unknown })?.cause instanceof TotalTimeout) {
      return new TransientError(url, `did not finish within ${this.options.totalTimeoutMs} ms`, { cause: error });
    }
    return classifyFetchError(url, error);
  }
}

class TotalTimeout extends Error {
  constructor() {
    super('total timeout');
    this.name = 'TotalTimeout';
  }
}

/** Maps what undici or the OS throws to our error types: the one place that knows their codes. */
export function classifyFetchError(url: string, error: unknown): InputError | TransientError {
  if (error instanceof InputError || error instanceof TransientError) return error;
  const code = codeOf(error);
  if (code === FORBIDDEN_ADDRESS) {
    const message = (findCause(error, FORBIDDEN_ADDRESS) as Error | undefined)?.message ?? 'resolves to a forbidden address';
    return new InputError(url, message.replace(/^\S+ /, ''), { cause: error });
  }
  const text = code ?? (error instanceof Error ? error.name : 'unknown error');
  if (code && INPUT_CODES.has(code)) return new InputError(url, `cannot be fetched (${text})`, { cause: error });
  return new TransientError(url, `fetch failed (${text})`, { cause: error });
}

/** The error code of an error or of the first cause that has one (undici wraps connect errors). */
function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function findCause(error: unknown, code: string): unknown {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === code) return e;
  }
  return undefined;
}

/** Retry-After is either seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * An http(s) URL in canonical form.
 * @throws InputError naming `input` (or `location`) when it is not one.
 */
export function parseHttpUrl(location: string, input = location): URL {
  const canonical = canonicalUrl(location);
  if (canonical === null) {
    let valid = true;
    try {
      new URL(location);
    } catch {
      valid = false;
    }
    const what = input === location ? 'is not an http(s) URL' : `leads to ${location}, not an http(s) URL`;
    throw new InputError(input, valid ? what : input === location ? 'is not a valid URL' : `leads to an invalid URL ${location}`);
  }
  return new URL(canonical);
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(bytes);
}

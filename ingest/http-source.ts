import { STATUS_CODES } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';
import { z } from 'zod';
import { InputError, TransientError } from '../errors.js';
import type { ArticleSource } from './article-source.js';
import type { DocumentFormat, DocumentRef, RawDocument } from './raw-document.js';

export const HttpSourceOptions = z.strictObject({
  /** Time to open the TCP/TLS connection. @defaultValue 10 s */
  connectTimeoutMs: z.number().int().positive().default(10_000),
  /** Time from sending the request to the end of the response headers. @defaultValue 15 s */
  headersTimeoutMs: z.number().int().positive().default(15_000),
  /** Longest silence while the body streams in. @defaultValue 30 s */
  bodyTimeoutMs: z.number().int().positive().default(30_000),
  /** Largest body read, in bytes; news pages are far smaller. @defaultValue 10 MiB */
  maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
  /** Redirects followed before the URL is given up as an input error. @defaultValue 5 */
  maxRedirects: z.number().int().min(0).max(20).default(5),
  /** @defaultValue `newsfacts/0.1` */
  userAgent: z.string().min(1).default('newsfacts/0.1'),
});
export type HttpSourceOptions = z.input<typeof HttpSourceOptions>;

/**
 * Politeness towards one host, shared by every fetcher that holds the same
 * gate: how many requests may be in flight and how far apart they start.
 * The Redis-backed one in `queues/host-limiter.ts` spans all worker processes.
 */
export interface HostGate {
  /** Runs `task` once the host allows another request, and frees the slot after. */
  schedule<T>(host: string, task: () => Promise<T>): Promise<T>;
}

/** What the source needs from outside, injected; defaults suit one process. */
export interface HttpSourceDeps {
  gate?: HostGate;
  /** Clock for HTTP-date Retry-After values. */
  now?: () => Date;
}

const FORMATS: Record<string, DocumentFormat> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

/** One response: a redirect to follow, or a document's bytes. */
type Fetched = { kind: 'redirect'; location: URL } | { kind: 'document'; format: DocumentFormat; bytes: Uint8Array<ArrayBuffer> };

/** Codes meaning the URL itself cannot work: never retried. Every other network failure is. */
const INPUT_CODES = new Set(['UND_ERR_INVALID_ARG', 'ERR_INVALID_URL', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT']);

/**
 * Web pages over HTTP(S) on undici. One URL is one document: `discover` of a
 * page is the page itself (feeds and sitemaps come with a later issue).
 *
 * Failures are classified for the retry policy: 5xx, 408, 429, timeouts and
 * connection errors are `TransientError`s carrying Retry-After; other 4xx,
 * too many redirects, a non-text content type or an oversized body are
 * `InputError`s naming the URL.
 */
export class HttpSource implements ArticleSource {
  private readonly options: z.output<typeof HttpSourceOptions>;
  private readonly agent: Dispatcher;
  private readonly gate: HostGate | undefined;
  private readonly now: () => Date;

  constructor(options: HttpSourceOptions = {}, deps: HttpSourceDeps = {}) {
    this.options = HttpSourceOptions.parse(options);
    this.agent = new Agent({
      connectTimeout: this.options.connectTimeoutMs,
      headersTimeout: this.options.headersTimeoutMs,
      bodyTimeout: this.options.bodyTimeoutMs,
    });
    this.gate = deps.gate;
    this.now = deps.now ?? (() => new Date());
  }

  accepts(location: string): boolean {
    return /^https?:\/\//i.test(location);
  }

  async discover(location: string): Promise<DocumentRef[]> {
    const url = parseUrl(location);
    return [{ location: url.toString(), url: url.toString(), published: null, outlet: null, title: null }];
  }

  async load(ref: DocumentRef): Promise<RawDocument> {
    let url = parseUrl(ref.location);
    for (let hop = 0; ; hop += 1) {
      const response = await this.fetchOnce(url);
      if (response.kind === 'redirect') {
        if (hop >= this.options.maxRedirects) {
          throw new InputError(ref.location, `redirects more than ${this.options.maxRedirects} times (last to ${response.location})`);
        }
        url = response.location;
        continue;
      }
      return {
        location: ref.location,
        doc: url.toString(),
        format: response.format,
        bytes: response.bytes,
        url: url.toString(),
        path: null,
        published: ref.published,
        outlet: ref.outlet,
        title: ref.title,
      };
    }
  }

  /** Closes the connection pool. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  private async fetchOnce(url: URL): Promise<Fetched> {
    const task = () => this.request(url);
    return this.gate ? this.gate.schedule(url.host.toLowerCase(), task) : task();
  }

  private async request(url: URL): Promise<Fetched> {
    const input = url.toString();
    let response: Dispatcher.ResponseData;
    try {
      response = await request(url, {
        dispatcher: this.agent,
        method: 'GET',
        headers: {
          'user-agent': this.options.userAgent,
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1',
        },
      });
    } catch (error) {
      throw classifyFetchError(input, error);
    }
    const { statusCode, headers, body } = response;
    const header = (name: string) => {
      const value = headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
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
    const contentType = (header('content-type') ?? 'text/html').split(';')[0]!.trim().toLowerCase();
    const format = FORMATS[contentType];
    if (!format) {
      await body.dump();
      throw new InputError(input, `has content type ${contentType}, not an article (expected ${Object.keys(FORMATS).join(', ')})`);
    }
    const declared = Number(header('content-length'));
    if (Number.isFinite(declared) && declared > this.options.maxBytes) {
      await body.dump();
      throw new InputError(input, `declares ${declared} bytes, over the ${this.options.maxBytes}-byte limit for one article`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of body) {
        size += (chunk as Buffer).length;
        if (size > this.options.maxBytes) {
          body.destroy();
          throw new InputError(input, `is over the ${this.options.maxBytes}-byte limit for one article`);
        }
        chunks.push(chunk as Buffer);
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw classifyFetchError(input, error);
    }
    return { kind: 'document', format, bytes: Uint8Array.from(Buffer.concat(chunks)) };
  }
}

/** Maps what undici or the OS throws to our error types: the one place that knows their codes. */
export function classifyFetchError(url: string, error: unknown): InputError | TransientError {
  if (error instanceof InputError || error instanceof TransientError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const text = typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
  if (typeof code === 'string' && INPUT_CODES.has(code)) return new InputError(url, `cannot be fetched (${text})`, { cause: error });
  return new TransientError(url, `fetch failed (${text})`, { cause: error });
}

/** Retry-After is either seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1_000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

function parseUrl(location: string): URL {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new InputError(location, 'is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InputError(location, 'is not an http(s) URL');
  url.hash = '';
  return url;
}

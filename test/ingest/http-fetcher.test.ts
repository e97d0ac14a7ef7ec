import { gzipSync, brotliCompressSync, deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, TransientError } from '../../errors.js';
import { HttpFetcher, type HttpFetcherDeps, type HttpFetcherOptions } from '../../ingest/http-fetcher.js';
import { startWebServer, type WebServer } from './web-server.js';
import { failure } from '../helpers/failure.js';

let web: WebServer;
const fetchers: HttpFetcher[] = [];

beforeEach(async () => {
  web = await startWebServer();
});
afterEach(async () => {
  await Promise.all(fetchers.splice(0).map((f) => f.close()));
  await web.close();
});

/** A fetcher allowed to reach the loopback server (the SSRF guard refuses it by default). */
function fetcher(options: HttpFetcherOptions = {}, deps: HttpFetcherDeps = {}): HttpFetcher {
  const f = new HttpFetcher({ allowAddresses: ['127.0.0.1'], ...options }, deps);
  fetchers.push(f);
  return f;
}

describe('HttpFetcher limits', () => {
  it('gives up on a redirect loop after five hops, as an input error', async () => {
    web.route('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
    const error = await failure(fetcher().fetch(`${web.base}/loop`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/redirects more than 5 times/);
    expect(web.hits('/loop')).toHaveLength(6);
  });

  it('stops a body that drips slower than the whole-request limit, as a transient error', async () => {
    web.route('/drip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('<p>.</p>'), 20);
      res.on('close', () => clearInterval(timer));
    });
    const error = await failure(fetcher({ totalTimeoutMs: 150 }).fetch(`${web.base}/drip`));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/did not finish within 150 ms/);
  });

  it('refuses an oversized body, declared or streamed', async () => {
    web.route('/big', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' }).end('x'.repeat(5_000)));
    web.route('/chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('x'.repeat(3_000));
      res.end('x'.repeat(3_000));
    });
    const f = fetcher({ maxBytes: 4_000 });
    expect((await failure(f.fetch(`${web.base}/big`))).message).toMatch(/declares 5000 bytes, over the 4000-byte limit/);
    const error = await failure(f.fetch(`${web.base}/chunked`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/over the 4000-byte limit/);
  });

  it('cuts off a gzip bomb at the decompressed size limit', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    web.route('/bomb', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb));
    const error = await failure(fetcher({ maxBytes: 1024 * 1024 }).fetch(`${web.base}/bomb`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/decompresses \(gzip\) to over the 1048576-byte limit; refused as a decompression bomb/);
  });

  it('decompresses gzip, deflate and brotli bodies', async () => {
    const page = '<p>Tokyo agreed.</p>';
    web.route('/gzip', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page)));
    web.route('/deflate', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(deflateSync(page)));
    web.route('/br', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(brotliCompressSync(page)));
    const f = fetcher();
    for (const p of ['/gzip', '/deflate', '/br']) {
      expect(Buffer.from((await f.fetch(`${web.base}${p}`)).body).toString()).toBe(page);
    }
  });

  it('makes 429 and 503 transient errors carrying Retry-After', async () => {
    web.route('/busy', (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end());
    web.route('/down', (_req, res) => res.writeHead(503, { 'retry-after': 'Wed, 23 Jul 2025 10:00:30 GMT' }).end());
    const f = fetcher({}, { now: () => new Date('2025-07-23T10:00:00Z') });
    const busy = await failure(f.fetch(`${web.base}/busy`));
    expect(busy).toBeInstanceOf(TransientError);
    expect((busy as TransientError).retryAfterMs).toBe(120_000);
    expect(((await failure(f.fetch(`${web.base}/down`))) as TransientError).retryAfterMs).toBe(30_000);
  });

  it('refuses a content type that is neither a page, text, a feed nor a sitemap', async () => {
    web.route('/doc.pdf', (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF'));
    const error = await failure(fetcher().fetch(`${web.base}/doc.pdf`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(`${web.base}/doc.pdf: has content type application/pdf, which is neither a page, plain text, a feed nor a sitemap`);
  });

  it('sends the configured User-Agent', async () => {
    await fetcher({ userAgent: 'newsfacts-test/9 (+mailto:ops@example.org)' }).fetch(`${web.base}/articles/3.html`);
    expect(web.hits('/articles/3.html')[0]!.userAgent).toBe('newsfacts-test/9 (+mailto:ops@example.org)');
  });
});

describe('HttpFetcher conditional GET', () => {
  it('revalidates with the ETag it kept, and a 304 hands back the cached bytes', async () => {
    const f = fetcher();
    const first = await f.fetch(`${web.base}/articles/1.html`);
    const second = await f.fetch(`${web.base}/articles/1.html`);
    expect(first.notModified).toBe(false);
    expect(second.notModified).toBe(true);
    expect(Buffer.from(second.body).equals(Buffer.from(first.body))).toBe(true);
    const hits = web.hits('/articles/1.html');
    expect(hits.map((h) => h.status)).toEqual([200, 304]);
    expect(hits[1]!.ifNoneMatch).toMatch(/^"[0-9a-f]{16}"$/);
  });
});

describe('HttpFetcher robots.txt', () => {
  it('refuses a disallowed path and reads robots.txt once per host', async () => {
    const f = fetcher();
    const error = await failure(f.fetch(`${web.base}/members/today.html`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/is disallowed by http:\/\/127\.0\.0\.1:\d+\/robots\.txt for newsfacts/);
    expect(web.hits('/members/today.html')).toHaveLength(0);
    await f.fetch(`${web.base}/articles/1.html`);
    expect(web.hits('/robots.txt')).toHaveLength(1);
  });

  it('obeys Crawl-delay between requests to one host', async () => {
    const waits: number[] = [];
    // A frozen clock: the second request starts "at once", so it must wait the whole delay.
    const now = new Date('2025-07-23T10:00:00Z');
    const f = fetcher({}, { sleep: async (ms) => void waits.push(ms), now: () => now });
    await f.fetch(`${web.base}/articles/1.html`);
    await f.fetch(`${web.base}/articles/3.html`);
    expect(waits).toEqual([10]);
  });

  it('reads robots.txt again once it has expired', async () => {
    let now = Date.parse('2025-07-23T10:00:00Z');
    const f = fetcher({ robotsTtlMs: 1_000 }, { now: () => new Date(now), sleep: async () => {} });
    await f.fetch(`${web.base}/articles/1.html`);
    now += 2_000;
    await f.fetch(`${web.base}/articles/3.html`);
    expect(web.hits('/robots.txt')).toHaveLength(2);
  });
});

describe('HttpFetcher SSRF guard', () => {
  const toLoopback: HttpFetcherDeps['resolver'] = async () => [{ address: '127.0.0.1', family: 4 }];

  it('refuses a public-looking name that resolves to a loopback address, unless allowed', async () => {
    const url = `http://news.example:${web.port}/articles/1.html`;
    const guarded = new HttpFetcher({}, { resolver: toLoopback });
    fetchers.push(guarded);
    const error = await failure(guarded.fetch(url));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/resolves to 127\.0\.0\.1 \(loopback\), refused as a private address/);
    expect(web.log).toHaveLength(0);

    const allowed = fetcher({}, { resolver: toLoopback });
    expect((await allowed.fetch(url)).contentType).toBe('text/html');
  });

  it('refuses private, link-local and metadata IP literals by default', async () => {
    const f = new HttpFetcher();
    fetchers.push(f);
    for (const url of [`${web.base}/`, 'http://10.1.2.3/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://[::ffff:192.168.0.1]/']) {
      const error = await failure(f.fetch(url));
      expect(error, url).toBeInstanceOf(InputError);
      expect(error.message, url).toMatch(/refused as a private address/);
    }
    expect(web.log).toHaveLength(0);
  });

  it('re-checks every redirect hop', async () => {
    // The allow-list names the host, so only the hop to the loopback literal is refused.
    const f = new HttpFetcher({ allowAddresses: ['news.example'] }, { resolver: toLoopback });
    fetchers.push(f);
    web.route('/hop', (_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${web.port}/articles/1.html` }).end());
    const error = await failure(f.fetch(`http://news.example:${web.port}/hop`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/127\.0\.0\.1.*refused as a private address/);
    expect(web.hits('/articles/1.html')).toHaveLength(0);
  });
});

import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, TransientError } from '../../errors.js';
import { HttpSource, parseRetryAfter, type HostGate } from '../../ingest/http-source.js';
import { failure } from '../helpers/failure.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let base: string;
let handler: Handler;
let source: HttpSource;
/** The SSRF guard refuses 127.0.0.1 by default; these tests pin request handling, so robots.txt is off too. */
const loopback = { allowAddresses: ['127.0.0.1'], obeyRobots: false };

beforeEach(async () => {
  handler = (_req, res) => res.end();
  server = createServer((req, res) => handler(req, res));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  source = new HttpSource({ maxBytes: 1_000, ...loopback });
});

afterEach(async () => {
  await source.close();
  server.closeAllConnections();
  server.close();
});

const load = (location: string) => source.load({ location, published: null, outlet: null, url: null, title: null });

describe('HttpSource', () => {
  it('loads an HTML page with its bytes and URL', async () => {
    handler = (_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<p>Tokyo agreed.</p>');
    };
    const raw = await load(`${base}/a#top`);
    expect(raw).toMatchObject({ format: 'html', url: `${base}/a`, doc: `${base}/a`, path: null });
    expect(Buffer.from(raw.bytes).toString()).toBe('<p>Tokyo agreed.</p>');
  });

  it('follows up to five redirects and reports the final URL', async () => {
    handler = (req, res) => {
      const n = Number(req.url!.slice(1));
      if (n < 5) {
        res.writeHead(302, { location: `/${n + 1}` }).end();
        return;
      }
      res.setHeader('content-type', 'text/plain');
      res.end('done');
    };
    const raw = await load(`${base}/0`);
    expect(raw).toMatchObject({ format: 'text', url: `${base}/5`, location: `${base}/0` });
  });

  it('gives up after five redirects as an input error', async () => {
    handler = (req, res) => res.writeHead(301, { location: `${req.url}x` }).end();
    const error = await failure(load(`${base}/r`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/redirects more than 5 times/);
  });

  it('makes a 404 an input error naming the URL', async () => {
    handler = (_req, res) => res.writeHead(404).end();
    const error = await failure(load(`${base}/gone`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toBe(`${base}/gone: answered HTTP 404 Not Found`);
  });

  it('makes a 503 transient and carries its Retry-After', async () => {
    handler = (_req, res) => res.writeHead(503, { 'retry-after': '7' }).end();
    const error = await failure(load(`${base}/busy`));
    expect(error).toBeInstanceOf(TransientError);
    expect((error as TransientError).retryAfterMs).toBe(7_000);
  });

  it('makes a 429 transient', async () => {
    handler = (_req, res) => res.writeHead(429).end();
    expect(await failure(load(`${base}/slow`))).toBeInstanceOf(TransientError);
  });

  it('makes a refused connection transient', async () => {
    const port = (server.address() as AddressInfo).port;
    server.close();
    await once(server, 'close');
    const error = await failure(load(`http://127.0.0.1:${port}/`));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('makes a headers timeout transient', async () => {
    const slow = new HttpSource({ headersTimeoutMs: 50, ...loopback });
    handler = () => {}; // never answers
    const error = await failure(slow.load({ location: `${base}/hang`, published: null, outlet: null, url: null, title: null }));
    await slow.close();
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/UND_ERR_HEADERS_TIMEOUT/);
  });

  it('refuses a content type that is not an article', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF');
    const error = await failure(load(`${base}/doc.pdf`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/content type application\/pdf/);
  });

  it('refuses a body over the size limit, declared or streamed', async () => {
    handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(2_000));
    expect((await failure(load(`${base}/big`))).message).toMatch(/over the 1000-byte limit/);
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }); // chunked: no Content-Length
      res.write('x'.repeat(600));
      res.end('x'.repeat(600));
    };
    const error = await failure(load(`${base}/chunked`));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/over the 1000-byte limit/);
  });

  it('asks its host gate before each request, redirects included', async () => {
    const hosts: string[] = [];
    const gate: HostGate = {
      schedule: (host, task) => {
        hosts.push(host);
        return task();
      },
    };
    const gated = new HttpSource(loopback, { gate });
    handler = (req, res) => {
      if (req.url === '/from') res.writeHead(302, { location: '/to' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
    };
    await gated.load({ location: `${base}/from`, published: null, outlet: null, url: null, title: null });
    await gated.close();
    expect(hosts).toEqual([new URL(base).host, new URL(base).host]);
  });

  it('discovers a page URL as itself and refuses what is not http(s)', async () => {
    expect(await source.discover(`${base}/page`)).toEqual([{ location: `${base}/page`, url: `${base}/page`, published: null, outlet: null, title: null }]);
    expect(source.accepts('seeds/a.txt')).toBe(false);
    await expect(source.discover('http://exa mple/')).rejects.toThrow(InputError);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-05-23T12:00:00Z');
  it('reads seconds and HTTP dates and ignores the rest', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Fri, 23 May 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

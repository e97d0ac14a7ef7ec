/**
 * A local HTTP server on 127.0.0.1 serving `test/fixtures/web/` plus the
 * misbehaving routes the fetcher must survive. Every request is logged with
 * the status it got, so tests assert on what was fetched, never on timing.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'web');

export interface LoggedRequest {
  path: string;
  ifNoneMatch: string | null;
  userAgent: string | null;
  status: number;
}

export interface WebServer {
  base: string;
  port: number;
  log: LoggedRequest[];
  /** Requests to `path` (exact, query included). */
  hits(path: string): LoggedRequest[];
  /** Replaces the handler of one path; return false from it to fall through to the fixtures. */
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.xml': 'application/xml',
  '.json': 'application/feed+json',
  '.txt': 'text/plain',
};

export async function startWebServer(): Promise<WebServer> {
  const log: LoggedRequest[] = [];
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  let base = '';
  const server: Server = createServer((req, res) => {
    const entry: LoggedRequest = {
      path: req.url ?? '/',
      ifNoneMatch: (req.headers['if-none-match'] as string | undefined) ?? null,
      userAgent: req.headers['user-agent'] ?? null,
      status: 0,
    };
    log.push(entry);
    res.on('finish', () => (entry.status = res.statusCode));
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const custom = routes.get(pathname);
    if (custom) return custom(req, res);
    serveFixture(pathname, req, res, base);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  return {
    base,
    port,
    log,
    hits: (p) => log.filter((l) => l.path === p),
    route: (p, handler) => routes.set(p, handler),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => {});
    },
  };
}

/** Fixture files, templated (`{{base}}`), with an ETag that answers If-None-Match with 304. */
function serveFixture(pathname: string, req: IncomingMessage, res: ServerResponse, base: string): void {
  const charsetPage = /^\/charset\/(.+\.html)$/.exec(pathname);
  const article = /^\/articles\/(\d+)\.html$/.exec(pathname);
  const file = charsetPage ? charsetPage[1]! : article ? `article-${article[1]}.html` : pathname.replace(/^\//, '').replace(/\.gz$/, '');
  let body: Buffer;
  try {
    if (file.includes('..') || file === '') throw new Error('outside');
    body = readFileSync(path.join(fixturesDir, file));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  if (!charsetPage) body = Buffer.from(body.toString('utf8').replaceAll('{{base}}', base));
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  const gz = pathname.endsWith('.gz');
  const type = gz ? 'application/gzip' : (TYPES[path.extname(file)] ?? 'application/octet-stream');
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  res.writeHead(200, { 'content-type': type, etag, 'last-modified': 'Wed, 23 Jul 2025 10:00:00 GMT' });
  res.end(gz ? gzipSync(body) : body);
}

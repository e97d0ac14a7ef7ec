import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

const webDir = new URL('../web/', import.meta.url);

/**
 * Serves the reviewers' page: `/` (and its client-side views under `/#/…`) and `/assets/<file>`, the page's
 * ES modules and stylesheet as they are in `web/` (no build step). Only the `.js` and `.css` files found in
 * `web/` when the server starts are served; any other name is 404.
 */
export function registerPage(app: FastifyInstance): void {
  const assets = new Map<string, string>();
  for (const name of readdirSync(webDir)) {
    const type = TYPES[/\.([a-z]+)$/.exec(name)?.[1] ?? ''];
    if (type && /^[a-z][a-z0-9-]*\.[a-z]+$/.test(name)) assets.set(name, type);
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    return readFile(new URL('index.html', webDir), 'utf8');
  });
  app.get<{ Params: { name: string } }>('/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const type = assets.get(request.params.name);
    if (!type) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no asset ${request.params.name}` });
    void reply.type(type).header('cache-control', 'no-cache');
    return readFile(new URL(request.params.name, webDir), 'utf8');
  });
}

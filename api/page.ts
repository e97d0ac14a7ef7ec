import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

/** The page's files, served as they are from `web/` (no build step). Only these names are served. */
const ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

const webDir = new URL('../web/', import.meta.url);

/** Serves the reviewers' page: `/` (and its client-side views under `/#/…`) and `/assets/<file>`. */
export function registerPage(app: FastifyInstance): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    return readFile(new URL('index.html', webDir), 'utf8');
  });
  app.get<{ Params: { name: string } }>('/assets/:name', { schema: { hide: true } }, async (request, reply) => {
    const type = ASSETS[request.params.name];
    if (!type) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no asset ${request.params.name}` });
    void reply.type(type).header('cache-control', 'no-cache');
    return readFile(new URL(request.params.name, webDir), 'utf8');
  });
}

/**
 * The API reference: `/openapi.json` describes every operation and parameter with a description and an
 * example (so `/docs` has something to show for each), and `/docs` serves the reference page under the same
 * strict CSP as the API: no inline script, no inline style but the one Swagger UI inserts (allowed by its hash),
 * every asset from the server itself. The page is driven
 * in Chromium by `test/web/review.browser.test.ts`.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FactStore } from '../../store/index.js';
import { openBackend, type Backend } from '../store/store-fixture.js';
import { apiOver } from './api-fixture.js';

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; description?: string; example?: unknown; examples?: unknown; schema?: { example?: unknown; examples?: unknown } }[];
  requestBody?: { content: Record<string, { schema?: { $ref?: string; examples?: unknown[] }; example?: unknown; examples?: unknown }> };
}

let backend: Backend;
let app: FastifyInstance;

beforeAll(async () => {
  backend = await openBackend('pglite');
  app = await apiOver(new FactStore(backend.db));
}, 120_000);

afterAll(async () => {
  await app?.close();
  await backend?.dispose();
});

describe('API reference', { timeout: 60_000 }, () => {
  test('every operation and every parameter has a description and an example; every request body an example', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, { examples?: unknown[] }> };
    };
    const missing: string[] = [];
    let operations = 0;
    let parameters = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        operations++;
        const where = `${method.toUpperCase()} ${path}`;
        if (!op.summary?.trim()) missing.push(`${where}: summary`);
        if (!op.description?.trim()) missing.push(`${where}: description`);
        for (const p of op.parameters ?? []) {
          parameters++;
          if (!p.description?.trim()) missing.push(`${where} ${p.in} ${p.name}: description`);
          // On the parameter (schemas.ts `param`) or on its schema (`.meta({ example })`): Swagger UI shows either.
          const example = p.example ?? p.examples ?? p.schema?.example ?? p.schema?.examples;
          if (example === undefined) missing.push(`${where} ${p.in} ${p.name}: example`);
        }
        for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
          const ref = media.schema?.$ref?.replace('#/components/schemas/', '');
          const examples = media.example ?? media.examples ?? media.schema?.examples ?? (ref ? doc.components.schemas[ref]?.examples : undefined);
          if (examples === undefined) missing.push(`${where} body ${type}: example`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The walk saw the API, not an empty document.
    expect(operations).toBeGreaterThanOrEqual(17);
    expect(parameters).toBeGreaterThanOrEqual(20);
  });

  test('/docs serves the reference for the same document under the strict CSP, with no inline script or style', async () => {
    const page = await app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    // Styles from the server, and inline only the one element Swagger UI inserts, by its hash.
    expect(csp).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
    // The API and the reviewers' page keep the strict policy without it.
    expect((await app.inject({ method: 'GET', url: '/api/health' })).headers['content-security-policy']).toContain("style-src 'self';");
    const html = page.body;
    // Scripts only by src, styles only as linked files, no style or event attributes.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body!.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    // Every asset the page names is served by this server with a script or style type.
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.every((a) => a.startsWith('/docs/'))).toBe(true);
    for (const asset of assets) {
      const res = await app.inject({ method: 'GET', url: asset });
      expect(res.statusCode, asset).toBe(200);
    }
    // The document it shows is the API's own.
    const shown = await app.inject({ method: 'GET', url: '/docs/json' });
    const own = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(shown.json()).toEqual(own.json());
  });
});

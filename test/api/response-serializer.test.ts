/**
 * The compiled response writer (`api/response-serializer.ts`) answers exactly what fastify-type-provider-zod's
 * serializer answers: the same bytes for a valid body, the same error for an invalid one, on schemas of my own and
 * on every read route of the API over the seeds.
 */
import type { FastifyInstance } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { responseSerializerCompiler } from '../../api/response-serializer.js';
import { Timestamp } from '../../model/index.js';
import { FactStore } from '../../store/index.js';
import { BACKENDS, openBackend, type Backend } from '../store/store-fixture.js';
import { apiOver, loadSeeds } from './api-fixture.js';

// Routes compile their serializer when the API is built: with `zodOnly.on`, the zod serializer instead.
const zodOnly = vi.hoisted(() => ({ on: false }));
vi.mock('../../api/response-serializer.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api/response-serializer.js')>();
  const { serializerCompiler: zodCompiler } = await import('fastify-type-provider-zod');
  const compiler: typeof zodCompiler = (schema) => (zodOnly.on ? zodCompiler(schema) : real.responseSerializerCompiler(schema));
  return { ...real, responseSerializerCompiler: compiler };
});

/** Both serializers' answer for one body: its text, or the error's name and message. */
function both(schema: z.ZodType, data: unknown): { compiled: string; zod: string } {
  const run = (compile: typeof serializerCompiler) => {
    try {
      return compile({ schema, method: 'GET', url: '/x', httpStatus: '200' })(data);
    } catch (error) {
      const e = error as Error & { cause?: Error };
      return `${e.name}: ${e.message} (${e.cause?.message ?? 'no cause'})`;
    }
  };
  return { compiled: run(responseSerializerCompiler), zod: run(serializerCompiler) };
}

const Item = z.strictObject({
  id: z.string().min(1),
  n: z.number().int().nonnegative(),
  share: z.number(),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  tag: z.enum(['a', 'b']).optional(),
  at: Timestamp,
  value: z.union([z.strictObject({ amount: z.number(), unit: z.string() }), z.strictObject({ text: z.string() })]).nullable(),
  // Lengths in code points, as zod counts them; an overwrite (trim) is zod's to run.
  code: z.string().min(2).max(4).optional(),
  note: z.string().trim().optional(),
});
const Loose = z.object({ b: z.boolean(), a: z.array(z.string()) });
const Page = z.strictObject({ items: z.array(Item), loose: Loose, next: z.string().nullable(), withDefault: z.object({ x: z.string().default('d') }).optional() });

const at = new Date('2026-03-01T10:00:00Z');
const item = { id: 'f_1', n: 3, share: 0.25, day: '2026-03-01', tag: 'a', at, value: { amount: 5, unit: 'USD' } };

describe('the compiled response writer', () => {
  test.each([
    ['a valid body', { items: [item, { ...item, id: 'f_2', tag: undefined, day: null, value: { text: 'x' } }], loose: { a: ['q'], b: true }, next: null }],
    // Written in the schema's key order, whatever the data's; a plain object drops keys it does not name.
    ['keys in another order, an extra key on a plain object', { next: 'c', loose: { extra: 1, b: false, a: [] }, items: [{ value: null, at, tag: 'b', day: null, share: -0, n: 0, id: 'x' }] }],
    ['an absent optional key and one holding undefined', { items: [{ ...item, tag: undefined }], loose: { a: [], b: true }, next: null, withDefault: undefined }],
    ['a default inside, run by zod', { items: [], loose: { a: [], b: true }, next: null, withDefault: { x: 'y' } }],
    ['lengths in code points, a trimmed string', { items: [{ ...item, code: '\u{1F600}\u{1F600}', note: ' spaced ' }], loose: { a: [], b: true }, next: null }],
    ['the first union option that fits', { items: [{ ...item, value: { text: 'y' } }], loose: { a: [], b: true }, next: null }],
  ])('%s: the same bytes', (_name, data) => {
    const { compiled, zod } = both(Page, data);
    expect(compiled).toBe(zod);
    expect(compiled.startsWith('{')).toBe(true);
  });

  test.each([
    ['an unknown key on a strict object', { items: [{ ...item, extra: 1 }], loose: { a: [], b: true }, next: null }],
    ['a missing required key', { items: [{ ...item, share: undefined }], loose: { a: [], b: true }, next: null }],
    ['a check failing (int)', { items: [{ ...item, n: 1.5 }], loose: { a: [], b: true }, next: null }],
    ['a check failing (length in code points)', { items: [{ ...item, code: '\u{1F600}' }], loose: { a: [], b: true }, next: null }],
    ['a check failing (regex)', { items: [{ ...item, day: '1 March' }], loose: { a: [], b: true }, next: null }],
    ['a value no union option takes', { items: [{ ...item, value: { amount: 5 } }], loose: { a: [], b: true }, next: null }],
    ['a number that is not finite', { items: [{ ...item, share: Number.NaN }], loose: { a: [], b: true }, next: null }],
    ['a string where a date goes', { items: [{ ...item, at: at.toISOString() }], loose: { a: [], b: true }, next: null }],
    ['an array element of the wrong type', { items: [], loose: { a: ['q', 1], b: true }, next: null }],
    ['not an object', ['items']],
  ])('%s: the same error', (_name, data) => {
    const { compiled, zod } = both(Page, data);
    expect(compiled).toBe(zod);
    expect(compiled).toMatch(/doesn't match the schema \(\[/);
  });
});

// The whole API: each read route's body through the compiled writer, and through the zod serializer, over one store.
describe.each(BACKENDS)('every read route answers the same bytes as with the zod serializer [%s]', (kind) => {
  let backend: Backend | undefined;
  let compiled: FastifyInstance;
  let zod: FastifyInstance;
  beforeAll(async () => {
    backend = await openBackend(kind);
    const store = new FactStore(backend.db);
    await loadSeeds(store);
    compiled = await apiOver(store);
    zodOnly.on = true;
    try {
      zod = await apiOver(store);
    } finally {
      zodOnly.on = false;
    }
  }, 120_000);
  afterAll(async () => {
    await compiled?.close();
    await zod?.close();
    await backend?.dispose();
  });

  test('lists, one of each, pages, filters and errors', async () => {
    const get = async (url: string) => {
      const [a, b] = await Promise.all([compiled.inject({ url }), zod.inject({ url })]);
      expect(a.statusCode, url).toBe(b.statusCode);
      expect(a.body, url).toBe(b.body);
      return a.statusCode === 200 ? (a.json() as Record<string, unknown>) : null;
    };
    const facts = (await get('/api/facts?limit=200')) as { items: { fact: { id: string }; version: { recordedFrom: string } }[] };
    expect(facts.items.length).toBeGreaterThan(5);
    const asOf = encodeURIComponent(facts.items[0]!.version.recordedFrom);
    for (const q of ['', '?limit=3', '?status=contested', '?subject=cars', '?sort=subject', '?valid_at=2025-06-01', `?as_of=${asOf}`, '?limit=0', '?cursor=bad']) {
      await get(`/api/facts${q}`);
    }
    for (const { fact } of facts.items.slice(0, 8)) {
      await get(`/api/facts/${fact.id}`);
      await get(`/api/facts/${fact.id}?limit=1&valid_at=2025-06-01`);
      await get(`/api/facts/${fact.id}?as_of=${asOf}`);
    }
    const queue = (await get('/api/review-queue?limit=200')) as { items: { claim: { id: string } }[] };
    for (const { claim } of queue.items.slice(0, 5)) await get(`/api/claims/${claim.id}`);
    for (const list of ['articles', 'stories', 'entities']) {
      const { items } = (await get(`/api/${list}`)) as { items: { id: string }[] };
      expect(items.length, list).toBeGreaterThan(0);
      for (const { id } of items.slice(0, 3)) await get(`/api/${list}/${encodeURIComponent(id)}`);
    }
    for (const url of ['/api/health', '/api/jobs', '/api/facts/f_nope', '/api/claims/c_nope', '/api/nothing']) await get(url);
  });
});

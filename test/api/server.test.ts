/**
 * The server's guard rails: closed reads, rate limits, body limits, error
 * bodies without internals, ingestion without Redis, and the job routes and
 * job board on a real Redis.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { errorBody } from '../../api/server.js';
import { ErrorBody, FactDetailBody, FactPage, IngestResponse, JobCountsBody, ReviewResponse, ScheduleItem, ScheduleList } from '../../api/schemas.js';
import { loadConfig } from '../../config.js';
import { StaleRevisionError } from '../../errors.js';
import { ScheduleBook } from '../../queues/index.js';
import { redisTest } from '../queues/redis-fixture.js';
import { apiOver, auth, TOKEN, withSeededApi } from './api-fixture.js';

describe('API guard rails', () => {
  test('with readAccess token, reads need the token too; the page and OpenAPI stay open', async () => {
    await withSeededApi({ readAccess: 'token' }, {}, async (app) => {
        expect((await app.inject({ url: '/api/facts' })).statusCode).toBe(401);
        const ok = await app.inject({ url: '/api/facts', headers: auth });
        expect(ok.statusCode).toBe(200);
        FactPage.parse(ok.json());
        expect((await app.inject({ url: '/' })).statusCode).toBe(200);
        expect((await app.inject({ url: '/openapi.json' })).statusCode).toBe(200);
    });
  });

  test('every write route checks the token before it reads the body: 401, never 400, for a bad body without a token', async () => {
    await withSeededApi({}, {}, async (app, store) => {
      const doc = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
      const writes = Object.entries(doc.paths).flatMap(([route, ops]) =>
        Object.keys(ops)
          .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => ({ method: m.toUpperCase() as 'POST', url: route.replace(/\{[^}]+\}/g, 'x') })),
      );
      expect(writes.length).toBeGreaterThanOrEqual(5);
      const before = await store.counts();
      for (const w of writes) {
        for (const headers of [{}, { authorization: 'Bearer wrong-token' }]) {
          for (const payload of ['{"not": "valid"', '{"unexpected": true}']) {
            const res = await app.inject({ ...w, headers: { ...headers, 'content-type': 'application/json' }, payload });
            expect(res.statusCode, `${w.method} ${w.url} ${payload}`).toBe(401);
          }
        }
        // With the token the same malformed body is refused for what it is: the check above could fail.
        const withToken = await app.inject({ ...w, headers: { ...auth, 'content-type': 'application/json' }, payload: '{"not": "valid"' });
        expect(withToken.statusCode, `${w.method} ${w.url}`).not.toBe(401);
      }
      expect(await store.counts()).toEqual(before);
    });
  });

  test('a named token records its reviews under its name; a review can be withdrawn and the history shows both, with who', async () => {
    const tokens = [{ name: 'alice', token: 'alice-token-0123' }, 'unnamed-token-0123'];
    await withSeededApi({ tokens }, {}, async (app) => {
      const [item] = FactPage.parse((await app.inject({ url: '/api/facts?subject=japanese%20cars&predicate=rate' })).json()).items;
      const before = item!.version;
      const post = (token: string, body: object, revision: number) =>
        app.inject({ method: 'POST', url: `/api/facts/${item!.fact.id}/reviews`, headers: { authorization: `Bearer ${token}`, 'if-match': `"${revision}"` }, payload: body });
      // The token's name wins over a reviewer named in the body: a token cannot review as someone else.
      const byAlice = await post('alice-token-0123', { action: 'correct', value: '20%', reviewer: 'mallory' }, item!.revision);
      expect(byAlice.statusCode, byAlice.body).toBe(200);
      const reviewed = ReviewResponse.parse(byAlice.json());
      expect(reviewed.review).toMatchObject({ reviewer: 'alice', value: { amount: 20, unit: '%' }, valueText: '20%' });
      const unnamed = await post('unnamed-token-0123', { action: 'accept', reviewer: 'bob' }, reviewed.fact.revision);
      expect(ReviewResponse.parse(unnamed.json()).review.reviewer).toBe('bob');

      const withdraw = (id: string) =>
        app.inject({ method: 'POST', url: `/api/reviews/${id}/withdrawal`, headers: { authorization: 'Bearer alice-token-0123' }, payload: { reason: 'misread' } });
      const undone = await withdraw(ReviewResponse.parse(unnamed.json()).review.id);
      expect(undone.statusCode, undone.body).toBe(200);
      const after = ReviewResponse.parse(undone.json());
      expect(after.review).toMatchObject({ action: 'withdraw', reviewer: 'alice', reason: 'misread' });
      expect(after.fact.version.value).toEqual({ amount: 20, unit: '%' });
      expect((await withdraw(ReviewResponse.parse(unnamed.json()).review.id)).statusCode).toBe(409);
      expect((await withdraw('r_0000000000000000')).statusCode).toBe(404);
      const again = ReviewResponse.parse((await withdraw(reviewed.review.id)).json());
      expect(again.fact.version).toMatchObject({ status: before.status, value: before.value });

      const detail = FactDetailBody.parse((await app.inject({ url: `/api/facts/${item!.fact.id}` })).json());
      const own = detail.reviews.filter((r) => r.targetKind === 'fact');
      expect(own.map((r) => [r.action, r.reviewer, r.withdrawnBy !== null])).toEqual([
        ['correct', 'alice', true],
        ['accept', 'bob', true],
        ['withdraw', 'alice', false],
        ['withdraw', 'alice', false],
      ]);
    });
  });

  test('NEWSFACTS_API_TOKENS takes name:token and bare tokens', () => {
    expect(loadConfig({ NEWSFACTS_API_TOKENS: 'alice:secret-one-1, bob:secret-two-2,plain-token-3' }).apiTokens).toEqual([
      { name: 'alice', token: 'secret-one-1' },
      { name: 'bob', token: 'secret-two-2' },
      { name: null, token: 'plain-token-3' },
    ]);
    expect(() => loadConfig({ NEWSFACTS_API_TOKENS: 'alice:short' })).toThrow(/at least 8 characters/);
  });

  test('with no token configured every write is refused, saying how to configure one', async () => {
    await withSeededApi({ tokens: [] }, {}, async (app) => {
        const res = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { locations: ['x'] } });
        expect(res.statusCode).toBe(401);
        expect(res.json().message).toMatch(/NEWSFACTS_API_TOKENS/);
    });
  });

  test('a client over the rate limit gets 429 with a Retry-After', async () => {
    await withSeededApi({ rateLimitPerMinute: 3 }, {}, async (app) => {
        const codes = [];
        for (let i = 0; i < 4; i++) codes.push((await app.inject({ url: '/api/health' })).statusCode);
        expect(codes).toEqual([200, 200, 200, 429]);
        const limited = await app.inject({ url: '/api/health' });
        expect(ErrorBody.parse(limited.json()).message).toMatch(/rate limit/);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    });
  });

  test('a body over the limit gets 413 and stores nothing', async () => {
    await withSeededApi({ bodyLimitBytes: 1024 }, {}, async (app, store) => {
        const before = await store.counts();
        const res = await app.inject({
          method: 'POST',
          url: '/api/ingest',
          headers: { ...auth, 'content-type': 'application/json' },
          payload: JSON.stringify({ locations: ['a'.repeat(2000)] }),
        });
        expect(res.statusCode).toBe(413);
        ErrorBody.parse(res.json());
        expect(await store.counts()).toEqual(before);
    });
  });

  test('an internal failure answers 500 with one safe line: no stack, no SQL, no paths', async () => {
    await withSeededApi({}, {}, async (_app, store) => {
      const broken = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop === 'pageFacts') {
            return async () => {
              throw new Error('relation "facts" does not exist at /srv/secret/path.ts:12');
            };
          }
          return Reflect.get(target, prop, receiver);
        },
      });
      const app = await apiOver(broken);
      try {
        const res = await app.inject({ url: '/api/facts' });
        expect(res.statusCode).toBe(500);
        expect(res.json()).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'internal error (logged on the server)' });
        expect(res.body).not.toMatch(/secret|relation|\.ts/);
      } finally {
        await app.close();
      }
    });
  });

  test('maps our errors to statuses', () => {
    expect(errorBody(new StaleRevisionError('f_1', 2, 3))).toMatchObject({ statusCode: 409, currentRevision: 3 });
    expect(errorBody(Object.assign(new Error('x'), { statusCode: 413 }))).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(errorBody(new TypeError('cannot read x of undefined'))).toMatchObject({ statusCode: 500, message: 'internal error (logged on the server)' });
  });

  test('without Redis, ingest runs in the server and answers when done; schedules answer 503', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-api-'));
    try {
      await withSeededApi({ ingestRoots: [dir] }, {}, async (app, store) => {
        await writeFile(path.join(dir, 'acme.txt'), 'Acme Corp said on Monday it will invest $2 billion in a new plant in Ohio, creating 1,500 jobs.\n');
        const before = await store.counts();
        const res = await app.inject({
          method: 'POST',
          url: '/api/ingest',
          headers: auth,
          payload: { locations: [dir, path.join(dir, 'missing.txt')], published: '2026-11-02' },
        });
        expect(res.statusCode, res.body).toBe(200);
        const body = IngestResponse.parse(res.json());
        expect(body.mode).toBe('ran');
        expect(body.jobs.map((j) => `${j.queue}:${j.state}`)).toEqual(['ingest:completed', 'extract:completed', 'reconcile:completed']);
        expect(body.failures).toEqual([expect.objectContaining({ input: path.join(dir, 'missing.txt') })]);
        const after = await store.counts();
        expect(after.articles).toBe(before.articles + 1);
        expect(after.claims).toBeGreaterThan(before.claims);
        expect((await store.getArticle('acme.txt'))?.published).toBe('2026-11-02');

        const schedules = await app.inject({ url: '/api/schedules' });
        expect(schedules.statusCode).toBe(503);
        expect(ErrorBody.parse(schedules.json()).message).toMatch(/REDIS_URL/);
        expect(JobCountsBody.parse((await app.inject({ url: '/api/jobs' })).json()).queues).toBeNull();
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('API with Redis', () => {
  redisTest('queues ingestion, manages schedules, counts jobs, and keeps the job board behind the token', async ({ queues, redis }) => {
    const { queuedIngestion } = await import('../../api/ingestion.js');
    const { FileSource } = await import('../../ingest/index.js');
    const sourcesFor = (published: string | null) => [new FileSource({ published })];
    const deps = { ingestion: queuedIngestion(queues, sourcesFor), queues: { jobQueues: queues, schedules: new ScheduleBook(queues, redis) } };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-api-'));
    try {
      await withSeededApi({ ingestRoots: [dir] }, deps, async (app) => {
        await writeFile(path.join(dir, 'a.txt'), 'Acme Corp will invest $2 billion in Ohio.\n');
        const queued = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { locations: [dir] } });
        expect(queued.statusCode, queued.body).toBe(202);
        const body = IngestResponse.parse(queued.json());
        expect(body).toMatchObject({ mode: 'queued', jobs: [{ queue: 'ingest', state: 'added' }] });
        const again = IngestResponse.parse((await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { locations: [dir] } })).json());
        expect(again.jobs[0]?.state).toBe('waiting');

        const counts = JobCountsBody.parse((await app.inject({ url: '/api/jobs' })).json());
        expect(counts.queues?.ingest?.waiting).toBe(1);

        const added = await app.inject({ method: 'POST', url: '/api/schedules', headers: auth, payload: { name: 'hourly-seeds', source: dir, every: '1h' } });
        expect(added.statusCode, added.body).toBe(201);
        expect(ScheduleItem.parse(added.json())).toMatchObject({ name: 'hourly-seeds', every: '1h', source: dir });
        const bad = await app.inject({ method: 'POST', url: '/api/schedules', headers: auth, payload: { name: 'bad', source: dir, every: '5 minutes' } });
        expect(bad.statusCode).toBe(400);
        const list = ScheduleList.parse((await app.inject({ url: '/api/schedules' })).json());
        expect(list.items.map((s) => s.name)).toEqual(['hourly-seeds']);
        expect((await app.inject({ method: 'DELETE', url: '/api/schedules/hourly-seeds' })).statusCode).toBe(401);
        expect((await app.inject({ method: 'DELETE', url: '/api/schedules/hourly-seeds', headers: auth })).statusCode).toBe(204);
        expect((await app.inject({ method: 'DELETE', url: '/api/schedules/hourly-seeds', headers: auth })).statusCode).toBe(404);

        expect((await app.inject({ url: '/admin/queues' })).statusCode).toBe(401);
        const board = await app.inject({ url: '/admin/queues', headers: auth });
        expect(board.statusCode).toBe(200);
        expect(board.headers['content-type']).toMatch(/html/);
        const byCookie = await app.inject({ url: '/admin/queues/api/queues', headers: { cookie: `newsfacts_token=${TOKEN}` } });
        expect(byCookie.statusCode).toBe(200);
        expect(JSON.stringify(byCookie.json())).toContain('ingest');
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

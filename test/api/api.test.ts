/**
 * The HTTP API over a store holding the seeds' claims, on both backends:
 * every route's responses against their zod schemas, access, optimistic
 * locking of reviews, pagination and the bitemporal filters.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { z } from 'zod';
import {
  ArticleBody,
  ArticleList,
  ClaimItem,
  EntityBody,
  EntityList,
  ErrorBody,
  FactDetailBody,
  FactPage,
  HealthBody,
  IdentityReviewResponse,
  JobCountsBody,
  ReviewQueuePage,
  ReviewResponse,
  StoryBody,
  StoryList,
} from '../../api/schemas.js';
import { FactStore } from '../../store/index.js';
import { BACKENDS, openBackend, type Backend } from '../store/store-fixture.js';
import { apiOver, apiTest, auth, loadSeeds } from './api-fixture.js';

async function get<S extends z.ZodType>(app: FastifyInstance, url: string, schema: S, status = 200): Promise<z.output<S>> {
  const res = await app.inject({ method: 'GET', url });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(status);
  return schema.parse(res.json());
}

async function allFacts(app: FastifyInstance, query: string): Promise<z.output<typeof FactPage>['items']> {
  const items: z.output<typeof FactPage>['items'] = [];
  let cursor: string | null = null;
  do {
    const page: z.output<typeof FactPage> = await get(app, `/api/facts?${query}${cursor ? `&cursor=${cursor}` : ''}`, FactPage);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** The US tariff on Japanese cars: 25% (002), then 15% after the July deal (004). */
async function carTariff(app: FastifyInstance) {
  const page = await get(app, '/api/facts?subject=japanese%20cars&predicate=rate', FactPage);
  const fact = page.items[0];
  if (!fact) throw new Error('the seeds have no car tariff fact');
  return fact;
}

describe.each(BACKENDS)('HTTP API [%s]', (kind) => {
  const test = apiTest(kind);

  // The tests that only read share one API over the seeds, loaded once per backend (deterministic: one clock tick per
  // article); every test that writes gets a store of its own from `apiTest`.
  let reads: { app: FastifyInstance; store: FactStore };
  let readBackend: Backend | undefined;
  beforeAll(async () => {
    readBackend = await openBackend(kind);
    const store = new FactStore(readBackend.db);
    await loadSeeds(store);
    reads = { app: await apiOver(store), store };
  }, 120_000);
  afterAll(async () => {
    await reads?.app.close();
    await readBackend?.dispose();
  });

  test('serves a valid OpenAPI 3 document naming every route', async () => {
    const { app } = reads;
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/articles',
        '/api/articles/{id}',
        '/api/claims/{id}',
        '/api/entities',
        '/api/entities/{id}',
        '/api/claims/{id}/reviews',
        '/api/facts',
        '/api/facts/{id}',
        '/api/facts/{id}/reviews',
        '/api/facts/{id}/same-as',
        '/api/claims/{id}/move',
        '/api/identity-reviews/{id}/withdrawal',
        '/api/health',
        '/api/ingest',
        '/api/jobs',
        '/api/review-queue',
        '/api/reviews/{id}/withdrawal',
        '/api/schedules',
        '/api/schedules/{name}',
        '/api/stories',
        '/api/stories/{id}',
      ].sort(),
    );
    expect(doc.paths['/api/facts/{id}/reviews'].post.security).toEqual([{ bearer: [] }]);
  });

  test('every read answers in its schema', async () => {
    const { app } = reads;
    await get(app, '/api/health', HealthBody);
    const facts = await get(app, '/api/facts', FactPage);
    expect(facts.items.length).toBeGreaterThan(0);
    const detail = await get(app, `/api/facts/${facts.items[0]!.fact.id}`, FactDetailBody);
    expect(detail.versions.length).toBeGreaterThan(0);
    const queue = await get(app, '/api/review-queue?limit=5', ReviewQueuePage);
    expect(queue.items).toHaveLength(5);
    const claim = await get(app, `/api/claims/${queue.items[0]!.claim.id}`, ClaimItem);
    expect(claim.revision).toBe(1);
    const articles = await get(app, '/api/articles', ArticleList);
    expect(articles.items.map((a) => a.doc).sort()).toEqual(['000.txt', '001.txt', '002.txt', '003.txt', '004.txt']);
    const article = await get(app, `/api/articles/${articles.items[0]!.doc}`, ArticleBody);
    for (const c of article.claims) expect(article.article.text.slice(c.start, c.end)).toBe(c.quote);
    await get(app, '/api/jobs', JobCountsBody);
    const stories = await get(app, '/api/stories', StoryList);
    expect(stories.items.flatMap((s) => s.articles.map((a) => a.doc)).sort()).toEqual(['000.txt', '001.txt', '002.txt', '003.txt', '004.txt']);
    const story = await get(app, `/api/stories/${stories.items[0]!.id}`, StoryBody);
    expect(story.facts.length).toBeGreaterThan(0);
    await get(app, '/api/stories/s_nope', ErrorBody, 404);
    const people = await get(app, '/api/entities?type=person', EntityList);
    expect(people.items.every((e) => e.type === 'person')).toBe(true);
    const lutnick = await get(app, '/api/entities?search=lutnick', EntityList);
    expect(lutnick.items.map((e) => e.name)).toEqual(['Howard Lutnick']);
    const entity = await get(app, `/api/entities/${lutnick.items[0]!.id}`, EntityBody);
    expect(entity.mentions.length).toBeGreaterThan(0);
    for (const m of entity.mentions) if (m.start !== null) expect(m.text).toMatch(/Lutnick/);
    expect(entity.facts.length).toBeGreaterThan(0);
    expect(entity.facts.every((f) => f.claims.length > 0)).toBe(true);
    await get(app, '/api/entities/e_nope', ErrorBody, 404);
    await get(app, '/api/entities?type=planet', ErrorBody, 400);
    await get(app, '/api/facts/f_nope', ErrorBody, 404);
    await get(app, '/api/claims/c_nope', ErrorBody, 404);
    await get(app, '/api/articles/nope.txt', ErrorBody, 404);
    await get(app, '/api/facts?limit=0', ErrorBody, 400);
    await get(app, '/api/facts?cursor=garbage', ErrorBody, 400);
    await get(app, '/api/facts?status=maybe', ErrorBody, 400);
    await get(app, '/api/schedules', ErrorBody, 503);
  });

  test('review queue shows each claim in its sentence, claims of contested or low-confidence facts first', async () => {
    const { app } = reads;
    const queue = await get(app, '/api/review-queue?limit=200', ReviewQueuePage);
    expect(queue.total).toBe(queue.items.length);
    for (const item of queue.items) {
      expect(item.context.text.slice(item.context.start, item.context.end)).toBe(item.claim.quote);
    }
    const rank = (i: (typeof queue.items)[number]) =>
      i.fact === null ? 3 : i.fact.version.status === 'contested' ? 0 : i.fact.version.status === 'needs-review' ? 1 : 2;
    const ranks = queue.items.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Within a rank, the least confident first.
    for (let i = 1; i < queue.items.length; i++) {
      if (ranks[i] === ranks[i - 1]) expect(queue.items[i]!.claim.confidence).toBeGreaterThanOrEqual(queue.items[i - 1]!.claim.confidence);
    }
    // Paging through gives the same claims once each.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: z.output<typeof ReviewQueuePage> = await get(app, `/api/review-queue?limit=4${cursor ? `&cursor=${cursor}` : ''}`, ReviewQueuePage);
      paged.push(...page.items.map((i) => i.claim.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(queue.items.map((i) => i.claim.id));
  });

  test('facts page through with a cursor, each once, in the order of one big page', async () => {
    const { app } = reads;
    const whole = await get(app, '/api/facts?limit=200', FactPage);
    expect(whole.nextCursor).toBeNull();
    const paged = await allFacts(app, 'limit=3');
    expect(paged.map((i) => i.fact.id)).toEqual(whole.items.map((i) => i.fact.id));
    const bySubject = await allFacts(app, 'limit=5&sort=subject');
    expect(new Set(bySubject.map((i) => i.fact.id))).toEqual(new Set(whole.items.map((i) => i.fact.id)));
    const predicate = await get(app, '/api/facts?predicate=rate&limit=200', FactPage);
    expect(predicate.items.length).toBeGreaterThan(0);
    for (const i of predicate.items) expect(i.fact.predicate).toContain('rate');
  });

  test("a fact's versions page through with a cursor: every version and claim once, as one big page lists them", async () => {
    const { app, store } = reads;
    // The fact whose history holds the most evidence.
    let hot = { id: '', claims: 0 };
    for (const s of await store.listFacts()) {
      const h = (await store.factHistory(s.fact.id, { limit: 1000 }))!;
      const claims = h.versions.reduce((n, v) => n + v.supporting.length + v.opposing.length, 0);
      if (claims > hot.claims) hot = { id: s.fact.id, claims };
    }
    expect(hot.claims).toBeGreaterThan(4);
    const whole = await get(app, `/api/facts/${hot.id}?limit=1000`, FactDetailBody);
    expect(whole.nextCursor).toBeNull();
    // The default page holds a fact of the seeds whole.
    expect(await get(app, `/api/facts/${hot.id}`, FactDetailBody)).toEqual(whole);
    const flat = (versions: typeof whole.versions) => versions.flatMap((v) => [...v.supporting, ...v.opposing].map((c) => `${v.version.seq}:${c.claimId}`));
    const seen: string[] = [];
    const seqs = new Set<number>();
    let cursor: string | null = null;
    do {
      const page: typeof whole = await get(app, `/api/facts/${hot.id}?limit=2${cursor ? `&cursor=${cursor}` : ''}`, FactDetailBody);
      expect(flat(page.versions).length).toBeLessThanOrEqual(2);
      seen.push(...flat(page.versions));
      for (const v of page.versions) seqs.add(v.version.seq);
      // Every page shows the belief and at most `limit` quotes per value.
      expect(page.version).toEqual(whole.version);
      for (const c of page.candidates) expect(c.claims.length).toBeLessThanOrEqual(2);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(flat(whole.versions));
    expect([...seqs]).toEqual(whole.versions.map((v) => v.version.seq));
    const other = (await store.listFacts()).find((s) => s.fact.id !== hot.id)!;
    const foreign = (await get(app, `/api/facts/${hot.id}?limit=1`, FactDetailBody)).nextCursor!;
    const refused = await app.inject({ url: `/api/facts/${other.fact.id}?cursor=${foreign}` });
    expect(refused.statusCode).toBe(400);
    expect(ErrorBody.parse(refused.json()).message).toContain('cursor');
    expect((await app.inject({ url: `/api/facts/${hot.id}?limit=0` })).statusCode).toBe(400);
  });

  test('valid_at gives the value that held that day; as_of the belief held then', async () => {
    const { app, store } = reads;
    const cars = await carTariff(app);
    expect(cars.version.value).toEqual({ amount: 15, unit: '%' });
    const june = await get(app, `/api/facts?subject=japanese%20cars&valid_at=2025-06-01`, FactPage);
    expect(june.items.find((i) => i.fact.id === cars.fact.id)?.valueAt?.value).toEqual({ amount: 25, unit: '%' });
    const detail = await get(app, `/api/facts/${cars.fact.id}?valid_at=2025-06-01`, FactDetailBody);
    expect(detail.valueAt?.value).toEqual({ amount: 25, unit: '%' });

    // Before the third article (004, the deal) was recorded, only 25% was believed.
    const versions = (await store.factHistory(cars.fact.id))!.versions.map((v) => v.version);
    const first = versions[0]!;
    const asOf = new Date(first.recordedFrom.getTime() + 1).toISOString();
    const then = await get(app, `/api/facts/${cars.fact.id}?as_of=${asOf}`, FactDetailBody);
    expect(then.version?.seq).toBe(first.seq);
    expect(then.version?.value).toEqual(first.value);
    const listThen = await get(app, `/api/facts?subject=japanese%20cars&as_of=${asOf}`, FactPage);
    expect(listThen.items.find((i) => i.fact.id === cars.fact.id)?.version.seq).toBe(first.seq);
    const beforeAll = await get(app, `/api/facts?as_of=2020-01-01T00:00:00Z`, FactPage);
    expect(beforeAll.items).toEqual([]);
  });

  test('a reviewer says two facts are one, then takes it back; a claim moves to no fact; kinds never mix', async ({ app, store }) => {
    const rates = await allFacts(app, 'predicate=rate');
    const cars = await carTariff(app);
    const other = rates.find((f) => f.fact.id !== cars.fact.id && f.fact.kind === 'figure')!;
    // The list carries a summary per candidate; the fact's own page has its claims.
    const claimId = (await get(app, `/api/facts/${other.fact.id}`, FactDetailBody)).version!.supporting[0]!;
    const merged = await app.inject({ method: 'POST', url: `/api/facts/${other.fact.id}/same-as`, headers: auth, payload: { into: cars.fact.id, reason: 'one rate' } });
    expect(merged.statusCode, merged.body).toBe(200);
    const body = IdentityReviewResponse.parse(merged.json());
    expect(body.review).toMatchObject({ action: 'merge', targetId: other.fact.id, intoFact: cars.fact.id, reason: 'one rate' });
    expect(body.facts.map((f) => f.fact.id)).toEqual([cars.fact.id]);
    expect((await allFacts(app, 'predicate=rate')).map((f) => f.fact.id)).not.toContain(other.fact.id);
    expect((await store.factHistory(cars.fact.id))!.identityReviews.map((r) => r.id)).toEqual([body.review.id]);

    const undo = await app.inject({ method: 'POST', url: `/api/identity-reviews/${body.review.id}/withdrawal`, headers: auth, payload: {} });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(IdentityReviewResponse.parse(undo.json()).review).toMatchObject({ action: 'withdraw', withdraws: body.review.id });
    expect((await allFacts(app, 'predicate=rate')).map((f) => f.fact.id)).toContain(other.fact.id);
    expect((await app.inject({ method: 'POST', url: `/api/identity-reviews/${body.review.id}/withdrawal`, headers: auth, payload: {} })).statusCode).toBe(409);

    const moved = await app.inject({ method: 'POST', url: `/api/claims/${claimId}/move`, headers: auth, payload: { into: null } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(IdentityReviewResponse.parse(moved.json()).review).toMatchObject({ action: 'move', targetId: claimId, intoFact: null, fromFact: expect.any(String) });
    expect((await get(app, `/api/claims/${claimId}`, ClaimItem)).factId).toBeNull();

    const person = (await allFacts(app, 'predicate=role'))[0]!;
    const mixed = await app.inject({ method: 'POST', url: `/api/facts/${person.fact.id}/same-as`, headers: auth, payload: { into: cars.fact.id } });
    expect(mixed.statusCode).toBe(400);
    expect(ErrorBody.parse(mixed.json()).message).toMatch(/never one/);
    expect((await app.inject({ method: 'POST', url: '/api/facts/f_nope/same-as', headers: auth, payload: { into: cars.fact.id } })).statusCode).toBe(404);
  });

  test('writes without a valid bearer token get 401 and change nothing', async ({ app, store }) => {
    const cars = await carTariff(app);
    const before = await store.counts();
    for (const headers of [{}, { authorization: 'Bearer wrong-token-000' }, { authorization: 'Basic dXNlcjpwYXNz' }]) {
      const review = await app.inject({
        method: 'POST',
        url: `/api/facts/${cars.fact.id}/reviews`,
        headers: { ...headers, 'if-match': `"${cars.revision}"` },
        payload: { action: 'accept' },
      });
      expect(review.statusCode).toBe(401);
      expect(ErrorBody.parse(review.json()).message).toMatch(/bearer token/);
      const ingest = await app.inject({ method: 'POST', url: '/api/ingest', headers, payload: { locations: ['/etc/passwd'] } });
      expect(ingest.statusCode).toBe(401);
      const schedule = await app.inject({ method: 'POST', url: '/api/schedules', headers, payload: { name: 'x', source: '/tmp', every: '1h' } });
      expect(schedule.statusCode).toBe(401);
    }
    expect(await store.counts()).toEqual(before);
    expect((await store.factHistory(cars.fact.id))!.reviews).toEqual([]);
  });

  test('a fact review with the current revision pins the value and moves the revision; a stale one gets 409 and changes nothing', async ({ app, store }) => {
    const cars = await carTariff(app);
    const detail = await app.inject({ method: 'GET', url: `/api/facts/${cars.fact.id}` });
    expect(detail.headers.etag).toBe(`"${cars.revision}"`);

    const missing = await app.inject({ method: 'POST', url: `/api/facts/${cars.fact.id}/reviews`, headers: auth, payload: { action: 'accept' } });
    expect(missing.statusCode).toBe(428);

    const ok = await app.inject({
      method: 'POST',
      url: `/api/facts/${cars.fact.id}/reviews`,
      headers: { ...auth, 'if-match': detail.headers.etag as string },
      payload: { action: 'accept', reason: 'the July deal set 15%', reviewer: 'ana' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const accepted = ReviewResponse.parse(ok.json());
    expect(accepted.review).toMatchObject({ action: 'accept', reviewer: 'ana', reason: 'the July deal set 15%' });
    expect(accepted.fact.version.status).toBe('reviewed');
    expect(accepted.fact.revision).toBeGreaterThan(cars.revision);
    expect(ok.headers.etag).toBe(`"${accepted.fact.revision}"`);

    // A second reviewer who read the fact before the first one's review.
    const versionsBefore = (await store.factHistory(cars.fact.id))!;
    const stale = await app.inject({
      method: 'POST',
      url: `/api/facts/${cars.fact.id}/reviews`,
      headers: { ...auth, 'if-match': `"${cars.revision}"` },
      payload: { action: 'correct', value: { amount: 20, unit: '%' } },
    });
    expect(stale.statusCode).toBe(409);
    expect(ErrorBody.parse(stale.json())).toMatchObject({ error: 'Conflict', currentRevision: accepted.fact.revision });
    expect(await store.factHistory(cars.fact.id)).toEqual(versionsBefore);

    // Retrying with the fresh revision goes through.
    const retry = await app.inject({
      method: 'POST',
      url: `/api/facts/${cars.fact.id}/reviews`,
      headers: { ...auth, 'if-match': `W/"${accepted.fact.revision}"` },
      payload: { action: 'correct', value: { amount: 20, unit: '%' }, reason: 'test' },
    });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(ReviewResponse.parse(retry.json()).fact.version.value).toEqual({ amount: 20, unit: '%' });
  });

  test('a claim review re-reconciles its fact and moves the claim revision; a stale one gets 409', async ({ app, store }) => {
    const queue = await get(app, '/api/review-queue?kind=figure&limit=200', ReviewQueuePage);
    const item = queue.items.find((i) => i.fact !== null)!;
    const res = await app.inject({
      method: 'POST',
      url: `/api/claims/${item.claim.id}/reviews`,
      headers: { ...auth, 'if-match': `"${item.claim.revision}"` },
      payload: { action: 'reject', reason: 'misread' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = ReviewResponse.parse(res.json());
    expect(body.claim).toMatchObject({ id: item.claim.id, status: 'rejected', revision: 2 });
    expect(res.headers.etag).toBe('"2"');
    expect(body.fact.fact.id).toBe(item.fact!.fact.id);
    const detail = await get(app, `/api/facts/${item.fact!.fact.id}`, FactDetailBody);
    expect(detail.reviews).toEqual([expect.objectContaining({ targetKind: 'claim', targetId: item.claim.id, action: 'reject', reason: 'misread' })]);

    const again = await app.inject({
      method: 'POST',
      url: `/api/claims/${item.claim.id}/reviews`,
      headers: { ...auth, 'if-match': `"${item.claim.revision}"` },
      payload: { action: 'accept' },
    });
    expect(again.statusCode).toBe(409);
    const [view] = await store.claimViews({ claimIds: [item.claim.id] });
    expect(view?.claim.status).toBe('rejected');
    const pending = await get(app, '/api/review-queue?limit=200', ReviewQueuePage);
    expect(pending.items.map((i) => i.claim.id)).not.toContain(item.claim.id);
    const rejected = await get(app, '/api/review-queue?status=rejected', ReviewQueuePage);
    expect(rejected.items.map((i) => i.claim.id)).toEqual([item.claim.id]);
  });

  test('two reviewers racing on one revision: exactly one wins', async ({ app }) => {
    const cars = await carTariff(app);
    const send = (value: number) =>
      app.inject({
        method: 'POST',
        url: `/api/facts/${cars.fact.id}/reviews`,
        headers: { ...auth, 'if-match': `"${cars.revision}"` },
        payload: { action: 'correct', value: { amount: value, unit: '%' } },
      });
    const results = await Promise.all([send(16), send(17)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const detail = await get(app, `/api/facts/${cars.fact.id}`, FactDetailBody);
    expect(detail.reviews).toHaveLength(1);
  });

  test('bad review bodies get 400 naming the field', async ({ app }) => {
    const cars = await carTariff(app);
    const send = (payload: unknown) =>
      app.inject({ method: 'POST', url: `/api/facts/${cars.fact.id}/reviews`, headers: { ...auth, 'if-match': `"${cars.revision}"` }, payload: payload as object });
    const noValue = await send({ action: 'correct' });
    expect(noValue.statusCode).toBe(400);
    expect(ErrorBody.parse(noValue.json()).message).toMatch(/value/);
    expect((await send({ action: 'approve' })).statusCode).toBe(400);
    expect((await send({ action: 'accept', extra: 1 })).statusCode).toBe(400);
    const badMatch = await app.inject({ method: 'POST', url: `/api/facts/${cars.fact.id}/reviews`, headers: { ...auth, 'if-match': '*' }, payload: { action: 'accept' } });
    expect(badMatch.statusCode).toBe(400);
  });
});

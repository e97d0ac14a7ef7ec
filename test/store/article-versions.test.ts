/**
 * Article versions (0021), on every backend: a page edited at the same URL becomes the next version of one
 * article. Fetched twice from a local HTTP server that changes the page in between, the new version's claims
 * replace the old one's in reconciliation; the old claim stays in the fact's history, marked superseded by the
 * new version, and the article list shows the page once, with two versions.
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { HttpSource } from '../../ingest/index.js';
import { ingestRequest, InProcessRunner, type RunEvent } from '../../queues/index.js';
import type { FactStore } from '../../store/index.js';
import { startWebServer, type WebServer } from '../ingest/web-server.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const page = (amount: string) => `<!doctype html><html><head><title>Japan to invest in US plants</title>
<meta property="og:site_name" content="Harbour Gazette"></head><body><article><h1>Japan to invest in US plants</h1>
<p>Japan will invest ${amount} in American factories under the trade deal, the finance ministry said on Tuesday.</p>
<p>The agreement also cuts the US tariff on Japanese cars to 15%, officials said.</p></article></body></html>`;

let web: WebServer;
let amount = '$400 billion';

beforeAll(async () => {
  web = await startWebServer();
  web.route('/news/deal.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(amount));
  });
});
afterAll(async () => {
  await web.close();
});

async function fetchPage(store: FactStore): Promise<void> {
  const runner = new InProcessRunner({ store, sources: [new HttpSource({ allowAddresses: ['127.0.0.1'] }, { cache: store })], logger: pino({ level: 'silent' }), now: () => new Date() });
  const url = `${web.base}/news/deal.html`;
  const events: RunEvent[] = [];
  await runner.run([ingestRequest({ location: url, published: '2026-03-03', outlet: null, title: null, url })], (e) => events.push(e));
  expect(events.filter((e) => e.type !== 'completed')).toEqual([]);
}

describe.each(BACKENDS)('article versions [%s]', (kind) => {
  const test = storeTest(kind);

  test('a changed page at a known URL is a new version: only its value counts, the old claim is kept as superseded', async ({ store }) => {
    amount = '$400 billion';
    await fetchPage(store);
    const investment = async () => (await store.listFacts()).find((f) => /invest/i.test(f.fact.subject))!;
    const before = await investment();
    expect(before.version.value).toEqual({ amount: 400e9, unit: 'USD' });
    const [first] = await store.articleSummaries();
    expect(first).toMatchObject({ version: 1, versions: 1, supersededBy: null, source: 'Harbour Gazette' });

    amount = '$450 billion';
    await fetchPage(store);
    const after = await investment();
    expect(after.fact.id).toBe(before.fact.id);
    // Only the new version's value counts: one candidate, no contest with the text the outlet replaced.
    expect(after.version.value).toEqual({ amount: 450e9, unit: 'USD' });
    expect(after.version.status).toBe('settled');
    expect(after.version.candidates.map((c) => c.value)).toEqual([{ amount: 450e9, unit: 'USD' }]);

    // The page is listed once, as its latest version, with two versions.
    const listed = await store.articleSummaries();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ version: 2, versions: 2, supersededBy: null });
    expect(listed[0]!.id).not.toBe(first!.id);
    expect((await store.counts()).articles).toBe(1);
    const old = (await store.articleSummaries(first!.id))[0];
    expect(old).toMatchObject({ version: 1, versions: 2, supersededBy: listed[0]!.id });

    // History is append-only: the first version still counted $400 billion; its claim is now marked superseded.
    const history = (await store.factHistory(after.fact.id))!;
    expect(history.versions.map((v) => v.version.value)).toEqual([
      { amount: 400e9, unit: 'USD' },
      { amount: 450e9, unit: 'USD' },
    ]);
    const oldClaim = history.versions[0]!.supporting[0]!;
    expect(oldClaim).toMatchObject({ quote: '$400 billion', articleId: first!.id, supersededBy: listed[0]!.id });
    expect(history.versions[1]!.supporting.map((c) => [c.quote, c.supersededBy])).toEqual([['$450 billion', null]]);
    const oldViews = await store.claimViews({ articleId: first!.id });
    expect(oldViews.length).toBeGreaterThan(0);
    expect(oldViews.every((v) => v.supersededBy === listed[0]!.id)).toBe(true);
    // A superseded claim no longer waits for review.
    const queue = await store.reviewQueue({ status: 'pending', limit: 100 });
    expect(queue.items.some((i) => i.view.claim.articleId === first!.id)).toBe(false);

    // Every other fact of the page still has exactly the new version's claims: nothing counts twice.
    for (const f of await store.listFacts()) {
      const claims = f.version.candidates.flatMap((c) => c.claimIds);
      const views = await store.claimViews({ claimIds: claims });
      expect(views.every((v) => v.claim.articleId === listed[0]!.id), f.fact.subject).toBe(true);
    }

    // Fetching the unchanged page again changes nothing.
    const versions = (await store.factHistory(after.fact.id))!.versions.length;
    await fetchPage(store);
    expect(await store.articleSummaries()).toEqual(listed);
    expect((await store.factHistory(after.fact.id))!.versions).toHaveLength(versions);
  });
});

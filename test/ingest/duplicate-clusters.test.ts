import { afterEach, describe, expect, it } from 'vitest';
import { FactStore } from '../../store/index.js';
import { ClaimRow } from '../../store/rows.js';
import { queries } from '../../store/sql.js';
import { article, figure, outlet } from '../store/samples.js';
import { BACKENDS, openBackend, type Backend } from '../store/store-fixture.js';

const original =
  'Japan said on Wednesday it would invest $550 billion in the United States under a trade deal that lowers tariffs on Japanese cars to 15%. ' +
  'The agreement, announced in Washington, ends months of negotiation between the two governments over tariffs on cars and car parts. ' +
  'Officials in Tokyo said the investment would be spread over several years and would focus on semiconductors, energy and shipbuilding.';
const syndicated = original.replace('The agreement, announced in Washington,', 'The agreement, which was announced in Washington,');
const unrelated =
  'Forecasters said heavy rain would reach Osaka on Saturday, with up to 120 millimetres expected in some districts. ' +
  'The city asked residents near the river to prepare for possible evacuation orders on Sunday morning.';

let backend: Backend | undefined;
afterEach(async () => {
  await backend?.dispose();
  backend = undefined;
});

describe.each(BACKENDS)('near-duplicate clusters on %s', (kind) => {
  it('links a syndicated copy to the original, leaves other articles alone, and exposes the cluster with the evidence', async () => {
    backend = await openBackend(kind);
    const store = new FactStore(backend.db);
    const a = article('tokyo.html', original, '2025-07-23', outlet('Example News').id);
    const b = article('wire.html', syndicated, '2025-07-24', outlet('Wire Example').id);
    const c = article('osaka.html', unrelated, '2025-07-20');
    await store.saveArticle(a, outlet('Example News'));
    await store.saveArticle(b, outlet('Wire Example'));
    await store.saveArticle(c, null);

    const duplicates = await store.listArticleClusters({ duplicatesOnly: true });
    expect(duplicates.map((r) => [r.doc, r.cluster, r.clusterSize])).toEqual([
      ['tokyo.html', a.id, 2],
      ['wire.html', a.id, 2],
    ]);
    const all = await store.listArticleClusters();
    expect(all.find((r) => r.doc === 'osaka.html')).toMatchObject({ cluster: null, clusterSize: 1 });

    // The same figure in both copies: the evidence query carries their shared cluster for reconciliation.
    const quote = '$550 billion';
    await store.recordClaims(a.id, [figure(a, quote, { amount: 550e9, unit: 'USD' }, 'Japan', 'investment in the United States')]);
    await store.recordClaims(b.id, [figure(b, quote, { amount: 550e9, unit: 'USD' }, 'Japan', 'investment in the United States')]);
    const factIds = [...new Set((await store.listClaims()).map((cl) => cl.id))];
    expect(factIds).toHaveLength(2);
    const rows = (await backend.db.query(queries['claims-list'], [null, null, null])) as { fact_id: string | null }[];
    const factId = rows[0]!.fact_id!;
    const evidence = (await backend.db.query(queries['claims-evidence'], [JSON.stringify([factId])])).map((r) => ClaimRow.parse(r));
    expect(evidence.map((e) => [e.doc, e.cluster])).toEqual(
      expect.arrayContaining([
        ['tokyo.html', a.id],
        ['wire.html', a.id],
      ]),
    );
  });
});

describe.each(BACKENDS)('fetch cache on %s', (kind) => {
  it('keeps and replaces the conditional-GET state of a URL, body included', async () => {
    backend = await openBackend(kind);
    const store = new FactStore(backend.db);
    const url = 'https://news.example/a';
    expect(await store.lookupFetched(url)).toBeNull();
    const entry = {
      url,
      finalUrl: url,
      etag: '"v1"',
      lastModified: null,
      contentType: 'text/html',
      charset: 'utf-8',
      body: new Uint8Array([60, 112, 62, 0xe6, 0x9d, 0xb1]),
      fetchedAt: new Date('2025-07-23T10:00:00Z'),
    };
    await store.rememberFetched(entry);
    await store.rememberFetched({ ...entry, etag: '"v2"' });
    const found = await store.lookupFetched(url);
    expect(found).toMatchObject({ etag: '"v2"', contentType: 'text/html', charset: 'utf-8' });
    expect([...found!.body]).toEqual([...entry.body]);
    expect(found!.fetchedAt.toISOString()).toBe('2025-07-23T10:00:00.000Z');
  });
});

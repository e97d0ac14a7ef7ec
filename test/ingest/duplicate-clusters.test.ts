import { afterEach, describe, expect, it } from 'vitest';
import { bandKeys, DUPLICATE_CANDIDATES, minHashSignature } from '../../ingest/near-duplicate.js';
import { FactStore, loadMigrations, runMigrations } from '../../store/index.js';
import { ClaimRow, DuplicateCandidateRow, minhashHex } from '../../store/rows.js';
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

describe.each(BACKENDS)('stored MinHash signatures on %s', (kind) => {
  /** The stored articles sharing a band with `bands`, as clustering reads them. */
  const candidates = async (b: Backend, bands: string[], exclude: string, bound = DUPLICATE_CANDIDATES) =>
    (await b.db.query(queries['article-duplicate-candidates'], [JSON.stringify(bands), exclude, bound])).map((r) => DuplicateCandidateRow.parse(r));
  const bandsOf = async (b: Backend, id: string) =>
    ((await b.db.query(`SELECT band_key FROM article_bands WHERE article_id = $1 ORDER BY band_key`, [id])) as { band_key: string }[]).map((r) => r.band_key);

  it('read back as the slots computed, the largest and zero ones included', async () => {
    backend = await openBackend(kind);
    const store = new FactStore(backend.db);
    const a = article('tokyo.html', original, '2025-07-23');
    const short = article('short.html', 'Two words', '2025-07-23');
    await store.saveArticle(a, null);
    await store.saveArticle(short, null);
    const [row] = await candidates(backend, await bandsOf(backend, a.id), 'none');
    expect(row).toEqual({ id: a.id, cluster_id: null, minhash: minHashSignature(original) });
    const [zero] = await candidates(backend, await bandsOf(backend, short.id), 'none');
    expect(zero!.minhash).toEqual(new Array(128).fill(0));
    // Any unsigned 32-bit slot, the top bit set or not, reads back as written (a signed reading would turn it negative).
    const extremes = Array.from({ length: 128 }, (_, i) => [0, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 0x00ff00ff][i % 6]! + (i % 6 === 1 ? i : 0));
    await backend.db.query(queries['article-cluster-set'], [short.id, minhashHex(extremes), '["x:1"]', null, '[]']);
    const [written] = await candidates(backend, ['x:1'], 'none');
    expect(written).toEqual({ id: short.id, cluster_id: null, minhash: extremes });
  });

  it('reads the articles sharing the most bands, then the newest, up to its bound; a crowded band hides no copy', { timeout: 120_000 }, async () => {
    backend = await openBackend(kind);
    const store = new FactStore(backend.db);
    const a = article('tokyo.html', original, '2025-07-23');
    await store.saveArticle(a, null);
    // Twelve unrelated articles stored after it, all sharing one band with it, as a recurring paragraph's band fills up.
    const fillers = Array.from({ length: 12 }, (_, i) => article(`filler-${i}.html`, Array.from({ length: 30 }, (_, j) => `w${i}x${j}`).join(' ') + '.', '2025-07-01'));
    for (const f of fillers) await store.saveArticle(f, null);
    const crowd = [a.id, ...fillers.map((f) => f.id)];
    await backend.db.query(`INSERT INTO article_bands (band_key, article_id) SELECT 'crowded', id FROM unnest($1::text[]) AS id`, [crowd]);
    const bands = [...(await bandsOf(backend, a.id)), 'crowded'];
    // The original shares every band; of the fillers (one band each) the newest fill the bound; oldest first.
    expect((await candidates(backend, bands, 'none', 5)).map((r) => r.id)).toEqual([a.id, ...fillers.slice(-4).map((f) => f.id)]);
    expect(await candidates(backend, bands, 'none')).toHaveLength(13);
    // A copy of the original clusters with it: it shares most of its bands, whatever crowds the one band.
    const copy = article('wire.html', syndicated, '2025-07-24');
    await store.saveArticle(copy, null);
    expect((await store.listArticleClusters({ duplicatesOnly: true })).map((r) => [r.doc, r.cluster])).toEqual([
      ['tokyo.html', a.id],
      ['wire.html', a.id],
    ]);
  });

  it("a store's jsonb signatures from before 0054 read the same, and its copies still cluster", { timeout: 120_000 }, async () => {
    backend = await openBackend(kind, { migrate: false });
    await runMigrations(backend.db, loadMigrations().filter((m) => m.version < 54));
    const signature = minHashSignature(original);
    await backend.db.query(
      `INSERT INTO articles (id, doc, published, lang, text, content_hash, minhash) VALUES ('a_old', 'old.html', '2025-07-23', 'en', $1, $2, $3::jsonb)`,
      [original, 'a'.repeat(64), JSON.stringify(signature)],
    );
    await backend.db.query(`INSERT INTO article_bands (band_key, article_id) SELECT k, 'a_old' FROM unnest($1::text[]) AS k`, [bandKeys(signature)]);
    await runMigrations(backend.db);
    const store = new FactStore(backend.db);
    const copy = article('wire.html', syndicated, '2025-07-24');
    await store.saveArticle(copy, null);
    const [row] = await candidates(backend, await bandsOf(backend, copy.id), copy.id);
    expect(row).toEqual({ id: 'a_old', cluster_id: 'a_old', minhash: signature });
    expect((await store.listArticleClusters({ duplicatesOnly: true })).map((r) => [r.doc, r.cluster])).toEqual([
      ['old.html', 'a_old'],
      ['wire.html', 'a_old'],
    ]);
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

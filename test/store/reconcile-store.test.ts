/**
 * Reconciliation through the store: reviews, imports, arrival order and
 * crash safety, on every backend.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect } from 'vitest';
import { extractClaims } from '../../extract/index.js';
import { buildArticle, FileSource } from '../../ingest/index.js';
import type { ClaimDraft } from '../../model/index.js';
import { FactStore, type Database, type FactStore as Store } from '../../store/index.js';
import { article, figure } from './samples.js';
import { SEEDS } from './seed-claims.js';
import { BACKENDS, openBackend, storeTest } from './store-fixture.js';

const T1 = new Date('2026-01-01T00:00:00Z');
const T2 = new Date('2026-01-02T00:00:00Z');
const T3 = new Date('2026-01-03T00:00:00Z');
const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

const a1 = article('a1.txt', 'The US tariff on Japanese cars is 15%.', '2025-07-23');
const a2 = article('a2.txt', 'A later note: the US tariff on Japanese cars is 25%.', '2025-07-25');
const a3 = article('a3.txt', 'Yet another outlet: the US tariff on Japanese cars is 25%.', '2025-07-26');
const rate = (a: typeof a1, q: string, n: number) => figure(a, q, { amount: n, unit: '%' }, 'US tariff on Japanese cars', 'rate');

async function record(store: Store, a: typeof a1, drafts: ClaimDraft[], now: Date): Promise<void> {
  await store.saveArticle(a, null);
  await store.recordClaims(a.id, drafts, { now });
}

describe.each(BACKENDS)('reconciliation in the store [%s]', (kind) => {
  const test = storeTest(kind);

  test('a fact review pins its value; new evidence against it flags needs-review and never overturns it', async ({ store }) => {
    await record(store, a1, [rate(a1, '15%', 15)], T1);
    const [state] = await store.listFacts();
    const { review, fact } = await store.recordReview({ targetKind: 'fact', targetId: state!.fact.id, action: 'accept', reason: 'decree', reviewer: 'ann' }, { now: T2 });
    expect(review).toMatchObject({ action: 'accept', value: { amount: 15, unit: '%' }, reviewer: 'ann', seenClaimIds: state!.version.supporting });
    expect(fact.version).toMatchObject({ status: 'reviewed', value: { amount: 15, unit: '%' } });

    await record(store, a2, [rate(a2, '25%', 25)], T3);
    await record(store, a3, [rate(a3, '25%', 25)], new Date('2026-01-04T00:00:00Z'));
    const [after] = await store.listFacts();
    expect(after!.version).toMatchObject({ status: 'needs-review', value: { amount: 15, unit: '%' } });
    expect(after!.version.reason).toMatch(/new evidence against it: 25%/);
    const history = (await store.factHistory(state!.fact.id))!;
    // Each further report against it is another needs-review version, with its own reason.
    expect(history.versions.map((v) => v.version.status)).toEqual(['settled', 'reviewed', 'needs-review', 'needs-review']);
    expect(history.reviews.map((r) => r.id)).toEqual([review.id]);
  });

  test('a claim review: rejected claims stop counting, corrected ones count with the new value', async ({ store }) => {
    await record(store, a1, [rate(a1, '15%', 15)], T1);
    await record(store, a2, [rate(a2, '25%', 25)], T2);
    const claims = await store.listClaims();
    const wrong = claims.find((c) => c.quote === '25%')!;
    const rejected = await store.recordReview({ targetKind: 'claim', targetId: wrong.id, action: 'reject', reviewer: 'ann' }, { now: T3 });
    expect(rejected.fact.version).toMatchObject({ status: 'settled', value: { amount: 15, unit: '%' }, candidates: [expect.objectContaining({ sources: ['a1.txt'] })] });
    const corrected = await store.recordReview(
      { targetKind: 'claim', targetId: wrong.id, action: 'correct', value: { amount: 15, unit: '%' }, reviewer: 'ann' },
      { now: new Date('2026-01-04T00:00:00Z') },
    );
    expect(corrected.fact.version.candidates[0]!.sources).toEqual(['a1.txt', 'a2.txt']);
    await expect(store.recordReview({ targetKind: 'claim', targetId: 'c_nope', action: 'accept' })).rejects.toMatchObject({ name: 'InputError' });
  });

  test('imports reconcile like extracted claims: subject and predicate verbatim, numbers as amounts, observed_at as valid time', async ({ store }) => {
    const rows = [
      { source: 'A', object: 'Paris', attribute: 'population', value: '2,100,000', observedAt: '2024-01-01' },
      { source: 'B', object: 'Paris', attribute: 'population', value: '2100000', observedAt: '2024-01-02' },
      { source: 'C', object: 'Paris', attribute: 'population', value: '1900000', observedAt: '2024-01-02' },
      { source: 'A', object: 'Paris', attribute: 'mayor', value: 'Anne Hidalgo' },
      { source: 'A', object: 'paris', attribute: 'mayor', value: 'Someone else' },
    ];
    expect(await store.importClaims(rows, { now: T1 })).toEqual({ rows: 5, claimsInserted: 5, factsTouched: 3, versionsWritten: 3 });
    expect(await store.importClaims(rows, { now: T2 })).toMatchObject({ claimsInserted: 0, versionsWritten: 0 });
    const facts = new Map((await store.exportFacts()).map((f) => [`${f.subject}|${f.predicate}`, f]));
    expect(facts.get('Paris|population')).toMatchObject({
      value: { amount: 2100000, unit: '1' },
      valid_from: '2024-01-01',
      sources: ['A', 'B'],
      alternatives: [{ value: { amount: 1900000, unit: '1' }, status: 'disputed', sources: ['C'] }],
    });
    // Object names are identifiers: `Paris` and `paris` are two objects.
    expect(facts.get('Paris|mayor')).toMatchObject({ value: { text: 'Anne Hidalgo' }, sources: ['A'] });
    expect(facts.get('paris|mayor')).toMatchObject({ value: { text: 'Someone else' } });
    const trust = await store.refreshTrust({ now: T3 });
    expect(Object.keys(trust.trust).sort()).toEqual(['A', 'B', 'C']);
    expect(trust.trust.C!).toBeLessThan(trust.trust.A!);
    const history = (await store.factHistory(facts.get('Paris|population')!.id))!;
    expect(history.versions.at(-1)!.supporting.map((c) => [c.origin, c.doc, c.trust])).toEqual([
      ['import', 'A', trust.trust.A],
      ['import', 'B', trust.trust.B],
    ]);
  });

  test('a reconcile interrupted mid-transaction leaves the previous versions intact', async ({ backend, db }) => {
    const store = new FactStore(db);
    await record(store, a1, [rate(a1, '15%', 15)], T1);
    const before = await store.factHistory((await store.listFacts())[0]!.fact.id);
    await store.saveArticle(a2, null);
    // The process "dies" after the old version was closed and before the new one is written.
    const dying = new FactStore(crashAfter(db, 'INSERT INTO fact_versions'));
    await expect(dying.recordClaims(a2.id, [rate(a2, '25%', 25)], { now: T2 })).rejects.toThrow(/killed/);
    const other = new FactStore(await backend.openSecond());
    expect(await other.factHistory(before!.fact.id)).toEqual(before);
    expect((await other.counts()).claims).toBe(1);
    // A retry then succeeds as if nothing had happened.
    expect(await other.recordClaims(a2.id, [rate(a2, '25%', 25)], { now: T3 })).toMatchObject({ claimsInserted: 1, versionsWritten: 1 });
  });

  test('facts do not depend on the order articles arrive in', async () => {
    const exports: unknown[] = [];
    for (const order of [SEEDS, [...SEEDS].reverse(), [SEEDS[2]!, SEEDS[4]!, SEEDS[0]!, SEEDS[3]!, SEEDS[1]!]]) {
      const fresh = await openBackend(kind);
      try {
        const store = new FactStore(fresh.db);
        for (const seed of order) {
          await store.saveArticle(seed.article, seed.source);
          await store.recordClaims(seed.article.id, seed.drafts, { now: T1 });
        }
        exports.push(await store.exportFacts());
      } finally {
        await fresh.dispose();
      }
    }
    expect(exports[1]).toEqual(exports[0]);
    expect(exports[2]).toEqual(exports[0]);
  });
});

describe('the real seeds, re-ingested in another order', () => {
  const test = storeTest('pglite');

  test('give the same current facts', { timeout: 120_000 }, async () => {
    const files = new FileSource();
    const refs = await files.discover(seedsDir);
    const docs = [];
    for (const ref of refs) {
      const built = buildArticle(await files.load(ref));
      docs.push({ ...built, drafts: extractClaims({ text: built.article.text, published: built.article.published }) });
    }
    const runs = [];
    for (const order of [docs, [...docs].reverse(), [docs[3]!, docs[0]!, docs[4]!, docs[2]!, docs[1]!]]) {
      const backend = await openBackend('pglite');
      try {
        const store = new FactStore(backend.db);
        for (const d of order) {
          const saved = await store.saveArticle(d.article, d.source);
          await store.recordClaims(saved.article.id, d.drafts, { now: T1 });
        }
        runs.push(await store.exportFacts());
      } finally {
        await backend.dispose();
      }
    }
    expect(runs[0]!.length).toBeGreaterThan(30);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});

/** The database, except that the transaction dies (as a killed process would) at the first statement matching `marker`. */
function crashAfter(db: Database, marker: string): Database {
  const failing = (inner: Database): Database => ({
    kind: inner.kind,
    label: inner.label,
    exec: (sql) => inner.exec(sql),
    close: async () => {},
    transaction: (fn) => inner.transaction((tx) => fn(failing(tx))),
    query: async (sql, params) => {
      if (sql.includes(marker)) throw new Error('process killed mid-transaction');
      return inner.query(sql, params);
    },
  });
  return failing(db);
}

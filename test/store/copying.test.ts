/**
 * Copy detection persisted: `refreshTrust` stores the pairs of sources it
 * finds dependent, and later per-article (and per-import) reconciliation
 * discounts a source known to copy another that votes the same value.
 */
import { describe, expect } from 'vitest';
import type { Article } from '../../model/index.js';
import { type FactStore, type ImportRow } from '../../store/index.js';
import { reconcileFact } from '../../reconcile/index.js';
import { article, figure, outlet } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const FILLER = [
  'Harbour cranes idled through a wet Tuesday morning.',
  'Quarterly filings landed late after a server outage in Ohio.',
  'Regulators in Brussels opened a consultation on packaging rules.',
  'A rail strike in the north delayed shipments by almost a week.',
  'Farmers reported an early harvest across the southern valleys.',
];
const T = (n: number) => new Date(Date.UTC(2026, 2, 1, 0, 0, n));
const INDEPENDENT = ['A', 'B', 'D', 'E'];
const COPIERS = ['C1', 'C2', 'C3'];

/**
 * 20 objects: four independent sources, each wrong once on its own; three copiers that agree with
 * the truth on 16 objects and share the same wrong value on the last 4.
 */
function history(): ImportRow[] {
  const rows: ImportRow[] = [];
  for (let o = 1; o <= 20; o++) {
    INDEPENDENT.forEach((s, i) => rows.push({ source: s, object: `o${o}`, attribute: 'v', value: o === 3 + i * 4 ? `wrong-${s}` : `t${o}`, observedAt: null }));
    for (const s of COPIERS) rows.push({ source: s, object: `o${o}`, attribute: 'v', value: o > 16 ? `x${o}` : `t${o}`, observedAt: null });
  }
  return rows;
}

/** A new object: two independent sources against the three copiers. */
const contested = (object: string): ImportRow[] => [
  ...['A', 'B'].map((source) => ({ source, object, attribute: 'v', value: 'right', observedAt: null })),
  ...COPIERS.map((source) => ({ source, object, attribute: 'v', value: 'copied', observedAt: null })),
];

async function learn(store: FactStore) {
  await store.importClaims(history(), { now: T(1) });
  return store.refreshTrust({ now: T(2) });
}

describe.each(BACKENDS)('copy relations [%s]', (kind) => {
  const test = storeTest(kind);

  test('refreshTrust stores the copiers as pairs, and nothing between independent sources', async ({ store }) => {
    const { trust, copying } = await learn(store);
    expect(copying.map((c) => [c.sourceA, c.sourceB])).toEqual([
      ['C1', 'C2'],
      ['C1', 'C3'],
      ['C2', 'C3'],
    ]);
    expect(copying.every((c) => c.probability > 0.99 && c.sharedItems === 20 && c.sameValues === 20)).toBe(true);
    expect(trust.C1!).toBeLessThan(trust.A!);
    // A refresh replaces the stored set (it must not trip over the pairs it stored before).
    expect((await store.refreshTrust({ now: T(3) })).copying).toEqual(copying);
  });

  test('an import after the refresh: the copiers count about once, so two independent sources outweigh three copies', async ({ store }) => {
    const { trust } = await learn(store);
    await store.importClaims(contested('o21'), { now: T(4) });
    const fact = (await store.exportFacts()).find((f) => f.subject === 'o21')!;
    expect(fact).toMatchObject({ value: { text: 'right' }, sources: ['A', 'B'] });
    expect(fact.alternatives).toMatchObject([{ value: { text: 'copied' }, sources: ['C1', 'C2', 'C3'] }]);
    // Trust alone would not do it: the copiers' three votes outweigh two better sources.
    const evidence = contested('o21').map((r, i) => ({ claimId: `c${i}`, subject: 'o21', predicate: 'v', kind: null, value: { text: r.value }, doc: r.source, source: r.source, published: null }));
    expect(reconcileFact(evidence, { trust: new Map(Object.entries(trust)) }).value).toEqual({ text: 'copied' });
  });

  test('groups fused apart (fuseBy) still learn from each other: copying seen on one day decides a contested fact of another', async ({ store }) => {
    const day1 = history().map((r) => ({ ...r, object: `day1/${r.object}` }));
    await store.importClaims([...day1, ...contested('day2/o21')], { now: T(1) });
    const result = await store.refreshTrust({ fuseBy: /^[^/]+/, now: T(2) });
    expect(result.groups).toBe(2);
    expect(result.copying.map((c) => `${c.sourceA}~${c.sourceB}`)).toEqual(['C1~C2', 'C1~C3', 'C2~C3']);
    // Day 2 alone has one item, three copiers against two: only what day 1 taught outweighs them.
    const fact = (await store.exportFacts()).find((f) => f.subject === 'day2/o21')!;
    expect(fact).toMatchObject({ value: { text: 'right' }, sources: ['A', 'B'] });
  });

  test('mirrors (identical on nearly every shared item) are stored as such, and a later import counts them once', async ({ store }) => {
    // 120 objects: three independent sources, each wrong on its own six; three mirrors of one feed, wrong
    // together on ten (the same wrong value).
    const rows: ImportRow[] = [];
    for (let o = 1; o <= 120; o++) {
      ['A', 'B', 'D'].forEach((s, i) => rows.push({ source: s, object: `m${o}`, attribute: 'v', value: o % 20 === i + 1 ? `slip-${s}` : `t${o}`, observedAt: null }));
      for (const s of ['M1', 'M2', 'M3']) rows.push({ source: s, object: `m${o}`, attribute: 'v', value: o % 12 === 0 ? `feed-${o}` : `t${o}`, observedAt: null });
    }
    await store.importClaims(rows, { now: T(1) });
    const { trust, copying } = await store.refreshTrust({ now: T(2) });
    expect(copying.filter((c) => c.mirror).map((c) => `${c.sourceA}~${c.sourceB}`)).toEqual(['M1~M2', 'M1~M3', 'M2~M3']);
    expect(copying.filter((c) => !c.mirror).map((c) => `${c.sourceA}~${c.sourceB}`)).toEqual([]);
    // One independent source against the three mirrors, imported after the refresh (reconciled with what is stored).
    const contest: ImportRow[] = [{ source: 'A', object: 'm121', attribute: 'v', value: 'right', observedAt: null }, ...['M1', 'M2', 'M3'].map((source) => ({ source, object: 'm121', attribute: 'v', value: 'feed', observedAt: null }))];
    await store.importClaims(contest, { now: T(3) });
    const fact = (await store.exportFacts()).find((f) => f.subject === 'm121')!;
    expect(fact).toMatchObject({ value: { text: 'right' }, sources: ['A'] });
    // As sure copiers, not mirrors, the three would still outvote A (1 + 0.2 + 0.04 of a vote each).
    const evidence = contest.map((r, i) => ({ claimId: `c${i}`, subject: 'm121', predicate: 'v', kind: null, value: { text: r.value }, doc: r.source, source: r.source, published: null }));
    const dependence = new Map(copying.map((c) => [`${c.sourceA}\u0000${c.sourceB}`, c.probability]));
    expect(reconcileFact(evidence, { trust: new Map(Object.entries(trust)), dependence }).value).toEqual({ text: 'feed' });
  });

  test('a new article: outlets known to copy each other are discounted in per-article reconciliation', async ({ store }) => {
    await learn(store);
    const say = async (name: string, amount: number, n: number) => {
      const source = outlet(name);
      // Texts far apart, so that near-duplicate clustering (which would also count them once) stays out of it.
      // A named subject and a price: the five short texts share no story, and a generic one ("widget") would be
      // scoped to each text's own story, as a count of anything is (`isStoryCount`).
      const a: Article = article(`${name}.txt`, `${FILLER[n % FILLER.length]} The Acme widget price is $${amount}.`, '2026-03-01', source.id);
      await store.saveArticle(a, source);
      await store.recordClaims(a.id, [figure(a, `$${amount}`, { amount, unit: 'USD' }, 'Acme widget', 'price')], { now: T(n) });
    };
    await say('C1', 9, 10);
    await say('C2', 9, 11);
    await say('C3', 9, 12);
    await say('A', 7, 13);
    await say('B', 7, 14);
    const fact = (await store.exportFacts()).find((f) => f.subject === 'Acme widget')!;
    expect(fact).toMatchObject({ value: { amount: 7, unit: 'USD' }, sources: ['A.txt', 'B.txt'] });
    const [version] = (await store.listFacts({ subject: 'widget' })).map((s) => s.version);
    expect(version!.candidates[1]).toMatchObject({ value: { amount: 9, unit: 'USD' }, sources: ['C1.txt', 'C2.txt', 'C3.txt'] });
    expect(version!.candidates[1]!.weight).toBeLessThan(version!.candidates[0]!.weight);
  });
});

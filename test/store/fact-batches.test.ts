/**
 * Facts read in keyset batches (`factBatches`, `exportFactBatches`: what `newsfacts facts --json` streams) are
 * the facts `getFact` reads one at a time, in one order, each once, whatever the batch size, on both backends.
 */
import { describe, expect } from 'vitest';
import type { Database, ImportRow } from '../../store/index.js';
import { FactStore, loadMigrations, runMigrations, toFactExport } from '../../store/index.js';
import { BACKENDS, openBackend, storeTest } from './store-fixture.js';

const T0 = new Date('2026-01-01T00:00:00Z');
const T1 = new Date('2026-01-02T00:00:00Z');

/** Rows of my own: flights with times from several sites, some agreeing, some split, one changing later. */
const first: ImportRow[] = [
  { source: 'alpha', object: 'AA-10', attribute: 'gate', value: 'B4' },
  { source: 'beta', object: 'AA-10', attribute: 'gate', value: 'B4' },
  { source: 'alpha', object: 'AA-10', attribute: 'departure', value: '14:05' },
  { source: 'beta', object: 'AA-10', attribute: 'departure', value: '14:20' },
  { source: 'alpha', object: 'BA-22', attribute: 'gate', value: 'C1' },
  { source: 'gamma', object: 'BA-22', attribute: 'gate', value: 'C1' },
  { source: 'delta', object: 'BA-22', attribute: 'gate', value: 'C1' },
  { source: 'beta', object: 'BA-22', attribute: 'gate', value: 'C9' },
  { source: 'gamma', object: 'CX-3', attribute: 'arrival', value: '09:15' },
  { source: 'alpha', object: 'DL-7', attribute: 'arrival', value: '22:40' },
  { source: 'beta', object: 'DL-7', attribute: 'arrival', value: '22:45' },
  { source: 'alpha', object: 'EK-1', attribute: 'gate', value: 'A1' },
  { source: 'alpha', object: 'EK-1', attribute: 'departure', value: '07:00' },
];
/** A second load: new evidence on facts that already have a version (their next versions store deltas). */
const second: ImportRow[] = [
  { source: 'gamma', object: 'AA-10', attribute: 'departure', value: '14:05' },
  { source: 'delta', object: 'DL-7', attribute: 'arrival', value: '22:45' },
  { source: 'delta', object: 'CX-3', attribute: 'arrival', value: '09:50' },
];

async function seed(store: FactStore): Promise<void> {
  await store.importClaims(first, { now: T0 });
  await store.importClaims(second, { now: T1 });
}

async function collect<T>(batches: AsyncIterable<T[]>): Promise<{ items: T[]; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  for await (const batch of batches) {
    items.push(...batch);
    sizes.push(batch.length);
  }
  return { items, sizes };
}

const RANK = (status: string, disputed: boolean) => (status === 'contested' ? 0 : status === 'needs-review' ? 1 : disputed ? 2 : 3);

/** Each listed fact's attention rank, from its version as read. */
async function ranksOfVersions(store: FactStore): Promise<Record<string, number>> {
  return Object.fromEntries((await store.listFacts()).map((s) => [s.fact.id, RANK(s.version.status, s.version.candidates.some((c) => c.status === 'disputed'))]));
}

/** Each unmerged fact's stored attention rank (0055). */
async function ranksHeld(db: Database): Promise<Record<string, number | null>> {
  const rows = await db.query<{ id: string; attention: number | null }>('SELECT id, attention FROM facts WHERE merged_into IS NULL');
  return Object.fromEntries(rows.map((r) => [r.id, r.attention]));
}

describe.each(BACKENDS)('fact batches on %s', (kind) => {
  const test = storeTest(kind);

  test('every fact once, by subject, predicate and id, each as getFact reads it, whatever the batch size', async ({ store }) => {
    await seed(store);
    const ids = (await collect(store.factBatches({}, { batchSize: 1000 }))).items.map((s) => s.fact.id);
    expect(ids).toHaveLength(7);
    for (const batchSize of [1, 2, 3, 7]) {
      const { items, sizes } = await collect(store.factBatches({}, { batchSize }));
      expect(items.map((s) => s.fact.id)).toEqual(ids);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(batchSize);
    }
    const states = (await collect(store.factBatches({}, { batchSize: 2 }))).items;
    const keys = states.map((s) => [s.fact.subject, s.fact.predicate]);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : a[1]! > b[1]! ? 1 : 0)));
    // getFact reads one fact through version_members_at (0019): the batch's members replay to the same version.
    for (const state of states) {
      const one = await store.getFact(state.fact.id);
      expect(state).toEqual({ fact: one!.fact, version: one!.version });
    }
    // A fact with a second version reads its replayed members, not its first version's.
    const departure = states.find((s) => s.fact.subject === 'AA-10' && s.fact.predicate === 'departure')!;
    expect(departure.version.seq).toBe(2);
    expect(departure.version.candidates.flatMap((c) => c.sources).sort()).toEqual(['alpha', 'beta', 'gamma']);
    expect(await store.listFacts()).toEqual(states);
  });

  test('attention order: contested, needs-review, with a disputed value, the rest, each by subject; filters hold across batches', async ({ store }) => {
    await seed(store);
    const dl7 = (await store.listFacts({ subject: 'dl-7' }))[0]!;
    // A reviewer pins the outweighed value, which then outweighs the other (disputed).
    await store.recordReview({ targetKind: 'fact', targetId: dl7.fact.id, action: 'correct', value: { text: '22:40' }, reviewer: 'ann' }, { now: T1 });
    await store.importClaims([{ source: 'epsilon', object: 'DL-7', attribute: 'arrival', value: '22:45' }], { now: new Date('2026-01-03T00:00:00Z') });
    const all = (await collect(store.factBatches({}, { sort: 'attention', batchSize: 2 }))).items;
    expect(all).toHaveLength(7);
    const ranks = all.map((s) => RANK(s.version.status, s.version.candidates.some((c) => c.status === 'disputed')));
    expect(ranks).toEqual([...ranks].sort());
    expect(ranks).toContain(0);
    expect(ranks).toContain(2);
    expect(ranks).toContain(3);
    for (let i = 1; i < all.length; i++) {
      if (ranks[i] === ranks[i - 1]) expect(all[i - 1]!.fact.subject <= all[i]!.fact.subject).toBe(true);
    }
    const contested = (await collect(store.factBatches({ contested: true }, { sort: 'attention', batchSize: 1 }))).items;
    expect(contested.map((s) => s.fact.id)).toEqual(all.filter((s) => s.version.status === 'contested').map((s) => s.fact.id));
    const subject = (await collect(store.factBatches({ subject: 'aa-' }, { batchSize: 1 }))).items;
    expect(subject.map((s) => s.fact.predicate)).toEqual(['departure', 'gate']);
  });

  test('pages of facts (pageFacts) list the attention order whatever the page size, a page running on into the next ranks', async ({ store }) => {
    await seed(store);
    const dl7 = (await store.listFacts({ subject: 'dl-7' }))[0]!;
    await store.recordReview({ targetKind: 'fact', targetId: dl7.fact.id, action: 'correct', value: { text: '22:40' }, reviewer: 'ann' }, { now: T1 });
    await store.importClaims([{ source: 'epsilon', object: 'DL-7', attribute: 'arrival', value: '22:45' }], { now: new Date('2026-01-03T00:00:00Z') });
    const order = (await collect(store.factBatches({}, { sort: 'attention', batchSize: 100 }))).items.map((s) => s.fact.id);
    const whole = await store.pageFacts({ limit: 100 });
    expect(whole.items.map((i) => i.fact.id)).toEqual(order);
    expect(whole.nextCursor).toBeNull();
    for (const limit of [1, 2, 3, 6, 7]) {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.pageFacts({ limit, cursor });
        expect(page.items.length).toBeLessThanOrEqual(limit);
        ids.push(...page.items.map((i) => i.fact.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(ids).toEqual(order);
    }
    // Filters and a status keep the order; the page after the last contested fact starts the next rank.
    const contested = whole.items.filter((i) => i.version.status === 'contested');
    expect(contested.length).toBeGreaterThan(0);
    expect((await store.pageFacts({ status: 'contested' })).items).toEqual(contested);
    const first = await store.pageFacts({ limit: contested.length });
    expect((await store.pageFacts({ limit: 2, cursor: first.nextCursor! })).items).toEqual(whole.items.slice(contested.length, contested.length + 2));
    expect((await store.pageFacts({ subject: 'aa-' })).items).toEqual(whole.items.filter((i) => i.fact.subject.startsWith('AA-')));
  });

  test('each fact carries the attention rank of its open version (0055), through imports, reviews and new evidence', async ({ store, db }) => {
    await seed(store);
    expect(await ranksHeld(db)).toEqual(await ranksOfVersions(store));
    const dl7 = (await store.listFacts({ subject: 'dl-7' }))[0]!;
    await store.recordReview({ targetKind: 'fact', targetId: dl7.fact.id, action: 'correct', value: { text: '22:40' }, reviewer: 'ann' }, { now: T1 });
    expect(await ranksHeld(db)).toEqual(await ranksOfVersions(store));
    await store.importClaims([{ source: 'epsilon', object: 'DL-7', attribute: 'arrival', value: '22:45' }], { now: new Date('2026-01-03T00:00:00Z') });
    expect(await ranksHeld(db)).toEqual(await ranksOfVersions(store));
    // The facts hold more than one rank, so the column is not one value for all.
    expect(new Set(Object.values(await ranksOfVersions(store))).size).toBeGreaterThan(1);
  });

  test('0055 fills the attention rank of the facts a store held before it', async () => {
    const backend = await openBackend(kind, { migrate: false });
    try {
      // With the later ones too: the reconcile that seeds the store reads evidence keys as 0056's function returns
      // them, and writes facts with 0057's value keys.
      await runMigrations(backend.db, loadMigrations().filter((m) => m.version !== 55));
      const store = new FactStore(backend.db);
      await seed(store);
      expect(await runMigrations(backend.db)).toContain(55);
      const ranks = await ranksOfVersions(store);
      expect(await ranksHeld(backend.db)).toEqual(ranks);
      expect(Object.values(ranks)).toContain(0);
    } finally {
      await backend.dispose();
    }
  });

  test('export batches are the FORMAT.md lines of the facts, as exportFacts collects them', async ({ store }) => {
    await seed(store);
    const { items } = await collect(store.exportFactBatches({}, { batchSize: 3 }));
    const expected = (await store.listFacts()).map((s) => toFactExport(s.fact, s.version));
    expect(items).toEqual(expected);
    expect(await store.exportFacts()).toEqual(expected);
    expect(items.find((l) => l.subject === 'BA-22')!.alternatives.map((a) => a.claims.length)).toEqual([1]);
  });
});

/**
 * Stories in the store, on the twelve real articles of `../shared/eval/stories` (four unrelated events
 * that share numbers and generic words): each event is one story whatever order its articles arrive
 * in, and a generic subject never joins two events' claims in one fact. Ingesting the set again, in
 * another order, or re-identifying it changes no story, entity or current fact (issue 17's acceptance).
 */
import { describe, expect, test as plainTest } from 'vitest';
import { FactStore } from '../../store/index.js';
import { BACKENDS, openBackend, storeTest } from './store-fixture.js';
import { ingest, loadStories, snapshot, T1 } from './story-docs.js';

/** The event (S1…S4) of a document name. */
const event = (doc: string) => doc.slice(0, 2);

describe.each(BACKENDS)('stories on real articles [%s]', (kind) => {
  const test = storeTest(kind);

  test('each event is one story, and no fact joins two events through a generic subject', { timeout: 180_000 }, async ({ store }) => {
    const docs = await loadStories();
    expect(docs).toHaveLength(12);
    await ingest(store, docs);

    const stories = await store.listStories();
    const groups = stories.map((s) => [...new Set(s.articles.map((a) => event(a.doc)))]);
    expect(groups.every((g) => g.length === 1)).toBe(true);
    expect(groups.map((g) => g[0]).sort()).toEqual(['S1', 'S2', 'S3', 'S4']);

    // The four events share no subject of their own (no person, company or place is in two of them), so a fact
    // holding claims of two events, for its current value or any alternative, met them through generic words.
    const exported = await store.exportFacts();
    const across = exported
      .filter((f) => new Set([f, ...f.alternatives].flatMap((v) => v.sources).map(event)).size > 1)
      .map((f) => `${f.subject} | ${f.predicate}`);
    expect(across).toEqual([]);
    // And every fact a story lists as its own (scoped) holds claims of that story's event alone.
    for (const s of stories) {
      const found = (await store.getStory(s.id))!;
      for (const f of found.facts.filter((x) => x.scoped)) {
        const fact = exported.find((e) => e.id === f.id)!;
        expect(new Set([fact, ...fact.alternatives].flatMap((v) => v.sources).map(event)), `${f.subject} | ${f.predicate}`).toEqual(new Set([event(s.articles[0]!.doc)]));
      }
    }
    // Generic counts of two events ("150 people" missing in Surfside, "2 million" marching in France) stay apart.
    const holding = (doc: string, amount: number) =>
      exported.filter((f) => [f, ...f.alternatives].some((v) => v.value !== null && 'amount' in v.value && v.value.amount === amount && v.sources.includes(doc)));
    const missing = holding(docs.find((d) => d.article.doc.startsWith('S1_02'))!.article.doc, 150);
    const turnout = holding(docs.find((d) => d.article.doc.startsWith('S4_02'))!.article.doc, 2_000_000);
    expect(missing.length).toBeGreaterThan(0);
    expect(turnout.length).toBeGreaterThan(0);
    expect(missing.map((f) => f.id).filter((id) => turnout.some((t) => t.id === id))).toEqual([]);
  });
});

describe('stories in another order', () => {
  // Arrival order is logic, not SQL: one backend is enough, and PostgreSQL keeps the four ingests in time.
  plainTest('give the same stories, the same current facts and the same entities, and ingesting them again changes nothing', { timeout: 240_000 }, async () => {
    const docs = await loadStories();
    // Sorted by name, S2_01 and S2_02 (which share too little to link) found two stories that S2_03 then
    // merges; reversed, S4_03 and S4_02 do the same until S4_01; the stride interleaves the four events.
    const orders = [docs, [...docs].reverse(), docs.map((_, i) => docs[(i * 5) % docs.length]!)];
    const runs: Awaited<ReturnType<typeof snapshot>>[] = [];
    for (const [i, order] of orders.entries()) {
      const backend = await openBackend('postgres');
      try {
        const store = new FactStore(backend.db);
        await ingest(store, order);
        runs.push(await snapshot(store));
        if (i > 0) continue;
        // The same articles arriving again, in another order, into the store that has them: nothing moves.
        await ingest(store, orders[2]!);
        expect(await snapshot(store)).toEqual(runs[0]);
        // And keying every stored claim again with the same rules (`newsfacts reidentify`) finds the same.
        await store.reidentify({ now: T1 });
        expect(await snapshot(store)).toEqual(runs[0]);
      } finally {
        await backend.dispose();
      }
    }
    expect(runs[0]!.stories).toHaveLength(4);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });
});

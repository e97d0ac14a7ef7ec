/**
 * Value identity in the store (issue 17, `reconcile/value-identity.ts`): one story's facts of one predicate whose
 * claims all give one value of a kind that rarely coincides (money, a percentage) are one fact; a later claim that
 * gives one of them another value parts them again, as a new version, with the merged one's versions kept; and the
 * facts come out the same whatever order the story's articles arrive in.
 */
import { describe, expect } from 'vitest';
import type { Article, ClaimDraft } from '../../model/index.js';
import { FactStore } from '../../store/index.js';
import { article, figure } from './samples.js';
import { BACKENDS, openBackend, storeTest } from './store-fixture.js';

const usd = (min: number, max: number) => ({ min, max, unit: 'USD' });
const pct = (amount: number) => ({ amount, unit: '%' });

const lead =
  'Sprint Nextel chief executive Dan Hesse said at the Overland Park headquarters in Kansas that the wireless carrier will lay off ' +
  'workers, close retail stores and restructure operations as subscribers leave for Verizon Wireless and AT&T.';

const a1 = article('v1.txt', `${lead} Sprint Nextel will cut $700 million to $800 million a year in labor costs. Churn was 2.3 percent.`, '2008-01-18');
const a2 = article('v2.txt', `${lead} The restructuring should save $700 million to $800 million by 2009. It reported post-paid churn of 2.3 percent.`, '2008-01-19');
const a3 = article('v3.txt', `${lead} Analysts put the cost cuts at $700 million to $800 million. Churn rose to 2.5 percent.`, '2008-01-20');
const a4 = article('v4.txt', `${lead} Sprint Nextel will now cut $900 million a year in labor costs.`, '2008-01-21');

const claims = new Map<Article, ClaimDraft[]>([
  [a1, [figure(a1, '$700 million to $800 million', usd(7e8, 8e8), 'labor costs', 'amount'), figure(a1, '2.3 percent', pct(2.3), 'churn', 'rate')]],
  [a2, [figure(a2, '$700 million to $800 million', usd(7e8, 8e8), 'savings', 'amount'), figure(a2, '2.3 percent', pct(2.3), 'post-paid churn', 'rate')]],
  [a3, [figure(a3, '$700 million to $800 million', usd(7e8, 8e8), 'cost cuts', 'amount'), figure(a3, '2.5 percent', pct(2.5), 'churn', 'rate')]],
  [a4, [figure(a4, '$900 million', { amount: 9e8, unit: 'USD' }, 'labor costs', 'amount')]],
]);

async function ingest(store: FactStore, articles: readonly Article[]): Promise<void> {
  for (const a of articles) {
    await store.saveArticle(a, null);
    await store.recordClaims(a.id, claims.get(a)!);
  }
}

/** Every fact as its current value and the documents of each of its values' claims, by id. */
async function facts(store: FactStore): Promise<Record<string, string>> {
  const exported = await store.exportFacts();
  return Object.fromEntries(
    exported.map((f) => [f.id, `${f.predicate} = ${JSON.stringify(f.value)}: ${[f, ...f.alternatives].flatMap((v) => v.sources).sort().join(' ')}`]),
  );
}

for (const kind of BACKENDS) {
  describe(`value identity [${kind}]`, () => {
    const test = storeTest(kind);

    test('one story, one predicate, one amount: one fact; a later claim moving one away parts them, as a new version', { timeout: 60_000 }, async ({ store }) => {
      await ingest(store, [a1, a2]);
      expect((await store.listStories()).map((s) => s.articles.length)).toEqual([2]);
      const merged = Object.values(await facts(store)).filter((f) => f.startsWith('amount'));
      expect(merged).toEqual(['amount = {"min":700000000,"max":800000000,"unit":"USD"}: v1.txt v2.txt']);
      // A percentage too: `churn` (one word, which no key resolves) and `post-paid churn`, both 2.3 %.
      expect(Object.values(await facts(store)).filter((f) => f.startsWith('rate'))).toEqual(['rate = {"amount":2.3,"unit":"%"}: v1.txt v2.txt']);
      const root = (await store.exportFacts()).find((f) => f.predicate === 'amount')!;
      const before = (await store.factHistory(root.id))!.versions.length;

      await ingest(store, [a4]);
      const parted = Object.values(await facts(store)).filter((f) => f.startsWith('amount')).sort();
      expect(parted).toEqual([
        'amount = {"amount":900000000,"unit":"USD"}: v1.txt v4.txt',
        'amount = {"min":700000000,"max":800000000,"unit":"USD"}: v2.txt',
      ]);
      // Append-only: the merged fact's versions stay, and its parting is a newer one.
      const history = (await store.factHistory(root.id))!.versions;
      expect(history.length).toBeGreaterThan(before);
      expect(history.filter((v) => v.version.recordedTo === null)).toHaveLength(1);
    });

    test('a store reconciled before value keys (0057), reidentified, gives the facts a fresh ingest gives', { timeout: 120_000 }, async ({ store, db }) => {
      // As before 0057: no fact has a value key, so each article's facts stand apart from the story's others by value.
      for (const a of [a1, a2, a3]) {
        await ingest(store, [a]);
        await db.query('UPDATE facts SET value_key = NULL');
      }
      expect(Object.values(await facts(store)).filter((f) => f.startsWith('amount'))).toHaveLength(3);
      await store.reidentify();
      const fresh = await openBackend(kind);
      try {
        const other = new FactStore(fresh.db);
        await ingest(other, [a1, a2, a3]);
        expect(await facts(store)).toEqual(await facts(other));
        // The value keys too, a story merge's twin's (worked out from its re-homed members) among them.
        const keys = 'SELECT id, value_key, merged_into FROM facts ORDER BY id';
        expect(await db.query(keys)).toEqual(await fresh.db.query(keys));
        // A second pass changes nothing.
        expect((await store.reidentify()).versionsWritten).toBe(0);
      } finally {
        await fresh.dispose();
      }
    });

    test('a review rejecting the claim that made two facts one parts them; withdrawing it joins them again', { timeout: 60_000 }, async ({ store }) => {
      await ingest(store, [a1, a2]);
      const amounts = async () => Object.values(await facts(store)).filter((f) => f.startsWith('amount')).sort();
      expect(await amounts()).toEqual(['amount = {"min":700000000,"max":800000000,"unit":"USD"}: v1.txt v2.txt']);
      const root = (await store.exportFacts()).find((f) => f.predicate === 'amount')!;
      const before = (await store.factHistory(root.id))!.versions.length;
      const claim = (await store.listClaims()).find((c) => c.quote.startsWith('$700') && c.subject === 'savings')!;
      const rejected = await store.recordReview({ targetKind: 'claim', targetId: claim.id, action: 'reject', reviewer: 'ann' });
      const parted = await amounts();
      expect(parted).toContain('amount = {"min":700000000,"max":800000000,"unit":"USD"}: v1.txt');
      expect(parted.join(' ')).not.toContain('v1.txt v2.txt');
      // Parted by new versions: the merged fact's versions stay.
      const history = (await store.factHistory(root.id))!.versions;
      expect(history.length).toBeGreaterThan(before);
      await store.withdrawReview({ reviewId: rejected.review.id, reviewer: 'ann' });
      expect(await amounts()).toEqual(['amount = {"min":700000000,"max":800000000,"unit":"USD"}: v1.txt v2.txt']);
    });

    test('a value that coincides too often (a count) or differs keeps facts apart', async ({ store }) => {
      const b1 = article('w1.txt', `${lead} The carrier will close 125 retail stores.`, '2008-01-18');
      const b2 = article('w2.txt', `${lead} Sprint Nextel has 125 kiosks in malls.`, '2008-01-19');
      await store.saveArticle(b1, null);
      await store.recordClaims(b1.id, [figure(b1, '125 retail stores', { amount: 125, unit: 'store' }, 'retail stores', 'count')]);
      await store.saveArticle(b2, null);
      await store.recordClaims(b2.id, [figure(b2, '125 kiosks', { amount: 125, unit: 'kiosk' }, 'kiosks in malls', 'count')]);
      expect((await store.listStories()).map((s) => s.articles.length)).toEqual([2]);
      expect(await store.exportFacts()).toHaveLength(2);
    });
  });
}

describe('value identity in any order', () => {
  test3('a three-article story gives the same facts in all six orders');
});

function test3(name: string): void {
  // Arrival order is logic, not SQL: one backend (PGlite) is enough.
  storeTest('pglite')(name, { timeout: 240_000 }, async () => {
    const three = [a1, a2, a3];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ].map((o) => o.map((i) => three[i]!));
    const runs: Record<string, string>[] = [];
    for (const order of orders) {
      const backend = await openBackend('pglite');
      try {
        const store = new FactStore(backend.db);
        await ingest(store, order);
        expect((await store.listStories()).map((s) => s.articles.length)).toEqual([3]);
        runs.push(await facts(store));
      } finally {
        await backend.dispose();
      }
    }
    // The three wordings of $700-800 million are one fact; `churn` (2.3 %, then 2.5 %) parts from `post-paid churn`.
    expect(Object.values(runs[0]!).sort()).toEqual([
      'amount = {"min":700000000,"max":800000000,"unit":"USD"}: v1.txt v2.txt v3.txt',
      'rate = {"amount":2.3,"unit":"%"}: v2.txt',
      'rate = {"amount":2.5,"unit":"%"}: v1.txt v3.txt',
    ]);
    for (const run of runs) expect(run).toEqual(runs[0]);
  });
}


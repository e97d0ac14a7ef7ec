/**
 * `story-candidates`: the stored articles a new one is compared with are the nearest in publish date of those
 * sharing one of its entity keys, cut at the limit, whatever the number of articles a key has. The query
 * reads each key's nearest articles from an index (0028); these tests hold it to the one order it documents
 * over the whole store: by distance in days (undated at 0), then undated before dated and the earlier date
 * first, then within one date descending id on and before the new article's date, ascending after it; for an
 * undated new article, undated first, then the latest.
 */
import { createHash } from 'node:crypto';
import { describe, expect } from 'vitest';
import type { Article } from '../../model/index.js';
import type { Database, FactStore } from '../../store/index.js';
import { queries } from '../../store/sql.js';
import { joinStory } from '../../store/story-store.js';
import { BACKENDS, storeTest } from './store-fixture.js';

interface Stored {
  id: string;
  published: string | null;
  keys: string[];
}

function article(n: number, published: string | null): Article {
  const contentHash = createHash('sha256').update(`story candidate ${n}`).digest('hex');
  // Texts with nothing in common, so no two are near-duplicates (a copy is a candidate whatever its date).
  const text = `Report ${n}: ${createHash('sha256').update(`text ${n}`).digest('hex').replace(/(.{6})/g, '$1 ')}`;
  return { id: `a_${contentHash.slice(0, 16)}`, doc: `c${n}.txt`, url: null, path: null, canonical: null, title: null, byline: null, published, lang: 'en', text, contentHash, sourceId: null };
}

/** Stores `a` with a signature of `keys`, as `joinStory` records it (story-insert). */
async function storeSignature(store: FactStore, db: Database, a: Article, keys: readonly string[]): Promise<void> {
  await store.saveArticle(a, null);
  const entities = keys.map((key) => ({ key, weight: 1 }));
  await db.query(queries['story-insert'], [`s_${a.id.slice(2)}`, a.id, a.published, JSON.stringify(entities), keys, [], []]);
}

const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The documented order, over every stored article sharing a key: the first `limit` ids. */
function expected(stored: readonly Stored[], keys: readonly string[], published: string | null, limit: number): string[] {
  const sharing = stored.filter((s) => s.keys.some((k) => keys.includes(k)));
  const distance = (s: Stored) => (published === null || s.published === null ? 0 : Math.abs(day(s.published) - day(published)));
  const order = (a: Stored, b: Stored): number => {
    if (published === null) {
      if (a.published === null || b.published === null) return a.published === b.published ? cmp(b.id, a.id) : a.published === null ? -1 : 1;
      return cmp(b.published, a.published) || cmp(b.id, a.id);
    }
    const byDistance = distance(a) - distance(b);
    if (byDistance !== 0) return byDistance;
    if (a.published === null || b.published === null) return a.published === b.published ? cmp(a.id, b.id) : a.published === null ? -1 : 1;
    if (a.published !== b.published) return cmp(a.published, b.published);
    return a.published <= published ? cmp(b.id, a.id) : cmp(a.id, b.id);
  };
  return [...sharing].sort(order).slice(0, limit).map((s) => s.id).sort(cmp);
}

describe.each(BACKENDS)('story candidates [%s]', (kind) => {
  const test = storeTest(kind);

  test('are the nearest in date of the articles sharing a key, cut at the limit, ties and undated ones included', { timeout: 180_000 }, async ({ store, db }) => {
    // Fourteen articles on few dates (so ties cross the cut), some undated, over three keys, one on most.
    const dates = ['2024-03-01', '2024-03-05', '2024-03-05', null, '2024-03-09', '2024-03-05', '2024-02-20', '2024-03-09', null, '2024-03-01', '2024-03-13', '2024-03-05', '2024-02-26', '2024-03-09'];
    const stored: Stored[] = [];
    for (const [n, published] of dates.entries()) {
      const keys = ['common', n % 3 === 0 ? 'rare' : 'other', ...(n % 4 === 0 ? ['fourth'] : [])];
      const a = article(n, published);
      await storeSignature(store, db, a, keys);
      stored.push({ id: a.id, published, keys });
    }
    const fresh = article(100, null);
    await store.saveArticle(fresh, null);
    let compared = 0;
    for (const published of ['2024-03-05', '2024-03-07', '2024-01-01', null]) {
      for (const keys of [['common'], ['rare', 'fourth'], ['other', 'absent']]) {
        for (const limit of [1, 2, 3, 5, 8, 20]) {
          const rows = (await db.query(queries['story-candidates'], [keys, fresh.id, published, limit, 1])) as { article_id: string }[];
          expect(
            rows.map((r) => r.article_id),
            `${keys.join('+')} around ${published ?? 'no date'}, limit ${limit}`,
          ).toEqual(expected(stored, keys, published, limit));
          compared++;
        }
      }
    }
    expect(compared).toBe(72);
  });

  test('of the nearest, only those listing the fewest keys asked come back, and every near-duplicate; the nearest are chosen before', async ({ store, db }) => {
    // Nearest first: one key shared (1, 2), two (3), three (4); a far one sharing two (5) is beyond the limit.
    const stored: [number, string, string[]][] = [
      [1, '2024-07-10', ['dam', 'valley']],
      [2, '2024-07-09', ['dam', 'mayor lund']],
      [3, '2024-07-08', ['dam', 'river board', 'x']],
      [4, '2024-07-07', ['dam', 'river board', 'mayor lund']],
      [5, '2024-05-01', ['dam', 'river board']],
    ];
    const ids = new Map<number, string>();
    for (const [n, published, keys] of stored) {
      const a = article(n + 200, published);
      await storeSignature(store, db, a, keys);
      ids.set(n, a.id);
    }
    const fresh = article(300, '2024-07-10');
    await store.saveArticle(fresh, null);
    const asked = async (least: number) =>
      ((await db.query(queries['story-candidates'], [['dam', 'river board', 'mayor lund'], fresh.id, fresh.published, 4, least])) as { article_id: string }[]).map((r) => r.article_id);
    expect(await asked(1)).toEqual([1, 2, 3, 4].map((n) => ids.get(n)!).sort(cmp));
    expect(await asked(2)).toEqual([2, 3, 4].map((n) => ids.get(n)!).sort(cmp));
    expect(await asked(3)).toEqual([ids.get(4)!]);
    // A near-duplicate comes back whatever it shares.
    await db.query(`UPDATE articles SET cluster_id = $1 WHERE id = $2`, [ids.get(1)!, fresh.id]);
    expect(await asked(3)).toEqual([ids.get(1)!, ids.get(4)!].sort(cmp));
  });

  test('with the fewest keys asked, the rows are those of the nearest listing that many, over a random store', { timeout: 180_000 }, async ({ store, db }) => {
    // A small xorshift, so the store is the same at every run: 40 articles on 12 dates (some undated) over a
    // pool of 6 keys, 1-4 keys each, so the limit cuts between articles listing one, two or three of the keys asked.
    let seed = 0x2545f491;
    const next = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const pool = ['ash', 'birch', 'cedar', 'elm', 'fir', 'oak'];
    const stored: Stored[] = [];
    for (let n = 0; n < 40; n++) {
      const d = next(13);
      const published = d === 12 ? null : `2024-04-${String(d * 2 + 1).padStart(2, '0')}`;
      const keys = [...new Set(Array.from({ length: 1 + next(4) }, () => pool[next(pool.length)]!))];
      const a = article(n + 400, published);
      await storeSignature(store, db, a, keys);
      stored.push({ id: a.id, published, keys });
    }
    const fresh = article(500, null);
    await store.saveArticle(fresh, null);
    let compared = 0;
    for (const published of ['2024-04-09', '2024-04-14', null]) {
      for (const keys of [['ash', 'birch'], ['ash', 'cedar', 'oak'], ['birch', 'elm', 'fir', 'oak']]) {
        for (const limit of [3, 7, 15, 40]) {
          for (const least of [2, 3]) {
            const nearest = new Set(expected(stored, keys, published, limit));
            const listing = stored.filter((s) => nearest.has(s.id) && s.keys.filter((k) => keys.includes(k)).length >= least).map((s) => s.id).sort(cmp);
            const rows = (await db.query(queries['story-candidates'], [keys, fresh.id, published, limit, least])) as { article_id: string }[];
            expect(rows.map((r) => r.article_id), `${keys.join('+')} around ${published ?? 'no date'}, limit ${limit}, at least ${least}`).toEqual(listing);
            compared += listing.length;
          }
        }
      }
    }
    // Enough rows kept that a key count the nearest rows get wrong would show.
    expect(compared).toBeGreaterThan(100);
  });

  test('a second record of one signature adds no key rows, and the new article is never its own candidate', async ({ store, db }) => {
    const a = article(1, '2024-05-01');
    await storeSignature(store, db, a, ['solo']);
    await storeSignature(store, db, a, ['solo']);
    const b = article(2, '2024-05-02');
    await storeSignature(store, db, b, ['solo']);
    const rows = (await db.query(queries['story-candidates'], [['solo'], b.id, b.published, 10, 1])) as { article_id: string }[];
    expect(rows.map((r) => r.article_id)).toEqual([a.id]);
    const keyRows = (await db.query(`SELECT count(*)::int AS n FROM article_story_keys WHERE key = 'solo'`)) as { n: number }[];
    expect(keyRows[0]!.n).toBe(2);
  });

  test("a join reads each candidate's marks: two names a week apart join only with a particular both report, or a row stored before marks", async ({ store, db }) => {
    const entities = [{ key: 'harbour authority', weight: 3 }, { key: 'port city', weight: 3 }];
    const terms = ['dredging', 'berth', 'container', 'terminal', 'tender', 'crane'];
    const stored = async (n: number, marks: string[] | null) => {
      const a = article(n, '2024-06-01');
      await store.saveArticle(a, null);
      await db.query(queries['story-insert'], [`s_${a.id.slice(2)}`, a.id, a.published, JSON.stringify(entities), entities.map((e) => e.key), terms, marks]);
      return a;
    };
    const withMark = await stored(10, ['amount:450000000 usd']);
    const otherMark = await stored(11, ['day:2024-05-30']);
    const beforeMarks = await stored(12, null);
    const fresh = article(13, '2024-06-08');
    await store.saveArticle(fresh, null);
    const joined = await db.transaction((tx) => joinStory(tx, fresh, { entities, terms, marks: ['amount:450000000 usd'], published: fresh.published }));
    const merged = [joined.storyId, ...joined.absorbed].sort();
    expect(merged).toEqual([fresh, withMark, beforeMarks].map((a) => `s_${a.id.slice(2)}`).sort());
    expect(merged).not.toContain(`s_${otherMark.id.slice(2)}`);
    const rows = (await db.query(`SELECT article_id, marks FROM article_stories WHERE article_id = ANY($1::text[]) ORDER BY article_id`, [[withMark.id, beforeMarks.id]])) as { article_id: string; marks: string[] | null }[];
    expect(new Map(rows.map((r) => [r.article_id, r.marks]))).toEqual(new Map([[withMark.id, ['amount:450000000 usd']], [beforeMarks.id, null]]));
  });

  test('a join reads its candidates; a stored signature the schema refuses fails the join, naming the row', async ({ store, db }) => {
    const linked = article(1, '2024-06-01');
    await storeSignature(store, db, linked, ['harbour authority', 'port city']);
    const fresh = article(2, '2024-06-02');
    await store.saveArticle(fresh, null);
    const signature = { entities: [{ key: 'harbour authority', weight: 3 }, { key: 'port city', weight: 3 }], terms: [], marks: [], published: fresh.published };
    const joined = await db.transaction((tx) => joinStory(tx, fresh, signature));
    expect(joined.storyId).toMatch(/^s_/);

    const bad = article(3, '2024-06-01');
    await store.saveArticle(bad, null);
    const badEntities = [{ key: 'ferry landing', weight: 2 }, { key: 'river crossing', weight: 0 }];
    await db.query(queries['story-insert'], [`s_${bad.id.slice(2)}`, bad.id, bad.published, JSON.stringify(badEntities), badEntities.map((e) => e.key), [], []]);
    const later = article(4, '2024-06-02');
    await store.saveArticle(later, null);
    const error = (await db
      .transaction((tx) => joinStory(tx, later, { entities: [{ key: 'ferry landing', weight: 2 }, { key: 'river crossing', weight: 2 }], terms: [], marks: [], published: later.published }))
      .catch((e: Error) => e)) as Error;
    expect(error.name).toBe('ValidationError');
    expect(error.message).toContain('story candidate row');
  });
});

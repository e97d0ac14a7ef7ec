/**
 * Stories formed again (`newsfacts reidentify`) in a store whose stories an older rule chained. A club's two games
 * five weeks apart share its name, its ground and its coach but no particular (score, crowd, day), so they are two
 * stories; a second report of the first game repeats its crowd and joins it. An older rule (before 0042) chained
 * the games into one story the way a join does it: stories merged, their scoped facts re-homed to twins in the
 * surviving story and resolved there, signatures without marks. The two games' ticket revenues then meet in one
 * fact, contested. Reidentify
 * must give back the stories and the current facts of a fresh run, keep every version and the replaced
 * signatures, and change nothing when run again.
 */
import { describe, expect } from 'vitest';
import { extractClaims } from '../../extract/index.js';
import type { FactExport } from '../../model/index.js';
import { applyMerges, planResolution, reconcileRoots } from '../../store/fact-reconciler.js';
import type { FactStore } from '../../store/index.js';
import { queries } from '../../store/sql.js';
import { rehomeFacts } from '../../store/story-store.js';
import { article } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';
import { snapshot } from './story-docs.js';

const T1 = new Date('2026-03-01T00:00:00Z');
const T2 = new Date('2026-03-02T00:00:00Z');
const T3 = new Date('2026-03-03T00:00:00Z');

const games = [
  article('g1.txt', 'The Port Hale Stags beat the Riverton Owls 3-1 on Saturday at Kestrel Park. A crowd of 12,400 fans watched coach Dana Whitlow celebrate with her players. The club said ticket sales for the game brought in $310,000.', '2025-03-02'),
  article('g1-recap.txt', "A crowd of 12,400 fans watched coach Dana Whitlow's Port Hale Stags beat the Riverton Owls 3-1 at Kestrel Park, where her players stayed on to celebrate.", '2025-03-03'),
  article('g2.txt', 'The Port Hale Stags lost 2-0 to the Millbrook Foxes on Saturday at Kestrel Park. A crowd of 8,900 fans saw coach Dana Whitlow change her lineup twice. The club said ticket sales for the game brought in $265,000.', '2025-04-06'),
];

/** Each claim's fact and that fact's current value and status: what a reader sees of a claim. */
function factOfClaims(facts: readonly FactExport[]): Map<string, string> {
  return new Map(facts.flatMap((f) => f.claims.map((c) => [c, JSON.stringify([f.id, f.value, f.status])] as const)));
}

/** Facts of a story's own (a generic subject) holding claims of both games, for their value or an alternative. */
function acrossGames(facts: readonly FactExport[]): FactExport[] {
  return facts.filter((f) => {
    if (f.subject === 'Dana Whitlow') return false;
    const docs = new Set([f, ...f.alternatives].flatMap((v) => v.sources));
    return docs.has('g2.txt') && (docs.has('g1.txt') || docs.has('g1-recap.txt'));
  });
}

async function ingestGames(store: FactStore): Promise<void> {
  for (const a of games) {
    const saved = await store.saveArticle(a, null);
    await store.recordClaims(saved.article.id, extractClaims({ text: a.text, published: a.published }), { now: T1 });
  }
}

describe.each(BACKENDS)('stories formed again [%s]', (kind) => {
  const test = storeTest(kind);

  test('reidentify undoes a chain of two games: the stories and current facts of a fresh run, old versions kept', { timeout: 300_000 }, async ({ store, db }) => {
    await ingestGames(store);
    const fresh = await snapshot(store);
    expect(fresh.stories.map((s) => s.slice(1))).toEqual([['g1-recap.txt', 'g1.txt'], ['g2.txt']].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));

    // An older rule's chain: the two stories merged into the smallest, their scoped facts re-homed there.
    const roots = fresh.stories.map((s) => s[0]!).sort();
    const [into, ...absorbed] = roots as [string, ...string[]];
    await db.transaction(async (tx) => {
      await tx.query(queries['story-merge'], [absorbed, into]);
      const rehoming = await rehomeFacts(tx, absorbed, into);
      const created = new Set((await tx.query(queries['facts-upsert'], [JSON.stringify(rehoming.twins)])).map((r) => String((r as { id: unknown }).id)));
      // Twins resolve as new keys of the story: a generic subject into a named one of another event.
      const { merges, roots: resolved } = await planResolution(tx, rehoming.twins, created, into);
      await applyMerges(tx, rehoming.moves);
      await applyMerges(tx, merges);
      await reconcileRoots(tx, [...new Set([...resolved, ...rehoming.twins.map((t) => t.id)])].filter((id) => !merges.some((m) => m.id === id && m.mergedInto !== null)).sort(), T2);
      await tx.query('UPDATE article_stories SET marks = NULL');
    });
    const chained = await snapshot(store);
    expect(chained.stories).toHaveLength(1);
    const [twin] = acrossGames(chained.facts);
    expect(twin).toBeDefined();

    const result = await store.reidentify({ now: T3 });
    expect(result.storiesChanged).toBeGreaterThan(0);
    const after = await snapshot(store);
    expect(after.stories).toEqual(fresh.stories);
    expect(acrossGames(after.facts)).toEqual([]);
    expect(factOfClaims(after.facts)).toEqual(factOfClaims(fresh.facts));
    // The chained fact's history stays readable: its versions with both events' claims, then one without them.
    const history = (await store.factHistory(twin!.id))!;
    expect(history.versions.length).toBeGreaterThan(1);
    // Every article's replaced signature (no marks: stored before 0042) is kept, with the chain it was in.
    const kept = await db.query('SELECT article_id, story_id, marks FROM article_story_history ORDER BY article_id');
    expect(kept).toHaveLength(3);
    expect(kept.every((r) => (r as { story_id: string }).story_id === into && (r as { marks: unknown }).marks === null)).toBe(true);

    // A second pass finds every article where it is: nothing moves, no version is written.
    const again = await store.reidentify({ now: T3 });
    expect(again).toMatchObject({ storiesChanged: 0, claimsMoved: 0, versionsWritten: 0 });
    expect(await snapshot(store)).toEqual(after);
  });
});

/**
 * Re-identification of a stored database: claims whose key now names another fact move there, the facts
 * they leave append a version (old versions stay), reviewers' moves stand, and a second pass changes nothing.
 * A store written by older identity rules is made by pointing claims at the facts an older key gave them.
 */
import { describe, expect } from 'vitest';
import { completeClaims } from '../../extract/claim-completion.js';
import type { ClaimDraft } from '../../model/index.js';
import { factId, type Database, type FactStore } from '../../store/index.js';
import { reconcileRoots } from '../../store/fact-reconciler.js';
import { queries } from '../../store/sql.js';
import { article, figure } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const T = (day: number) => new Date(`2026-03-0${day}T00:00:00Z`);
// One story (a count is its story's): both report the union leader's march against the fuel subsidy cuts.
const march = ' Union leader Marisol Quishpe led the march against fuel subsidy cuts, calling the government budget unfair to farmers, drivers and teachers.';
const a1 = article('a1.txt', `In Quito, 50,000 protesters marched on Monday, the Ecuadorian union said.${march}`, '2025-03-01');
const a2 = article('a2.txt', `Some 50,000 people took part in the Quito march, organisers of the Ecuadorian union said.${march}`, '2025-03-01');
const crowd = (a: typeof a1, quote: string, subject: string) => figure(a, quote, { amount: 50_000, unit: 'person' }, subject, 'count');

async function record(store: FactStore, a: typeof a1, drafts: ClaimDraft[], now: Date): Promise<void> {
  await store.saveArticle(a, null);
  await store.recordClaims(a.id, drafts, { now });
}

/** Each claim's fact (id and value), from the facts export. */
async function factsOf(store: FactStore): Promise<Map<string, { id: string; value: unknown }>> {
  return new Map((await store.exportFacts()).flatMap((f) => f.claims.map((c) => [c, { id: f.id, value: f.value }] as const)));
}

/** Points a claim at the fact an older rule keyed it under (a fact of its own words), as an old store has it. */
async function asOlderRulesKeyedIt(db: Database, claimId: string, oldKey: string, subject: string): Promise<string> {
  const id = factId(oldKey);
  await db.query(queries['facts-upsert'], [JSON.stringify([{ id, key: oldKey, subject, predicate: 'count', kind: 'figure', story_id: null }])]);
  await db.query(queries['claim-set-fact'], [claimId, id]);
  return id;
}

describe.each(BACKENDS)('reidentify [%s]', (kind) => {
  const test = storeTest(kind);

  test('claims keyed by older rules move to the fact this version keys them under; the old fact keeps its history', async ({ store, db }) => {
    await record(store, a1, [crowd(a1, '50,000 protesters', 'protesters marched in Quito')], T(1));
    await record(store, a2, [crowd(a2, '50,000 people', 'people took part in Quito')], T(1));
    const [fact] = await store.exportFacts();
    expect(fact!.sources).toEqual(['a1.txt', 'a2.txt']);
    // An older rule kept "took part" in the key: a2's claim had a fact of its own.
    const claim = (await store.listClaims({ doc: 'a2.txt' }))[0]!;
    const old = await asOlderRulesKeyedIt(db, claim.id, 'part quito took|count', 'people took part in Quito');
    await db.transaction((tx) => reconcileRoots(tx, [fact!.id, old], T(2)));
    expect((await store.exportFacts()).find((f) => f.id === old)!.sources).toEqual(['a2.txt']);

    const progress: number[] = [];
    const result = await store.reidentify({ now: T(3), onProgress: (done, _total, phase) => phase === 'facts' && progress.push(done) });
    expect(result).toMatchObject({ articles: 2, claimsMoved: 1 });
    expect(progress).toEqual([1, 2]);
    const facts = await store.exportFacts();
    expect(facts.find((f) => f.id === fact!.id)!.sources).toEqual(['a1.txt', 'a2.txt']);
    const oldHistory = (await store.factHistory(old))!;
    // Its version with the claim is still there; the one appended says nothing supports a value now.
    expect(oldHistory.versions.map((v) => v.version.value)).toEqual([{ amount: 50_000, unit: 'person' }, null]);

    const again = await store.reidentify({ now: T(4) });
    expect(again).toMatchObject({ articles: 2, claimsMoved: 0, versionsWritten: 0 });
  });

  test('a date claim stored without its event cue (an extractor before rules@38) keeps its fact: reidentify completes it with the extractor\'s rule', async ({ store, db }) => {
    const text = 'The court upheld the 2004 ruling on appeal. The firm cited its September 2007 ruling in a letter.';
    const a = article('r.txt', text, '2025-03-01');
    const ruling = (quote: string, date: string, datedAtEvent?: boolean): ClaimDraft => {
      const start = text.indexOf(quote);
      const claim = figure(a, quote, { amount: 1, unit: 'x' }, 'ruling', 'date');
      return { ...claim, kind: 'date', value: { date }, start, end: start + quote.length, ...(datedAtEvent === undefined ? {} : { datedAtEvent }) } as ClaimDraft;
    };
    // Both dates written against the ruling: two rulings, each a fact of its own day; the cue is stored.
    await record(store, a, [ruling('2004', '2004', true), ruling('September 2007', '2007-09', true)], T(1));
    const stored = await store.listClaims({ doc: 'r.txt' });
    expect(stored.map((c) => (c.kind === 'date' ? c.datedAtEvent : 'none'))).toEqual([true, true]);
    const before = await factsOf(store);
    expect(stored.map((c) => before.get(c.id)?.value)).toEqual([{ date: '2004' }, { date: '2007-09' }]);
    // An older store has no cue; reidentify works it out with the extractor's rule the wiring passes (`newsfacts
    // reidentify` passes `completeClaims`), so nothing moves.
    await db.query('UPDATE claims SET dated_at_event = NULL');
    expect((await store.listClaims({ doc: 'r.txt' })).map((c) => (c.kind === 'date' ? c.datedAtEvent : 'none'))).toEqual([undefined, undefined]);
    expect(await store.reidentify({ now: T(2), complete: completeClaims })).toMatchObject({ articles: 1, claimsMoved: 0, versionsWritten: 0 });
    expect(await factsOf(store)).toEqual(before);
  });

  test("a result's date stored without its event (an extractor before rules@52) keeps its fact: reidentify names it with the extractor's rule", async ({ store, db }) => {
    const text = 'The Hawks beat the Owls in overtime. The overtime win on Friday was their third. A victory on Friday, the coach said.';
    const a = article('w.txt', text, '2025-03-08');
    const win = (quote: string, subject: string, from = 0): ClaimDraft => {
      const start = text.indexOf(quote, from);
      return { ...figure(a, quote, { amount: 1, unit: 'x' }, subject, 'date'), kind: 'date', value: { date: '2025-03-07' }, start, end: start + quote.length } as ClaimDraft;
    };
    // As the extractor makes them: each names its event (`overtime win` -> `win`), so the two dates of Friday's result are one fact.
    await record(store, a, [...completeClaims([win('Friday', 'overtime win'), win('Friday', 'victory', 60)], a)], T(1));
    const stored = await store.listClaims({ doc: 'w.txt' });
    expect(stored.map((c) => (c.kind === 'date' ? c.event : 'none'))).toEqual(['win', 'victory']);
    const before = await factsOf(store);
    expect(new Set(stored.map((c) => before.get(c.id)?.id)).size).toBe(1);
    // An older store has no event: the wiring's completion names it again, so nothing moves.
    await db.query('UPDATE claims SET date_event = NULL');
    expect((await store.listClaims({ doc: 'w.txt' })).map((c) => (c.kind === 'date' ? c.event : 'none'))).toEqual([undefined, undefined]);
    expect(await store.reidentify({ now: T(2), complete: completeClaims })).toMatchObject({ articles: 1, claimsMoved: 0, versionsWritten: 0 });
    expect(await factsOf(store)).toEqual(before);
  });

  test('a date claim whose cue says it is not written against its event observes nothing when the event is dated twice', async ({ store }) => {
    const text = 'The court upheld the 2004 ruling on appeal. The firm cited its September 2007 ruling in a letter.';
    const a = article('q.txt', text, '2025-03-01');
    const ruling = (quote: string, date: string, datedAtEvent: boolean): ClaimDraft => {
      const start = text.indexOf(quote);
      return { ...figure(a, quote, { amount: 1, unit: 'x' }, 'ruling', 'date'), kind: 'date', value: { date }, datedAtEvent } as ClaimDraft;
    };
    await record(store, a, [ruling('2004', '2004', true), ruling('September 2007', '2007-09', false)], T(1));
    const facts = await factsOf(store);
    expect((await store.listClaims({ doc: 'q.txt' })).map((c) => [c.quote, facts.get(c.id)?.value ?? null])).toEqual([['2004', { date: '2004' }], ['September 2007', null]]);
  });

  test("a claim a reviewer moved stays where the reviewer put it", async ({ store }) => {
    await record(store, a1, [crowd(a1, '50,000 protesters', 'protesters marched in Quito')], T(1));
    await record(store, a2, [crowd(a2, '50,000 people', 'people took part in Quito')], T(1));
    const claim = (await store.listClaims({ doc: 'a2.txt' }))[0]!;
    await store.recordIdentityReview({ action: 'move', claimId: claim.id, intoFact: null, reviewer: 'ann' }, { now: T(2) });
    const result = await store.reidentify({ now: T(3) });
    expect(result.claimsMoved).toBe(0);
    expect((await store.exportFacts())[0]!.sources).toEqual(['a1.txt']);
  });
});

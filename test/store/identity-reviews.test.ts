/**
 * Reviewers' decisions on fact identity: two facts are one, a claim belongs to another fact or to none,
 * each appended, reconciled at once, kept by entity resolution, and undone by a withdrawal, on every backend.
 */
import { describe, expect } from 'vitest';
import { ConflictError, InputError } from '../../errors.js';
import type { ClaimDraft } from '../../model/index.js';
import type { FactStore } from '../../store/index.js';
import { article, figure, person } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const T = (day: number) => new Date(`2026-02-0${day}T00:00:00Z`);
// Two wordings the keys cannot bring together: a reviewer can. Named subjects, so a later article's
// claim with the same words is the same fact whatever story it joins.
const a1 = article('a1.txt', 'The Kessel bridge toll is 6 euros, the port authority said.', '2025-03-01');
const a2 = article('a2.txt', 'Drivers now pay 6 euros to use the Tarvo crossing, the port authority said.', '2025-03-02');
const a3 = article('a3.txt', 'The Tarvo crossing charge stays at 6 euros. Separately, 40 ferries were cancelled.', '2025-03-03');
const a4 = article('a4.txt', 'A Tarvo crossing car fare of 6 euros applies from May.', '2025-03-04');
const toll = (a: typeof a1, subject: string) => figure(a, '6 euros', { amount: 6, unit: 'EUR' }, subject, 'price');

async function record(store: FactStore, a: typeof a1, drafts: ClaimDraft[], now: Date): Promise<void> {
  await store.saveArticle(a, null);
  await store.recordClaims(a.id, drafts, { now });
}

async function factOf(store: FactStore, subject: string) {
  const facts = await store.exportFacts();
  return facts.find((f) => f.subject === subject);
}

describe.each(BACKENDS)('identity reviews [%s]', (kind) => {
  const test = storeTest(kind);

  test('two facts a reviewer says are one pool their claims; the merge is in the history; a withdrawal splits them again', async ({ store }) => {
    await record(store, a1, [toll(a1, 'Kessel bridge toll')], T(1));
    await record(store, a2, [toll(a2, 'Tarvo crossing fare')], T(1));
    const bridge = (await factOf(store, 'Kessel bridge toll'))!;
    const crossing = (await factOf(store, 'Tarvo crossing fare'))!;
    expect(bridge.sources).toEqual(['a1.txt']);

    const merged = await store.recordIdentityReview({ action: 'merge', factId: crossing.id, intoFact: bridge.id, reason: 'same bridge', reviewer: 'ann' }, { now: T(2) });
    expect(merged.review).toMatchObject({ action: 'merge', targetId: crossing.id, intoFact: bridge.id, fromFact: null, reviewer: 'ann', reason: 'same bridge' });
    expect(merged.facts.map((f) => [f.fact.id, f.version.value])).toEqual([[bridge.id, { amount: 6, unit: 'EUR' }]]);
    const after = await store.exportFacts();
    expect(after.map((f) => f.id)).not.toContain(crossing.id);
    expect(after.find((f) => f.id === bridge.id)!.sources).toEqual(['a1.txt', 'a2.txt']);
    expect((await store.factHistory(bridge.id))!.identityReviews.map((r) => r.action)).toEqual(['merge']);

    // A later article whose fact the crossing fare would resolve into ("Tarvo crossing car fare", its only
    // superset) makes resolution run again over it: the reviewer's merge stands.
    await record(store, a4, [toll(a4, 'Tarvo crossing car fare')], T(3));
    const later = await store.exportFacts();
    expect(later.map((f) => f.id)).not.toContain(crossing.id);
    expect(later.find((f) => f.id === bridge.id)!.sources).toEqual(['a1.txt', 'a2.txt']);

    const undone = await store.withdrawIdentityReview({ reviewId: merged.review.id, reviewer: 'bob', reason: 'two bridges' }, { now: T(4) });
    expect(undone.review).toMatchObject({ action: 'withdraw', withdraws: merged.review.id, reviewer: 'bob' });
    const split = await store.exportFacts();
    expect(split.find((f) => f.id === bridge.id)!.sources).toEqual(['a1.txt']);
    expect(split.find((f) => f.id === crossing.id)!.sources).toEqual(['a2.txt']);
    const history = (await store.factHistory(crossing.id))!;
    expect(history.identityReviews.map((r) => [r.action, r.withdrawnBy])).toEqual([['merge', undone.review.id]]);
    await expect(store.withdrawIdentityReview({ reviewId: merged.review.id }, { now: T(5) })).rejects.toBeInstanceOf(ConflictError);
  });

  test('a claim moved to another fact counts there, a claim moved to no fact counts nowhere, and undo puts it back', async ({ store }) => {
    await record(store, a1, [toll(a1, 'Kessel bridge toll')], T(1));
    await record(store, a3, [toll(a3, 'Tarvo crossing charge'), figure(a3, '40 ferries', { amount: 40, unit: 'ferry' }, 'ferries cancelled', 'count')], T(1));
    const bridge = (await factOf(store, 'Kessel bridge toll'))!;
    const charge = (await factOf(store, 'Tarvo crossing charge'))!;
    const claimId = charge.claims[0]!;

    const moved = await store.recordIdentityReview({ action: 'move', claimId, intoFact: bridge.id, reviewer: 'ann' }, { now: T(2) });
    expect(moved.review).toMatchObject({ action: 'move', targetKind: 'claim', targetId: claimId, intoFact: bridge.id, fromFact: charge.id });
    expect(moved.facts.map((f) => f.fact.id).sort()).toEqual([bridge.id, charge.id].sort());
    let facts = await store.exportFacts();
    expect(facts.find((f) => f.id === bridge.id)!.claims).toContain(claimId);
    expect(facts.find((f) => f.id === charge.id)!.value).toBeNull();

    const back = await store.withdrawIdentityReview({ reviewId: moved.review.id, reviewer: 'ann' }, { now: T(3) });
    expect(back.facts.map((f) => f.fact.id).sort()).toEqual([bridge.id, charge.id].sort());
    facts = await store.exportFacts();
    expect(facts.find((f) => f.id === charge.id)!.claims).toEqual([claimId]);

    const nowhere = await store.recordIdentityReview({ action: 'move', claimId, intoFact: null, reason: 'about another crossing', reviewer: 'ann' }, { now: T(4) });
    expect(nowhere.review.intoFact).toBeNull();
    expect((await store.exportFacts()).find((f) => f.id === charge.id)!.value).toBeNull();
  });

  test('refused: unknown targets, facts already one, and facts of different kinds', async ({ store }) => {
    const a = article('p.txt', 'Mayor Lina Ortiz said 6 euros is fair.', '2025-03-01');
    await record(store, a, [toll(a, 'Kessel bridge toll'), person(a, 'Lina Ortiz', 'Lina Ortiz', 'Mayor')], T(1));
    const facts = await store.exportFacts();
    const money = facts.find((f) => f.subject === 'Kessel bridge toll')!;
    const role = facts.find((f) => f.subject === 'Lina Ortiz')!;
    await expect(store.recordIdentityReview({ action: 'merge', factId: role.id, intoFact: money.id }, { now: T(2) })).rejects.toThrow(/different kinds are never one/);
    await expect(store.recordIdentityReview({ action: 'merge', factId: money.id, intoFact: money.id }, { now: T(2) })).rejects.toThrow(/one fact with/);
    await expect(store.recordIdentityReview({ action: 'merge', factId: 'f_nope', intoFact: money.id }, { now: T(2) })).rejects.toBeInstanceOf(InputError);
    await expect(store.recordIdentityReview({ action: 'move', claimId: 'c_nope', intoFact: null }, { now: T(2) })).rejects.toBeInstanceOf(InputError);
    await expect(store.recordIdentityReview({ action: 'move', claimId: role.claims[0]!, intoFact: money.id }, { now: T(2) })).rejects.toThrow(/is a person claim/);
    expect((await store.factHistory(money.id))!.identityReviews).toEqual([]);
  });
});

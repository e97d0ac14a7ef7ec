/**
 * Withdrawing a review: a new, append-only review after which the target counts as if the withdrawn
 * review had never been made, on every backend.
 */
import { describe, expect } from 'vitest';
import { ConflictError, InputError, StaleRevisionError } from '../../errors.js';
import type { ClaimDraft } from '../../model/index.js';
import type { FactStore } from '../../store/index.js';
import { article, figure } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const T = (day: number) => new Date(`2026-01-0${day}T00:00:00Z`);
const a1 = article('a1.txt', 'The US tariff on Japanese cars is 15%.', '2025-07-23');
const a2 = article('a2.txt', 'A later note: the US tariff on Japanese cars is 25%.', '2025-07-25');
const rate = (a: typeof a1, q: string, n: number) => figure(a, q, { amount: n, unit: '%' }, 'US tariff on Japanese cars', 'rate');

async function record(store: FactStore, a: typeof a1, drafts: ClaimDraft[], now: Date): Promise<void> {
  await store.saveArticle(a, null);
  await store.recordClaims(a.id, drafts, { now });
}

describe.each(BACKENDS)('review withdrawal [%s]', (kind) => {
  const test = storeTest(kind);

  test('withdrawing a fact review restores the belief before it; the history keeps both reviews', async ({ store }) => {
    await record(store, a1, [rate(a1, '15%', 15)], T(1));
    const [state] = await store.listFacts();
    const id = state!.fact.id;
    const corrected = await store.recordReview({ targetKind: 'fact', targetId: id, action: 'correct', value: { amount: 20, unit: '%' }, reviewer: 'ann' }, { now: T(2) });
    expect(corrected.fact.version).toMatchObject({ status: 'reviewed', value: { amount: 20, unit: '%' } });

    const revision = (await store.factRevisions([id])).get(id)!;
    await expect(store.withdrawReview({ reviewId: corrected.review.id, reviewer: 'bob' }, { now: T(3), expectedRevision: revision - 1 })).rejects.toBeInstanceOf(StaleRevisionError);
    const withdrawn = await store.withdrawReview({ reviewId: corrected.review.id, reason: 'wrong fact', reviewer: 'bob' }, { now: T(3), expectedRevision: revision });
    expect(withdrawn.review).toMatchObject({ action: 'withdraw', withdraws: corrected.review.id, reviewer: 'bob', reason: 'wrong fact', targetId: id });
    expect(withdrawn.fact.version).toMatchObject({ status: 'settled', value: { amount: 15, unit: '%' } });
    expect((await store.factRevisions([id])).get(id)).toBeGreaterThan(revision);

    const history = (await store.factHistory(id))!;
    expect(history.reviews.map((r) => [r.action, r.withdrawnBy])).toEqual([
      ['correct', withdrawn.review.id],
      ['withdraw', null],
    ]);
    expect(history.versions.map((v) => v.version.status)).toEqual(['settled', 'reviewed', 'settled']);

    await expect(store.withdrawReview({ reviewId: corrected.review.id, reviewer: 'bob' }, { now: T(4) })).rejects.toBeInstanceOf(ConflictError);
    await expect(store.withdrawReview({ reviewId: withdrawn.review.id, reviewer: 'bob' }, { now: T(4) })).rejects.toThrow(/is a withdrawal/);
    await expect(store.withdrawReview({ reviewId: 'r_nope', reviewer: 'bob' }, { now: T(4) })).rejects.toBeInstanceOf(InputError);
  });

  test('withdrawing the latest of two reviews brings the earlier one back', async ({ store }) => {
    await record(store, a1, [rate(a1, '15%', 15)], T(1));
    const id = (await store.listFacts())[0]!.fact.id;
    await store.recordReview({ targetKind: 'fact', targetId: id, action: 'correct', value: { amount: 20, unit: '%' }, reviewer: 'ann' }, { now: T(2) });
    const second = await store.recordReview({ targetKind: 'fact', targetId: id, action: 'correct', value: { amount: 30, unit: '%' }, reviewer: 'ann' }, { now: T(3) });
    const after = await store.withdrawReview({ reviewId: second.review.id, reviewer: 'ann' }, { now: T(4) });
    expect(after.fact.version).toMatchObject({ status: 'reviewed', value: { amount: 20, unit: '%' } });
  });

  test('withdrawing a claim correction: the claim is pending again and counts with its own value', async ({ store }) => {
    await record(store, a1, [rate(a1, '15%', 15)], T(1));
    await record(store, a2, [rate(a2, '25%', 25)], T(2));
    const wrong = (await store.listClaims()).find((c) => c.quote === '25%')!;
    const corrected = await store.recordReview({ targetKind: 'claim', targetId: wrong.id, action: 'correct', value: { amount: 15, unit: '%' }, reviewer: 'ann' }, { now: T(3) });
    expect(corrected.fact.version.candidates).toHaveLength(1);
    const back = await store.withdrawReview({ reviewId: corrected.review.id, reviewer: 'ann' }, { now: T(4) });
    expect(back.fact.version.candidates.map((c) => c.value)).toEqual(expect.arrayContaining([{ amount: 15, unit: '%' }, { amount: 25, unit: '%' }]));
    expect((await store.listClaims()).find((c) => c.id === wrong.id)!.status).toBe('pending');
    const reviews = await store.claimReviews([wrong.id]);
    expect(reviews.map((r) => r.action)).toEqual(['correct', 'withdraw']);
  });
});

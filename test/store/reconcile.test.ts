import { describe, expect, test } from 'vitest';
import { nameFact, reconcileFact } from '../../store/index.js';
import { evidence } from './samples.js';

const pct = (amount: number) => ({ amount, unit: '%' });

describe('reconcileFact', () => {
  test('settled, with full confidence, when every source agrees', () => {
    const r = reconcileFact([evidence('a.txt', '2025-07-23', pct(15)), evidence('b.txt', '2026-02-11', pct(15))]);
    expect(r.status).toBe('settled');
    expect(r.value).toEqual(pct(15));
    expect(r.confidence).toBe(1);
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]!.sources).toEqual(['a.txt', 'b.txt']);
    expect(r.opposing).toEqual([]);
    expect(r.reason).toBe('2 sources (a.txt, b.txt) report 15 %');
  });

  test('550 billion in different notations is one supported value', () => {
    const r = reconcileFact([
      evidence('a.txt', null, { amount: 550e9, unit: 'USD' }, { subject: 'Japan fund', predicate: 'size' }),
      evidence('b.txt', null, { amount: 550_000_000_000, unit: 'usd' }, { subject: 'Japan fund', predicate: 'size' }),
    ]);
    expect(r.status).toBe('settled');
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]!.weight).toBe(2);
  });

  test('contested when two values each have support; the better-supported one wins', () => {
    const a = evidence('004.txt', '2025-07-23', pct(15));
    const b = evidence('001.txt', '2026-02-11', pct(15));
    const c = evidence('002.txt', '2025-05-23', pct(25));
    const r = reconcileFact([c, a, b]);
    expect(r.status).toBe('contested');
    expect(r.value).toEqual(pct(15));
    expect(r.supporting).toEqual([a.claim.id, b.claim.id].sort());
    expect(r.opposing).toEqual([c.claim.id]);
    expect(r.confidence).toBeCloseTo(2 / 3);
    expect(r.candidates.map((x) => [x.value, x.sources, x.weight, x.validFrom])).toEqual([
      [pct(15), ['001.txt', '004.txt'], 2, '2025-07-23'],
      [pct(25), ['002.txt'], 1, '2025-05-23'],
    ]);
    expect(r.reason).toBe('2 of 3 sources (001.txt, 004.txt) report 15 %; 1 (002.txt) reports 25 %');
  });

  test('independence counts documents: one article repeating a value counts once', () => {
    const r = reconcileFact([
      evidence('002.txt', '2025-05-23', pct(25)),
      evidence('002.txt', '2025-05-23', pct(25)),
      evidence('002.txt', '2025-05-23', pct(25)),
      evidence('004.txt', '2025-07-23', pct(15)),
      evidence('001.txt', '2026-02-11', pct(15)),
    ]);
    expect(r.value).toEqual(pct(15));
    expect(r.candidates[1]!.weight).toBe(1);
    expect(r.candidates[1]!.claimIds).toHaveLength(3);
  });

  test('a tie goes to the most recently reported value', () => {
    const r = reconcileFact([evidence('old.txt', '2025-05-23', pct(25)), evidence('new.txt', '2025-07-23', pct(15))]);
    expect(r.value).toEqual(pct(15));
    expect(r.confidence).toBe(0.5);
    expect(r.reason).toContain('most recent report (2025-07-23)');
  });

  test('the result does not depend on the order of the evidence', () => {
    const items = [
      evidence('x.txt', null, pct(25)),
      evidence('y.txt', null, pct(15)),
      evidence('z.txt', '2025-01-01', pct(10)),
      evidence('w.txt', '2025-01-01', pct(10)),
    ];
    const forward = reconcileFact(items);
    expect(reconcileFact([...items].reverse())).toEqual(forward);
    expect(reconcileFact([items[2]!, items[0]!, items[3]!, items[1]!])).toEqual(forward);
  });

  test('rejected claims are left out; none left means no value', () => {
    const rejected = evidence('a.txt', null, pct(25), { status: 'rejected' });
    const kept = evidence('b.txt', null, pct(15));
    expect(reconcileFact([rejected, kept])).toMatchObject({ status: 'settled', value: pct(15), opposing: [] });
    expect(reconcileFact([rejected])).toMatchObject({ status: 'needs-review', value: null, candidates: [], confidence: 0 });
  });

  test('a candidate is valid from its earliest report, open-ended', () => {
    const r = reconcileFact([evidence('b.txt', '2026-02-11', pct(15)), evidence('a.txt', '2025-07-23', pct(15)), evidence('c.txt', null, pct(15))]);
    expect([r.validFrom, r.validTo]).toEqual(['2025-07-23', null]);
  });
});

describe('nameFact', () => {
  test("takes the oldest claim's wording, whatever the order of the evidence", () => {
    const items = [
      evidence('b.txt', '2025-07-23', pct(15), { subject: 'US tariffs on Japanese car' }),
      evidence('a.txt', '2025-05-23', pct(25), { subject: 'U.S. tariff on Japanese cars' }),
    ];
    expect(nameFact(items)).toEqual({ subject: 'U.S. tariff on Japanese cars', predicate: 'rate', kind: 'figure' });
    expect(nameFact([...items].reverse())).toEqual(nameFact(items));
    expect(nameFact([])).toBeNull();
  });
});

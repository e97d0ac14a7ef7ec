import { describe, expect, test } from 'vitest';
import type { FactValue } from '../../model/index.js';
import { copyRelations, discoverTruth, majorityVote, reconcileFact, truthFinder, valueKey, type TruthObservation } from '../../reconcile/index.js';

const text = (t: string): FactValue => ({ text: t });

/**
 * 40 items. Five independent sources, each wrong on its own eight items (a value of its own). `poor` is wrong on
 * every fourth item; `copier1` and `copier2` repeat `poor` everywhere, its errors included. Where `poor` is wrong,
 * a vote sees three sources saying its false value, and on the items where an honest source errs too,
 * only two say the truth, so the vote picks the copied error there.
 */
function planted(): TruthObservation[] {
  const obs: TruthObservation[] = [];
  const honest = ['h1', 'h2', 'h3', 'h4', 'h5'];
  for (let i = 0; i < 40; i++) {
    const item = `item${i}`;
    const truth = `t${i}`;
    honest.forEach((s, k) => {
      // Source k errs on items k, k+5, ..., so on most items four of the five honest ones are right.
      const wrong = i % 5 === k && i % 2 === 0;
      obs.push({ item, source: s, value: text(wrong ? `${s}-slip-${i}` : truth) });
    });
    const poorValue = i % 4 === 0 ? `copied-error-${i}` : truth;
    for (const s of ['poor', 'copier1', 'copier2']) obs.push({ item, source: s, value: text(poorValue) });
  }
  // Items where the honest majority is thin: only two honest sources speak, against the copied error.
  for (let i = 40; i < 48; i++) {
    const item = `item${i}`;
    obs.push({ item, source: 'h1', value: text(`t${i}`) }, { item, source: 'h2', value: text(`t${i}`) });
    for (const s of ['poor', 'copier1', 'copier2']) obs.push({ item, source: s, value: text(`copied-error-${i}`) });
  }
  return obs;
}

describe('discoverTruth (AccuCopy)', () => {
  test('a planted copier: its weight falls and the truth is recovered where the vote fails', () => {
    const obs = planted();
    const vote = majorityVote(obs);
    const thin = Array.from({ length: 8 }, (_, k) => `item${40 + k}`);
    // The vote follows the three copies.
    for (const item of thin) expect(vote.get(item)).toBe(valueKey(text(`copied-error-${item.slice(4)}`)));

    const accu = discoverTruth(obs, { detectCopying: false });
    const copy = discoverTruth(obs);
    for (const item of thin) expect(copy.chosen.get(item)!.key).toBe(`text:t${item.slice(4)}`);
    // Copies share false values: the three are found dependent, no honest pair is.
    const pairs = copyRelations(copy).map((c) => `${c.sourceA}~${c.sourceB}`);
    expect(pairs).toEqual(expect.arrayContaining(['copier1~copier2', 'copier1~poor', 'copier2~poor']));
    expect(pairs.filter((p) => p.startsWith('h'))).toEqual([]);
    const relation = copyRelations(copy).find((c) => c.sourceA === 'copier1' && c.sourceB === 'poor')!;
    expect(relation.sameFalse).toBeGreaterThanOrEqual(10);
    // The copier's trust falls below the honest sources', and below what accuracy alone gives it.
    expect(copy.trust.get('copier1')!).toBeLessThan(copy.trust.get('h3')!);
    expect(copy.trust.get('copier1')!).toBeLessThanOrEqual(accu.trust.get('copier1')!);
    // Right on every item.
    for (let i = 0; i < 48; i++) expect(copy.chosen.get(`item${i}`)!.key).toBe(`text:t${i}`);
  });

  test('the store path agrees: reconcileFact with the discovered trust and copying picks the truth the vote misses', () => {
    const obs = planted();
    const copy = discoverTruth(obs);
    const item = obs.filter((o) => o.item === 'item41');
    const evidence = item.map((o, i) => ({ claimId: `c${i}`, subject: 'item41', predicate: 'v', kind: null, value: o.value, doc: o.source, source: o.source, published: null }));
    expect(reconcileFact(evidence).value).toEqual(text('copied-error-41'));
    expect(reconcileFact(evidence, { trust: copy.trust, dependence: copy.dependence }).value).toEqual(text('t41'));
  });

  test('times vote by the exact minute unless a tolerance is given; within it they pool, and a tie goes to the value more sources back, not to trust', () => {
    const obs: TruthObservation[] = [
      { item: 'dep', source: 'a', value: text('16:30') },
      { item: 'dep', source: 'b', value: text('16:31') },
      { item: 'dep', source: 'c', value: text('16:32') },
      { item: 'dep', source: 'd', value: text('17:15') },
      { item: 'dep', source: 'e', value: text('17:15') },
    ];
    // By default a spread of near values is not a majority.
    expect(discoverTruth(obs).chosen.get('dep')!.key).toBe('time:17:15');
    // At ±10 min, 16:30, 16:31 and 16:32 each gather all three votes; with equal counts and backers the smaller key wins.
    const r = discoverTruth(obs, { agreement: { timeToleranceMinutes: 10 } });
    expect(r.chosen.get('dep')!.key).toBe('time:16:30');
    // Plain vote counts exact values only.
    expect(majorityVote(obs).get('dep')).toBe('time:17:15');
  });

  test('does not depend on the order of observations', () => {
    const obs = planted();
    const a = discoverTruth(obs);
    const b = discoverTruth([...obs].reverse());
    const keys = (r: typeof a) => [...r.chosen].map(([item, c]) => `${item}=${c.key}`).sort();
    expect(keys(b)).toEqual(keys(a));
    for (const [s, t] of a.trust) expect(b.trust.get(s)).toBeCloseTo(t, 9);
  });

  test('a near-duplicate cluster counts once per item', () => {
    const obs: TruthObservation[] = [
      { item: 'x', source: 'a', value: text('yes'), unit: 'cluster1' },
      { item: 'x', source: 'b', value: text('yes'), unit: 'cluster1' },
      { item: 'x', source: 'c', value: text('yes'), unit: 'cluster1' },
      { item: 'x', source: 'd', value: text('no') },
      { item: 'x', source: 'e', value: text('no') },
    ];
    expect(discoverTruth(obs).chosen.get('x')!.key).toBe('text:no');
  });

  test('TruthFinder lets a list gain from the values that partly support it', () => {
    const obs: TruthObservation[] = [
      { item: 'book', source: 'a', value: text('Widom; Ullman') },
      { item: 'book', source: 'b', value: text('Ullman') },
      { item: 'book', source: 'c', value: text('Widom') },
      { item: 'book', source: 'd', value: text('Abiteboul') },
    ];
    expect(truthFinder(obs).get('book')).toBe('list:["ullman","widom"]');
    expect(discoverTruth(obs).chosen.get('book')!.key).toBe('list:["ullman","widom"]');
  });

  test('mirrors (identical on most shared items) vote once, and a chain of near-mirrors is not one group', () => {
    const obs: TruthObservation[] = [];
    for (let i = 0; i < 30; i++) {
      const item = `flight${i}`;
      // m1, m2 and m4 publish one feed (identical everywhere, wrong on every third item); m3 follows it except on every tenth.
      const feed = i % 3 === 0 ? `feed-error-${i}` : `t${i}`;
      for (const s of ['m1', 'm2', 'm4']) obs.push({ item, source: s, value: text(feed) });
      obs.push({ item, source: 'm3', value: text(i % 10 === 5 ? `m3-own-${i}` : feed) });
      // Three independent sources, each wrong on its own items.
      obs.push({ item, source: 'h1', value: text(i % 7 === 1 ? `h1-slip-${i}` : `t${i}`) });
      obs.push({ item, source: 'h2', value: text(i % 7 === 4 ? `h2-slip-${i}` : `t${i}`) });
      obs.push({ item, source: 'h3', value: text(i % 7 === 6 ? `h3-slip-${i}` : `t${i}`) });
    }
    const vote = majorityVote(obs);
    const r = discoverTruth(obs, { mirrorMinShared: 20, mirrorAgreement: 0.97 });
    expect(r.mirrors).toEqual([{ sources: ['m1', 'm2', 'm4'], minShared: 30, minAgreement: 1 }]);
    // The feed's errors: four votes to three for the vote; the mirrors count once, so the truth wins.
    for (let i = 0; i < 30; i += 3) {
      expect(vote.get(`flight${i}`)).toBe(valueKey(text(`feed-error-${i}`)));
      expect(r.chosen.get(`flight${i}`)!.key).toBe(`text:t${i}`);
    }
    // With a looser agreement m3 joins: every two of the four agree on at least 90 % of the items.
    expect(discoverTruth(obs, { mirrorMinShared: 20, mirrorAgreement: 0.9 }).mirrors.map((g) => g.sources)).toEqual([['m1', 'm2', 'm3', 'm4']]);
    // Too few shared items: no mirrors.
    expect(discoverTruth(obs, { mirrorMinShared: 31 }).mirrors).toEqual([]);
  });

  test('accuracy learned across groups changes a decision in one group', () => {
    const obs: TruthObservation[] = [];
    // Day 1: h1, h2 and h3 agree; p1, p2 and p3 each say something of their own (wrong).
    for (let i = 0; i < 20; i++) {
      for (const s of ['h1', 'h2', 'h3']) obs.push({ item: `day1/${i}`, source: s, value: text(`t${i}`) });
      for (const s of ['p1', 'p2', 'p3']) obs.push({ item: `day1/${i}`, source: s, value: text(`${s}-${i}`) });
    }
    // Day 2, one item: the three poor sources happen to agree, two of the accurate ones say otherwise.
    const day2: TruthObservation[] = [
      ...['h1', 'h2'].map((source) => ({ item: 'day2/x', source, value: text('right') })),
      ...['p1', 'p2', 'p3'].map((source) => ({ item: 'day2/x', source, value: text('wrong') })),
    ];
    // Alone, day 2 has nothing to learn accuracy from: three votes beat two.
    expect(discoverTruth(day2).chosen.get('day2/x')!.key).toBe('text:wrong');
    // Learned over both days, the accurate pair outweighs the three.
    const both = discoverTruth([...obs, ...day2]);
    expect(both.chosen.get('day2/x')!.key).toBe('text:right');
    expect(both.trust.get('p1')!).toBeLessThan(0.5);
  });
});

/** `linkPositions`: two parties' figures set against each other in one sentence are values of one fact. */
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../extract/index.js';

const figures = (text: string) =>
  extractClaims({ text, published: '2026-03-02' })
    .filter((c) => c.kind === 'figure')
    .map((c) => [c.quote, `${c.subject} | ${c.predicate}`]);

describe('linkPositions', () => {
  test("a demand set against a proposal, or an offer against a demand, is the first position's fact", () => {
    const [a, b] = figures('The sticking point is the length of the contract (the league proposes 4-year terms vs the players\u2019 demand for 6-year minimums).');
    expect(b![1]).toBe(a![1]);
    const [c, d] = figures('The nurses\u2019 union demands a 12% pay rise, while the hospital group offers 4%.');
    expect(c![0]).toBe('12%');
    expect(d![1]).toBe(c![1]);
  });

  test('no link: two positions of one kind (rival bids), no contrast, or another unit', () => {
    const [a, b] = figures('Vantor offered $31 a share for the miner, while Ostrel offered $33 a share for its rival stake.');
    expect(a![0]).toBe('$31');
    expect(b![1]).toBe(figures('Ostrel offered $33 a share for its rival stake.')[0]![1]);
    const [c, d] = figures('The union demands a 12% pay rise and the company reported 9% growth in sales.');
    expect(d![1]).not.toBe(c![1]);
    const [e, f] = figures('The council proposes a 5% levy, while residents demand $200 in rebates.');
    expect(f![1]).not.toBe(e![1]);
  });
});

/** `proposalPresentations`: sentences that report a proposal presented, and the words naming it (pure). */
import { describe, expect, test } from 'vitest';
import { proposalPresentations } from '../../extract/proposal.js';

function stems(text: string): string[][] {
  return proposalPresentations(text).map((p) => p.stems);
}

describe('proposalPresentations', () => {
  test('an active verb with the proposal after it, a passive one with it before', () => {
    expect(stems('Borne, who unveiled details of the transit fare proposal on March 4, spoke.')).toEqual([['trans', 'fare']]);
    expect(stems('The housing bill was introduced in February.')).toEqual([['housi']]);
    expect(stems('The tax plan, presented on Tuesday, lifts rates.')).toEqual([['tax']]);
  });

  test('no presentation: no proposal noun near the verb, or only generic words naming it', () => {
    expect(stems('The minister announced on Monday that fares will rise.')).toEqual([]);
    expect(stems('The government presented its new plan on Monday.')).toEqual([]);
    expect(stems('Fares rose 5% in March.')).toEqual([]);
  });

  test('offsets: the verb and sentence spans point into the text', () => {
    const text = 'Rain fell. The council unveiled the parking plan on April 2.';
    const [p] = proposalPresentations(text);
    expect(text.slice(p!.verbStart, p!.verbEnd)).toBe('unveiled');
    expect(text.slice(p!.start, p!.end)).toBe('The council unveiled the parking plan on April 2.');
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../extract/index.js';

const counts = (text: string) =>
  extractClaims({ text, published: '2024-05-10' })
    .filter((c) => c.kind === 'figure')
    .map((c) => `${c.subject} = ${'amount' in c.value ? c.value.amount : ''}`);

describe('a count takes its owner', () => {
  it('a name before a possessive', () => {
    expect(counts('The minister promised to bring home Norway’s 140 soldiers by June.')).toEqual(['Norway soldiers = 140']);
    expect(counts('The lender will shut the bank’s 300 branches.')).toEqual(['branches = 300']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../extract/index.js';
import { datelineDollar } from '../../extract/local-dollar.js';

const money = (text: string) =>
  extractClaims({ text, published: '2008-01-10' })
    .filter((c) => c.kind === 'figure')
    .map((c) => `${text.slice(c.start, c.end)} ${(c.value as { unit: string }).unit}`);

describe('datelineDollar', () => {
  it('reads a local paper’s dateline in a country with its own dollar', () => {
    expect(datelineDollar('OTTAWA - Karlheinz Schreiber told MPs')).toBe('CAD');
    expect(datelineDollar('OTTAWA -- Prime Minister Stephen Harper')).toBe('CAD');
    expect(datelineDollar('VANCOUVER, B.C. — The city')).toBe('CAD');
    expect(datelineDollar('TORONTO (CP) - The province')).toBe('CAD');
    expect(datelineDollar('SYDNEY, Australia - A man')).toBe('AUD');
    expect(datelineDollar('MELBOURNE, Dec 30 (AAP) - A man')).toBe('AUD');
    expect(datelineDollar('WELLINGTON - The government')).toBe('NZD');
    expect(datelineDollar('HONG KONG - Shares')).toBe('HKD');
    // Under a headline.
    expect(datelineDollar('PM to call limited probe\n\nOTTAWA -- Prime Minister Stephen Harper')).toBe('CAD');
  });

  it('keeps the US dollar under a wire agency’s dateline, elsewhere, or without a dateline', () => {
    expect(datelineDollar('TORONTO (AP) - Raptors guard')).toBeNull();
    expect(datelineDollar('SYDNEY (Reuters) - Shares')).toBeNull();
    expect(datelineDollar('CALGARY, Alberta (AP) - Six people')).toBeNull();
    expect(datelineDollar('LONDON - The bank')).toBeNull();
    expect(datelineDollar('WASHINGTON - Congress')).toBeNull();
    expect(datelineDollar('The Ottawa Senators paid $5 million.')).toBeNull();
    // A city named later in the opening is no dateline.
    expect(datelineDollar('Police in TORONTO - and elsewhere')).toBeNull();
    // Nor a city opening a line deep in the article.
    expect(datelineDollar(`${'A line.\n'.repeat(6)}OTTAWA - later`)).toBeNull();
  });

  it('keeps the US dollar when the article writes the local dollar’s own prefix', () => {
    expect(datelineDollar('TORONTO - The deal is worth C$5 billion, or $4.9 billion.')).toBeNull();
    expect(datelineDollar('SYDNEY - It cost 5 million Australian dollars, or $4 million.')).toBeNull();
  });
});

describe('extractClaims under a local dateline', () => {
  it('gives a bare dollar, dollars and cents the local code, never a marked US dollar', () => {
    expect(money('OTTAWA - He paid $300,000 in cash. It costs 77 cents a ticket. She got US$40,000 and 5,000 U.S. dollars.')).toEqual([
      '$300,000 CAD',
      '77 cents CAD',
      'US$40,000 USD',
      '5,000 U.S. dollars USD',
    ]);
  });

  it('leaves a conversion to the US dollar in brackets as it is', () => {
    expect(money('TORONTO - The sale brought $1 billion (US$980 million).')).toEqual(['$1 billion CAD', 'US$980 million USD']);
  });

  it('leaves other currencies alone', () => {
    expect(money('SYDNEY - The club paid £2 million.')).toEqual(['£2 million GBP']);
  });
});

import { describe, expect, it } from 'vitest';
import { isPossessive, tokenize } from '../../extract/token.js';

describe('tokenize', () => {
  it('keeps abbreviations, hyphenated words and numerals whole, and splits possessives', () => {
    const text = 'The U.S.-bound 12,000 then-President’s deal';
    expect(tokenize(text).map((t) => t.text)).toEqual(['The', 'U.S.', '-', 'bound', '12,000', 'then-President', '’s', 'deal']);
  });

  it('gives offsets into the original text, also from a start offset', () => {
    const text = 'ab Japan’s cd';
    for (const t of tokenize(text, 3)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(isPossessive(tokenize(text)[2]!.text)).toBe(true);
  });
});

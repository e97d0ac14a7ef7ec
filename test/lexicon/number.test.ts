import { describe, expect, it } from 'vitest';
import { cleanNumber, parseNumber, parseNumberWord, parseNumeral, scaleOf } from '../../lexicon/number.js';

describe('number parsing', () => {
  it('parses numerals with separators and decimals', () => {
    expect(parseNumeral('12,000')).toBe(12000);
    expect(parseNumeral('1.7')).toBe(1.7);
    expect(parseNumeral('12,00')).toBeNull();
  });

  it('parses spelled-out cardinals, hyphenated tens included', () => {
    expect(parseNumberWord('Three')).toBe(3);
    expect(parseNumberWord('twenty-five')).toBe(25);
    expect(parseNumberWord('third')).toBeNull();
    expect(parseNumber('dozen')).toBe(12);
    expect(parseNumberWord('twenty-one-year-old')).toBe(21);
    expect(parseNumberWord('twenty-ten')).toBeNull();
  });

  it('reads no number in words an object has by inheritance', () => {
    for (const word of ['constructor', 'Constructor', 'valueOf', '__proto__', 'hasOwnProperty']) expect(parseNumber(word)).toBeNull();
  });

  it('maps scale words and abbreviations', () => {
    expect(scaleOf(' billion')).toBe(1e9);
    expect(scaleOf('bn')).toBe(1e9);
    expect(scaleOf('B')).toBe(1e9);
    expect(scaleOf(undefined)).toBe(1);
    expect(cleanNumber(1.7 * 1e6)).toBe(1_700_000);
  });
});

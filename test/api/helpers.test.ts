import { describe, expect, test } from 'vitest';
import { TokenGate } from '../../api/auth.js';
import { etag, revisionOf } from '../../api/routes/etag.js';
import { sentenceAround } from '../../api/routes/reviews.js';

describe('sentenceAround', () => {
  const text = 'Tariffs rose. Japan will invest $550 billion in the US. Talks go on.\nA new line here.';
  test('gives the sentence holding the claim and the span inside it', () => {
    const start = text.indexOf('$550 billion');
    const ctx = sentenceAround(text, { start, end: start + 12, quote: '$550 billion' });
    expect(ctx.text).toBe('Japan will invest $550 billion in the US.');
    expect(ctx.text.slice(ctx.start, ctx.end)).toBe('$550 billion');
  });
  test('widens to every sentence a claim crosses', () => {
    const start = text.indexOf('US.');
    const end = text.indexOf('Talks') + 5;
    const ctx = sentenceAround(text, { start, end, quote: text.slice(start, end) });
    expect(ctx.text).toBe('Japan will invest $550 billion in the US. Talks go on.');
    expect(ctx.text.slice(ctx.start, ctx.end)).toBe(text.slice(start, end));
  });
  test('falls back to the quote alone when the text does not hold it there', () => {
    expect(sentenceAround('other text', { start: 0, end: 4, quote: '15 %' })).toEqual({ text: '15 %', start: 0, end: 4 });
  });
});

describe('revisions as ETags', () => {
  test('round-trip through If-Match in its usual spellings', () => {
    expect(etag(3)).toBe('"3"');
    for (const header of ['"3"', 'W/"3"', '3', ' "3" ']) expect(revisionOf(header, 'f_1')).toBe(3);
  });
  test('refuse anything but one revision', () => {
    for (const header of ['*', '"3", "4"', 'abc', '"-1"', '']) expect(() => revisionOf(header, 'f_1')).toThrow(/f_1: If-Match/);
  });
});

describe('TokenGate', () => {
  test('matches only configured tokens, and nothing when none are', () => {
    const gate = new TokenGate(['alpha-token-1', 'beta-token-22']);
    expect(gate.matches('alpha-token-1')).toBe(true);
    expect(gate.matches('beta-token-22')).toBe(true);
    expect(gate.matches('alpha-token-')).toBe(false);
    expect(gate.matches('')).toBe(false);
    expect(gate.matches(undefined)).toBe(false);
    expect(new TokenGate([]).matches('alpha-token-1')).toBe(false);
    expect(new TokenGate([]).configured).toBe(false);
  });
});

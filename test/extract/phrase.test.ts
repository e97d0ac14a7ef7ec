import { describe, expect, it } from 'vitest';
import { clauseSubjectBefore, ownerBefore, phraseAfter, phraseText, sentenceTokens } from '../../extract/phrase.js';

const toks = (text: string) => sentenceTokens({ start: 0, end: text.length, text });

describe('phrase helpers', () => {
  it('reads the owner before a figure over a few adjectives', () => {
    const text = 'Acme Steel’s ambitious $9 billion bid';
    expect(ownerBefore(toks(text), text.indexOf('$'))).toBe('Acme Steel');
    expect(ownerBefore(toks('they made a $9 billion bid'), 11)).toBeNull();
  });

  it('reads a capitalised clause subject across a short verb group', () => {
    const text = 'Later, Orion Energy promised in 2019 to buy $3 billion of gas';
    expect(clauseSubjectBefore(toks(text), text.indexOf('$'))).toBe('Orion Energy');
  });

  it('stops a phrase at stop words and verb forms, but keeps acronyms such as US', () => {
    const t = toks('US farm goods shipped abroad');
    expect(phraseText(phraseAfter(t, 0))).toBe('US farm goods');
  });
});

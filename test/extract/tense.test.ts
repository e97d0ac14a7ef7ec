import { describe, expect, it } from 'vitest';
import { tenseAround } from '../../extract/tense.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string): Sentence => ({ start: 0, end: text.length, text });
const tense = (text: string, quote: string) => tenseAround(s(text), text.indexOf(quote), text.indexOf(quote) + quote.length);

describe('tenseAround', () => {
  it('reads future markers', () => {
    expect(tense('Leaders will gather in October.', 'October')).toBe('future');
    expect(tense('She is scheduled to fly in October.', 'October')).toBe('future');
  });

  it('reads past verbs', () => {
    expect(tense('Imports fell in October.', 'October')).toBe('past');
  });

  it('lets "since" right before the date outrank other clause words', () => {
    expect(tense('He touts planned spending since his October win.', 'October')).toBe('past');
  });

  it('falls back to present', () => {
    expect(tense('Markets open in October.', 'October')).toBe('present');
  });

  it('lets the verb before an expression in its clause decide over a later verb', () => {
    const text = 'The bank held its rate at 5% in July and expects cuts soon.';
    const sentence = { start: 0, end: text.length, text };
    expect(tenseAround(sentence, text.indexOf('July'), text.indexOf('July') + 4)).toBe('past');
  });
});

import { describe, expect, it, test } from 'vitest';
import { MAX_SENTENCE_CHARS, sentenceAt, splitSentences } from '../../extract/sentence.js';

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks, keeping offsets', () => {
    const text = 'Headline here\nFirst one. Second one! Third?';
    const found = splitSentences(text);
    expect(found.map((s) => s.text)).toEqual(['Headline here', 'First one.', 'Second one!', 'Third?']);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations such as U.S. or Corp.', () => {
    expect(splitSentences('The U.S. Senate met Acme Corp. Officials on Monday.')).toHaveLength(1);
  });

  it('a time of day runs on into its day or zone, and ends a sentence before anything else', () => {
    expect(splitSentences('The roof fell at 1:30 a.m. Thursday. Crews came.').map((s) => s.text)).toEqual(['The roof fell at 1:30 a.m. Thursday.', 'Crews came.']);
    expect(splitSentences('It began at 9 p.m. EDT on Monday.')).toHaveLength(1);
    expect(splitSentences('It rained at 5 p.m. Officials said so.')).toHaveLength(2);
  });

  it('finds the sentence holding an offset', () => {
    const found = splitSentences('One. Two.');
    expect(sentenceAt(found, 6)?.text).toBe('Two.');
    expect(sentenceAt(found, 4)).toBeUndefined();
  });

  it('cuts text without boundaries into bounded pieces at spaces, keeping offsets', () => {
    const text = 'word '.repeat(2000).trim();
    const found = splitSentences(text);
    expect(found.length).toBeGreaterThan(1);
    for (const s of found) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('a middle initial', () => {
  test('does not end a sentence before the name goes on; before a sentence opener it may', () => {
    expect(splitSentences('President George W. Bush met them. Plan B. The end came in World War I. Then peace.').map((s) => s.text)).toEqual([
      'President George W. Bush met them.',
      'Plan B.',
      'The end came in World War I.',
      'Then peace.',
    ]);
  });
});

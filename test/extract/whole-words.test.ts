import { describe, expect, it } from 'vitest';
import { letterBefore, wholeWordMatches } from '../../extract/whole-words.js';

/** What the regular expression the scan replaces finds: `(?<![\p{L}])(?:w1|w2|…)(?![\p{L}])`. */
function byRegExp(text: string, words: readonly string[], ignoreCase: boolean) {
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, ignoreCase ? 'giu' : 'gu');
  return [...text.matchAll(re)].map((m) => ({ index: m.index!, text: m[0] }));
}

describe('wholeWordMatches', () => {
  it('finds names as whole words only, left to right', () => {
    const text = 'Lund met Lundqvist; then Ito-Lund spoke, and LUND left. Ito’s aide';
    expect(wholeWordMatches(text, ['Lund', 'Ito'])).toEqual([
      { index: 0, word: 'Lund', text: 'Lund' },
      { index: 25, word: 'Ito', text: 'Ito' },
      { index: 29, word: 'Lund', text: 'Lund' },
      { index: 56, word: 'Ito', text: 'Ito' },
    ]);
    expect(wholeWordMatches(text, ['lund'], { ignoreCase: true }).map((m) => m.text)).toEqual(['Lund', 'Lund', 'LUND']);
  });

  it('takes the first listed word that fits at a place, as an alternation does', () => {
    const text = 'Levine-Cava and Levine spoke';
    expect(wholeWordMatches(text, ['Levine-Cava', 'Levine']).map((m) => m.text)).toEqual(['Levine-Cava', 'Levine']);
    expect(wholeWordMatches(text, ['Levine', 'Levine-Cava']).map((m) => m.text)).toEqual(['Levine', 'Levine']);
    // `Cava` inside the longer match is not found again.
    expect(wholeWordMatches(text, ['Levine-Cava', 'Cava']).map((m) => m.index)).toEqual([0]);
  });

  it('treats letters beyond ASCII, and letters outside the basic plane, as letters', () => {
    expect(wholeWordMatches('Édouard Ödegaard, Ødegaard', ['degaard'])).toEqual([]);
    expect(wholeWordMatches('Müller-Wohlfahrt, Müller', ['Müller']).map((m) => m.index)).toEqual([0, 18]);
    expect(wholeWordMatches('𝒜Lund Lund', ['Lund']).map((m) => m.index)).toEqual([7]);
    expect(letterBefore('𝒜x', 2)).toBe(true);
    expect(letterBefore('1x', 1)).toBe(false);
  });

  it('gives what the regular expression gives on random texts', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['Lund', 'lund', 'Ito', 'Ito-Lund', 'Levine', 'Levine-Cava', 'Öz', 'öz', 'x', ' ', ' ', '-', "'", '’', ',', '.', '\n', '1'];
    const lists = [['Lund', 'Ito'], ['Levine-Cava', 'Levine', 'Lund'], ['Levine', 'Levine-Cava'], ['Öz', 'Ito-Lund', 'Ito'], ['lund']];
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 12 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      for (const words of lists) {
        for (const ignoreCase of [false, true]) {
          const got = wholeWordMatches(text, words, { ignoreCase }).map(({ index, text: t }) => ({ index, text: t }));
          expect(got, `${JSON.stringify(text)} ${words.join('|')} ${ignoreCase}`).toEqual(byRegExp(text, words, ignoreCase));
        }
      }
    }
  });
});

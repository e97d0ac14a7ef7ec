import { describe, expect, test } from 'vitest';
import { nameWords, spelledAlike } from '../../reconcile/person-name.js';

const alike = (a: string, b: string) => spelledAlike(nameWords(a), nameWords(b));

describe('spelledAlike: one person name printed two ways', () => {
  test('the same surname and a given name one letter apart, or a short form of it', () => {
    expect(alike('Elan Vesk', 'Ilan Vesk')).toBe(true);
    expect(alike('Farid al-Tamimi', 'Fareed al-Tamimi')).toBe(true);
    expect(alike('Dan Okoro', 'Daniel Okoro')).toBe(true);
    expect(alike('D. Okoro', 'Daniel Okoro')).toBe(true);
  });

  test('a joining word in the surname may be written or left out', () => {
    expect(alike('Farid al-Tamimi', 'Fareed Tamimi')).toBe(true);
    expect(alike('Piet van Dorn', 'Pieter Dorn')).toBe(true);
  });

  test('two people who share a surname are two names', () => {
    expect(alike('Hana Voss', 'Pieter Voss')).toBe(false);
    expect(alike('Greta Lund', 'Oskar Lund')).toBe(false);
    // Different middle names are different people, whatever the given names.
    expect(alike('Ilan K. Vesk', 'Elan R. Vesk')).toBe(false);
    // The same given name is no spelling variant: whether it is one person is another rule's question.
    expect(alike('Elan Vesk', 'Elan Vesk')).toBe(false);
  });

  test('another surname, or a single word, is never a variant', () => {
    expect(alike('Elan Vesk', 'Ilan Vesko')).toBe(false);
    expect(alike('Vesk', 'Ilan Vesk')).toBe(false);
  });

  test('symmetric', () => {
    const names = ['Elan Vesk', 'Ilan Vesk', 'Dan Okoro', 'Daniel Okoro', 'Hana Voss', 'Pieter Voss', 'Farid al-Tamimi', 'Fareed Tamimi'];
    for (const a of names) for (const b of names) expect(alike(a, b)).toBe(alike(b, a));
  });
});

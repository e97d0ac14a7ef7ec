import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FactValue } from '../../model/index.js';
import { timeOfDay, valueKey, valueSupport, valuesAgree, VOTE_AGREEMENT } from '../../reconcile/index.js';

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const time = fc.integer({ min: 0, max: 24 * 60 - 1 }).map((m) => ({ text: clock(m) }));
const word = fc.constantFrom('ullman', 'widom', 'garcia', 'molina', 'abiteboul', 'hull', 'vianu', 'stonebraker');
const list = fc.uniqueArray(word, { minLength: 2, maxLength: 5 });
const value: fc.Arbitrary<FactValue> = fc.oneof(
  fc.record({ amount: fc.double({ min: -1e9, max: 1e9, noNaN: true }), unit: fc.constantFrom('USD', '%', '1') }),
  fc.record({ min: fc.integer({ min: 0, max: 100 }), max: fc.integer({ min: 0, max: 100 }), unit: fc.constantFrom('%', 'USD') }),
  fc.constantFrom('2025', '2025-06', '2025-06-05', '2025-07').map((date) => ({ date })),
  time,
  list.map((parts) => ({ text: parts.join('; ') })),
  word.map((text) => ({ text })),
);

describe('valuesAgree', () => {
  test('is symmetric, and so is partial support', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(valuesAgree(a, b)).toBe(valuesAgree(b, a));
        expect(valueSupport(a, b)).toBeCloseTo(valueSupport(b, a), 12);
      }),
    );
  });

  test('a value always agrees with itself, and equal keys agree', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(valuesAgree(a, a)).toBe(true);
        if (valueKey(a) === valueKey(b)) expect(valuesAgree(a, b)).toBe(true);
      }),
    );
  });

  test('a list never fully agrees with a strict subset of it: partial support only', () => {
    fc.assert(
      fc.property(list, fc.integer({ min: 1 }), (parts, cut) => {
        const subset = parts.slice(0, 1 + (cut % (parts.length - 1)));
        const whole = { text: parts.join('; ') };
        const part = { text: subset.join('; ') };
        expect(valuesAgree(whole, part)).toBe(false);
        const support = valueSupport(whole, part);
        expect(support).toBeGreaterThan(0);
        expect(support).toBeLessThan(1);
      }),
    );
  });

  test('counted nouns meet their synonyms and plurals; other units and currencies stay apart', () => {
    expect(valuesAgree({ amount: 200, unit: 'parade' }, { amount: 200, unit: 'demonstrations' })).toBe(true);
    expect(valueKey({ amount: 30, unit: 'rally' })).toBe(valueKey({ amount: 30, unit: 'protest' }));
    expect(valuesAgree({ amount: 200, unit: 'parade' }, { amount: 200, unit: 'arrest' })).toBe(false);
    // "Ten people were killed" and "the death toll rose to 10": deaths are counted in people; the injured are not the dead.
    expect(valuesAgree({ amount: 10, unit: 'deaths' }, { amount: 10, unit: 'person' })).toBe(true);
    expect(valuesAgree({ amount: 10, unit: 'fatality' }, { amount: 10, unit: 'people' })).toBe(true);
    // A job cut counted in workers or in jobs says one number.
    expect(valuesAgree({ amount: 4000, unit: 'worker' }, { amount: 4000, unit: 'job' })).toBe(true);
    expect(valuesAgree({ amount: 4000, unit: 'worker' }, { amount: 4000, unit: 'passenger' })).toBe(false);
    // Nouns of one kind of thing (`countedNoun`): the same figure of stores and locations, users and subscribers.
    expect(valuesAgree({ amount: 125, unit: 'store' }, { amount: 125, unit: 'locations' })).toBe(true);
    expect(valueKey({ amount: 900, unit: 'user' })).toBe(valueKey({ amount: 900, unit: 'subscribers' }));
    expect(valuesAgree({ amount: 125, unit: 'store' }, { amount: 125, unit: 'subscriber' })).toBe(false);
    expect(valuesAgree({ amount: 125, unit: 'store' }, { amount: 140, unit: 'location' })).toBe(false);
    expect(valuesAgree({ amount: 10, unit: 'deaths' }, { amount: 10, unit: 'injured' })).toBe(false);
    expect(valuesAgree({ amount: 5, unit: 'USD' }, { amount: 5, unit: 'EUR' })).toBe(false);
    expect(valuesAgree({ amount: 5, unit: '%' }, { amount: 5, unit: 'point' })).toBe(false);
  });

  test('a list is a set: order, case and spacing do not matter', () => {
    expect(valuesAgree({ text: 'Jennifer Widom; Jeffrey Ullman' }, { text: 'jeffrey  ullman ;Jennifer Widom' })).toBe(true);
    expect(valueKey({ text: 'Jennifer Widom; Jeffrey Ullman' })).toBe(valueKey({ text: 'Jeffrey Ullman; Jennifer Widom' }));
    expect(valuesAgree({ text: 'Widom; Ullman' }, { text: 'Widom; Ullman; Garcia-Molina' })).toBe(false);
  });

  test('times agree within 10 minutes around the clock, 23:58 with 00:03 too', () => {
    expect(valuesAgree({ text: '23:58' }, { text: '00:03' })).toBe(true);
    expect(valuesAgree({ text: '16:30' }, { text: '16:38' })).toBe(true);
    expect(valuesAgree({ text: '16:30' }, { text: '16:41' })).toBe(false);
    expect(valuesAgree({ text: '14:14' }, { text: '14:35' })).toBe(false);
    expect(valuesAgree({ text: '2:05 pm' }, { text: '14:05' })).toBe(true);
    expect(valuesAgree({ text: '23:50' }, { text: '00:05' }, { timeToleranceMinutes: 15 })).toBe(true);
    expect(valuesAgree({ text: '23:50' }, { text: '00:05' })).toBe(false);
  });

  test('times within the tolerance agree, whatever side of midnight; farther ones do not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: -30, max: 30 }), (m, d) => {
        const other = (((m + d) % 1440) + 1440) % 1440;
        expect(valuesAgree({ text: clock(m) }, { text: clock(other) })).toBe(Math.abs(d) <= 10);
      }),
    );
  });

  test('"11:14" and "14:11" never share a key; no two different times do', () => {
    expect(valueKey({ text: '11:14' })).not.toBe(valueKey({ text: '14:11' }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (a, b) => {
        fc.pre(a !== b);
        expect(valueKey({ text: clock(a) })).not.toBe(valueKey({ text: clock(b) }));
      }),
    );
    expect(valueKey({ text: '9:05' })).toBe(valueKey({ text: '09:05' }));
  });

  test('text votes only when equal after normalisation: no word subsets', () => {
    expect(valuesAgree({ text: 'Commerce Secretary' }, { text: 'Secretary of Commerce' }, VOTE_AGREEMENT)).toBe(true);
    expect(valuesAgree({ text: 'Secretary' }, { text: 'Commerce Secretary' }, VOTE_AGREEMENT)).toBe(false);
    // What a chosen value accounts for: the title said more fully (`qualifiedText`, below).
    expect(valuesAgree({ text: 'Secretary' }, { text: 'Commerce Secretary' })).toBe(true);
    expect(valuesAgree({ text: 'A7' }, { text: 'a7' })).toBe(true);
    expect(valuesAgree({ text: 'A7' }, { text: 'A17' })).toBe(false);
  });

  test('amounts agree within 1 % or at the coarser precision given; a lone digit with zeros is exact', () => {
    expect(valuesAgree({ amount: 1.7e6, unit: 'USD' }, { amount: 1_712_000, unit: 'usd' })).toBe(true);
    expect(valuesAgree({ amount: 1.7e6, unit: 'USD' }, { amount: 1_740_000, unit: 'USD' })).toBe(true);
    expect(valuesAgree({ amount: 1.7e6, unit: 'USD' }, { amount: 1_760_000, unit: 'USD' })).toBe(false);
    expect(valuesAgree({ amount: 100, unit: '1' }, { amount: 140, unit: '1' })).toBe(false);
    expect(valuesAgree({ amount: 17, unit: '1' }, { amount: 18, unit: '1' })).toBe(false);
    expect(valuesAgree({ amount: 15, unit: '%' }, { amount: 15, unit: 'year' })).toBe(false);
  });

  test('ranges support the values inside them; dates agree at the coarser precision', () => {
    expect(valuesAgree({ min: 10, max: 20, unit: '%' }, { amount: 15, unit: '%' })).toBe(true);
    expect(valuesAgree({ min: 10, max: 20, unit: '%' }, { amount: 30, unit: '%' })).toBe(false);
    expect(valuesAgree({ date: '2025' }, { date: '2025-06-05' })).toBe(true);
    expect(valuesAgree({ date: '2025-06' }, { date: '2025-07-01' })).toBe(false);
  });

  test('reads times of day in 24 h and 12 h forms, and nothing else', () => {
    expect(timeOfDay('00:03')).toBe(3);
    expect(timeOfDay('12:30 am')).toBe(30);
    expect(timeOfDay('12:30 p.m.')).toBe(12 * 60 + 30);
    expect(timeOfDay('24:00')).toBeNull();
    expect(timeOfDay('13:30 pm')).toBeNull();
    expect(timeOfDay('F78')).toBeNull();
  });
});

describe('text values worded two ways', () => {
  const same = (a: string, b: string) => valuesAgree({ text: a }, { text: b });

  test("a title's short form is its full form, and a middle initial is no word of a name", () => {
    expect(same('Capt.', 'Captain')).toBe(true);
    expect(same('Adm.', 'Admiral')).toBe(true);
    expect(same('Amb.', 'Ambassador')).toBe(true);
    expect(same('Maj.', 'Admiral')).toBe(false);
    expect(same('CEO', 'chief executive officer')).toBe(true);
    expect(same('chief executive', 'CEO')).toBe(true);
    expect(same('George W. Bush', 'George Bush')).toBe(true);
  });

  test('a single letter that tells values apart still does', () => {
    expect(same('Plan B', 'Plan C')).toBe(false);
    expect(same('Terminal B 4', 'Terminal C 4')).toBe(false);
    // Two initials must be the same: a father and a son are two people.
    expect(same('George W. Bush', 'George H. Bush')).toBe(false);
    expect(same('Captain', 'Colonel')).toBe(false);
  });

  test('a title agrees with itself said with its organisation, place or field', () => {
    expect(same('coach', 'Rangers coach')).toBe(true);
    expect(same('Rangers coach', 'coach')).toBe(true);
    expect(same('Chief Minister', 'Kerala Chief Minister')).toBe(true);
    expect(same('commissioner', 'football league commissioner')).toBe(true);
    expect(same('Mayor', 'mayor of Leeds')).toBe(true);
    // Two organisations are not one: neither wording holds the other.
    expect(same('Rangers coach', 'Celtic coach')).toBe(false);
  });

  test('a word of rank makes another post, and a long statement is no title', () => {
    expect(same('president', 'vice president')).toBe(false);
    expect(same('coach', 'assistant coach')).toBe(false);
    expect(same('minister', 'prime minister')).toBe(false);
    expect(same('director', 'managing director')).toBe(false);
    expect(same('attorney', 'attorney general')).toBe(false);
    expect(same('president', 'president-elect')).toBe(false);
    expect(same('coach', 'Rangers assistant coach')).toBe(false);
    expect(same('manager', 'manager of the club since 2004 and before')).toBe(false);
    expect(same('pilot', 'pilot of flight 9')).toBe(false);
    // As values vote, each wording is what its source said.
    expect(valuesAgree({ text: 'coach' }, { text: 'Rangers coach' }, VOTE_AGREEMENT)).toBe(false);
  });
});

describe('personNames: values that are people', () => {
  const person = (a: string, b: string, personNames: boolean) => valuesAgree({ text: a }, { text: b }, { personNames });

  test('one name printed two ways is one value when the values are names', () => {
    expect(person('Elan Vesk', 'Ilan Vesk', true)).toBe(true);
    expect(person('Dan Okoro', 'Daniel Okoro', true)).toBe(true);
    expect(valuesAgree({ text: 'Elan Vesk' }, { text: 'Ilan Vesk' }, { ...VOTE_AGREEMENT, personNames: true })).toBe(true);
    // Two people who share a surname are two values.
    expect(person('Hana Voss', 'Pieter Voss', true)).toBe(false);
  });

  test('off by default: titles end alike too', () => {
    expect(person('Elan Vesk', 'Ilan Vesk', false)).toBe(false);
    expect(valuesAgree({ text: 'Defence Minister' }, { text: 'Development Minister' })).toBe(false);
  });
});

import { describe, expect, test } from 'vitest';
import { factKey, resolveFacts, scopeToken, type KeyedFact } from '../../reconcile/index.js';
import { identityValueKey, unanimousValueKey } from '../../reconcile/value-identity.js';

const story = scopeToken('s_1');
const other = scopeToken('s_2');
const usd = (amount: number) => ({ amount, unit: 'USD' });

/** A fact of a story whose claims all give `value` (as `identityValueKey` keys it). */
function fact(id: string, subject: string, predicate: string, value: Parameters<typeof identityValueKey>[2] | null, scope: string | null = story): KeyedFact {
  const key = factKey(subject, predicate, scope);
  const valueKey = value === null ? null : identityValueKey('figure', key.slice(key.indexOf('|') + 1), value);
  return { id, key, kind: 'figure', valueKey };
}

describe('identityValueKey', () => {
  test('money with its currency, a percentage, a capacity and an age in years take part', () => {
    expect(identityValueKey('figure', 'amount', { min: 7e8, max: 8e8, unit: 'USD' })).toBe('range:700000000..800000000 usd');
    expect(identityValueKey('figure', 'amount', usd(7.5e8))).toBe(identityValueKey('figure', 'amount', usd(750_000_000.0000001)));
    expect(identityValueKey('figure', 'rate', { amount: 2.3, unit: '%' })).toBe('amount:2.3 %');
    expect(identityValueKey('figure', 'capacity', { amount: 30, unit: 'gb' })).not.toBeNull();
    expect(identityValueKey('figure', 'amount', { amount: 275, unit: 'seat' })).not.toBeNull();
    expect(identityValueKey('figure', 'age', { amount: 7, unit: 'year' })).not.toBeNull();
  });

  test('counts, durations, dates, a seat count, round money and percentages and values of other kinds do not', () => {
    expect(identityValueKey('figure', 'count', { amount: 125, unit: 'store' })).toBeNull();
    expect(identityValueKey('figure', 'count', { amount: 275, unit: 'seat' })).toBeNull();
    expect(identityValueKey('figure', 'duration', { amount: 30, unit: 'day' })).toBeNull();
    expect(identityValueKey('figure', 'age', { amount: 3, unit: 'month' })).toBeNull();
    expect(identityValueKey('date', 'date', { date: '2008-01-14' })).toBeNull();
    expect(identityValueKey('person', 'chief executive', { text: 'Dan Hesse' })).toBeNull();
    // Round money and round percentages coincide in one story: a reward and a bail, a tariff on cars and on car parts.
    expect(identityValueKey('figure', 'amount', usd(1e6))).toBeNull();
    expect(identityValueKey('figure', 'amount', usd(5e9))).toBeNull();
    expect(identityValueKey('figure', 'amount', usd(2500))).not.toBeNull();
    expect(identityValueKey('figure', 'amount', { amount: 0.77, unit: 'CAD' })).not.toBeNull();
    expect(identityValueKey('figure', 'rate', { amount: 25, unit: '%' })).toBeNull();
    expect(identityValueKey('figure', 'share', { amount: 80, unit: '%' })).toBeNull();
    expect(identityValueKey('figure', 'share', { amount: 12, unit: '%' })).not.toBeNull();
    expect(identityValueKey('figure', 'change', { amount: 6.6, unit: '%' })).not.toBeNull();
    expect(identityValueKey('figure', 'rate', { min: 20, max: 25, unit: '%' })).not.toBeNull();
    // A lower-case unit of three letters is a counted noun, not a currency.
    expect(identityValueKey('figure', 'amount', { amount: 3, unit: 'gem' })).toBeNull();
  });
});

describe('unanimousValueKey', () => {
  test('the key every claim gives, whatever their order; null once one gives another or none', () => {
    expect(unanimousValueKey(undefined, ['a', 'a'])).toBe('a');
    expect(unanimousValueKey(undefined, [])).toBeNull();
    expect(unanimousValueKey('a', [])).toBe('a');
    expect(unanimousValueKey('a', ['a'])).toBe('a');
    expect(unanimousValueKey('a', ['b'])).toBeNull();
    expect(unanimousValueKey(undefined, ['a', 'b', 'a'])).toBeNull();
    expect(unanimousValueKey(undefined, ['a', null])).toBeNull();
    // Once parted, always parted: a later claim of the first value does not join them again.
    expect(unanimousValueKey(null, ['a'])).toBeNull();
  });
});

describe('resolveFacts by value', () => {
  test("one story's facts of one predicate and one value are one fact, the smallest id standing", () => {
    const facts = [
      fact('f_2', 'labor costs', 'amount', { min: 7e8, max: 8e8, unit: 'USD' }),
      fact('f_1', 'savings', 'amount', { min: 7e8, max: 8e8, unit: 'USD' }),
      fact('f_3', 'cost cuts', 'amount', { min: 7e8, max: 8e8, unit: 'USD' }),
    ];
    expect(resolveFacts(facts)).toEqual(new Map([['f_2', 'f_1'], ['f_3', 'f_1']]));
    expect(resolveFacts([...facts].reverse())).toEqual(resolveFacts(facts));
  });

  test('another story, another predicate, another value or no value key keeps them apart', () => {
    expect(resolveFacts([fact('f_1', 'savings', 'amount', usd(55)), fact('f_2', 'labor costs', 'amount', usd(55), other)])).toEqual(new Map());
    expect(resolveFacts([fact('f_1', 'savings', 'amount', usd(55)), fact('f_2', 'labor costs', 'price', usd(55))])).toEqual(new Map());
    expect(resolveFacts([fact('f_1', 'savings', 'amount', usd(55)), fact('f_2', 'labor costs', 'amount', usd(66))])).toEqual(new Map());
    expect(resolveFacts([fact('f_1', 'savings', 'amount', usd(55)), fact('f_2', 'labor costs', 'amount', null)])).toEqual(new Map());
    // Two facts of named subjects (no story) never meet by value.
    expect(resolveFacts([fact('f_1', 'Acme savings', 'amount', usd(55), null), fact('f_2', 'Acme labor costs', 'amount', usd(55), null)])).toEqual(new Map());
  });

  test('a fact that resolves by its key goes there, and its longer form takes part by value', () => {
    const facts = [
      fact('f_0', 'labor costs', 'amount', usd(7.5e8)),
      fact('f_9', 'annual labor costs', 'amount', usd(7.5e8)),
      fact('f_5', 'savings', 'amount', usd(7.5e8)),
    ];
    // `labor costs` resolves into `annual labor costs` by its words (so takes no part by value), which meets `savings`.
    expect(resolveFacts(facts)).toEqual(new Map([['f_0', 'f_5'], ['f_9', 'f_5']]));
  });

  test('person facts and dates take no part, whatever they are given', () => {
    const people: KeyedFact[] = [
      { id: 'f_1', key: factKey('Ann Lee', 'role'), kind: 'person', valueKey: 'text:ceo' },
      { id: 'f_2', key: factKey('Bo Chan', 'role'), kind: 'person', valueKey: 'text:ceo' },
    ];
    expect(resolveFacts(people)).toEqual(new Map());
  });
});

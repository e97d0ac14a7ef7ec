import { describe, expect, test } from 'vitest';
import { valueKey } from '../../reconcile/index.js';

describe('valueKey', () => {
  test('550 billion written any way is one value', () => {
    const key = valueKey({ amount: 550_000_000_000, unit: 'USD' });
    expect(valueKey({ amount: 550e9, unit: 'USD' })).toBe(key);
    expect(valueKey({ amount: 550 * 1_000_000_000, unit: 'USD' })).toBe(key);
    expect(valueKey({ amount: 0.55 * 1e12, unit: 'USD' })).toBe(key);
  });

  test('compares numbers, not their float noise', () => {
    expect(valueKey({ amount: 0.1 + 0.2, unit: '%' })).toBe(valueKey({ amount: 0.3, unit: '%' }));
  });

  test('different amounts or units stay apart', () => {
    expect(valueKey({ amount: 100_000_000, unit: 'USD' })).not.toBe(valueKey({ amount: 100_000_000_000, unit: 'USD' }));
    expect(valueKey({ amount: 15, unit: '%' })).not.toBe(valueKey({ amount: 15, unit: 'year' }));
  });

  test('unit case does not matter', () => {
    expect(valueKey({ amount: 14e9, unit: 'usd' })).toBe(valueKey({ amount: 14e9, unit: 'USD' }));
  });

  test('a range with min = max is that amount; other ranges are ranges', () => {
    expect(valueKey({ min: 15, max: 15, unit: '%' })).toBe(valueKey({ amount: 15, unit: '%' }));
    expect(valueKey({ min: 350e6, max: 100e9, unit: 'USD' })).not.toBe(valueKey({ amount: 350e6, unit: 'USD' }));
  });

  test('text ignores case, spacing, punctuation and word order', () => {
    expect(valueKey({ text: '  Commerce   Secretary. ' })).toBe(valueKey({ text: 'commerce secretary' }));
    expect(valueKey({ text: 'Secretary of Commerce' })).toBe(valueKey({ text: 'Commerce Secretary' }));
    expect(valueKey({ text: 'Commerce Secretary' })).not.toBe(valueKey({ text: 'Treasury Secretary' }));
  });

  test('dates compare as written, at their precision', () => {
    expect(valueKey({ date: '2025-06' })).not.toBe(valueKey({ date: '2025-06-05' }));
    expect(valueKey({ date: '2025-06-05' })).toBe(valueKey({ date: '2025-06-05' }));
  });
});

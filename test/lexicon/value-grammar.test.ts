import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatNumber, formatValue, legacyValue, parseValue, shapeOf, type ValueShape } from '../../lexicon/value-grammar.js';
import type { FactValue } from '../../model/index.js';

const percent: ValueShape = { kind: 'percent', unit: '%' };
const usd: ValueShape = { kind: 'money', unit: 'USD' };
const jobs: ValueShape = { kind: 'count', unit: 'job' };
const date: ValueShape = { kind: 'date', unit: null };

const value = (text: string, shape: ValueShape | null = null) => {
  const r = parseValue(text, shape);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const error = (text: string, shape: ValueShape | null = null) => {
  const r = parseValue(text, shape);
  if (r.ok) throw new Error(`${text} parsed as ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('parseValue', () => {
  test('money with symbols, codes, words and scale words', () => {
    expect(value('$550 billion')).toEqual({ amount: 550e9, unit: 'USD' });
    expect(value('550 billion USD')).toEqual({ amount: 550e9, unit: 'USD' });
    expect(value('550 billion dollars')).toEqual({ amount: 550e9, unit: 'USD' });
    expect(value('¥1.2 trillion')).toEqual({ amount: 1.2e12, unit: 'JPY' });
    expect(value('€3bn')).toEqual({ amount: 3e9, unit: 'EUR' });
    expect(value('US$ 12.5 million')).toEqual({ amount: 12.5e6, unit: 'USD' });
    expect(value('45 million pounds')).toEqual({ amount: 45e6, unit: 'GBP' });
    // A bare number keeps the currency of the value it corrects.
    expect(value('600 billion', usd)).toEqual({ amount: 600e9, unit: 'USD' });
  });

  test('percentages and points, spelled or not; a bare number on a percentage is one', () => {
    expect(value('15%')).toEqual({ amount: 15, unit: '%' });
    expect(value('fifteen percent', percent)).toEqual({ amount: 15, unit: '%' });
    expect(value('2.5 per cent')).toEqual({ amount: 2.5, unit: '%' });
    expect(value('0.5 percentage points')).toEqual({ amount: 0.5, unit: '%' });
    expect(value('15', percent)).toEqual({ amount: 15, unit: '%' });
  });

  test('ranges: dash, "to" and "between ... and"; a scale written once covers both ends', () => {
    expect(value('10-15%')).toEqual({ min: 10, max: 15, unit: '%' });
    expect(value('10% to 15%')).toEqual({ min: 10, max: 15, unit: '%' });
    expect(value('$10-15 billion')).toEqual({ min: 10e9, max: 15e9, unit: 'USD' });
    expect(value('between 51 and 54 seats')).toEqual({ min: 51, max: 54, unit: 'seat' });
    expect(error('15-10%', percent)).toMatch(/smaller number/);
  });

  test('counts keep their unit in singular lower case', () => {
    expect(value('1,500 jobs')).toEqual({ amount: 1500, unit: 'job' });
    expect(value('1.5 million people')).toEqual({ amount: 1.5e6, unit: 'person' });
    expect(value('three working days')).toEqual({ amount: 3, unit: 'working day' });
    expect(value('1,600', jobs)).toEqual({ amount: 1600, unit: 'job' });
    expect(value('2102650')).toEqual({ amount: 2102650, unit: '1' });
  });

  test('dates at any precision', () => {
    expect(value('2025-07-22')).toEqual({ date: '2025-07-22' });
    expect(value('22 July 2025')).toEqual({ date: '2025-07-22' });
    expect(value('July 22, 2025')).toEqual({ date: '2025-07-22' });
    expect(value('Sept 2025')).toEqual({ date: '2025-09' });
    expect(value('2025', date)).toEqual({ date: '2025' });
    expect(error('2025-02-30', date)).toMatch(/is not a date/);
  });

  test('a value of another kind than the fact holds is refused, naming both', () => {
    expect(error('fifteen percent-ish', percent)).toBe('"fifteen percent-ish": unexpected "-ish" after the number');
    expect(error('$5 billion', percent)).toMatch(/is an amount of money, but this fact holds a percentage/);
    expect(error('15%', usd)).toMatch(/is a percentage, but this fact holds an amount of money \(USD\)/);
    expect(error('soon', date)).toMatch(/"soon" is not a date/);
    expect(error('a lot', percent)).toMatch(/"a lot" is not a percentage/);
    expect(error('$5 billion yen', usd)).toMatch(/two currencies \(USD and JPY\)/);
    expect(error('  ', usd)).toMatch(/empty/);
    expect(error('{"text":"x"}', usd)).toMatch(/is text, but this fact holds an amount of money/);
  });

  test('text stays text; with nothing to match, what is not a figure or date is text', () => {
    expect(value('Commerce  Secretary ')).toEqual({ text: 'Commerce Secretary' });
    expect(value('5G network')).toEqual({ text: '5G network' });
    expect(value('15%', { kind: 'text', unit: null })).toEqual({ text: '15%' });
  });
});

describe('formatValue', () => {
  test('one way to write each kind', () => {
    expect(formatValue({ amount: 550e9, unit: 'USD' })).toBe('550 billion USD');
    expect(formatValue({ amount: 1234567891, unit: 'USD' })).toBe('1,234,567,891 USD');
    expect(formatValue({ min: 5e8, max: 1.2e9, unit: 'USD' })).toBe('0.5–1.2 billion USD');
    expect(formatValue({ amount: 15, unit: '%' })).toBe('15%');
    expect(formatValue({ amount: 1, unit: 'job' })).toBe('1 job');
    expect(formatValue({ amount: 1500, unit: 'job' })).toBe('1,500 jobs');
    expect(formatValue({ date: '2025-07' })).toBe('2025-07');
    expect(formatValue({ date: null })).toBe('unresolved date');
    expect(formatValue({ name: 'Howard Lutnick', role: 'Commerce Secretary', org: null })).toBe('Howard Lutnick (Commerce Secretary)');
    expect(formatValue(null)).toBe('—');
    expect(formatNumber(1.7e6)).toBe('1.7 million');
  });

  test('values the old correction parser stored read as meant', () => {
    const old = { amount: 550, unit: 'billion USD' };
    expect(formatValue(old)).toBe('550 billion USD');
    expect(legacyValue(old)).toEqual({ amount: 550e9, unit: 'USD' });
    expect(shapeOf(old)).toEqual(usd);
    expect(formatValue({ text: '$550 billion' })).toBe('$550 billion');
  });
});

// Values as stored: numbers of at most 12 significant digits (what `cleanNumber` keeps).
const number = fc
  .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(1, 1e3, 1e6, 1e9))
  .map(([n, decimals, scale]) => Number.parseFloat(((n / 10 ** decimals) * scale).toPrecision(12)))
  .map((n) => (Object.is(n, -0) ? 0 : n));
const unit = fc.constantFrom('USD', 'JPY', 'EUR', 'GBP', '%', 'job', 'person', 'working day', 'company', 'seat', 'box', '1', 'basis point', 'news');
const amount = fc.record({ amount: number, unit });
const range = fc.tuple(number, number, unit).map(([a, b, u]) => ({ min: Math.min(a, b), max: Math.max(a, b), unit: u }));
const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dateValue = fc.oneof(day, day.map((d) => d.slice(0, 7)), day.map((d) => d.slice(0, 4))).map((d) => ({ date: d }));
const textValue = fc.string({ minLength: 1, maxLength: 30 }).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '').map((text) => ({ text }));
const anyValue: fc.Arbitrary<FactValue> = fc.oneof(amount, range, dateValue, textValue);

describe('round trips', () => {
  test('a written zero with a minus sign is zero, never -0 (which prints as "0" and reads back as another value)', () => {
    for (const text of ['-0', '-0 %', '-0-5']) {
      const parsed = parseValue(text);
      expect(parsed.ok, text).toBe(true);
      const value = (parsed as { value: { amount?: number; min?: number } }).value;
      const zero = value.amount ?? value.min;
      expect(Object.is(zero, 0), `${text}: ${String(zero)}`).toBe(true);
      expect(parseValue(formatValue(value as FactValue))).toEqual(parsed);
    }
  });

  test('parse(format(v)) gives v back for every value kind, given the shape of v', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const r = parseValue(formatValue(v), shapeOf(v));
        expect(r, formatValue(v)).toEqual({ ok: true, value: v, kind: shapeOf(v)!.kind });
      }),
      { numRuns: 2000 },
    );
  });

  test('format(parse(x)) is a fixed point: written text parses back to the same value', () => {
    const written = fc.oneof(
      fc.tuple(fc.constantFrom('$', '€', '£', '¥', ''), number.map(Math.abs), fc.constantFrom('', ' million', ' billion', 'bn', ' trillion'), fc.constantFrom('', ' USD', ' euros', ' jobs', '%', ' percent', ' people')).map((p) => p.join('')),
      fc.tuple(number.map(Math.abs), number.map(Math.abs), fc.constantFrom('%', ' billion USD', ' seats')).map(([a, b, u]) => `${Math.min(a, b)}-${Math.max(a, b)}${u}`),
      day.map((d) => d),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(written, (x) => {
        const first = parseValue(x);
        if (!first.ok) return;
        const text = formatValue(first.value);
        const again = parseValue(text, shapeOf(first.value));
        expect(again, `${x} → ${text}`).toEqual({ ok: true, value: first.value, kind: first.kind });
      }),
      { numRuns: 2000 },
    );
  });
});

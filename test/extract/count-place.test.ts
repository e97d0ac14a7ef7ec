import { describe, expect, test } from 'vitest';
import { countPlace } from '../../extract/count-place.js';
import { extractClaims } from '../../extract/index.js';

describe('countPlace', () => {
  test('a city after the count scopes it, behind a description of it or not', () => {
    expect(countPlace(' in Lima on Saturday').place).toBe('Lima');
    expect(countPlace(' in the capital Lima, police said').place).toBe('Lima');
    expect(countPlace(' turning out in the northern port city of Porto').place).toBe('Porto');
    expect(countPlace(' on the streets of Valencia').place).toBe('Valencia');
  });

  test('a country, or nationwide, is the national count: no place', () => {
    expect(countPlace(' marched across Brazil against the budget')).toEqual({ place: null, national: true });
    expect(countPlace(' nationwide, the union said')).toEqual({ place: null, national: true });
  });

  test('a place that belongs to another clause or another figure is not the count\'s', () => {
    expect(countPlace(' overnight after rescuers pulled two bodies from a house in Oakville').place).toBeNull();
    expect(countPlace(', with 300 more in Oakville').place).toBeNull();
    expect(countPlace(' and 40 arrests in Oakville').place).toBeNull();
  });

  test('one place of many does not scope the count; a month is not a place', () => {
    expect(countPlace(' in Leeds and in many other towns').place).toBeNull();
    expect(countPlace(' in March').place).toBeNull();
  });
});

describe('counts in the extractor', () => {
  const counts = (text: string) =>
    extractClaims({ text, published: '2024-03-08' })
      .filter((c) => c.kind === 'figure')
      .map((c) => [c.quote, c.subject, c.predicate, c.value] as const);

  test("a city's count and the country's are worded apart; the country is left out", () => {
    const found = counts('Organisers said 900,000 people marched across Chile on Friday. The union counted 150,000 marchers in the capital Santiago.');
    const national = found.find(([q]) => q.startsWith('900,000'))!;
    const capital = found.find(([q]) => q.startsWith('150,000'))!;
    expect(national[1]).not.toMatch(/Chile|Santiago/);
    expect(capital[1]).toMatch(/in Santiago$/);
  });

  test('a whole counts what its part counts: "put the figure at 1.4 million, including 60,000 people in Milan"', () => {
    const found = counts('Police put the national figure at 1.4 million, including 60,000 people in Milan.');
    const whole = found.find(([q]) => q === '1.4 million');
    expect(whole?.[3]).toEqual({ amount: 1_400_000, unit: 'person' });
    expect(whole?.[1]).not.toMatch(/Milan/);
    expect(found.find(([q]) => q.startsWith('60,000'))?.[1]).toMatch(/Milan/);
  });

  test('an expected figure has its own predicate: it is never the figure counted', () => {
    const found = counts('The crowd of 40,000 beat organisers\u2019 expectations of about 25,000 people.');
    const expected = found.find(([q]) => q.startsWith('25,000'));
    expect(expected?.[2]).toMatch(/^expected /);
    expect(found.find(([q]) => q.startsWith('40,000'))?.[2]).not.toMatch(/expected/);
  });

  test('a rate named as threatened or proposed is not the rate in force; a planned thing\u2019s size is its own', () => {
    const found = counts('The threatened 30% levy on steel was dropped, and the planned $2 billion plant will go ahead.');
    expect(found.find(([q]) => q === '30%')?.[2]).toMatch(/^proposed /);
    expect(found.find(([q]) => q.startsWith('$2 billion'))?.[2]).not.toMatch(/proposed/);
  });
});

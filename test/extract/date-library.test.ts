import { describe, expect, it } from 'vitest';
import { findDatesWithChrono, findDatesWithCompromise } from '../../extract/date-library.js';

describe('findDatesWithChrono', () => {
  it('resolves against the publish date and keeps the certain precision', () => {
    const found = findDatesWithChrono('The deal closes on October 2.', '2024-09-01');
    expect(found.map((d) => [d.date, d.rule])).toEqual([['2024-10-02', 'date.chrono']]);
  });

  it('leaves week expressions null', () => {
    expect(findDatesWithChrono('They meet next week.', '2024-09-01')[0]?.date).toBeNull();
  });
});

describe('findDatesWithCompromise', () => {
  it('finds a month-year and gives month precision', () => {
    const found = findDatesWithCompromise('Sales began in March 2022.', '2024-09-01');
    expect(found.some((d) => d.date === '2022-03')).toBe(true);
  });
});

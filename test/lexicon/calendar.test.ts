import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatDay, isValidDay, parseDay, weekdayOf } from '../../lexicon/calendar.js';

describe('calendar', () => {
  it('does day arithmetic across month and year ends in UTC', () => {
    expect(formatDay(addDays(parseDay('2024-12-30')!, 3))).toBe('2025-01-02');
    expect(formatDay(addDays(parseDay('2024-03-01')!, -1))).toBe('2024-02-29');
  });

  it('computes weekdays and month steps', () => {
    expect(weekdayOf(parseDay('2024-07-31')!)).toBe(3);
    expect(addMonths(2024, 1, -1)).toEqual([2023, 12]);
  });

  it('rejects impossible days and malformed dates', () => {
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(parseDay('2024-7-1')).toBeNull();
  });
});

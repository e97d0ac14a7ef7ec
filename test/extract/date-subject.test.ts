import { describe, expect, it } from 'vitest';
import { describeDate } from '../../extract/date-subject.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string): Sentence => ({ start: 0, end: text.length, text });
const at = (text: string, quote: string) => describeDate(s(text), text.indexOf(quote), text.indexOf(quote) + quote.length);

describe('describeDate', () => {
  it('takes the event a date modifies', () => {
    expect(at('Monday’s announcement surprised markets.', 'Monday')).toBe('announcement');
    expect(at('the 2016 negotiations stalled', '2016')).toBe('negotiations');
  });

  it('takes the nearest event before the date, with its "by X" tail', () => {
    expect(at('A final ruling by the court is expected by May 9.', 'May 9')).toBe('final ruling by the court');
  });

  it('returns null when no event is named', () => {
    expect(at('It rained in April.', 'April')).toBeNull();
  });
});

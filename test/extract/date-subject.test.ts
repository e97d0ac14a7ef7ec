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

  it('takes the verb right before the date, over a time of day, as the event', () => {
    expect(at('The tower partially collapsed at around 1:30 a.m. on Thursday morning.', 'Thursday')).toBe('collapse');
    expect(at('Nobody knows what caused the wing to collapse about 1:30 a.m. Thursday.', 'Thursday')).toBe('collapse');
    expect(at('The volcano erupted early Sunday.', 'Sunday')).toBe('erupt');
    expect(at('The probe launched in February 2024.', 'February 2024')).toBe('launch');
  });

  it('no event from speech, light and change verbs, an empty subject, or a verb with its object between', () => {
    expect(at('The mayor said Friday that crews were working.', 'Friday')).toBeNull();
    expect(at('The walkout began Thursday.', 'Thursday')).toBeNull();
    expect(at('Shares have more than tripled this year.', 'this year')).toBeNull();
    expect(at('The toll increased to 11 on Monday.', 'Monday')).toBeNull();
    expect(at('The council adopted the budget on Tuesday.', 'Tuesday')).toBeNull();
  });

  it('returns null when no event is named', () => {
    expect(at('It rained in April.', 'April')).toBeNull();
  });
});

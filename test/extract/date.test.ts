import { describe, expect, it } from 'vitest';
import { findDates } from '../../extract/date.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string): Sentence => ({ start: 0, end: text.length, text });
const dates = (text: string, published: string | null) => findDates(s(text), published).map((d) => [text.slice(d.start, d.end), d.date]);

describe('findDates', () => {
  it('reads a holiday on a fixed day as that day, by the tense of its clause', () => {
    expect(dates('The tiger escaped on Christmas Day, mauling three visitors.', '2008-01-03')).toEqual([['Christmas Day', '2007-12-25']]);
    expect(dates("Crowds gathered on New Year's Eve.", '2008-01-03')).toEqual([["New Year's Eve", '2007-12-31']]);
    expect(dates('Shops will reopen on Boxing Day.', '2008-01-03')).toEqual([['Boxing Day', '2008-12-26']]);
    expect(dates('The storm hit on Christmas Eve 2006.', '2008-01-03')).toEqual([['Christmas Eve 2006', '2006-12-24']]);
    expect(dates('The attack happened on Christmas.', '2008-01-03')).toEqual([['Christmas', '2007-12-25']]);
    // `last` and `next` name the one before or after publication, whatever the tense.
    expect(dates("Last New Year's Eve was calm, and I expect the same.", '2007-12-28')).toEqual([["Last New Year's Eve", '2006-12-31']]);
    expect(dates('We met last Christmas.', '2008-01-03')).toEqual([['last Christmas', '2007-12-25']]);
    expect(dates('It opens next Halloween.', '2008-01-03')).toEqual([['next Halloween', '2008-10-31']]);
    // `Christmas` alone is a season unless it is `on` a day.
    expect(dates('Families gather at Christmas.', '2008-01-03')).toEqual([]);
  });

  it('resolves month-day against the publish year, and keeps explicit years', () => {
    expect(dates('A ruling is due by August 14.', '2024-07-30')).toEqual([['August 14', '2024-08-14']]);
    expect(dates('It closed on March 3, 2021.', '2024-07-30')).toEqual([['March 3, 2021', '2021-03-03']]);
  });

  it('reads Today, Tomorrow or Yesterday after a capitalised word as the end of a name, not a day', () => {
    expect(dates('He told USA Today the talks had failed.', '2024-07-31')).toEqual([]);
    expect(dates('Today the council voted.', '2024-07-31')).toEqual([['Today', '2024-07-31']]);
    expect(dates('The council voted today.', '2024-07-31')).toEqual([['today', '2024-07-31']]);
  });

  it('resolves a past-tense weekday to the most recent one on or before publication', () => {
    // 2024-07-31 is a Wednesday.
    expect(dates('The board met on Monday.', '2024-07-31')).toEqual([['on Monday', '2024-07-29']]);
    expect(dates('Shares fell Wednesday.', '2024-07-31')).toEqual([['Wednesday', '2024-07-31']]);
  });

  it('reads a day of the month after publication in a past clause as planned this year; a month alone, or a later day, as last year', () => {
    expect(dates('The vote had originally been planned for Jan. 25 but was put off.', '2024-01-16')).toEqual([['Jan. 25', '2024-01-25']]);
    expect(dates('The panel was set to meet on Feb. 13.', '2024-01-16')).toEqual([['Feb. 13', '2024-02-13']]);
    expect(dates('Sales fell in February.', '2024-01-16')).toEqual([['February', '2023-02']]);
    expect(dates('The mill closed on April 3.', '2024-01-16')).toEqual([['April 3', '2023-04-03']]);
    expect(dates('The mill closed on Dec. 28.', '2024-01-05')).toEqual([['Dec. 28', '2023-12-28']]);
  });

  it('resolves a future weekday to the next one', () => {
    expect(dates('The envoys will meet this Friday.', '2024-07-31')).toEqual([['this Friday', '2024-08-02']]);
  });

  it('resolves bare months by tense', () => {
    expect(dates('Exports slumped in November.', '2024-02-10')).toEqual([['November', '2023-11']]);
    expect(dates('She is scheduled to travel in November.', '2024-02-10')).toEqual([['November', '2024-11']]);
    expect(dates('Prices have climbed since May.', '2024-02-10')).toEqual([['May', '2023-05']]);
  });

  it('resolves relative expressions and leaves week granularity null', () => {
    expect(dates('The accord was signed earlier this month.', '2024-09-20')).toEqual([['earlier this month', '2024-09']]);
    expect(dates('Output fell last year but may recover this year.', '2024-09-20')).toEqual([['last year', '2023'], ['this year', '2024']]);
    expect(dates('A vote is expected next week.', '2024-09-20')).toEqual([['next week', null]]);
  });

  it('takes years used as dates but not copyright lines, money or percentages', () => {
    expect(dates('The 2018 talks failed; jobs may double by 2030.', '2024-01-01')).toEqual([['2018', '2018'], ['2030', '2030']]);
    expect(dates('©2024 Example Media', '2024-01-01')).toEqual([]);
  });

  it('reads a decade as no year', () => {
    expect(dates('Sales peaked in the 1970s and again in 1988.', '2024-01-01')).toEqual([['1988', '1988']]);
    expect(dates('She played in the late 1980s.', '2024-01-01')).toEqual([]);
  });

  it('returns null for relative dates without a publish date', () => {
    expect(dates('It happened last year.', null)).toEqual([['last year', null]]);
  });

  it('does not read the modal "may" as a month', () => {
    expect(dates('Rates may rise.', '2024-01-01')).toEqual([]);
  });

  it('reads "Month last year" as one month and undotted month abbreviations', () => {
    expect(dates('Prices are the highest since March last year.', '2025-04-16')).toEqual([['March last year', '2024-03']]);
    expect(dates('SEOUL, Sept 9 (Reuters) - Shares fell.', '2025-09-10')).toEqual([['Sept 9', '2025-09-09']]);
  });

  it('resolves "within N days" from publication and leaves other anchors null', () => {
    expect(dates('A decision is due within 30 days.', '2025-06-01')).toEqual([['within 30 days', '2025-07-01']]);
    expect(dates('He must act within 10 days of taking office.', '2025-06-01')).toEqual([['within 10 days', null]]);
    expect(dates('Payment follows within 45 working days.', '2025-06-01')).toEqual([['within 45 working days', null]]);
  });

  it('reads a past verb right after a weekday as past tense, even before a future clause', () => {
    // 2025-09-09 is a Tuesday.
    expect(dates('The board on Monday rejected claims that it will sell the unit.', '2025-09-09')).toEqual([['on Monday', '2025-09-08']]);
  });
});

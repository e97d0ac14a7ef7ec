import { describe, expect, it } from 'vitest';
import { tenseAround } from '../../extract/tense.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string): Sentence => ({ start: 0, end: text.length, text });
const tense = (text: string, quote: string) => tenseAround(s(text), text.indexOf(quote), text.indexOf(quote) + quote.length);

describe('tenseAround', () => {
  it('reads future markers', () => {
    expect(tense('Leaders will gather in October.', 'October')).toBe('future');
    expect(tense('She is scheduled to fly in October.', 'October')).toBe('future');
  });

  it('reads past verbs', () => {
    expect(tense('Imports fell in October.', 'October')).toBe('past');
  });

  it('reads the verb of the expression’s own subordinate clause before the main clause’s', () => {
    expect(tense('The jet will remain there while investigators try to determine why it lost power as it approached the airport on Thursday afternoon.', 'Thursday')).toBe('past');
    expect(tense('Investigators will try to find out why the aircraft lost power in October.', 'October')).toBe('past');
    expect(tense('Officials will meet after the team arrived in October.', 'October')).toBe('past');
    // A subordinate clause that gives no tense of its own leaves the main clause's.
    expect(tense('The board will decide whether to approve the plan in October.', 'October')).toBe('future');
    expect(tense('He said the vote will be held as planned in October.', 'October')).toBe('future');
    expect(tense('The council said that the vote will be held in October.', 'October')).toBe('future');
    // A perfect says nothing of the time of what follows it, nor does a clause across a quoted sentence's end.
    expect(tense('He would continue the talks before the government decides. "I have invited them for talks in October," he said.', 'October')).toBe('future');
  });

  it('reads `coming` as the future only of what comes, not of what something comes after', () => {
    expect(tense('The blast was the second in two days, coming after Monday’s raid.', 'Monday')).not.toBe('future');
    expect(tense('Talks are due in the coming week, on Monday.', 'Monday')).not.toBe('past');
    expect(tense('The coming Monday vote is close.', 'Monday')).toBe('future');
  });

  it('reads a participle of planning right before a day as the future, not the past', () => {
    expect(tense('The announcement was expected Tuesday when the owner lays out his plans.', 'Tuesday')).toBe('future');
    expect(tense('The hearing is scheduled for Friday.', 'Friday')).toBe('future');
    expect(tense('The board approved the plan Friday.', 'Friday')).toBe('past');
    // A participle of planning as an adjective of a past clause stays past.
    expect(tense('Storms scrapped two scheduled December launches.', 'December')).toBe('past');
  });

  it('lets "since" right before the date outrank other clause words', () => {
    expect(tense('He touts planned spending since his October win.', 'October')).toBe('past');
  });

  it('falls back to present', () => {
    expect(tense('Markets open in October.', 'October')).toBe('present');
  });

  it('lets the verb before an expression in its clause decide over a later verb', () => {
    const text = 'The bank held its rate at 5% in July and expects cuts soon.';
    const sentence = { start: 0, end: text.length, text };
    expect(tenseAround(sentence, text.indexOf('July'), text.indexOf('July') + 4)).toBe('past');
  });
});

describe('tenseAround: the clause that holds the date', () => {
  it('reads a future auxiliary before an -ed form as future', () => {
    expect(tense('The founder is due to be sentenced on May 9.', 'May 9')).toBe('future');
    expect(tense('Ballots in the north will be counted on Sunday.', 'Sunday')).toBe('future');
    expect(tense('Rain is forecast through Thursday, the service said.', 'Thursday')).toBe('future');
  });

  it('keeps a plain past -ed form past', () => {
    expect(tense('The bank announced on Monday that it would cut jobs.', 'Monday')).toBe('past');
  });
});

import { describe, expect, it } from 'vitest';
import { dateEvent, isDatedAtEvent } from '../../extract/dated-at-event.js';
import { extractClaims } from '../../extract/index.js';
import { ClaimDraft } from '../../model/claim.js';

/** `isDatedAtEvent` for the first `quote` in `text` (from `from`). */
const against = (text: string, quote: string, subject: string, from = 0) => {
  const start = text.indexOf(quote, from);
  return isDatedAtEvent(text, start, start + quote.length, subject);
};

/** The extractor's date claims of `text`, as [quote, subject, datedAtEvent]. */
const dates = (text: string, published = '2011-06-15') =>
  extractClaims({ text, published }).flatMap((c) => (c.kind === 'date' ? [[c.quote, c.subject, c.datedAtEvent]] : []));

describe('isDatedAtEvent', () => {
  it('reads an event word written before its date, over a few words but no deadline word', () => {
    expect(against('The mayor resigned Thursday after the audit.', 'Thursday', 'resign')).toBe(true);
    expect(against('The pianist died of a stroke last Monday.', 'Monday', 'die')).toBe(true);
    expect(against('The inquiry must report by Friday.', 'Friday', 'report')).toBe(false);
    expect(against('Talks went on until March, officials said.', 'March', 'talks')).toBe(false);
  });

  it('reads an event right after its date, over a possessive and a score', () => {
    expect(against('Observers praised the 1998 referendum.', '1998', 'referendum')).toBe(true);
    expect(against("Friday's 3-1 victory lifted the club.", 'Friday', 'victory')).toBe(true);
    expect(against('Friday was cold; the victory came later.', 'Friday', 'victory')).toBe(false);
  });

  it("reads a game's result by the verb that reports it, over the other side's name", () => {
    expect(against('Harwick beat Dunmore on Wednesday night.', 'Wednesday', 'win')).toBe(true);
    expect(against('The Otters routed Dunmore 6-1 Tuesday.', 'Tuesday', 'win')).toBe(true);
    expect(against('Harwick beat Dunmore, and on Wednesday the coach quit.', 'Wednesday', 'win')).toBe(false);
  });

  it('reads the occasion a phrase after the date places it in, up to the preposition that ends it', () => {
    expect(against('The envoy spoke on Monday during a briefing for donors.', 'Monday', 'briefing')).toBe(true);
    expect(against('The envoy spoke on Monday during a visit to the briefing room.', 'Monday', 'briefing')).toBe(false);
  });

  it('reads the verb of the clause a date opens, over its comma and a short subject', () => {
    expect(against('In March, the tenant filed a complaint against the landlord.', 'March', 'file')).toBe(true);
    expect(against('On Monday morning, two officers arrested the driver.', 'Monday', 'arrest')).toBe(true);
    expect(against('The clinic, in May, opened a second ward.', 'May', 'open')).toBe(true);
    // A deadline or a span opening the sentence, another clause's verb, or a verb past the clause: not its event.
    expect(against('By March, the tenant filed a complaint.', 'March', 'file')).toBe(false);
    expect(against('Since 2004, the tenant has filed three complaints.', '2004', 'file')).toBe(false);
    expect(against('In March, prices rose; the tenant filed a complaint.', 'March', 'file')).toBe(false);
    expect(against('In March, the long-serving tenant of the old mill on the river filed a complaint.', 'March', 'file')).toBe(false);
  });

  it('dates a statement by the verb that reports it, and reads no subject without words', () => {
    expect(against('The ministry said Sunday that exports fell.', 'Sunday', 'statement')).toBe(true);
    expect(against('The ministry said Sunday that exports fell.', 'Sunday', '')).toBe(false);
  });
});

describe('the extractor says on each date claim whether its sentence writes it against its event', () => {
  it('marks a date written against its event, and one its event was read from farther off', () => {
    const text = 'The regulator upheld its 2009 ruling on Monday. The board cited the ruling, though the dispute began in March 2004.';
    const found = dates(text);
    expect(found).toContainEqual(['2009', 'ruling', true]);
    const march = found.find(([quote]) => quote === 'March 2004');
    expect(march?.[2]).toBe(false);
  });

  it('marks every date claim with a boolean, false when it names no event, and the claim validates', () => {
    const text = 'Prices rose 4% in 2010, the agency said in a report. The festival opened Friday.';
    const claims = extractClaims({ text, published: '2011-06-15' }).filter((c) => c.kind === 'date');
    expect(dates(text)).toEqual([['2010', null, false], ['Friday', 'open', true]]);
    for (const c of claims) {
      expect(typeof (c as { datedAtEvent?: unknown }).datedAtEvent).toBe('boolean');
      expect(ClaimDraft.safeParse(c).success).toBe(true);
      if (c.subject === null) expect((c as { datedAtEvent?: unknown }).datedAtEvent).toBe(false);
    }
  });

  it('emits the field on date claims only', () => {
    const claims = extractClaims({ text: 'The city hired 300 teachers on Tuesday, Mayor Ana Ruiz said.', published: '2011-06-15' });
    for (const c of claims) expect('datedAtEvent' in c).toBe(c.kind === 'date');
  });
});

describe('dateEvent', () => {
  it('an event with lower-case modifiers keys as its head noun; a name, a figure, a particle or a preposition keeps the words', () => {
    expect(dateEvent('presidential election')).toBe('election');
    expect(dateEvent('separate hearing')).toBe('hearing');
    expect(dateEvent('narrow victory')).toBe('victory');
    expect(dateEvent('Ames funeral')).toBe('Ames funeral');
    expect(dateEvent('step down')).toBe('step down');
    expect(dateEvent('deal on Monday')).toBe('deal on Monday');
    expect(dateEvent('talks with rebels')).toBe('talks with rebels');
  });
});

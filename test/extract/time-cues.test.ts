/**
 * `statedValidFrom`: the date a claim's own sentence gives for when its value
 * started or held, from the article's date claims (pure).
 */
import { describe, expect, test } from 'vitest';
import { extractClaims } from '../../extract/index.js';
import type { ClaimDraft } from '../../model/index.js';
import { withStatedCues } from '../../extract/time-cues.js';
import { proposalValidFrom, statedEarlier, statedValidFrom, statedValidTo, type ClaimContext, type NearbyClaim } from '../../extract/time-cues.js';

type Mention = [kind: 'figure' | 'date', quote: string, date?: string | null];

/** The text, the claim (its first figure, or the `which`-th) and every other mention as nearby claims. */
function setup(text: string, mentions: readonly Mention[], which = 0, offset = 0) {
  let from = 0;
  const placed = mentions.map(([kind, quote, date]) => {
    const start = text.indexOf(quote, from);
    if (start < 0) throw new Error(`${quote} not in ${text}`);
    from = start + quote.length;
    return { kind, start: start + offset, end: start + quote.length + offset, quote, date: date ?? null } satisfies NearbyClaim;
  });
  const figures = placed.filter((m) => m.kind === 'figure');
  const claim = figures[which]!;
  const context: ClaimContext = { offset, text, nearby: placed.filter((m) => m !== claim) };
  return { claim, context };
}

function stated(text: string, mentions: readonly Mention[], published: string | null = '2025-07-23', which = 0): string | null {
  const { claim, context } = setup(text, mentions, which);
  return statedValidFrom(claim, context, published);
}

describe('statedValidFrom', () => {
  test('a verb of change with "in" dates the figure: "imposed … in April 2025"', () => {
    expect(stated('The US imposed a 25% tariff on Japanese cars in April 2025.', [['figure', '25%'], ['date', 'April 2025', '2025-04']])).toBe('2025-04-01');
    expect(stated('The 25% tariff on cars, imposed in April, was cut to 15% later.', [['figure', '25%'], ['date', 'April', '2025-04'], ['figure', '15%']])).toBe('2025-04-01');
    expect(stated('Around 12,000 manufacturing jobs were cut in August, the data show.', [['figure', '12,000 manufacturing jobs'], ['date', 'August', '2025-08']], '2025-09-19')).toBe(
      '2025-08-01',
    );
  });

  test('a date never reaches past another figure: "from 25% to 15% on Tuesday" dates the 15%', () => {
    const text = 'The 25% tariff on cars, imposed in April, was cut to 15% on Tuesday.';
    const mentions: Mention[] = [['figure', '25%'], ['date', 'April', '2025-04'], ['figure', '15%'], ['date', 'on Tuesday', '2025-07-22']];
    expect(stated(text, mentions, '2025-07-23', 0)).toBe('2025-04-01');
    expect(stated(text, mentions, '2025-07-23', 1)).toBe('2025-07-22');
  });

  test('start markers on either side: "Since April, …", "effective …", "takes effect from …" (a future start too)', () => {
    expect(stated('Since April, the US tariff on Japanese cars has been 25%.', [['date', 'April', '2025-04'], ['figure', '25%']])).toBe('2025-04-01');
    expect(stated('A 25% tariff on Japanese cars takes effect from August 1.', [['figure', '25%'], ['date', 'August 1', '2025-08-01']])).toBe('2025-08-01');
    expect(stated('Tariffs on Japanese cars will rise to 25%, effective Aug. 1, 2025.', [['figure', '25%'], ['date', 'Aug.', '2025-08'], ['date', '2025', '2025']])).toBe('2025-08-01');
    expect(stated('In April, the US imposed a 25% tariff on cars.', [['date', 'April', '2025-04'], ['figure', '25%']])).toBe('2025-04-01');
  });

  test('a level "in" a past period holds then: "reaching 2.3% of GDP in 2024"', () => {
    expect(stated('Defense spending (reaching 2.3% of GDP in 2024) grew.', [['figure', '2.3%'], ['date', '2024', '2024']], '2025-05-23')).toBe('2024-01-01');
  });

  test('no date: targets, forecasts, other clauses, other sentences, changes measured since a date', () => {
    // "by", "within": a deadline or target, not when the value holds.
    expect(stated('The plan could generate 12,000 positions by 2026.', [['figure', '12,000 positions'], ['date', '2026', '2026']])).toBeNull();
    expect(stated('Japan must pay 45% within 45 working days.', [['figure', '45%'], ['date', 'within 45 working days', null]])).toBeNull();
    // A plain "in" in the future is a forecast.
    expect(stated('Revenue will reach $5 billion in 2027.', [['figure', '$5 billion'], ['date', '2027', '2027']])).toBeNull();
    // "in June" belongs to another clause's verb.
    expect(stated('Japan, which was hit with 25% tariffs on cars, will meet US officials in June.', [['figure', '25%'], ['date', 'June', '2025-06']])).toBeNull();
    expect(stated('The tariff was imposed in April. It is 25% now.', [['date', 'April', '2025-04'], ['figure', '25%']])).toBeNull();
    // A change "since April" is measured from April; the figure holds when the article says so.
    expect(stated('Payrolls in the sector have shrunk by 42,000 since April.', [['figure', '42,000'], ['date', 'April', '2025-04']])).toBeNull();
    expect(stated('The tariff is 25%.', [['figure', '25%']])).toBeNull();
    // An unresolved date says nothing.
    expect(stated('The 25% tariff took effect this week.', [['figure', '25%'], ['date', 'this week', null]])).toBeNull();
  });

  test('the nearest of two qualifying dates wins', () => {
    expect(stated('Since January, and again since April, the rate has been 25%.', [['date', 'January', '2025-01'], ['date', 'April', '2025-04'], ['figure', '25%']])).toBe('2025-04-01');
  });

  test('finds the claim by its quote when the window offsets drift (characters vs UTF-16 units)', () => {
    const text = 'Intro 🚗 text. The US imposed a 25% tariff on cars in April.';
    const { claim, context } = setup(text, [['figure', '25%'], ['date', 'April', '2025-04']], 0, 1000);
    // The database counted the emoji as one character: every stored offset is one less than JavaScript's.
    const drifted = { ...claim, start: claim.start - 1, end: claim.end - 1 };
    const nearby = context.nearby.map((n) => ({ ...n, start: n.start - 1, end: n.end - 1 }));
    expect(statedValidFrom(drifted, { ...context, nearby }, '2025-07-23')).toBe('2025-04-01');
  });
});

describe('statedEarlier', () => {
  const earlier = (text: string, mentions: readonly Mention[], which = 0) => {
    const { claim, context } = setup(text, mentions, which);
    return statedEarlier(claim, context);
  };

  test('the base of a change that happened held before the report', () => {
    const text = 'The number of injured climbed from 12 to 30 overnight, officials said.';
    expect(earlier(text, [['figure', '12'], ['figure', '30']], 0)).toBe(true);
    expect(earlier(text, [['figure', '12'], ['figure', '30']], 1)).toBe(false);
    expect(earlier('Previously, 40 homes had been reported destroyed.', [['figure', '40 homes']])).toBe(true);
  });

  test('the base of a proposed change is the value in force, not an earlier one', () => {
    expect(earlier('Unions marched against the plan to raise the pension age from 65 to 67.', [['figure', '65'], ['figure', '67']])).toBe(false);
  });

  test('found in a window that starts mid-text, at its offset', () => {
    const text = 'said. The count was revised to 41,000 from 45,000 after an audit.';
    const { claim, context } = setup(text, [['figure', '41,000'], ['figure', '45,000']], 1, 500);
    expect(statedEarlier(claim, context)).toBe(true);
  });
});

describe('statedValidTo', () => {
  const until = (text: string, mentions: readonly Mention[], which = 0) => {
    const { claim, context } = setup(text, mentions, which);
    return statedValidTo(claim, context);
  };

  test('"through" ends after its date, "until" at it; a few words may name what ends', () => {
    expect(until('The 25% levy applies until August 1.', [['figure', '25%'], ['date', 'August 1', '2025-08-01']])).toBe('2025-08-01');
    expect(until('She keeps the 12% stake through 2027.', [['figure', '12%'], ['date', '2027', '2027']])).toBe('2028-01-01');
    expect(until('The 30% cap stays through the end of the current season, June 2026.', [['figure', '30%'], ['date', 'June 2026', '2026-06']])).toBe('2026-07-01');
    expect(until('The 5% fee holds through Dec. 31, 2026.', [['figure', '5%'], ['date', 'Dec. 31, 2026', '2026-12-31']])).toBe('2027-01-01');
  });

  test('no end: a start, a deadline, another figure in between, a marker far from the claim', () => {
    expect(until('The 25% levy applies from August 1.', [['figure', '25%'], ['date', 'August 1', '2025-08-01']])).toBeNull();
    expect(until('The 25% levy must be paid by August 1.', [['figure', '25%'], ['date', 'August 1', '2025-08-01']])).toBeNull();
    expect(until('The 25% levy rises to 30% until August 1.', [['figure', '25%'], ['figure', '30%'], ['date', 'August 1', '2025-08-01']])).toBeNull();
    expect(until('The 25% levy was announced after long talks among the ministers of the region until August 1.', [['figure', '25%'], ['date', 'August 1', '2025-08-01']])).toBeNull();
  });
});

describe('proposalValidFrom', () => {
  /** Every figure and date of `text` as the article's claims; the figures named in `proposed` are proposed ones. */
  function run(text: string, mentions: readonly Mention[], proposed: readonly string[], published: string | null = '2023-01-19') {
    let from = 0;
    const claims = mentions.map(([kind, quote, date], i) => {
      const start = text.indexOf(quote, from);
      if (start < 0) throw new Error(`${quote} not in ${text}`);
      from = start + quote.length;
      return { id: `c${i}:${quote}`, kind, start, end: start + quote.length, quote, date: date ?? null } satisfies NearbyClaim & { id: string };
    });
    const ids = new Set(claims.filter((c) => proposed.includes(c.quote)).map((c) => c.id));
    const found = proposalValidFrom({ text, published }, claims, ids);
    return Object.fromEntries(claims.filter((c) => found.has(c.id)).map((c) => [c.quote, found.get(c.id)]));
  }

  test('a proposed figure holds from the day another sentence says its proposal was presented', () => {
    const text =
      'The council plans a transit overhaul that would raise the bus fare from $2 to $3. Its head, who unveiled the transit fare plan on March 4, ' +
      'said more was to come. Separately, the library budget would fall to $1 million.';
    const mentions: Mention[] = [['figure', '$2'], ['figure', '$3'], ['date', 'March 4', '2024-03-04'], ['figure', '$1 million']];
    expect(run(text, mentions, ['$3', '$1 million'], '2024-03-20')).toEqual({ $3: '2024-03-04' });
  });

  test('a passive presentation and a date opening the sentence date it too', () => {
    const text = 'The water bill was introduced in February. It would cap water prices at 5%.\nOn May 2, the ministry presented its tax plan. The tax plan lifts the tax rate to 30%.';
    const mentions: Mention[] = [['date', 'February', '2024-02'], ['figure', '5%'], ['date', 'May 2', '2024-05-02'], ['figure', '30%']];
    // "It would cap water prices" names the bill by "water"; the tax rate by "tax".
    expect(run(text, mentions, ['5%', '30%'], '2024-06-01')).toEqual({ '5%': '2024-02-01', '30%': '2024-05-02' });
  });

  test('no start: a presentation still to come, a deadline, an unrelated proposal, a figure not proposed', () => {
    const later = 'The minister will have presented the pension plan on June 30. The pension plan would lift the age to 65.';
    expect(run(later, [['date', 'June 30', '2024-06-30'], ['figure', '65']], ['65'], '2024-06-01')).toEqual({});
    const deadline = 'Lawmakers submitted the housing bill by March 1. The housing bill would cut rents by 10%.';
    expect(run(deadline, [['date', 'March 1', '2024-03-01'], ['figure', '10%']], ['10%'], '2024-06-01')).toEqual({});
    const unrelated = 'The mayor unveiled a parking plan on April 2. Her rival would raise the school budget to $4 million.';
    expect(run(unrelated, [['date', 'April 2', '2024-04-02'], ['figure', '$4 million']], ['$4 million'], '2024-06-01')).toEqual({});
    const inForce = 'The mayor unveiled the parking plan on April 2. Parking costs $4 today.';
    expect(run(inForce, [['date', 'April 2', '2024-04-02'], ['figure', '$4']], [], '2024-06-01')).toEqual({});
  });
});

describe('the extractor puts each claim\'s valid-time cues on it (stated)', () => {
  const stated = (text: string) =>
    extractClaims({ text, published: '2021-06-15' }).map((c) => [c.kind, c.quote, c.kind === 'date' ? 'none' : c.stated]);

  test('a start, an end and a role left are read from the claim\'s sentence', () => {
    expect(stated('The tariff on imported steel has been 25% since April 2019, the ministry said.')).toContainEqual(['figure', '25%', { validFrom: '2019-04-01', earlier: false, validTo: null }]);
    expect(stated('Chief Executive Tom Ruiz will remain chairman of Acme through Dec. 31, 2021.')).toContainEqual(['person', 'Tom Ruiz', { validFrom: null, earlier: false, validTo: '2022-01-01' }]);
    expect(stated('Acme Corp named Lena Ortiz, who has stepped down as chief financial officer, to its board.')).toContainEqual(['person', 'Lena Ortiz', { validFrom: null, earlier: true, validTo: null }]);
  });

  test('a claim whose sentence says nothing of its time has empty cues, and a date claim none', () => {
    const found = stated('The tariff on imported steel is 25%. It was set in April 2019.');
    expect(found).toContainEqual(['figure', '25%', { validFrom: null, earlier: false, validTo: null }]);
    expect(found).toContainEqual(['date', 'April 2019', 'none']);
    for (const c of extractClaims({ text: 'It was set in April 2019.', published: '2021-06-15' })) expect('stated' in c).toBe(c.kind !== 'date');
  });

  test('a proposed figure its sentence does not date holds from its proposal\'s presentation', () => {
    const text = 'The council unveiled its housing levy proposal on May 4. The housing levy proposal would raise the levy to 3%.';
    const proposed = { ...base(text, '3%'), predicate: 'proposed rate' };
    const claims = [date(text, 'May 4', '2021-05-04'), proposed];
    const [, cued] = withStatedCues(claims, { text, published: '2021-06-15' });
    expect(cued).toMatchObject({ stated: { validFrom: '2021-05-04' } });
    // Not proposed, the same figure is not dated by the presentation.
    const [, plain] = withStatedCues([claims[0]!, { ...proposed, predicate: 'rate' }], { text, published: '2021-06-15' });
    expect(plain).toMatchObject({ stated: { validFrom: null } });
  });
});

const draftDefaults = { subject: 'levy', attribution: null, hedge: 'asserted', qualifier: null, extractor: 't@1', rule: 'r', confidence: 1 } as const;
function base(text: string, quote: string): ClaimDraft {
  const start = text.indexOf(quote);
  return { ...draftDefaults, kind: 'figure', value: { amount: 3, unit: '%' }, start, end: start + quote.length, quote, predicate: 'rate' };
}
function date(text: string, quote: string, day: string): ClaimDraft {
  const start = text.indexOf(quote);
  return { ...draftDefaults, kind: 'date', value: { date: day }, start, end: start + quote.length, quote, subject: null, predicate: 'date' };
}

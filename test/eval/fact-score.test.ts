import { describe, expect, it } from 'vitest';
import { datesAgree, namesAgree, scoreFacts, textsAgree, valuesAgree, type ClaimSpan } from '../../eval/fact-score.js';
import { factScoreBreakdown, formatBreakdown } from '../../eval/fact-report.js';
import { GoldFacts, type FactExport } from '../../model/export.js';

// Two small documents of one story and one of another; the gold and the stores below are written against them.
const A = 'The flood toll rose to 5 on Monday, officials said. Mayor Jane Q. Doe spoke.';
const B = 'The flood toll climbed to 9 on Wednesday. About 9 bridges closed. Mayor Jane Doe and the union said 40% struck.';
const C = 'Workers said 40% struck at the plant, the ministry said 25%.';
const texts = new Map([
  ['a.txt', A],
  ['b.txt', B],
  ['c.txt', C],
]);

/** A claim on the nth occurrence of `quote` in `doc`. */
function claim(id: string, doc: string, quote: string, nth = 0): ClaimSpan {
  const text = texts.get(doc)!;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`${quote} not in ${doc}`);
  return { id, doc, start: at, end: at + quote.length };
}

const claims = [
  claim('c_a5', 'a.txt', '5'),
  claim('c_b9', 'b.txt', '9'),
  claim('c_b9bridges', 'b.txt', '9', 1),
  claim('c_adoe', 'a.txt', 'Jane Q. Doe'),
  claim('c_bdoe', 'b.txt', 'Jane Doe'),
  claim('c_b40', 'b.txt', '40%'),
  claim('c_c40', 'c.txt', '40%'),
  claim('c_c25', 'c.txt', '25%'),
];

type Alt = FactExport['alternatives'][number];
function fact(id: string, value: FactExport['value'], claimIds: string[], sources: string[], extra: Partial<FactExport> = {}, alternatives: Alt[] = []): FactExport {
  return {
    id,
    subject: 's',
    predicate: 'p',
    status: 'settled',
    value,
    valid_from: null,
    valid_to: null,
    confidence: 0.9,
    sources,
    claims: claimIds,
    alternatives,
    ...extra,
  };
}
function alt(value: Alt['value'], status: string, claimIds: string[], sources: string[], validFrom: string | null = null, validTo: string | null = null): Alt {
  return { value, status, valid_from: validFrom, valid_to: validTo, sources, claims: claimIds };
}

const toll = {
  id: 'T',
  subject: 'flood',
  predicate: 'death toll',
  values: [
    { value: { amount: 5, unit: 'person' }, valid_from: '2024-03-04', valid_to: '2024-03-06', sources: ['a.txt'], status: 'superseded', quotes: [{ doc: 'a.txt', quote: 'The flood toll rose to 5 on Monday' }] },
    { value: { amount: 9, unit: 'person' }, valid_from: '2024-03-06', valid_to: null, sources: ['b.txt'], status: 'current', quotes: [{ doc: 'b.txt', quote: 'The flood toll climbed to 9 on Wednesday.' }] },
  ],
};

function score(goldFacts: unknown[], facts: FactExport[], mustNotMerge: unknown[] = []) {
  return scoreFacts({ gold: GoldFacts.parse({ facts: goldFacts, must_not_merge: mustNotMerge }), texts, claims, facts });
}

describe('a changing count (current and superseded values)', () => {
  const good = fact('f_toll', { amount: 9, unit: 'death' }, ['c_b9'], ['b.txt'], { valid_from: '2024-03-06' }, [
    alt({ amount: 5, unit: 'death' }, 'superseded', ['c_a5'], ['a.txt'], '2024-03-04', '2024-03-06'),
  ]);

  it('is right when one fact holds both values, the latest current and the earlier superseded, with their sources', () => {
    const s = score([toll], [good]);
    expect(s.facts[0]).toMatchObject({ id: 'T', right: true, reasons: [], facts: ['f_toll'] });
    expect(s.right).toBe(1);
  });

  it('is wrong when the earlier value is contested instead of superseded', () => {
    const contested = { ...good, status: 'contested' as const, alternatives: [{ ...good.alternatives[0]!, status: 'contested' }] };
    expect(score([toll], [contested]).facts[0]!.reasons).toEqual([
      'wrong status: 5 person is contested, gold superseded',
      'wrong status: fact is contested, gold has no dispute',
    ]);
  });

  it('is wrong when the values sit in two facts (split), naming both; the fact with the current value is judged', () => {
    const s = score([toll], [fact('f_9', { amount: 9, unit: 'death' }, ['c_b9'], ['b.txt']), fact('f_5', { amount: 5, unit: 'death' }, ['c_a5'], ['a.txt'])]);
    expect(s.facts[0]!.right).toBe(false);
    expect(s.facts[0]!.reasons[0]).toMatch(/^split across 2 facts: f_/);
    expect(s.facts[0]!.reasons).toContain('missing value 5 person');
  });

  it('is wrong when another count is merged into the fact', () => {
    const merged = { ...good, alternatives: [...good.alternatives, alt({ amount: 40, unit: '%' }, 'disputed', ['c_b40'], ['b.txt'])] };
    expect(score([toll], [merged]).facts[0]!.reasons).toEqual(['extra values merged: 40 % (disputed)']);
  });

  it('is wrong when the fact is contested though the gold has no dispute', () => {
    expect(score([toll], [{ ...good, status: 'contested' }]).facts[0]!.reasons).toEqual(['wrong status: fact is contested, gold has no dispute']);
  });

  it('is wrong, for both, when two gold facts with the same value are one stored fact', () => {
    const tollB = {
      id: 'U',
      subject: 'flood',
      predicate: 'bridges closed',
      values: [{ value: { amount: 9, unit: 'bridge' }, sources: ['b.txt'], status: 'current', quotes: [{ doc: 'b.txt', quote: 'About 9 bridges closed.' }] }],
    };
    const one = { ...good, claims: ['c_b9', 'c_b9bridges'] };
    const s = score([toll, tollB], [one]);
    expect(s.facts.map((f) => f.reasons.at(-1))).toEqual(['merged with gold U in one fact', 'merged with gold T in one fact']);
    expect(s.right).toBe(0);
  });

  it('is wrong when the current value is an earlier one', () => {
    const stale = fact('f_toll', { amount: 5, unit: 'death' }, ['c_a5'], ['a.txt'], {}, [alt({ amount: 9, unit: 'death' }, 'superseded', ['c_b9'], ['b.txt'])]);
    const reasons = score([toll], [stale]).facts[0]!.reasons;
    expect(reasons).toContain('wrong current value: 5 death (current); the gold current 9 person is superseded there');
    expect(reasons).toContain('wrong status: 5 person is current and open-ended, gold superseded');
  });

  it('is wrong when a value lacks a gold source, and when an interval end is off by more than the tolerance', () => {
    const late = { ...good, sources: [], valid_from: '2024-03-20' };
    expect(score([toll], [late]).facts[0]!.reasons).toEqual([
      'value 9 person lacks source(s) b.txt',
      'wrong interval: 9 person valid_from 2024-03-20, gold 2024-03-06',
    ]);
  });

  it('is missing when no fact holds a quoted claim with the gold value (a same-number claim elsewhere does not count)', () => {
    const s = score([toll], [fact('f_bridges', { amount: 9, unit: 'bridge' }, ['c_b9bridges'], ['b.txt'])]);
    expect(s.facts[0]!.reasons).toEqual(['missing: no stored fact holds any gold value through its quotes']);
  });
});

describe('two parties’ values for the same day (disputed)', () => {
  const strike = {
    id: 'S',
    subject: 'plant strike',
    predicate: 'share of workers on strike',
    values: [
      { value: { amount: 40, unit: '%' }, sources: ['c.txt'], status: 'disputed', attribution: 'the workers', quotes: [{ doc: 'c.txt', quote: 'Workers said 40% struck' }] },
      { value: { amount: 25, unit: '%' }, sources: ['c.txt'], status: 'disputed', attribution: 'Ministry', quotes: [{ doc: 'c.txt', quote: 'the ministry said 25%' }] },
    ],
  };

  it('is right as one contested fact', () => {
    const f = fact('f_s', { amount: 40, unit: '%' }, ['c_c40'], ['c.txt'], { status: 'contested' }, [alt({ amount: 25, unit: '%' }, 'contested', ['c_c25'], ['c.txt'])]);
    expect(score([strike], [f]).facts[0]!.right).toBe(true);
  });

  it('is wrong when one value wins (a settled fact)', () => {
    const f = fact('f_s', { amount: 40, unit: '%' }, ['c_c40'], ['c.txt'], {}, [alt({ amount: 25, unit: '%' }, 'disputed', ['c_c25'], ['c.txt'])]);
    expect(score([strike], [f]).facts[0]!.reasons).toContain('wrong status: fact is settled, gold 40 % is disputed (no value wins)');
  });

  it('is right as one fact per party, each naming its party and holding its value', () => {
    const s = score(
      [strike],
      [
        fact('f_w', { amount: 40, unit: '%' }, ['c_c40'], ['c.txt'], { subject: 'strike rate per workers' }),
        fact('f_m', { amount: 25, unit: '%' }, ['c_c25'], ['c.txt'], { subject: 'strike rate', predicate: 'ministry count' }),
      ],
    );
    expect(s.facts[0]).toMatchObject({ right: true, reasons: [], facts: ['f_w', 'f_m'] });
  });

  it('is a split when the two facts do not name their parties', () => {
    const s = score([strike], [fact('f_w', { amount: 40, unit: '%' }, ['c_c40'], ['c.txt']), fact('f_m', { amount: 25, unit: '%' }, ['c_c25'], ['c.txt'])]);
    expect(s.facts[0]!.reasons[0]).toMatch(/^split across 2 facts/);
  });
});

describe('a text value reported wrong, and an office left vacant', () => {
  const mayor = {
    id: 'M',
    subject: 'town',
    predicate: 'mayor',
    values: [
      { value: { text: 'Jane Doe' }, valid_to: '2024-03-06', sources: ['a.txt', 'b.txt'], status: 'superseded', quotes: [{ doc: 'a.txt', quote: 'Mayor Jane Q. Doe' }, { doc: 'b.txt', quote: 'Mayor Jane Doe' }] },
      { value: { text: '(no successor named)' }, valid_from: '2024-03-06', sources: ['b.txt'], status: 'current', quotes: [{ doc: 'b.txt', quote: 'About 9 bridges closed.' }] },
    ],
  };

  it('accepts the holder as current when the store closed the tenure at the vacancy', () => {
    const f = fact('f_m', { text: 'Jane Q. Doe' }, ['c_adoe', 'c_bdoe'], ['a.txt', 'b.txt'], { valid_to: '2024-03-07' });
    expect(score([mayor], [f]).facts[0]!.reasons).toEqual([]);
  });

  it('rejects a holder still open after the vacancy', () => {
    const f = fact('f_m', { text: 'Jane Doe' }, ['c_adoe', 'c_bdoe'], ['a.txt', 'b.txt']);
    expect(score([mayor], [f]).facts[0]!.reasons).toEqual([
      'wrong status: "Jane Doe" is current and open-ended, gold superseded',
      'wrong current value: "Jane Doe" (current) holds it, gold says "(no successor named)" from 2024-03-06',
    ]);
  });

  it('a wrong value may be an alternative but never current', () => {
    const hq = {
      id: 'H',
      subject: 'union',
      predicate: 'rate claimed',
      values: [
        { value: { amount: 40, unit: '%' }, sources: ['c.txt'], status: 'current', quotes: [{ doc: 'c.txt', quote: 'Workers said 40% struck' }] },
        { value: { amount: 25, unit: '%' }, sources: ['c.txt'], status: 'wrong', quotes: [{ doc: 'c.txt', quote: '25%' }] },
      ],
    };
    const asAlternative = fact('f_h', { amount: 40, unit: '%' }, ['c_c40'], ['c.txt'], {}, [alt({ amount: 25, unit: '%' }, 'contested', ['c_c25'], ['c.txt'])]);
    expect(score([hq], [asAlternative]).facts[0]!.right).toBe(true);
    const asCurrent = fact('f_h', { amount: 25, unit: '%' }, ['c_c25'], ['c.txt'], {}, [alt({ amount: 40, unit: '%' }, 'contested', ['c_c40'], ['c.txt'])]);
    expect(score([hq], [asCurrent]).facts[0]!.reasons).toContain('wrong value 25 % is current');
  });
});

describe('must_not_merge', () => {
  const pair = { a: { doc: 'a.txt', quote: '5' }, b: { doc: 'b.txt', quote: '9', nth: 1 }, why: 'toll vs bridges' };

  it('is violated when both claims are values of one fact, and not when they sit in two', () => {
    const merged = fact('f_x', { amount: 9, unit: 'x' }, ['c_b9bridges'], ['b.txt'], {}, [alt({ amount: 5, unit: 'x' }, 'superseded', ['c_a5'], ['a.txt'])]);
    const s = score([], [merged], [pair]);
    expect(s.mustNotMerge[0]).toMatchObject({ violated: true, level: 'fact', shared: ['f_x'], joined: true });
    expect(s.violations).toBe(1);
    const apart = score([], [fact('f_1', { amount: 5, unit: 'x' }, ['c_a5'], ['a.txt']), fact('f_2', { amount: 9, unit: 'x' }, ['c_b9bridges'], ['b.txt'])], [pair]);
    expect(apart.violations).toBe(0);
  });

  it('joins a side to the claim of its own mention, not to a longer claim around it', () => {
    // c_b9 is the toll "9"; the pair names the bridges' "9" (nth 1), so the toll fact is not the bridges' fact.
    const s = score([], [fact('f_t', { amount: 9, unit: 'x' }, ['c_b9'], ['b.txt'], {}, [alt({ amount: 5, unit: 'x' }, 'superseded', ['c_a5'], ['a.txt'])])], [pair]);
    expect(s.mustNotMerge[0]).toMatchObject({ violated: false, joined: true });
  });

  it('for two values of one gold fact, only one shared value violates: the fact holding both is right', () => {
    const strike = {
      id: 'S',
      subject: 'plant strike',
      predicate: 'share on strike',
      values: [
        { value: { amount: 40, unit: '%' }, sources: ['c.txt'], status: 'disputed', quotes: [{ doc: 'c.txt', quote: 'Workers said 40% struck' }] },
        { value: { amount: 25, unit: '%' }, sources: ['c.txt'], status: 'disputed', quotes: [{ doc: 'c.txt', quote: 'the ministry said 25%' }] },
      ],
    };
    const twoValues = { a: { doc: 'c.txt', quote: '40%' }, b: { doc: 'c.txt', quote: '25%' }, why: 'two parties' };
    const f = fact('f_s', { amount: 40, unit: '%' }, ['c_c40'], ['c.txt'], { status: 'contested' }, [alt({ amount: 25, unit: '%' }, 'contested', ['c_c25'], ['c.txt'])]);
    expect(score([strike], [f], [twoValues]).mustNotMerge[0]).toMatchObject({ level: 'value', violated: false });
    const collapsed = fact('f_s', { amount: 40, unit: '%' }, ['c_c40', 'c_c25'], ['c.txt']);
    expect(score([strike], [collapsed], [twoValues]).mustNotMerge[0]).toMatchObject({ level: 'value', violated: true });
  });
});

describe('value agreement', () => {
  it('figures within 0.5% and by unit class', () => {
    expect(valuesAgree({ amount: 44e9, unit: 'USD' }, { amount: 44.2e9, unit: 'USD' })).toBe(true);
    expect(valuesAgree({ amount: 44e9, unit: 'USD' }, { amount: 44.3e9, unit: 'USD' })).toBe(false);
    expect(valuesAgree({ amount: 44e9, unit: 'USD' }, { amount: 44e9, unit: 'EUR' })).toBe(false);
    expect(valuesAgree({ amount: 11, unit: 'person' }, { amount: 11, unit: 'death' })).toBe(true);
    expect(valuesAgree({ amount: 11, unit: 'person' }, { amount: 11, unit: '%' })).toBe(false);
  });

  it('names on given name and surname, in any order; a surname alone is not the name', () => {
    expect(namesAgree('Akazawa Ryosei', 'Ryosei Akazawa')).toBe(true);
    expect(namesAgree('Daniella Levine Cava', 'Daniella Levin Cava')).toBe(true);
    expect(namesAgree('Bob Iger', 'Iger')).toBe(false);
    expect(namesAgree('Raide Jadallah', 'Ray Jadallah')).toBe(false);
    expect(textsAgree('Bob Iger', 'Iger')).toBe(false);
    expect(textsAgree('Commerce Secretary', 'U.S. Secretary of Commerce')).toBe(true);
    expect(textsAgree('Sanae Suga', 'Yoshihide Suga')).toBe(false);
    expect(textsAgree('Bob Iger (as executive chairman)', 'Bob Iger')).toBe(true);
    expect(textsAgree('José Núñez', 'jose nunez')).toBe(true);
  });

  it('other text by shared word stems, ignoring asides in parentheses', () => {
    expect(textsAgree('completed', 'deal completed')).toBe(true);
    expect(textsAgree('agreed (definitive agreement accepted by the board)', 'agreement')).toBe(true);
    expect(textsAgree('completed', 'terminated')).toBe(false);
    expect(textsAgree('agreed (offer accepted by the board)', 'offer accepted')).toBe(true);
    expect(textsAgree('Bob Iger (as executive chairman)', 'executive chairman')).toBe(false);
    expect(valuesAgree({ text: '(no successor named)' }, { text: 'no successor named' })).toBe(false);
  });

  it('a text opening with a date agrees with that date value only', () => {
    expect(valuesAgree({ text: '2025 (extended in June for three years)' }, { date: '2025' })).toBe(true);
    expect(valuesAgree({ text: '2021-06-24 about 01:30' }, { date: '2021-06-24' })).toBe(true);
    expect(valuesAgree({ text: '2021-06-24 about 01:30' }, { date: '2021-06' })).toBe(false);
  });

  it('interval ends within three days, or at the coarser precision', () => {
    expect(datesAgree('2022-11-20', '2022-11-21')).toBe(true);
    expect(datesAgree('2023-01-10', '2023-01-19')).toBe(false);
    expect(datesAgree('2022-06', '2022-06-30')).toBe(true);
    expect(datesAgree('2022-06', '2022-07-01')).toBe(false);
  });
});

describe('broken gold', () => {
  it('names a quote that is not in its document', () => {
    const bad = { ...toll, values: [{ ...toll.values[0]!, quotes: [{ doc: 'a.txt', quote: 'toll rose to 6' }] }] };
    expect(() => score([bad], [])).toThrow(/a\.txt: gold quote not found \(nth 0\): "toll rose to 6"/);
  });
});

describe('the breakdown of a score', () => {
  const mayor = {
    id: 'M',
    subject: 'the city',
    predicate: 'mayor',
    values: [{ value: { text: 'Jane Q. Doe' }, sources: ['a.txt', 'b.txt'], status: 'current', quotes: [{ doc: 'a.txt', quote: 'Jane Q. Doe' }, { doc: 'b.txt', quote: 'Jane Doe' }] }],
  };
  const bridges = {
    id: 'BR',
    subject: 'bridges',
    predicate: 'closed',
    values: [{ value: { amount: 9, unit: 'bridge' }, sources: ['b.txt'], status: 'current', quotes: [{ doc: 'b.txt', quote: 'About 9 bridges closed' }] }],
  };
  const gold = GoldFacts.parse({ facts: [toll, mayor, bridges] });

  it('counts gold facts by value kind and by how many documents report them, and the wrong ones by first reason', () => {
    // The toll right; the mayor split between two facts (one per article); the bridges stored nowhere.
    const s = scoreFacts({
      gold,
      texts,
      claims,
      facts: [
        fact('f_toll', { amount: 9, unit: 'person' }, ['c_b9'], ['b.txt'], { valid_from: '2024-03-06' }, [alt({ amount: 5, unit: 'person' }, 'superseded', ['c_a5'], ['a.txt'], '2024-03-04', '2024-03-06')]),
        fact('f_doe_a', { text: 'Jane Q. Doe' }, ['c_adoe'], ['a.txt']),
        fact('f_doe_b', { text: 'Jane Doe' }, ['c_bdoe'], ['b.txt']),
      ],
    });
    const b = factScoreBreakdown(s, gold);
    expect(s.facts.map((f) => f.right)).toEqual([true, false, false]);
    expect(b.byKind).toEqual({ number: { right: 1, total: 2 }, date: { right: 0, total: 0 }, text: { right: 0, total: 1 } });
    // The toll's two values come from two articles: it is reported by several documents, as the mayor is.
    expect(b.bySources).toEqual({ several: { right: 1, total: 2 }, one: { right: 0, total: 1 } });
    expect(b.byReason).toEqual({ 'split across facts': 1, missing: 1 });
    expect(formatBreakdown(b)).toContain('wrong, by first reason: missing 1, split across facts 1');
  });
});

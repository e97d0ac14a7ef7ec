import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractClaims } from '../../extract/index.js';
import { restoreApostrophes } from '../../extract/extractor.js';
import { ClaimDraft } from '../../model/claim.js';

const TEXT = [
  'Finance Minister Clara Voss said on Tuesday that Norway’s $90 billion green fund will back a wind turbine factory in Bergen.',
  'Voss added that a 12% levy on imported steel could follow next month, and the fund’s $90 billion size is fixed.',
].join('\n');

describe('extractClaims', () => {
  const claims = extractClaims({ text: TEXT, published: '2024-03-14' });

  it('returns drafts that validate, quote their span and carry the extractor version', () => {
    for (const c of claims) {
      expect(() => ClaimDraft.parse(c)).not.toThrow();
      expect(TEXT.slice(c.start, c.end)).toBe(c.quote);
      expect(c.extractor).toBe(EXTRACTOR_VERSION);
      expect(c.rule).toMatch(/^(?:figure|person|date|project)\./);
    }
  });

  it('finds no date in a name ending in Today, by its rules or by chrono', () => {
    const dates = (text: string) => extractClaims({ text, published: '2024-07-31' }).filter((c) => c.kind === 'date').map((c) => c.quote);
    expect(dates('He told USA Today the talks had failed.')).toEqual([]);
    expect(dates('He said today the talks had failed.')).toEqual(['today']);
  });

  it('sorts by start, then kind', () => {
    const keys = claims.map((c) => c.start);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
  });

  it('links equal money amounts to the most specific subject in the article', () => {
    const money = claims.filter((c) => c.kind === 'figure' && c.quote === '$90 billion');
    expect(money.map((c) => c.subject)).toEqual(['Norway green fund', 'Norway green fund']);
  });

  it('resolves dates against the injected publish date, not the clock', () => {
    const tuesday = claims.find((c) => c.kind === 'date' && c.quote.includes('Tuesday'));
    // 2024-03-14 is a Thursday; the past-tense Tuesday is 2024-03-12.
    expect(tuesday?.value).toEqual({ date: '2024-03-12' });
    expect(claims.find((c) => c.kind === 'date' && c.quote === 'next month')?.value).toEqual({ date: '2024-04' });
  });

  it('attributes and hedges claims by sentence, naming a known source by full name', () => {
    const levy = claims.find((c) => c.kind === 'figure' && c.quote === '12%');
    expect(levy).toMatchObject({ subject: 'tariff on steel', predicate: 'rate', hedge: 'speculative', attribution: 'Clara Voss' });
  });

  it('rejects unknown options', () => {
    expect(() => extractClaims({ text: 'x', published: null }, { dateEngine: 'rules', colour: 'red' } as never)).toThrow();
  });

  // A candidate's share is the candidate's (`Lee won 48% of the vote`, `Park took 45%`), no longer one `vote` share of two values.
  it('gives a bracketed conversion, a compared amount and a parallel percentage the subject of the figure before', () => {
    const text = 'Acme posted a net profit of €2 billion ($2.2 billion), more than double the €0.9 billion it earned a year earlier. Lee won 48% of the vote and Park took 45%.';
    const found = extractClaims({ text, published: '2025-03-01' }).filter((c) => c.kind === 'figure');
    expect(found.map((c) => [c.quote, c.subject])).toEqual([
      ['€2 billion', 'net profit'], ['$2.2 billion', 'net profit'], ['€0.9 billion', 'net profit'], ['48%', 'Lee vote'], ['45%', 'Park vote'],
    ]);
  });

  it("names a device's part once, but not a part its article gives two values (two products compared)", () => {
    const text = 'The desktop has a 2TB hard drive and 16GB of memory. The laptop has a 512GB hard drive.';
    const found = extractClaims({ text, published: '2025-03-01' }).filter((c) => c.kind === 'figure');
    expect(found.map((c) => [c.quote, c.subject, c.predicate])).toEqual([['2TB', 'TB', 'count'], ['16GB', 'memory', 'capacity'], ['512GB', 'GB', 'count']]);
  });

  it('gives an estimate of "the figure" the subject of the money named before it', () => {
    const text = 'The report said he had stolen some $2 billion, a low estimate next to a watchdog that put the figure in 2019 at $5 billion.';
    const found = extractClaims({ text, published: '2025-03-01' }).filter((c) => c.kind === 'figure');
    expect(found.map((c) => [c.quote, c.subject])).toEqual([['$2 billion', 'theft'], ['$5 billion', 'theft']]);
  });

  it('gives a time span the subject of the figure it measures', () => {
    const text = 'Rain reached 300 millimeters in 12 hours. Acme will spend $5 billion over four years. It will cut debt by $1 billion within 18 months.';
    const found = extractClaims({ text, published: '2025-03-01' }).filter((c) => c.kind === 'figure');
    expect(found.map((c) => [c.quote, c.subject, c.predicate])).toEqual([
      ['300 millimeters', 'rain', 'change'], ['12 hours', 'rain', 'period'],
      ['$5 billion', 'Acme spending', 'amount'], ['four years', 'Acme spending', 'period'],
      ['$1 billion', 'debt', 'change'], ['18 months', 'debt', 'deadline'],
    ]);
  });
});

describe('extractClaims: dates that are not dates', () => {
  it('does not read a lower-case "march" or "may" as a month', () => {
    const claims = extractClaims({ text: 'Thousands joined the march in Lyon, and more may follow.', published: '2025-01-20' });
    expect(claims.filter((c) => c.kind === 'date')).toEqual([]);
  });
});

describe('figures in a reported change', () => {
  const figures = (text: string) =>
    extractClaims({ text, published: '2024-05-02' })
      .filter((c) => c.kind === 'figure')
      .map((c) => [c.quote, c.subject, c.predicate]);

  it('a proposed change gives its target a proposed predicate, so it never meets the value in force', () => {
    const found = figures('Thousands marched against the government plan to raise the pension age from 65 to 67.');
    const [base, target] = found.filter(([q]) => q === '65' || q === '67');
    expect(base![2]).not.toMatch(/^proposed /);
    expect(target![2]).toMatch(/^proposed /);
    expect(target![1]).toBe(base![1]);
  });

  it('a change that happened keeps one predicate for both values', () => {
    const found = figures('The bank lowered its growth forecast to 2.1% from 2.4% on Tuesday.');
    expect(found).toHaveLength(2);
    expect(new Set(found.map(([, s, p]) => `${s}|${p}`)).size).toBe(1);
    expect(found[0]![2]).not.toMatch(/proposed/);
  });

  it('a state after an anchored count is that count\'s own: "… rose to 2,400, with 35 unaccounted for"', () => {
    const found = figures('The tally of residents evacuated rose to 2,400, with 35 unaccounted for.');
    expect(found.find(([q]) => q === '35')![1]).toBe('residents unaccounted for');
  });
});

describe('a deal and its price', () => {
  const claims = (text: string) => extractClaims({ text, published: '2024-05-02' });

  it('the person after a title is the buyer: "Airbus and Safran owner Jane Doe has taken over Acme"', () => {
    const [deal] = claims('Airbus and Safran owner Jane Doe has taken over Acme, the company said.').filter((c) => c.kind === 'project');
    expect(deal!.value).toMatchObject({ name: 'Jane Doe acquisition of Acme', sponsor: 'Jane Doe' });
  });

  it("money equal to the deal's amount, or vaguely named in a sentence about the deal, is the deal's value", () => {
    const text = [
      'Orbis agreed to buy Kestrel Foods for $3.1 billion.',
      'The $3.1 billion acquisition still needs approval.',
      'The deal is valued at $31 per share, for a total value of $3.1 billion.',
      'Kestrel also took on $400 million in debt.',
    ].join(' ');
    const money = claims(text).filter((c) => c.kind === 'figure' && c.value.unit === 'USD');
    const bySubject = (amount: number) => money.filter((c) => 'amount' in c.value && c.value.amount === amount).map((c) => `${c.subject} | ${c.predicate}`);
    const deal = claims(text).find((c) => c.kind === 'project')!;
    expect(new Set(bySubject(3.1e9))).toEqual(new Set([`${(deal.value as { name: string }).name} | amount`]));
    expect(bySubject(31)[0]).not.toContain('acquisition');
    expect(bySubject(400e6)[0]).not.toContain('acquisition');
  });
});

describe('parallel shares of narrowed groups', () => {
  it('"41% of nurses in rural clinics, 29% in city hospitals": the same noun, each its own group', () => {
    const found = extractClaims({ text: 'Turnout varied: 41% of nurses in rural clinics joined, 29% in city hospitals, the ministry said.', published: '2024-05-02' })
      .filter((c) => c.kind === 'figure')
      .map((c) => [c.quote, c.subject]);
    expect(found).toEqual([
      ['41%', 'rural clinics nurses'],
      ['29%', 'city hospitals nurses'],
    ]);
  });
});

describe('changes over named periods', () => {
  it('the period a change is measured over joins its predicate, so two periods are two facts', () => {
    const since = extractClaims({ text: 'Since Ortiz took over in March 2021, Orbis shares are down about 12%.', published: '2024-05-02' }).find((c) => c.quote === '12%')!;
    const ytd = extractClaims({ text: 'Shares of Orbis have fallen about 30% so far this year.', published: '2024-05-02' }).find((c) => c.quote === '30%')!;
    const span = extractClaims({ text: 'Orbis exports rose 5% over the past 12 months.', published: '2024-05-02' }).find((c) => c.quote === '5%')!;
    expect([since.predicate, ytd.predicate, span.predicate]).toEqual(['change since 2021', 'change this year', 'change over the past 12 months']);
  });
});

describe('a figure a source gives with no noun of its own', () => {
  const figures = (text: string) =>
    extractClaims({ text, published: '2024-05-02' })
      .filter((c) => c.kind === 'figure')
      .map((c) => [c.quote, c.subject, c.predicate]);

  it('counters the figure of its clause\'s subject, not the nearest one', () => {
    const text =
      'In detail, 31.2% of nurses signed up for hospital care, 12.5% for clinic care, according to the ministry. ' +
      'The main clinic union announced a rate of 40% of nurses in clinic care on strike, and the main hospital care union speaks of 55%.';
    const found = figures(text);
    const subjectOf = (quote: string) => found.find(([q]) => q === quote)!.slice(1);
    expect(subjectOf('55%')).toEqual(subjectOf('31.2%'));
    expect(subjectOf('55%')).not.toEqual(subjectOf('40%'));
  });

  it('leaves a figure with its own counted noun alone', () => {
    const found = figures('The ministry counted 12,000 marchers. The union counted 30,000 protesters in the capital.');
    expect(found.find(([q]) => q?.startsWith('30,000'))![1]).toMatch(/protesters/);
  });
});

describe('apostrophes a page lost to its encoding', () => {
  it('reads `Monday?s raid` as a possessive day, not a question, and quotes the text as written', () => {
    const text = 'Rebels struck again Tuesday, a day after Monday?s raid on the depot. Officials didn?t comment.';
    const day = extractClaims({ text, published: '2031-03-11' }).find((c) => c.kind === 'date' && c.quote === 'Monday');
    expect(day).toMatchObject({ subject: 'raid', value: { date: '2031-03-10' } });
  });

  it('leaves a real question mark alone', () => {
    expect(restoreApostrophes('Who won? Smith did. Is it over?')).toBe('Who won? Smith did. Is it over?');
    expect(restoreApostrophes('Vela?s chief said we?re ready and it isn?t late.')).toBe('Vela’s chief said we’re ready and it isn’t late.');
  });
});

import { describe, expect, it } from 'vitest';
import { findFigures } from '../../extract/figure.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string): Sentence => ({ start: 0, end: text.length, text });
const values = (text: string) => findFigures(s(text)).map((f) => ({ quote: text.slice(f.start, f.end), value: f.value }));

describe('findFigures', () => {
  it('reads money with scale words, abbreviations and currency codes', () => {
    expect(values('Acme raised $3.5 billion and US$2bn, then ¥80 trillion and €7m.')).toEqual([
      { quote: '$3.5 billion', value: { amount: 3_500_000_000, unit: 'USD' } },
      { quote: 'US$2bn', value: { amount: 2_000_000_000, unit: 'USD' } },
      { quote: '¥80 trillion', value: { amount: 80_000_000_000_000, unit: 'JPY' } },
      { quote: '€7m', value: { amount: 7_000_000, unit: 'EUR' } },
    ]);
  });

  it('reads title-case scale words and money written with currency words', () => {
    expect(values('A $20 Billion Plan')).toEqual([{ quote: '$20 Billion', value: { amount: 20_000_000_000, unit: 'USD' } }]);
    expect(values('They paid 300 million dollars.')).toEqual([{ quote: '300 million dollars', value: { amount: 300_000_000, unit: 'USD' } }]);
  });

  it('reads the wires\' pct, a count after all, crew and police as counted nouns, and a one-unit margin', () => {
    expect(values('The mayor took 48.6 pct of the vote.')).toEqual([{ quote: '48.6 pct', value: { amount: 48.6, unit: '%' } }]);
    expect(values('The ferry sank with all 212 passengers and 9 crew aboard.')).toEqual([
      { quote: '212 passengers', value: { amount: 212, unit: 'passenger' } },
      { quote: '9 crew', value: { amount: 9, unit: 'crew' } },
    ]);
    expect(values('About 300 police sealed the square.')).toEqual([{ quote: '300 police', value: { amount: 300, unit: 'police' } }]);
    // A number word after `all` refers back to things counted before; so does one after `the`.
    expect(values('All three bidders withdrew.')).toEqual([]);
    expect(values('She carried a one-shot lead into the last round.')).toEqual([{ quote: 'one-shot', value: { amount: 1, unit: 'shot' } }]);
    expect(values('He got a one-match ban.')).toEqual([{ quote: 'one-match', value: { amount: 1, unit: 'match' } }]);
    expect(values('It was a one-man show and a one-off.')).toEqual([]);
  });

  it('reads money and percentage ranges', () => {
    expect(values('Costs run from $2 million to $5 billion.')[0]!.value).toEqual({ min: 2_000_000, max: 5_000_000_000, unit: 'USD' });
    expect(values('a rate between 10% and 12%')[0]).toEqual({ quote: '10% and 12%', value: { min: 10, max: 12, unit: '%' } });
  });

  it('counts with the counted noun in singular, spelled-out numbers included', () => {
    expect(values('Officials named four finalist sites and 3,500 factory jobs.')).toEqual([
      { quote: 'four finalist sites', value: { amount: 4, unit: 'site' } },
      { quote: '3,500 factory jobs', value: { amount: 3500, unit: 'job' } },
    ]);
  });

  it('keeps unit modifiers such as "working" and scales counts', () => {
    expect(values('Payment is due within 30 working days for 2.5 million households.')).toEqual([
      { quote: '30 working days', value: { amount: 30, unit: 'working day' } },
      { quote: '2.5 million households', value: { amount: 2_500_000, unit: 'household' } },
    ]);
  });

  it('reads hyphenated durations and 50-50 style splits', () => {
    expect(values('After a 90-minute meeting they agreed on a 20-year lease.').map((v) => v.value)).toEqual([
      { amount: 90, unit: 'minute' },
      { amount: 20, unit: 'year' },
    ]);
    expect(values('Revenue will be split 60-40 between the partners.')[0]!.value).toEqual({ amount: 60, unit: '%' });
    expect(values('The final score was 60-40.')).toEqual([]);
  });

  it('excludes years, names with numbers, definite references, ordinals and anonymous sources', () => {
    expect(values('In 2023 the G20 and 4G rules under Article 50 hit the Big Four.')).toEqual([]);
    expect(values('The two firms met; the second round followed.')).toEqual([]);
    expect(values('one official familiar with the talks said three people familiar with it agreed.')).toEqual([]);
  });

  it('reads no figure in a span that places an event in time, but keeps a span that is a length', () => {
    expect(values('The mill closed three years ago and reopened two months later.')).toEqual([]);
    expect(values('Police arrived 15 minutes earlier, and 40 workers left a week ago.').map((f) => f.quote)).toEqual(['40 workers']);
    expect(values('The strike lasted three years and ended 12 days before the vote.').map((f) => f.quote)).toEqual(['three years', '12 days']);
  });

  it('gives an elided count the noun counted earlier in the sentence', () => {
    const found = values('Some 8,000 mining jobs went in May, and the sector has lost 21,000 since March.');
    expect(found[1]).toEqual({ quote: '21,000', value: { amount: 21000, unit: 'job' } });
  });

  it('keeps approximation words as the qualifier', () => {
    const [f] = findFigures(s('It employs nearly 900 engineers.'));
    expect(f!.qualifier).toBe('nearly');
    const [g] = findFigures(s('a stake of more than 40%'));
    expect(g!.qualifier).toBe('more than');
  });

  it('gives ISO codes to currency words and symbols beyond the dollar, yen and euro', () => {
    expect(values('Lima set aside 900 million soles, while Bogota paid 2 billion pesos, Riyadh 40 billion riyals and Ankara ₺5bn.')).toEqual([
      { quote: '900 million soles', value: { amount: 900_000_000, unit: 'PEN' } },
      { quote: '2 billion pesos', value: { amount: 2_000_000_000, unit: 'MXN' } },
      { quote: '40 billion riyals', value: { amount: 40_000_000_000, unit: 'SAR' } },
      { quote: '₺5bn', value: { amount: 5_000_000_000, unit: 'TRY' } },
    ]);
    expect(values('It cost 3 billion Swedish kronor and AED 12 million.')).toEqual([
      { quote: '3 billion Swedish kronor', value: { amount: 3_000_000_000, unit: 'SEK' } },
      { quote: 'AED 12 million', value: { amount: 12_000_000, unit: 'AED' } },
    ]);
    expect(values('Sales of 12 real estate firms')).toEqual([{ quote: '12 real estate firms', value: { amount: 12, unit: 'firm' } }]);
  });

  it('counts through a demonym and coordinated modifiers', () => {
    expect(values('It will shut two Polish mills and add 4,500 research and sales jobs.')).toEqual([
      { quote: 'two Polish mills', value: { amount: 2, unit: 'mill' } },
      { quote: '4,500 research and sales jobs', value: { amount: 4500, unit: 'job' } },
    ]);
    // A capitalised modifier after the conjunction, right before the head.
    expect(values('A walkout by 8,000 stage and TV actors began.')).toEqual([{ quote: '8,000 stage and TV actors', value: { amount: 8000, unit: 'actor' } }]);
    // Not when no counted noun follows it.
    expect(values('The firm hired 300 engineers and Microsoft hired 200.').map((f) => f.quote)).toEqual(['300 engineers']);
  });

  it('does not count anonymous sources who speak', () => {
    expect(values('Three officials told reporters the plan was dead.')).toEqual([]);
  });

  it('counts "one million" but not a lone "one"', () => {
    expect(values('The plan would create one million homes for one family.')).toEqual([{ quote: 'one million homes', value: { amount: 1_000_000, unit: 'home' } }]);
  });
});

describe('findFigures on any topic', () => {
  const one = (text: string, quote: string) => values(text).find((v) => v.quote === quote)?.value;

  it('reads magnitudes and storm categories', () => {
    expect(one('A 6.4-magnitude tremor shook the valley.', '6.4-magnitude')).toEqual({ amount: 6.4, unit: 'magnitude' });
    expect(one('The quake had a magnitude of 5.8, the survey said.', 'magnitude of 5.8')).toEqual({ amount: 5.8, unit: 'magnitude' });
    expect(one('The cyclone strengthened into a Category 3 storm overnight.', 'Category 3')).toEqual({ amount: 3, unit: 'category' });
  });

  it('reads bare tolls and counts after a verb, spelled or not', () => {
    expect(values('The toll in the ferry fire rose from two to seven on Sunday.').map((v) => v.quote)).toEqual(['two', 'seven']);
    expect(one('The number of people still missing fell to 42 after the search.', '42')).toEqual({ amount: 42, unit: 'person' });
    expect(one('Reported infections climbed to 930, officials said.', '930')).toEqual({ amount: 930, unit: 'infection' });
    expect(one('A crowd of 48,000 filled the stadium.', '48,000')).toEqual({ amount: 48_000, unit: 'person' });
    expect(one('The party won 31 seats, down from 44 last time.', '44')).toEqual({ amount: 44, unit: 'seat' });
  });

  it('reads distances, speeds and areas', () => {
    expect(one('Gusts reached 90 miles per hour near the coast.', '90 miles')).toEqual({ amount: 90, unit: 'mile' });
    expect(one('Winds of 70 mph battered the port.', '70 mph')).toEqual({ amount: 70, unit: 'mph' });
    expect(one('The blaze has burned 3,200 acres of forest.', '3,200 acres')).toEqual({ amount: 3200, unit: 'acre' });
  });

  it('reads a unit abbreviation glued to its numeral, never a letter that is no unit', () => {
    expect(one('The tablet ships with 512GB of flash.', '512GB')).toEqual({ amount: 512, unit: 'gb' });
    expect(one('The relay covered 42km in one day.', '42km')).toEqual({ amount: 42, unit: 'km' });
    expect(one('Its chip runs at 3.2GHz under load.', '3.2GHz')).toEqual({ amount: 3.2, unit: 'ghz' });
    expect(values('Operators rolled out 5G in three cities.').map((v) => v.quote)).toEqual(['three cities']);
    // Gigabits are no gigabytes: a lower-case b is no byte unit.
    expect(values('The module stores 4Gb per die.').map((v) => v.quote)).toEqual([]);
  });

  it('reads cents, pence, spelled-out money and currencies after the number', () => {
    expect(one('The insurer earned 38 cents a share.', '38 cents')).toEqual({ amount: 0.38, unit: 'USD' });
    expect(one('The stock lost 12 pence in London.', '12 pence')).toEqual({ amount: 0.12, unit: 'GBP' });
    expect(one('It will spend four million dollars on roads.', 'four million dollars')).toEqual({ amount: 4_000_000, unit: 'USD' });
    expect(one('The deal is worth 20 million USD in cash.', '20 million USD')).toEqual({ amount: 20_000_000, unit: 'USD' });
    expect(one('Tickets cost 15 € each.', '15 €')).toEqual({ amount: 15, unit: 'EUR' });
    expect(one('The lender paid 2 billion Norwegian crowns.', '2 billion Norwegian crowns')).toEqual({ amount: 2_000_000_000, unit: 'NOK' });
    expect(one('The merger was valued at $12-billion.', '$12-billion')).toEqual({ amount: 12_000_000_000, unit: 'USD' });
  });

  it('reads bare pounds a sentence weighs as a weight, and any other pounds as money', () => {
    expect(one('Marsh, listed at 6-foot-4 and 231 pounds, said little.', '231 pounds')).toEqual({ amount: 231, unit: 'pound' });
    expect(one('Police seized 500 pounds of cocaine from the boat.', '500 pounds')).toEqual({ amount: 500, unit: 'pound' });
    expect(one('He has lost 30 pounds since the surgery.', '30 pounds')).toEqual({ amount: 30, unit: 'pound' });
    expect(one('The charge held 35 kilos (roughly 77 pounds) of explosives.', '77 pounds')).toEqual({ amount: 77, unit: 'pound' });
    expect(one('The house sold for 450,000 pounds last month.', '450,000 pounds')).toEqual({ amount: 450_000, unit: 'GBP' });
    expect(one('He was ordered to pay 200 pounds of costs.', '200 pounds')).toEqual({ amount: 200, unit: 'GBP' });
    expect(one('The tickets cost 40 pounds each.', '40 pounds')).toEqual({ amount: 40, unit: 'GBP' });
    expect(one('The club lost 30 million pounds last year.', '30 million pounds')).toEqual({ amount: 30_000_000, unit: 'GBP' });
  });

  it('reads a dozen after a number as twelve of it, and an index\'s points beside their percentage as points', () => {
    expect(one('At least two dozen people were killed in the attack.', 'two dozen people')).toEqual({ amount: 24, unit: 'person' });
    expect(one('He greeted about three dozen supporters.', 'three dozen supporters')).toEqual({ amount: 36, unit: 'supporter' });
    expect(one('A dozen soldiers were wounded.', 'dozen soldiers')).toEqual({ amount: 12, unit: 'soldier' });
    expect(one('The index fell 256.54 points, or 2 percent, to 12,589.07.', '256.54 points')).toEqual({ amount: 256.54, unit: 'point' });
    expect(one('The S&P 500 gained 15.23 points, 1.09 percent, to close at 1,416.25.', '15.23 points')).toEqual({ amount: 15.23, unit: 'point' });
    // Points of a poll's change with no percentage beside them stay percentage points.
    expect(one('Her support fell 6 points in a month.', '6 points')).toEqual({ amount: 6, unit: '%' });
  });

  it('reads lakh and crore', () => {
    expect(one('The state will hire 2 lakh teachers.', '2 lakh teachers')).toEqual({ amount: 200_000, unit: 'teacher' });
    expect(one('The budget sets aside Rs 1,200 crore for roads.', 'Rs 1,200 crore')).toEqual({ amount: 12_000_000_000, unit: 'INR' });
    expect(one('Police seized goods worth 15 crore rupees.', '15 crore rupees')).toEqual({ amount: 150_000_000, unit: 'INR' });
  });

  it('keeps signs, percentage points and ranges of one noun', () => {
    expect(one('Exports were at minus 3.2% in May.', 'minus 3.2%')).toEqual({ amount: -3.2, unit: '%' });
    expect(one('Nights fell to minus 40 degrees.', 'minus 40 degrees')).toEqual({ amount: -40, unit: 'degree' });
    expect(one('Support shows a drop of six points on the year.', 'six points')).toEqual({ amount: 6, unit: '%' });
    expect(one('Repairs could take six or seven weeks.', 'six or seven weeks')).toEqual({ min: 6, max: 7, unit: 'week' });
    // Two numerals joined by a dash, and a range before a unit abbreviation, are ranges too.
    expect(one('Some 20-30 people were hurt in the blast.', '20-30 people')).toEqual({ min: 20, max: 30, unit: 'person' });
    expect(one('A recording takes 23–24 minutes.', '23–24 minutes')).toEqual({ min: 23, max: 24, unit: 'minute' });
    expect(one('The missile has a range of 5,000-6,000 km.', '5,000-6,000 km')).toEqual({ min: 5000, max: 6000, unit: 'km' });
    expect(one('Winds of 100 to 120 mph hit the coast.', '100 to 120 mph')).toEqual({ min: 100, max: 120, unit: 'mph' });
    // A score, a record, a span of years and a falling pair are no range.
    expect(values('The Giants won 21-17 despite the wind.').map((v) => v.quote)).toEqual([]);
    expect(values('The team is 6-10 games under .500.').some((v) => 'min' in v.value)).toBe(false);
    expect(values('He led the side in the 1996-2001 seasons.').some((v) => 'min' in v.value)).toBe(false);
    expect(values('He led the Cowboys (5-11 three straight seasons before) to the playoffs.').some((v) => 'min' in v.value)).toBe(false);
    expect(one('It offers 2.8 or 3.0 GHz chips.', '2.8 or 3.0 GHz')).toEqual({ min: 2.8, max: 3, unit: 'ghz' });
    expect(values('Guards found 12 of the 40 cells empty.').map((v) => v.value)).toEqual([{ amount: 12, unit: 'cell' }, { amount: 40, unit: 'cell' }]);
  });

  it('reads counts with capitalised modifiers, demonyms and "more"', () => {
    expect(one('About 900 Coast Guard cutters were idle.', '900 Coast Guard cutters')).toEqual({ amount: 900, unit: 'cutter' });
    expect(one('More than 5,000 Canadians signed up.', '5,000 Canadians')).toEqual({ amount: 5000, unit: 'person' });
    expect(one('Divers recovered three more bodies.', 'three more bodies')).toEqual({ amount: 3, unit: 'body' });
    expect(one('a five-judge bench heard the case', 'five-judge')).toEqual({ amount: 5, unit: 'judge' });
    expect(values('a one-time payment and a two-thirds majority')).toEqual([]);
  });

  it('reads retirement ages and never takes URL debris for a percentage', () => {
    expect(values('The reform lifts the pension age from 65 to 67.').map((v) => v.value)).toEqual([{ amount: 65, unit: 'year' }, { amount: 67, unit: 'year' }]);
    expect(values('see /search?q=rates%28cut%29 and %2820 now')).toEqual([]);
  });

  it('no hyphened count from a noun made of a count and a unit, "N-plus", or money written as a word', () => {
    const quotes = (text: string) => findFigures(s(text)).map((m) => text.slice(m.start, m.end));
    expect(quotes('Her three-pointer tied it, and she had a 20-plus point night.')).toEqual([]);
    expect(quotes('The winner takes a 250,000-dollar purse.')).not.toContain('250,000-dollar');
    expect(quotes('The club signed a 15-member squad.')).toEqual(['15-member']);
  });
});

describe('partitives', () => {
  it('a number of its, the or a possessive owner\'s things counts the plural noun after them', () => {
    expect(values('The chain will shut 40 of its discount outlets.')).toEqual([{ quote: '40', value: { amount: 40, unit: 'outlet' } }]);
    expect(values("Rangers sold three of Dunmore's strikers.")).toEqual([{ quote: 'three', value: { amount: 3, unit: 'striker' } }]);
  });

  it("a possessive before the whole counts both numbers: 90 of the mill's 600 workers", () => {
    expect(values("The owner cut 90 of the mill's 600 workers.")).toEqual([
      { quote: '90', value: { amount: 90, unit: 'worker' } },
      { quote: '600 workers', value: { amount: 600, unit: 'worker' } },
    ]);
  });

  it('a rank, a set of one, and a number that is no set give no partitive count', () => {
    expect(values('Two of the best cyclists rode on.')).toEqual([]);
    expect(values('One of the reasons was money.')).toEqual([]);
    expect(values('Six of its oldest trucks broke down.')).toEqual([]);
    expect(values("She is one of the cabinet's 20 ministers.")).toEqual([{ quote: '20 ministers', value: { amount: 20, unit: 'minister' } }]);
    // `those` points back to people named before: which of them the words do not say.
    expect(values('Two of those drivers said so.')).toEqual([]);
    expect(values('Two of the meetings were useful; the rest were not.')).toEqual([{ quote: 'Two', value: { amount: 2, unit: 'meeting' } }]);
  });
});

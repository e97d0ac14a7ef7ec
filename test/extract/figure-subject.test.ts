import { describe, expect, it } from 'vitest';
import { findFigures } from '../../extract/figure.js';
import { describeFigure } from '../../extract/figure-subject.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string, start = 0): Sentence => ({ start, end: start + text.length, text });
function describe1(text: string, nth = 0, previous?: string) {
  const prev = previous === undefined ? undefined : s(previous);
  const sentence = s(text, previous === undefined ? 0 : previous.length + 1);
  const m = findFigures(sentence)[nth]!;
  return describeFigure(m, sentence, prev);
}

describe('describeFigure', () => {
  it('folds vehicle words into "tariff on cars"', () => {
    expect(describe1('Canada faces a 20% levy on imported automobiles.')).toMatchObject({ subject: 'tariff on cars', predicate: 'rate' });
    expect(describe1('They want relief from 10% auto duties.')).toMatchObject({ subject: 'tariff on cars', predicate: 'rate' });
  });

  it('names the tariff target from "on X", and a country as its imports', () => {
    expect(describe1('Washington set a 30% tariff on all Mexican goods.').subject).toBe('tariff on Mexican imports');
    expect(describe1('Officials said tariffs on Vietnam would fall to 20%.').subject).toBe('tariff on Vietnamese imports');
    expect(describe1('charging 40% on copper and 10% on lumber, officials said', 1).subject).toBe('tariff on lumber');
  });

  it("a device's capacity or speed is its part's: a label, `of` and the part, or the part the figure modifies", () => {
    expect(describe1('The tablet ships with 6GB of LPDDR5 memory.')).toMatchObject({ subject: 'LPDDR5 memory', predicate: 'capacity' });
    expect(describe1('It adds a 256GB solid-state drive to the base model.')).toMatchObject({ subject: 'solid-state drive', predicate: 'capacity' });
    expect(describe1('The server runs a 3.1 GHz eight-core processor.')).toMatchObject({ subject: 'eight-core processor', predicate: 'speed' });
    expect(describe1('Specifications: Storage: 64GB, Camera: 12 megapixels')).toMatchObject({ subject: 'storage', predicate: 'capacity' });
    // A verb after the part is not part of it; a bare figure keeps its unit, as before.
    expect(describe1('Every 128GB memory card sells out within a day.').subject).toBe('memory card');
    expect(describe1('Buyers wait until a 64GB card becomes available.').subject).toBe('card');
    expect(describe1('It takes up to 2TB, the maker said.').subject).toBe('TB');
  });

  it('a span given or taken for an action is the time to do it; a span of another kind is not', () => {
    expect(describe1('The panel will have 45 days to respond.')).toMatchObject({ subject: 'time to respond', predicate: 'duration' });
    expect(describe1('She needed only 38 minutes to close out the match.')).toMatchObject({ subject: 'time to close out', predicate: 'duration' });
    expect(describe1('The note gave them 12 hours to leave the town.')).toMatchObject({ subject: 'time to leave', predicate: 'duration' });
    // No verb of having, taking or giving: the purpose may be another thing's (`ran the last four minutes to win`).
    expect(describe1('The visitors used a late run over the final four minutes to win.').subject).not.toBe('time to win');
    expect(describe1('They led with 40 seconds to go.').subject).not.toMatch(/^time to/);
  });

  it('money after a copula is what heads its clause; a period may stand between money and its kind', () => {
    expect(describe1('The cost of repairing the old pier would be $4 million, the council said.').subject).toBe('cost of repairing old pier');
    expect(describe1('The value of the order is about $90 million.').subject).toBe('value of order');
    expect(describe1('Bids came in all week, with the highest being 8,000 euros.').subject).toBe('highest');
    expect(describe1('The airline wants to cut $50 million a year in fuel costs.').subject).toBe('fuel costs');
    // Money taken names the taking, with or without a degree word before it.
    expect(describe1('The clerk had embezzled some $3 million over a decade.').subject).toBe('embezzlement');
    expect(describe1('The club spent some 40 million euros on new players.').subject).toBe('spending on players');
  });

  it('borrows the tariff target from the previous sentence when the figure sentence has none', () => {
    expect(describe1('A 35% tariff could return.', 0, 'Brussels may reimpose duties on Chinese goods.').subject).toBe('tariff on Chinese imports');
  });

  it('a place scopes a count unless it is one of many: "in Lyon and in many other places"', () => {
    expect(describe1('There were 50 rallies in Berlin on Sunday.').subject).toBe('rallies in Berlin');
    expect(describe1('There were over 200 demonstrations in Lyon and in many other places.').subject).toBe('demonstrations');
    expect(describe1('Some 40 marches in Turin and elsewhere drew crowds.').subject).toBe('marches');
  });

  it('a share of a group narrowed by "in"/"for" keeps the narrower group; a time or a verb does not narrow it', () => {
    expect(describe1('About 31% of nurses in the public sector walked out.').subject).toBe('public sector nurses');
    expect(describe1('Some 58% of pupils signed up for language classes.').subject).toBe('language classes pupils');
    expect(describe1('About 12% of sales in the first quarter came from Brazil.').subject).toBe('sales');
    expect(describe1('Nearly 40% of voters in 2020 chose him.').subject).toBe('voters');
  });

  it('a span an office was held for is a tenure in that office, wherever the organisation is named', () => {
    expect(describe1('Ortiz, who held the CEO role for 15 years at Acme, backed him.').subject).toBe('tenure as CEO');
    expect(describe1('Ortiz served as chairman for six years.').subject).toBe('tenure as chairman');
    expect(describe1('Ortiz held the record for 15 years.').subject).not.toMatch(/^tenure as/);
  });

  it('keeps a duration apart from a tariff rate', () => {
    expect(describe1('Seoul offered 10-year terms.')).toMatchObject({ subject: 'terms', predicate: 'duration' });
  });

  it('builds "owner thing" for money and keeps acquisitions by target', () => {
    expect(describe1('Korea’s planned $200 billion investment fund is stalled.')).toMatchObject({ subject: 'Korea investment fund', predicate: 'size' });
    expect(describe1('Acme Corp proposes a $3 billion buyout of Beta Steel.').subject).toBe('Acme Corp acquisition of Beta Steel');
  });

  it('reads shares of a whole and shares of GDP', () => {
    expect(describe1('About 70% of the dividends go to savers.')).toMatchObject({ subject: 'dividends', predicate: 'share' });
    expect(describe1('Military spending (at 3% of GDP) grew.')).toMatchObject({ subject: 'military spending', predicate: 'share of GDP' });
  });

  it('adds the verb to counts so different counted things stay apart', () => {
    expect(describe1('Some 5,000 retail jobs were cut last month.').subject).toBe('retail jobs cut');
    expect(describe1('The plan could generate 5,000 nursing positions.').subject).toBe('nursing positions generated');
  });

  it('makes "within N days" a deadline of the action before it', () => {
    expect(describe1('Banks must complete loan approval within 30 working days.')).toMatchObject({ subject: 'loan approval', predicate: 'deadline' });
  });

  it('reads revenue and ranges', () => {
    expect(describe1('The new levies, which have brought in $9 billion, are popular.')).toMatchObject({ subject: 'levy revenue', predicate: 'revenue' });
    expect(describe1('with grant sizes ranging from $1 million to $4 million')).toMatchObject({ subject: 'grant sizes', predicate: 'range' });
  });

  it('reads what a figure is taken off, valued at, or compared with', () => {
    expect(describe1('The strike could knock 0.3 percentage points off output.')).toMatchObject({ subject: 'output', predicate: 'change' });
    expect(describe1('A sale could value the division at about $4 billion.')).toMatchObject({ subject: 'division valuation' });
  });

  it('reads a change through "by X to Y" and a measure that changed', () => {
    expect(describe1('Rio will cut capital spending by 5% to between $8 billion and $9 billion.', 1)).toMatchObject({ subject: 'capital spending', predicate: 'amount' });
    expect(describe1('Snowfall reached 80 centimeters in the Alps.')).toMatchObject({ subject: 'snowfall', predicate: 'change' });
    expect(describe1('The carmaker lost 900 jobs.').subject).toBe('jobs lost');
    // A phrasal verb of cutting before the number.
    expect(describe1('The carrier plans to lay off 4,000 workers.').subject).toBe('workers laid off');
    expect(describe1('The mill laid off 300 employees.').subject).toBe('employees laid off');
    expect(describe1('The firm paid off 300 creditors.').subject).toBe('creditors');
  });
});

describe('describeFigure on any topic', () => {
  const subject = (text: string, nth = 0) => describe1(text, nth).subject;

  it('keeps what is counted with its state or place', () => {
    expect(subject('There were 40 people unaccounted for after the blast.')).toBe('people unaccounted for');
    expect(subject('Some 3,000 people marched in Lyon on Saturday.')).toBe('people marched');
    expect(subject('About 2,000 people in Lille joined the march.')).toBe('people in Lille');
    expect(subject('Three hikers were found alive on the ridge.')).toBe('hikers found alive');
    expect(subject('Eleven people died in floods near the river.')).toBe('people died');
  });

  it("a place's people are its population, not a count of the story's people", () => {
    expect(describe1('The storm hit a town of about 8,000 people near the coast.')).toMatchObject({ subject: 'town', predicate: 'population' });
    expect(describe1('The island nation of 300,000 inhabitants voted.')).toMatchObject({ subject: 'nation', predicate: 'population' });
    expect(describe1('About 8,000 people of the town fled.')).toMatchObject({ predicate: 'count' });
    expect(describe1('The town lost 8,000 jobs.')).toMatchObject({ predicate: 'count' });
  });

  it('names money by what it is for in courts, crime, sport and pay, after any preposition before it', () => {
    expect(subject('The actor was held in lieu of $25,000 bail overnight.')).toBe('bail');
    expect(subject('She was freed after posting $10,000 (€6,800) bail.')).toBe('bail');
    expect(subject('The kidnappers demanded a $2 million ransom from the family.')).toBe('ransom');
    expect(subject('The jury ordered the firm to pay $3 million in damages.')).toBe('damages awarded');
    expect(subject('She took home the $1.2 million prize on Sunday.')).toBe('prize');
    expect(subject('The board approved a $4 billion buyback.')).toBe('buyback');
  });

  it('reads `aged N` as an age, as `at the age of N` is', () => {
    expect(subject('The painter died in Lyon on Friday, aged 91.')).toBe('age');
    expect(subject('The painter died on Friday at the age of 91.')).toBe('age');
    expect(subject('Pupils aged 11 sat the test.')).toBe('pupils age');
  });

  it('tells damages a side asks for from damages a court gives', () => {
    expect(subject('The family is seeking $4 million in damages from the hospital.')).toBe('damages sought');
    expect(subject('The growers sued the mill for $900,000 in damages.')).toBe('damages sought');
    expect(subject('A jury awarded the growers more than $600,000 in damages.')).toBe('damages awarded');
    expect(subject('The mill paid $600,000 in compensation last year.')).toBe('compensation awarded');
    // No verb of asking or giving right before it, or another clause in between: damages, as written.
    expect(subject('The growers want a hearing, and $4 million in damages is at stake.')).toBe('damages');
    expect(subject('Lawyers billed $2 million in fees.')).toBe('fees');
  });

  it('reads measured stuff and the measured noun around a measure', () => {
    expect(subject('Storms dumped 14 inches of snow on the pass.')).toBe('snow');
    expect(subject('The front brought gusts of up to 80 mph.')).toBe('gusts');
    expect(subject('The laptop comes with 16GB of memory.')).toBe('memory');
    // A weight is a measure: what follows `of` is what was weighed.
    expect(subject('Police seized 500 pounds of cocaine from the boat.')).toBe('cocaine');
    expect(subject('Officers found 40 kilos of heroin in the van.')).toBe('heroin');
    // A range measures as one number does.
    expect(subject('Winds of 100 to 120 mph battered the coast.')).toBe('winds');
  });

  it('reads prison terms, contract terms and tenures', () => {
    expect(subject('The judge sentenced him to nine years in prison.')).toBe('prison sentence');
    expect(subject('The club offered a contract of four years.')).toBe('contract');
    expect(subject('She spent two decades at Unilever before joining.')).toBe('tenure at Unilever');
    expect(subject('The vote came six months after Dube resigned.')).toBe('time after Dube resigned');
  });

  it('reads a span after a verb of jailing, and a hyphened span before a sentence, as the prison sentence', () => {
    expect(describe1('Her brother was jailed for eight weeks for the assault.')).toMatchObject({ subject: 'prison sentence', predicate: 'duration' });
    expect(describe1('A court in Leeds jailed Marsh for six years on Friday.')).toMatchObject({ subject: 'prison sentence', predicate: 'duration' });
    expect(describe1('He was imprisoned for up to 10 years.').subject).toBe('prison sentence');
    expect(describe1('Okoro received a 10-year prison term.')).toMatchObject({ subject: 'prison sentence', predicate: 'duration' });
    expect(describe1('Lind was handed an eight-month jail sentence.').subject).toBe('prison sentence');
    expect(describe1('She was given a two-year suspended sentence.')).toMatchObject({ subject: 'suspended sentence', predicate: 'duration' });
    // An office's term, a span not after a verb of jailing, and `for` after another verb are no sentence.
    expect(describe1('The mayor won a four-year term in 2005.').subject ?? '').not.toMatch(/sentence/);
    expect(describe1('The hostages were held for six years in the jungle.').subject ?? '').not.toMatch(/sentence/);
    expect(describe1('The jailed reporter waited for three days.').subject ?? '').not.toMatch(/sentence/);
  });

  it('names money by fine, cost, kind, destination, value and per-share price', () => {
    expect(subject('The regulator fined Harbank $30 million on Monday.')).toBe('fine against Harbank');
    expect(subject('Tariffs will cost the group about $90 million.')).toBe('tariffs cost');
    expect(subject('She won $1.2 million in prize money.')).toBe('prize money');
    expect(subject('About $80 million will go to housing grants.')).toBe('housing grants');
    expect(subject('The offer has a total value of $3 billion.')).toBe('total value');
    // A copula between the noun and `worth` or `valued at`: the noun heading the clause is what the money measures.
    expect(describe1('The deal is valued at about $2.4 billion, including debt.')).toMatchObject({ subject: 'deal', predicate: 'value' });
    expect(describe1('Reports said the extension was worth $11 million.')).toMatchObject({ subject: 'extension', predicate: 'value' });
    expect(describe1('The contract will be worth $40 million.').subject).toBe('contract');
    expect(subject('Profit was 52 cents a share, above forecasts.')).toBe('profit per share');
    expect(subject('The insurer agreed to pay $600 million to settle claims from investors.')).toMatch(/settle claims/);
  });

  it('reads percentages by the change, state or copula around them', () => {
    expect(subject('The brand posted a 4.5% rise in online sales.')).toBe('online sales');
    expect(subject('The blaze was 35% contained by Sunday.')).toBe('blaze contained');
    expect(subject('Unemployment was 6.1% in March.')).toBe('unemployment');
    expect(subject('Bank shares are down about 12% this year.')).toBe('bank shares');
    expect(subject('A rate of 40% of nurses joined the strike, the union said.')).toMatch(/^nurses/);
  });

  it('a hyphened compound of a time unit is a duration, of another unit the size of its noun', () => {
    expect(describe1('The board approved a 12-year lease.')).toMatchObject({ subject: 'lease', predicate: 'duration' });
    expect(describe1('Forecasters warned of a 3-meter swell.')).toMatchObject({ subject: 'swell', predicate: 'size' });
    expect(describe1('Voters elect a 90-seat legislature.')).toMatchObject({ subject: 'legislature', predicate: 'size' });
  });
});

describe("a win's margin", () => {
  it('a count after `by` that follows a verb of winning is the size of the victory', () => {
    expect(describe1('The Jets beat the visiting Bills by 10 points.')).toMatchObject({ subject: 'victory', predicate: 'size' });
    expect(describe1('She won the county by 312 votes.')).toMatchObject({ subject: 'victory', predicate: 'size' });
    expect(describe1('He closed with a 68, defeating the champion by three strokes.')).toMatchObject({ subject: 'victory', predicate: 'size' });
  });

  it('a lead, a count after a clause break, and other verbs keep their own subjects', () => {
    expect(describe1('He led by two shots after the third round.').subject).not.toBe('victory');
    expect(describe1('They won the toss, and prices rose by 12 points.').subject).not.toBe('victory');
    expect(describe1('The team won 12 games.').subject).not.toBe('victory');
    expect(describe1('She is the youngest, edged out by six months by a rival.').subject).not.toBe('victory');
  });
});

describe('prize money', () => {
  it("an amount a named winner wins, or receives for a victory, is that winner's prize money", () => {
    expect(describe1('The title went to Ruiz, who won $410,000.')).toMatchObject({ subject: 'Ruiz prize money', predicate: 'amount' });
    expect(describe1('Ruiz received $410,000 for her third victory of the year.')).toMatchObject({ subject: 'Ruiz prize money', predicate: 'amount' });
    expect(describe1("The winner's check was $410,000.")).toMatchObject({ subject: 'prize money', predicate: 'amount' });
    expect(describe1('She pocketed $8,000 and a trophy.')).toMatchObject({ subject: 'prize money', predicate: 'amount' });
  });

  it('a purse, damages, and earnings or receipts not for a win are no prize', () => {
    expect(describe1('The event carries a $6 million purse.').subject).toBe('purse');
    expect(describe1('The family won $2 million in damages.').subject).not.toMatch(/prize/);
    expect(describe1('The airline earned $40 million.').subject).not.toMatch(/prize/);
    expect(describe1('The city received $3 million for road repairs.').subject).not.toMatch(/prize/);
  });
});

describe('percentages of an election count', () => {
  it("reads how far the count has got, each candidate's share and a threshold apart", () => {
    const text = 'With about 90 per cent of ballots counted, Mr Ruiz had 52.1 per cent, clearing the 50 per cent barrier.';
    expect(describe1(text, 0)).toMatchObject({ subject: 'ballots counted', predicate: 'rate' });
    expect(describe1(text, 1)).toMatchObject({ subject: 'Ruiz vote', predicate: 'share' });
    expect(describe1(text, 2)).toMatchObject({ subject: 'barrier', predicate: 'rate' });
    expect(describe1('Ana Lind, his nearest rival, had 24.98 per cent.', 0, 'The ballots were counted overnight.')).toMatchObject({ subject: 'Ana Lind vote', predicate: 'share' });
    // Outside a vote a name that had a percentage took no share of anything said.
    expect(describe1('Ana Lind had 24.98 per cent.').subject).not.toBe('Ana Lind vote');
    expect(describe1('Lind won 31% of the vote.')).toMatchObject({ subject: 'Lind vote', predicate: 'share' });
  });

  it('takes no name for a share of something named, nor for a percentage before its noun', () => {
    expect(describe1('Acme had 8 percent of the market.').subject).toBe('market');
    expect(describe1('Acme had 12% growth.').subject).toBe('growth');
  });
});

describe('a count after its verb and an approximation', () => {
  it('is counted with its verb as without the approximation', () => {
    expect(describe1('The blast killed 12 people in the market.').subject).toBe('people killed');
    expect(describe1('The blast killed at least 12 people in the market.').subject).toBe('people killed');
    expect(describe1('The storm killed nearly 40 villagers, officials said.').subject).toBe('villagers killed');
    expect(describe1('Rescuers evacuated more than 3,000 residents overnight.').subject).toBe('residents evacuated');
    expect(describe1('The cyclone killed an estimated 9,000 people.').subject).toBe('people killed');
  });

  it('injuries to a count of people are people injured', () => {
    expect(describe1('The collision caused minor injuries to 14 people.').subject).toBe('people injured');
  });

  it('keeps a preposition after a verb of speech, and a phrasal verb’s particle, out of it', () => {
    expect(describe1('The coach was talking about two missed penalties.').subject).not.toMatch(/talk/);
    expect(describe1('She inched up to 4 points.').subject).toBe('points');
  });
});

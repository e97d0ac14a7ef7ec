import { describe, expect, test } from 'vitest';
import { articleCountries, countEvent, countPerformer, earlierHappening, countPeriod, countPlace } from '../../extract/count-place.js';
import { extractClaims } from '../../extract/index.js';

describe('countPlace', () => {
  test('a nationality adjective is no place: `held in Peruvian jungle camps`', () => {
    expect(countPlace(' held for years in Peruvian jungle camps').place).toBeNull();
    expect(countPlace(' held for years in Peruvian by rebels').place).toBeNull();
    // A country's name still is one (national), and a name after the adjective is the place.
    expect(countPlace(' in Peru').national).toBe(true);
    expect(countPlace(' in Iraqi Kurdistan').place).toBe('Iraqi Kurdistan');
  });

  test('a city after the count scopes it, behind a description of it or not', () => {
    expect(countPlace(' in Lima on Saturday').place).toBe('Lima');
    expect(countPlace(' in the capital Lima, police said').place).toBe('Lima');
    expect(countPlace(' turning out in the northern port city of Porto').place).toBe('Porto');
    expect(countPlace(' on the streets of Valencia').place).toBe('Valencia');
  });

  test('a country, or nationwide, is the national count: no place', () => {
    expect(countPlace(' marched across Brazil against the budget')).toEqual({ place: null, national: true, country: 'Brazil' });
    expect(countPlace(' nationwide, the union said')).toEqual({ place: null, national: true });
  });

  test('a place that belongs to another clause or another figure is not the count\'s', () => {
    expect(countPlace(' overnight after rescuers pulled two bodies from a house in Oakville').place).toBeNull();
    expect(countPlace(', with 300 more in Oakville').place).toBeNull();
    expect(countPlace(' and 40 arrests in Oakville').place).toBeNull();
  });

  test('one place of many does not scope the count; a month is not a place', () => {
    expect(countPlace(' in Leeds and in many other towns').place).toBeNull();
    expect(countPlace(' in March').place).toBeNull();
  });
});

describe('countPlace skips what is no place', () => {
  test("a day's or a team's possessive is not where, and a later place still is", () => {
    expect(countPlace(" in Friday's flood in Tarnow").place).toBe('Tarnow');
    expect(countPlace(" in the Rockhampton Rays' win").place).toBeNull();
    expect(countPlace(' in No. 4 seed').place).toBeNull();
    expect(countPlace(' in the Harlow warehouse fire').place).toBeNull();
    expect(countPlace(' in the Bronx on Monday').place).toBe('Bronx');
    expect(countPlace(' in the U.S. dropped').place).toBeNull(); // a country: the national count (see articleCountries)
  });
});

describe('articleCountries', () => {
  test('countries by name, an abbreviation included; demonyms and cities are none', () => {
    expect(articleCountries('Floods hit Chile on Monday; rescuers from Peru helped.')).toEqual(new Set(['chile', 'peru']));
    expect(articleCountries('The U.S. team met Chilean and Peruvian officials in Lima.')).toEqual(new Set(['united states']));
  });
});

describe('countPeriod', () => {
  test('a year, a start or a span after the count is the period it is totalled over', () => {
    expect(countPeriod(' died in floods in 1999', '')).toBe('per year');
    expect(countPeriod(' were killed since 2011', '')).toBe('since 2011');
    expect(countPeriod(' have been evacuated since March 3rd', '')).toBe('since March 3');
    expect(countPeriod(' were arrested in the past 48 hours', '')).toBe('in past 48 hours');
    expect(countPeriod(' died over the last year', '')).toBe('in past year');
  });

  test("a year's total is one measure from year to year: the year is when it holds, not what is counted", () => {
    expect(countPeriod(' have drowned so far this year', '')).toBe('per year');
    expect(countPeriod(' drowned last year', '')).toBe('per year');
    expect(countPeriod(' drowned in 2018', '')).toBe('per year');
    expect(countPeriod(' drowned in March 2018', '')).toBe('per month');
    expect(countPeriod(' drowned this season', '')).toBe('per season');
  });

  test('a rate is a period too; a duration is not', () => {
    expect(countPeriod(' die a day from the disease', '')).toBe('per day');
    expect(countPeriod(' were jailed for a year', '')).toBeNull();
    expect(countPeriod(' were rescued a day later', '')).toBeNull();
  });

  test('a period before the figure: opening the sentence, or right before it', () => {
    expect(countPeriod(' homes were lost', 'In 2004, ')).toBe('per year');
    expect(countPeriod(' were destroyed', 'Since January, ')).toBe('since January');
    expect(countPeriod('', 'the number of miners killed since 2010 rose to ')).toBe('since 2010');
  });

  test("another figure's or another clause's period is not the count's", () => {
    expect(countPeriod(' were hurt, bringing the total since 2010 to 90', '')).toBeNull();
    expect(countPeriod(' were hurt and 60 died in 2010', '')).toBeNull();
    expect(countPeriod(' were hurt when a wall built in 1910 fell', '')).toBeNull();
    expect(countPeriod(' homes were lost', 'In 2004, the river rose 3 metres and ')).toBeNull();
  });
});

describe('countEvent', () => {
  test("the story's own happening adds nothing", () => {
    expect(countEvent(' died in the blast')).toBeNull();
    expect(countEvent(" were hurt in Sunday's derailment")).toBeNull();
    expect(countEvent(' were killed in the latest attack')).toBeNull();
  });

  test('another happening, or many, scope the count apart', () => {
    expect(countEvent(' died in a separate attack')).toBe('separate attack');
    expect(countEvent(' were hurt in another explosion')).toBe('another explosion');
    expect(countEvent(' died in road accidents')).toBe('road accidents');
    expect(countEvent(' died in road accidents in 2009', true)).toBeNull();
    expect(countEvent(' died in a separate attack in 2009', true)).toBe('separate attack');
    expect(countEvent(' died in the 2009 earthquake')).toBe('2009 earthquake');
    expect(countEvent(" died in last year's floods")).toBe('last year floods');
  });

  test("a happening of another clause is not the count's", () => {
    expect(countEvent(' were evacuated before a separate fire')).toBeNull();
    expect(countEvent(', and 3 died in a separate attack')).toBeNull();
  });
});

describe('countPerformer', () => {
  test('the name heading the clause made the count', () => {
    expect(countPerformer('Okafor scored ')).toBe('Okafor');
    expect(countPerformer('In the second half, Lena Kim had a career-high ')).toBe('Lena Kim');
    expect(countPerformer('Brandt made 9 saves and Ruiz added ')).toBe('Ruiz');
    expect(countPerformer('Dalca had scored just ')).toBe('Dalca');
    expect(countPerformer('Dalca has registered ')).toBe('Dalca');
    expect(countPerformer('Mara Voss poured in ')).toBe('Mara Voss');
    expect(countPerformer('Voss chipped in with ')).toBe('Voss');
    expect(countPerformer('Voss ended with ')).toBe('Voss');
  });

  test('a pronoun, a determiner or a name that is not the clause subject owns nothing', () => {
    expect(countPerformer('He scored ')).toBeNull();
    expect(countPerformer('The Hawks scored ')).toBeNull();
    expect(countPerformer('Police said the gang scored ')).toBeNull();
    expect(countPerformer('Okafor said ')).toBeNull();
  });

  test("a political group's name after `the` heads its clause as a name does; a team's does not", () => {
    expect(countPerformer('The Nationalist Party won ')).toBe('Nationalist Party');
    expect(countPerformer('In the south, the Democratic Progressive Party captured just ')).toBe('Democratic Progressive Party');
    expect(countPerformer('The Conservatives polled ')).toBe('Conservatives');
    expect(countPerformer('The Hawks won ')).toBeNull();
    expect(countPerformer('The party won ')).toBeNull();
  });

  test('the name held to a count made it, not the clause subject', () => {
    expect(countPerformer("The Hawks defended well, limiting Denver's Ida Marsh to a mere ")).toBe('Ida Marsh');
    expect(countPerformer('Okafor held Brandt to ')).toBe('Brandt');
    expect(countPerformer('The Hawks held the Jets to ')).toBeNull();
    expect(countPerformer('The Hawks held him to ')).toBeNull();
  });

  test('a relative clause, an aside or a verb of standing with its count, and a stat line in brackets name the performer', () => {
    // "who" refers to the name right before it, wherever that name stands.
    expect(countPerformer('a pass to Okafor, who scored ')).toBe('Okafor');
    expect(countPerformer('The Hawks won, and Kyle Reno, who had ')).toBe('Kyle Reno');
    expect(countPerformer('Reno, who started on the bench, finished the game with ')).toBe('Reno');
    expect(countPerformer('Ida Marsh remained third with ')).toBe('Ida Marsh');
    expect(countPerformer('Ben Osei led the Hawks with ')).toBe('Ben Osei');
    expect(countPerformer('the defence leans on linebacker Jo Hale (')).toBe('Jo Hale');
    expect(countPerformer('the defence leans on Jo Hale (81 tackles, ')).toBe('Jo Hale');
    // A bracket that is no stat line, a description or a pronoun before the verb, names no one.
    expect(countPerformer('Jo Hale (who joined in May, ')).toBeNull();
    expect(countPerformer('The Hawks remained third with ')).toBeNull();
    expect(countPerformer('He led the Hawks with ')).toBeNull();
    expect(countPerformer('Police, who arrived late, ended with ')).toBeNull();
  });
});

describe('counts in the extractor', () => {
  const counts = (text: string) =>
    extractClaims({ text, published: '2024-03-08' })
      .filter((c) => c.kind === 'figure')
      .map((c) => [c.quote, c.subject, c.predicate, c.value] as const);

  test('the one a side got counts from made them, when other counts stand between the first and `from`', () => {
    const found = counts('The Hawks beat the Jets. Charlotte got 17 points and seven assists from Mara Voss, who joined in May.');
    expect(found.map(([q, s]) => [q, s])).toEqual([
      ['17 points', 'Mara Voss points'],
      ['seven assists', 'Mara Voss assists'],
    ]);
    // A place after `from` is no person: the side keeps the count.
    expect(counts('Charlotte got 17 points and seven assists from Denver.').map(([, s]) => s)).toEqual(['Charlotte points', 'Charlotte assists']);
  });

  test("the counts listed after a performer's are the performer's, a span of the game's clock is not", () => {
    const found = counts('Mara Voss had 29 points, 13 assists and a season-high nine rebounds, and Ida Lund had 12 points with 4 minutes left.');
    expect(found.map(([q, s]) => [q, s])).toEqual([
      ['29 points', 'Mara Voss points'],
      ['13 assists', 'Mara Voss assists'],
      ['nine rebounds', 'Mara Voss rebounds'],
      ['12 points', 'Ida Lund points'],
      ['4 minutes', 'minutes'],
    ]);
    // Another clause between them ends the list.
    expect(counts('Voss had 20 points, but the team had 40 rebounds.').map(([, s]) => s)).toEqual(['Voss points', 'rebounds']);
  });

  test("a performer's further verbs in one list are the performer's; a side got a count from the person who made it", () => {
    const found = counts('Tom Reno scored 22 points, dished out nine assists and collected five steals, and Ida Lund had a career-high 14 points and grabbed seven rebounds.');
    expect(found.map(([, s]) => s)).toEqual(['Tom Reno points scored', 'Tom Reno assists', 'Tom Reno steals collected', 'Ida Lund points', 'Ida Lund rebounds grabbed']);
    expect(counts('The Hawks, who got 22 points from Dale Ruiz, won again.').find(([q]) => q.startsWith('22'))![1]).toBe('Dale Ruiz points');
    // A place after `from` names no performer.
    expect(counts('Rescuers got 300 people from Manila to safety.').find(([q]) => q.startsWith('300'))![1]).not.toMatch(/Manila/);
  });

  test("a span of the clock is nobody's count; a description before a known name is left out of it", () => {
    expect(counts('Dale Ruiz tied the game with 28 seconds left.').find(([q]) => q.startsWith('28'))![1]).toBe('seconds');
    const found = counts('Mara Voss signed in May. The defence leans on three-time Pro Bowler Mara Voss (81 tackles, 3 sacks).');
    expect(found.find(([q]) => q.startsWith('81'))![1]).toBe('Mara Voss tackles');
  });

  test("a city's count and the country's are worded apart; the country is left out", () => {
    const found = counts('Organisers said 900,000 people marched across Chile on Friday. The union counted 150,000 marchers in the capital Santiago.');
    const national = found.find(([q]) => q.startsWith('900,000'))!;
    const capital = found.find(([q]) => q.startsWith('150,000'))!;
    expect(national[1]).not.toMatch(/Chile|Santiago/);
    expect(capital[1]).toMatch(/in Santiago$/);
  });

  test('a whole counts what its part counts: "put the figure at 1.4 million, including 60,000 people in Milan"', () => {
    const found = counts('Police put the national figure at 1.4 million, including 60,000 people in Milan.');
    const whole = found.find(([q]) => q === '1.4 million');
    expect(whole?.[3]).toEqual({ amount: 1_400_000, unit: 'person' });
    expect(whole?.[1]).not.toMatch(/Milan/);
    expect(found.find(([q]) => q.startsWith('60,000'))?.[1]).toMatch(/Milan/);
  });

  test('an expected figure has its own predicate: it is never the figure counted', () => {
    const found = counts('The crowd of 40,000 beat organisers\u2019 expectations of about 25,000 people.');
    const expected = found.find(([q]) => q.startsWith('25,000'));
    expect(expected?.[2]).toMatch(/^expected /);
    expect(found.find(([q]) => q.startsWith('40,000'))?.[2]).not.toMatch(/expected/);
  });

  test('a rate named as threatened or proposed is not the rate in force; a planned thing\u2019s size is its own', () => {
    const found = counts('The threatened 30% levy on steel was dropped, and the planned $2 billion plant will go ahead.');
    expect(found.find(([q]) => q === '30%')?.[2]).toMatch(/^proposed /);
    expect(found.find(([q]) => q.startsWith('$2 billion'))?.[2]).not.toMatch(/proposed/);
  });

  test('a period total and one event\'s count are worded apart; the period is in the predicate', () => {
    const found = counts('Four miners died in the collapse on Monday. Since 2010, 212 miners have been killed in the region. In 2022, 61 miners were killed.');
    const event = found.find(([q]) => /^Four/i.test(q))!;
    const since = found.find(([q]) => q.startsWith('212'))!;
    const year = found.find(([q]) => q.startsWith('61'))!;
    expect(event[2]).toBe('count');
    expect(since[2]).toBe('count since 2010');
    expect(year[2]).toBe('count per year');
  });

  test("a player's count names the player; two players' counts of one story stay apart", () => {
    const found = counts('Mara Okafor scored 22 points and Lena Kim had 11 rebounds. Kim also scored 22 points.');
    expect(found.find(([q]) => q.startsWith('22') )![1]).toBe('Mara Okafor points scored');
    expect(found.find(([q]) => q.startsWith('11'))![1]).toMatch(/^Lena Kim rebounds/);
    expect(found.filter(([q]) => q.startsWith('22')).map(([, s]) => s)).toEqual(['Mara Okafor points scored', 'Lena Kim points scored']);
  });

  test('a count whose clause opens with a pronoun or a description is the one person the sentence before names', () => {
    const found = counts('Tomas Vrba kept the visitors out until late. The 31-year-old goalkeeper made 24 saves, and Ilya Sorin had two goals.');
    expect(found.find(([q]) => q.startsWith('24'))![1]).toBe('Tomas Vrba saves');
    expect(counts('Lena Kim was unstoppable. She scored 31 points.').find(([q]) => q.startsWith('31'))![1]).toBe('Lena Kim points scored');
    // Two people named before, or none: whose, the words do not say.
    expect(counts('Lena Kim and Mara Okafor started. She scored 31 points.').find(([q]) => q.startsWith('31'))![1]).toBe('points scored');
    expect(counts('The hall was full. He scored 31 points.').find(([q]) => q.startsWith('31'))![1]).toBe('points scored');
    // A name heading the clause still wins.
    expect(counts('Lena Kim was unstoppable. Okafor scored 31 points.').find(([q]) => q.startsWith('31'))![1]).toBe('Okafor points scored');
  });

  test("a country's count is the national one, unless the article compares countries", () => {
    const one = counts('Floods killed 40 people in Chile on Monday. Rescuers searched all night.');
    expect(one.find(([q]) => q.startsWith('40'))![1]).not.toMatch(/Chile/);
    const two = counts('Floods killed 40 people in Chile on Monday. In Peru, the rains killed nine.');
    expect(two.find(([q]) => q.startsWith('40'))![1]).toMatch(/in Chile$/);
  });

  test('a figure whose counted phrase comes before it takes the place that phrase names', () => {
    const found = counts('The number of miners killed in Chile and Peru rose. The number of people killed in the U.S. fell from 75 in 2006 to 66 in 2007; Peru had 12.');
    const later = found.find(([q]) => q.startsWith('66'))!;
    expect(later[1]).toMatch(/in U\.S\.$/);
    expect(later[2]).toBe('count per year');
  });
});

describe('earlierHappening', () => {
  test('a happening of an earlier year written before a count is the count’s', () => {
    expect(earlierHappening('Forecasters compared it with the 1998 cyclone that flooded the coast, killing an estimated ', 2008)).toBe('1998 cyclone');
    expect(earlierHappening('He repeated his claim for the March 3, 1999, bombings in the capital, which killed ', 2008)).toBe('1999 bombings');
  });

  test('none for the story’s own year or the last, another figure between, or no publication year', () => {
    expect(earlierHappening('The 2007 storm that flooded the coast, killing ', 2008)).toBeNull();
    expect(earlierHappening('The 1998 cyclone flooded 40 towns and killed ', 2008)).toBeNull();
    expect(earlierHappening('The 1998 cyclone that flooded the coast, killing ', null)).toBeNull();
  });

  test('an older toll is apart from its story’s: its predicate names the happening', () => {
    const text = 'A cyclone killed 80 people on Tuesday. Officials compared it with the 1998 cyclone that flooded the coast, killing at least 9,000 people.';
    const counts = extractClaims({ text, published: '2008-05-07' }).filter((c) => c.kind === 'figure');
    expect(counts.map((c) => [c.subject, c.predicate])).toEqual([
      ['people killed', 'count'],
      ['people killed', 'count in 1998 cyclone'],
    ]);
  });
});

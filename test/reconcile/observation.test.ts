import { describe, expect, test } from 'vitest';
import { dateEvent, isDatedAtEvent } from '../../extract/dated-at-event.js';
import type { ClaimDraft } from '../../model/index.js';
import { ambiguousCounts, claimObservation, factKey, isBareCount, isBareSpan, isStoryCount, scopeToken } from '../../reconcile/index.js';
import { isOwnedBareCount } from '../../reconcile/fact-key.js';

const base = { start: 0, end: 1, quote: 'x', attribution: null, hedge: null, qualifier: null, extractor: 't@1', rule: 'r', confidence: 1 } as const;

describe('claimObservation', () => {
  test('a figure observes its subject and predicate with its amount', () => {
    const claim: ClaimDraft = { ...base, kind: 'figure', value: { amount: 15, unit: '%' }, subject: 'US tariff', predicate: 'rate' };
    expect(claimObservation(claim)).toEqual({
      subject: 'US tariff',
      predicate: 'rate',
      key: factKey('US tariff', 'rate'),
      kind: 'figure',
      value: { amount: 15, unit: '%' },
    });
  });

  test('a figure without subject or predicate observes nothing', () => {
    expect(claimObservation({ ...base, kind: 'figure', value: { amount: 1, unit: 'job' }, subject: null, predicate: 'count' })).toBeNull();
    expect(claimObservation({ ...base, kind: 'figure', value: { amount: 1, unit: 'job' }, subject: 'jobs', predicate: null })).toBeNull();
  });

  test("a person observes the name's role; no role, no observation", () => {
    const lutnick: ClaimDraft = { ...base, kind: 'person', value: { name: 'Howard Lutnick', role: 'Commerce Secretary', org: null }, subject: null, predicate: null };
    // One fact per post: the predicate names the post, without its department.
    expect(claimObservation(lutnick)).toMatchObject({ subject: 'Howard Lutnick', predicate: 'role: secretary', value: { text: 'Commerce Secretary' } });
    expect(claimObservation({ ...lutnick, value: { name: 'Howard Lutnick', role: null, org: null } })).toBeNull();
  });

  test('a date needs a subject and a resolved date', () => {
    const date: ClaimDraft = { ...base, kind: 'date', value: { date: '2025-06-05' }, subject: 'US Steel decision', predicate: 'deadline' };
    expect(claimObservation(date)).toMatchObject({ value: { date: '2025-06-05' } });
    expect(claimObservation({ ...date, value: { date: null } })).toBeNull();
    expect(claimObservation({ ...date, subject: null })).toBeNull();
  });

  test('a project observes its amount, else its sponsor, else its location', () => {
    const project = { ...base, kind: 'project' as const, subject: null, predicate: null };
    const value = { name: 'Alaska LNG pipeline', sponsor: 'Glenfarne', sector: null, location: 'Alaska', amount: { amount: 44e9, unit: 'USD' } };
    expect(claimObservation({ ...project, value })).toMatchObject({ subject: 'Alaska LNG pipeline', predicate: 'amount', value: { amount: 44e9 } });
    expect(claimObservation({ ...project, value: { ...value, amount: null } })).toMatchObject({ predicate: 'sponsor', value: { text: 'Glenfarne' } });
    expect(claimObservation({ ...project, value: { ...value, amount: null, sponsor: null } })).toMatchObject({ predicate: 'location' });
    expect(claimObservation({ ...project, value: { ...value, amount: null, sponsor: null, location: null } })).toBeNull();
  });

  test('a denied claim supports nothing', () => {
    expect(claimObservation({ ...base, hedge: 'denied', kind: 'figure', value: { amount: 25, unit: '%' }, subject: 'tariff', predicate: 'rate' })).toBeNull();
  });
});

describe('bare counts', () => {
  const figure = (subject: string, amount: number, unit: string): ClaimDraft => ({ ...base, kind: 'figure', value: { amount, unit }, subject, predicate: 'count' });
  const scope = (claims: ClaimDraft[]) => ({ token: scopeToken('s_1'), names: new Set<string>(), ambiguousCounts: ambiguousCounts(claims) });

  test('a job cut counted in workers in one article and in jobs in another is one fact of one figure', () => {
    // "The carrier plans to lay off 4,000 workers" and "the carrier is slashing 4,000 jobs".
    const workers = figure('workers laid off', 4000, 'worker');
    const jobs = figure('jobs slashed', 4000, 'job');
    expect(claimObservation(workers, scope([workers]))!.key).toBe(claimObservation(jobs, scope([jobs]))!.key);
    expect(claimObservation(figure('jobs cut', 3000, 'job'), scope([]))!.key).not.toBe(claimObservation(workers, scope([workers]))!.key);
    // Workers on strike are no jobs.
    expect(claimObservation(figure('workers', 4000, 'worker'), scope([]))!.key).not.toBe(claimObservation(jobs, scope([jobs]))!.key);
  });

  test('a subject that is only its counted noun is bare; a word more, or a synonym of the noun, is not', () => {
    expect(isBareCount('laps', 'lap')).toBe(true);
    expect(isBareCount('confirmed laps', 'lap')).toBe(true);
    expect(isBareCount('laps led', 'lap')).toBe(false);
    expect(isBareCount('death toll', 'death')).toBe(false);
    expect(isBareCount('people', 'person')).toBe(false);
    expect(isBareSpan('years', 'year')).toBe(true);
    expect(isBareSpan('prison sentence', 'year')).toBe(false);
    expect(isBareSpan('laps', 'lap')).toBe(false);
    // An irregular plural is its unit's noun.
    expect(isBareCount('feet', 'foot')).toBe(true);
    // With a verb of what was done to them, the noun still says not whose.
    expect(isBareCount('laps completed', 'lap')).toBe(false);
    expect(isBareCount('laps completed', 'lap', true)).toBe(true);
    // A phrasal verb is one verb; a second verb or a noun is a word more.
    expect(isBareCount('workers laid off', 'worker', true)).toBe(true);
    expect(isBareCount('workers laid low', 'worker', true)).toBe(false);
    expect(isBareCount('laps won', 'lap', true)).toBe(true);
    expect(isBareCount('laps led comfortably', 'lap', true)).toBe(false);
    expect(isBareCount('people injured', 'person', true)).toBe(false);
    // A toll is its story's figure, whoever's dead they are: never bare, with any noun.
    expect(isBareCount('miners killed', 'miner', true)).toBe(false);
    expect(isBareCount('climbers missing', 'climber', true)).toBe(false);
    expect(isBareCount('passengers hurt', 'passenger', true)).toBe(false);
  });

  test('a toll without an owner meets the same toll with one in its story', () => {
    // "Gunmen killed six Peruvian miners on Monday." and "... a day after six miners were killed."
    const owned = figure('Peruvian miners killed', 6, 'miner');
    const plain = figure('miners killed', 6, 'miner');
    const a = claimObservation(owned, scope([owned]))!;
    const b = claimObservation(plain, scope([plain]))!;
    expect(b.key.split('|')[1]).toBe(a.key.split('|')[1]);
    expect(a.key.split('|')[0]!.split(' ')).toEqual(expect.arrayContaining(b.key.split('|')[0]!.split(' ')));
  });

  test('a span of time that does not say of what joins no fact once its story is known', () => {
    // "The ferry strike, now in its ninth week, ..." and "She was mayor for nine weeks."
    const span = figure('weeks', 9, 'week');
    expect(claimObservation(span, scope([span]))).toBeNull();
    expect(claimObservation(figure('strike', 9, 'week'), scope([span]))).toMatchObject({ subject: 'strike' });
    // Read back as evidence (no scope), a claim a stored fact already holds keeps its value.
    expect(claimObservation(span)).toMatchObject({ value: { amount: 9, unit: 'week' } });
  });

  test('one bare count in an article is its story\'s; two values of it in one article are two things', () => {
    // "The cyclist led for 40 laps." vs "He led 12 laps, and his teammate 30 laps."
    const once = figure('laps', 40, 'lap');
    expect(claimObservation(once, scope([once]))).toMatchObject({ subject: 'laps', value: { amount: 40 } });
    const first = figure('laps', 12, 'lap');
    const second = figure('laps', 30, 'lap');
    expect(claimObservation(first, scope([first, second]))).toBeNull();
    expect(claimObservation(second, scope([first, second]))).toBeNull();
    // The same value said twice is one count.
    expect(claimObservation(first, scope([first, { ...first, start: 5, end: 6 }]))).not.toBeNull();
    // A count with a word more is not bare, whatever else the article counts.
    expect(claimObservation(figure('laps in the sprint stage', 12, 'lap'), scope([first, second]))).toMatchObject({ subject: 'laps in the sprint stage' });
    // "Vega completed 12 laps before the crash; Ruiz completed 30 laps." Each rider's laps, not one count.
    const vega = figure('laps completed', 12, 'lap');
    const ruiz = figure('laps completed', 30, 'lap');
    expect(claimObservation(vega, scope([vega, ruiz]))).toBeNull();
    expect(claimObservation(vega, scope([vega]))).toMatchObject({ subject: 'laps completed' });
    // Another subject of the same noun is another count: "Crowds were record-breaking, 9,000 laps ridden in all;
    // the race lasts 40 laps." keeps the race's 40 laps.
    const race = figure('laps', 40, 'lap');
    const all = figure('laps ridden', 9000, 'lap');
    expect(claimObservation(race, scope([race, all]))).toMatchObject({ subject: 'laps' });
    // Counts of people stay facts however many the article gives: a dispute between two counts is one fact.
    const union = figure('people', 50000, 'person');
    const police = figure('people', 20000, 'person');
    expect(claimObservation(union, scope([union, police]))).not.toBeNull();
  });

  test('two articles of a story give one bare count only when they give the same figure', () => {
    // "The keeper made 31 saves on Tuesday." and, in the story's report of the next match, "He had 19 saves."
    const tuesday = figure('saves', 31, 'save');
    const friday = figure('saves', 19, 'save');
    const keyOf = (c: ClaimDraft) => claimObservation(c, scope([c]))!.key;
    expect(keyOf(tuesday)).not.toBe(keyOf(friday));
    // "Organisers counted over 200 marches." and "More than 200 marches were held.": the same count twice.
    expect(keyOf(figure('marches', 200, 'march'))).toBe(keyOf({ ...figure('marches', 200, 'march'), start: 40, end: 43 }));
    // With a verb of what was done: "She had 12 rebounds grabbed" against "14 rebounds grabbed" of another game.
    expect(keyOf(figure('rebounds grabbed', 12, 'rebound'))).not.toBe(keyOf(figure('rebounds grabbed', 14, 'rebound')));
    // The subject, predicate and value shown stay as the claim gave them.
    expect(claimObservation(tuesday, scope([tuesday]))).toMatchObject({ subject: 'saves', predicate: 'count', value: { amount: 31, unit: 'save' } });
    // A count that says of what keeps one fact for its changing figures: "the fund's 31 schools" then "its 19 schools".
    const before = claimObservation(figure('fund schools', 31, 'school'), scope([]))!;
    expect(before.key).toBe(claimObservation(figure('fund schools', 19, 'school'), scope([]))!.key);
    // Read back as evidence (no scope), a claim a stored fact already holds keeps its key.
    expect(claimObservation(tuesday)!.key).toBe(claimObservation(friday)!.key);
  });
});

describe('counts keep their story', () => {
  const figure = (subject: string, amount: number, unit: string, predicate = 'count'): ClaimDraft => ({ ...base, kind: 'figure', value: { amount, unit }, subject, predicate });
  const story = (id: string) => ({ token: scopeToken(id), names: new Set(['okafor', 'harbourside', 'ridgeline']) });

  test("a named subject's count is its story's: one player's points in two games are two facts", () => {
    const game1 = claimObservation(figure('Okafor points scored', 22, 'point'), story('s_1'))!;
    const game2 = claimObservation(figure('Okafor points scored', 18, 'point'), story('s_2'))!;
    expect(game1.key).not.toBe(game2.key);
    expect(game1.key).toContain(scopeToken('s_1'));
    expect(claimObservation(figure('Okafor points scored', 22, 'point'), story('s_1'))!.key).toBe(game1.key);
  });

  test("a named player's count meets another article's only with the same figure: two values are two games", () => {
    const game = (amount: number) => claimObservation(figure('Okafor points scored', amount, 'point'), story('s_1'))!.key;
    expect(game(22)).toBe(game(22));
    expect(game(22)).not.toBe(game(18));
    expect(isOwnedBareCount('Mara Okafor saves', 'save')).toBe(true);
    expect(isOwnedBareCount('saves', 'save')).toBe(false);
    expect(isOwnedBareCount('Okafor saves in overtime', 'save')).toBe(false);
    expect(isOwnedBareCount('Okafor touchdown passes thrown', 'pass')).toBe(true);
    // Money and rates of a named subject are no counts: two prices still contest.
    const price = (amount: number) => claimObservation(figure('Okafor jersey', amount, 'USD', 'price'), story('s_1'))!.key;
    expect(price(90)).toBe(price(120));
    expect(isOwnedBareCount('Ridgeline villagers killed', 'villager')).toBe(false); // a toll rises, it is no game's
  });

  test("a country's soldiers or dead are one toll that rises: different figures still meet", () => {
    const toll = (amount: number) => claimObservation(figure('Ridgeline soldiers killed', amount, 'soldier'), story('s_1'))!.key;
    expect(isOwnedBareCount('Norwegian soldiers killed', 'soldier')).toBe(false);
    expect(isOwnedBareCount('US troops', 'troop')).toBe(false);
    expect(toll(4)).toBe(toll(5)); // a toll is its story's whoever's dead they are
    const us = (amount: number) => claimObservation(figure('US soldiers killed', amount, 'soldier'), story('s_1'))!.key;
    expect(us(4)).toBe(us(5));
  });

  test("an unnamed place's population meets another only with the same figure: a story names several cities", () => {
    const city = (amount: number) => claimObservation(figure('city', amount, 'person', 'population'), story('s_1'))!.key;
    expect(city(12e6)).toBe(city(12e6));
    expect(city(12e6)).not.toBe(city(7e6));
  });

  test("a toll its predicate qualifies says which total it is: two years' totals of one measure meet", () => {
    const year = (amount: number, subject = 'deaths') => claimObservation(figure(subject, amount, 'death', 'count per year'), story('s_1'))!.key;
    expect(year(965)).toBe(year(1300));
    expect(year(965)).toBe(claimObservation(figure('people died', 965, 'person', 'count per year'), story('s_1'))!.key);
    expect(claimObservation(figure('deaths', 102, 'death'), story('s_1'))!.key).not.toBe(claimObservation(figure('deaths', 199, 'death'), story('s_1'))!.key);
    // A period's games are still someone's: two players' season totals stay apart.
    const season = (amount: number) => claimObservation(figure('games', amount, 'game', 'count per season'), story('s_1'))!.key;
    expect(season(38)).not.toBe(season(41));
  });

  test('a count qualified by its period stays a count of its story', () => {
    expect(claimObservation(figure('Ridgeline soldiers killed', 40, 'soldier', 'count since 2003'), story('s_3'))!.key).toContain(scopeToken('s_3'));
  });

  test('money, rates and sizes of a named subject are not counts and keep one fact across stories', () => {
    const deal = (id: string) => claimObservation(figure('Harbourside acquisition', 4e9, 'USD', 'amount'), story(id))!.key;
    expect(deal('s_1')).toBe(deal('s_2'));
    const share = (id: string) => claimObservation(figure('Harbourside market', 12, '%', 'share'), story(id))!.key;
    expect(share('s_1')).toBe(share('s_2'));
    expect(isStoryCount(figure('Harbourside staff', 300, 'USD'), 'count')).toBe(false);
    expect(isStoryCount(figure('Harbourside staff', 300, 'employee'), 'count')).toBe(true);
    expect(isStoryCount(figure('Harbourside tower', 300, 'metre'), 'size')).toBe(false);
  });
});

describe('subjects an article dates two ways', () => {
  const dated = (subject: string, date: string | null, start = 0): ClaimDraft => ({ ...base, start, end: start + 1, kind: 'date', value: { date }, subject, predicate: 'date' });
  const scope = (claims: ClaimDraft[]) => ({ token: scopeToken('s_1'), names: new Set<string>(), ambiguousCounts: ambiguousCounts(claims) });

  test('two dates of one subject in one article name two events, and neither is a fact', () => {
    // "The budget vote of 2004 was close; the budget vote in September 2007 was not."
    const older = dated('budget vote', '2004');
    const newer = dated('budget vote', '2007-09', 30);
    expect(claimObservation(older, scope([older, newer]))).toBeNull();
    expect(claimObservation(newer, scope([older, newer]))).toBeNull();
    // Alone in its article, the vote's date is its story's fact.
    expect(claimObservation(newer, scope([newer]))).toMatchObject({ subject: 'budget vote', value: { date: '2007-09' } });
    // A named subject too: "the Kyoto summit in 1997 ... the Kyoto summit next March".
    const named = [dated('Kyoto summit', '1997'), dated('Kyoto summit', '2009-03', 30)];
    expect(claimObservation(named[0]!, scope(named))).toBeNull();
  });

  // Claims placed on their words in a text: `subject` dated `date` at the first occurrence of `quote` from `from`,
  // marked as the extractor marks them (`datedAtEvent`, read from the text by `isDatedAtEvent`; `event`, `dateEvent`).
  const at = (text: string, quote: string, subject: string, date: string, from = 0): ClaimDraft => {
    const start = text.indexOf(quote, from);
    const end = start + quote.length;
    return { ...base, start, end, quote, kind: 'date', value: { date }, subject, predicate: 'date', datedAtEvent: isDatedAtEvent(text, start, end, subject), event: dateEvent(subject) };
  };
  // Reconciliation reads the claims only, never the text.
  const scopeOf = (claims: ClaimDraft[]) => ({ token: scopeToken('s_1'), names: new Set<string>(), ambiguousCounts: ambiguousCounts(claims) });

  test('a one-word event an article dates two ways, each date written against it, is two events keyed by their days', () => {
    const text = 'The court upheld the 2004 ruling. The firm cited its September 2007 ruling in a statement.';
    const older = at(text, '2004', 'ruling', '2004');
    const newer = at(text, 'September 2007', 'ruling', '2007-09');
    const both = scopeOf([older, newer]);
    expect(claimObservation(older, both)).toMatchObject({ subject: 'ruling', value: { date: '2004' } });
    expect(claimObservation(newer, both)).toMatchObject({ subject: 'ruling', value: { date: '2007-09' } });
    expect(claimObservation(older, both)!.key).not.toBe(claimObservation(newer, both)!.key);
    // Another article of the story giving the ruling of September 2007 meets the second, never the first.
    const other = dated('ruling', '2007-09', 5);
    expect(claimObservation(other, scope([other]))!.key).toBe(claimObservation(newer, both)!.key);
    // Claims that do not say (an extractor before rules@38): nothing says the dates are the events' own, so neither is a fact.
    const unsaid = [older, newer].map((c) => dated(c.subject!, c.kind === 'date' ? c.value.date : null, c.start));
    expect(claimObservation(unsaid[1]!, scopeOf(unsaid))).toBeNull();
    expect(claimObservation(unsaid[0]!, scopeOf(unsaid))).toBeNull();
  });

  test('the cue on the claim decides, whatever its position: one date said against its event, the other not', () => {
    const against = { ...dated('ruling', '2004'), datedAtEvent: true } as ClaimDraft;
    const apart = { ...dated('ruling', '2007-09', 30), datedAtEvent: false } as ClaimDraft;
    const both = scopeOf([against, apart]);
    expect(claimObservation(against, both)).toMatchObject({ value: { date: '2004' } });
    expect(claimObservation(apart, both)).toBeNull();
    // Swapped, the other one is the fact.
    const swapped = [{ ...against, datedAtEvent: false }, { ...apart, datedAtEvent: true }] as ClaimDraft[];
    expect(claimObservation(swapped[0]!, scopeOf(swapped))).toBeNull();
    expect(claimObservation(swapped[1]!, scopeOf(swapped))).toMatchObject({ value: { date: '2007-09' } });
  });

  test("two people's deaths and two hearings, each written against its date, are facts of their own days", () => {
    const text = 'The singer died Wednesday, her agent said. She married a pilot, who died in 1990. A panel held a hearing in March 2005; Tuesday\'s hearing was shorter.';
    const deaths = [at(text, 'Wednesday', 'die', '2008-01-02'), at(text, '1990', 'die', '1990')];
    expect(deaths.map((d) => claimObservation(d, scopeOf(deaths))?.value)).toEqual([{ date: '2008-01-02' }, { date: '1990' }]);
    const hearings = [at(text, 'March 2005', 'hearing', '2005-03'), at(text, 'Tuesday', 'hearing', '2008-01-15')];
    expect(hearings.map((d) => claimObservation(d, scopeOf(hearings))?.value)).toEqual([{ date: '2005-03' }, { date: '2008-01-15' }]);
  });

  test('a date placed in its occasion by the phrase right after it is that occasion\'s own', () => {
    const text = 'The panel first met in 2005. The minister told senators on Tuesday during a hearing on pay. Tuesday at the club, a hearing was said to be due.';
    const hearings = [at(text, '2005', 'hearing', '2005'), at(text, 'Tuesday', 'hearing', '2008-01-15'), at(text, 'Tuesday', 'hearing', '2008-01-15', 90)];
    const both = scopeOf(hearings);
    expect(claimObservation(hearings[1]!, both)).toMatchObject({ value: { date: '2008-01-15' } });
    // The year was read from farther off, and a place is no occasion: a hearing after a break is another phrase.
    expect(claimObservation(hearings[0]!, both)).toBeNull();
    expect(claimObservation(hearings[2]!, both)).toBeNull();
  });

  test("a result is written against its date by any of its words: `won Sunday`, `Sunday's victory`, `his first victory in 2001`", () => {
    const text = 'The veteran won Sunday by two shots. It was his first victory in 2001 that made him. Sunday\'s narrow victory was his ninth.';
    const wins = [at(text, 'Sunday', 'win', '2008-01-13'), at(text, '2001', 'first victory', '2001'), at(text, 'Sunday', 'narrow victory', '2008-01-13', 60)];
    const all = scopeOf(wins);
    expect(wins.map((w) => claimObservation(w, all)?.value)).toEqual([{ date: '2008-01-13' }, { date: '2001' }, { date: '2008-01-13' }]);
    expect(claimObservation(wins[0]!, all)!.key).toBe(claimObservation(wins[2]!, all)!.key);
    expect(claimObservation(wins[0]!, all)!.key).not.toBe(claimObservation(wins[1]!, all)!.key);
  });

  test('a release is written against its day by the recording it dates', () => {
    const text = 'The group denied it in a new videotape Sunday. Its first video was released in 2004.';
    const dated = [at(text, 'Sunday', 'release', '2008-01-13'), at(text, '2004', 'release', '2004')];
    const both = scopeOf(dated);
    expect(dated.map((d) => claimObservation(d, both)?.value)).toEqual([{ date: '2008-01-13' }, { date: '2004' }]);
  });

  test('a statement is written against its date by the verb that reports it', () => {
    const text = 'The minister said Saturday that talks failed. In a statement in 2005 he had said the opposite.';
    const said = [at(text, 'Saturday', 'statement', '2008-01-05'), at(text, '2005', 'statement', '2005')];
    const both = scopeOf(said);
    expect(claimObservation(said[0]!, both)).toMatchObject({ value: { date: '2008-01-05' } });
    expect(claimObservation(said[1]!, both)).toMatchObject({ value: { date: '2005' } });
    expect(claimObservation(said[0]!, both)!.key).not.toBe(claimObservation(said[1]!, both)!.key);
  });

  test('a date its one-word event was read from farther off, or over a deadline word, observes nothing when the event is dated two ways', () => {
    const text = "Saturday's election was called early to calm the unrest that began in November. Results of Saturday's vote were due by Tuesday.";
    const election = [at(text, 'Saturday', 'election', '2008-01-05'), at(text, 'November', 'election', '2007-11')];
    const electionScope = scopeOf(election);
    expect(claimObservation(election[0]!, electionScope)).toMatchObject({ value: { date: '2008-01-05' } });
    expect(claimObservation(election[1]!, electionScope)).toBeNull();
    const vote = [at(text, 'Saturday', 'vote', '2008-01-05', 60), at(text, 'Tuesday', 'vote', '2008-01-08')];
    const voteScope = scopeOf(vote);
    expect(claimObservation(vote[0]!, voteScope)).toMatchObject({ value: { date: '2008-01-05' } });
    expect(claimObservation(vote[1]!, voteScope)).toBeNull();
  });

  test('dates that agree at their precision are one date, and other subjects are not touched', () => {
    // "The vote, in March 2008, ... the vote on Tuesday, March 11": one vote.
    const month = dated('vote', '2008-03');
    const day = dated('vote', '2008-03-11', 40);
    expect(claimObservation(day, scope([month, day]))).toMatchObject({ value: { date: '2008-03-11' } });
    const hearing = dated('hearing', '2008-03-12', 80);
    expect(claimObservation(hearing, scope([dated('ruling', '2004'), dated('ruling', '2007-09', 30), hearing]))).not.toBeNull();
    // Read back as evidence (no scope), a claim a stored fact already holds keeps its value.
    expect(claimObservation(dated('ruling', '2004'))).toMatchObject({ value: { date: '2004' } });
  });
});

describe('partitives', () => {
  test("a part of a set is keyed by its figure: it never contests the set's size nor another part", () => {
    const scope = { token: scopeToken('s_1'), names: new Set(['acme']), ambiguousCounts: new Set<string>() };
    const part: ClaimDraft = { ...base, kind: 'figure', rule: 'figure.count-part', value: { amount: 40, unit: 'outlet' }, subject: 'Acme discount outlets', predicate: 'count' };
    const whole: ClaimDraft = { ...part, rule: 'figure.count', value: { amount: 600, unit: 'outlet' } };
    expect(claimObservation(part, scope)!.key).not.toBe(claimObservation(whole, scope)!.key);
    expect(claimObservation(part, scope)!.key).toBe(claimObservation({ ...part, start: 90 }, scope)!.key);
    expect(claimObservation(part, scope)!.key).not.toBe(claimObservation({ ...part, value: { amount: 45, unit: 'outlet' } }, scope)!.key);
  });
});

describe('counts keyed by their figure under two nouns', () => {
  const scope = { token: scopeToken('s_1'), names: new Set<string>(), ambiguousCounts: new Set<string>() };
  const part = (amount: number, unit: string, subject: string): ClaimDraft => ({ ...base, kind: 'figure', rule: 'figure.count-part', value: { amount, unit }, subject, predicate: 'count' });
  const bare = (amount: number, unit: string, subject: string): ClaimDraft => ({ ...base, kind: 'figure', rule: 'figure.count', value: { amount, unit }, subject, predicate: 'count' });

  test('the same figure under two nouns of one kind of thing is one count: stores and locations, users and subscribers', () => {
    expect(claimObservation(part(60, 'store', 'branch stores'), scope)!.key).toBe(claimObservation(part(60, 'location', 'branch locations'), scope)!.key);
    expect(claimObservation(bare(900, 'user', 'users'), scope)!.key).toBe(claimObservation(bare(900, 'subscriber', 'subscribers'), scope)!.key);
    expect(claimObservation(bare(31, 'troop', 'troops'), scope)!.key).toBe(claimObservation(bare(31, 'soldier', 'soldiers'), scope)!.key);
    // The fact keeps the claim's words and value.
    expect(claimObservation(part(60, 'location', 'branch locations'), scope)).toMatchObject({ subject: 'branch locations', value: { amount: 60, unit: 'location' } });
  });

  test('another figure, another kind of thing or another modifier stays apart', () => {
    expect(claimObservation(part(60, 'store', 'branch stores'), scope)!.key).not.toBe(claimObservation(part(61, 'location', 'branch locations'), scope)!.key);
    expect(claimObservation(bare(900, 'user', 'users'), scope)!.key).not.toBe(claimObservation(bare(900, 'employee', 'employees'), scope)!.key);
    expect(claimObservation(part(60, 'store', 'branch stores'), scope)!.key).not.toBe(claimObservation(part(60, 'location', 'franchise locations'), scope)!.key);
    // A count keyed by its words, not its figure, keeps its noun: `prepaid users` and `prepaid subscribers` may be two
    // measures, whose figures would contest.
    expect(claimObservation(bare(900, 'user', 'prepaid users'), scope)!.key).not.toBe(claimObservation(bare(900, 'subscriber', 'prepaid subscribers'), scope)!.key);
    // An owner's count is keyed by its figure: one owner's one figure under either noun is one count.
    const named = { ...scope, names: new Set(['acme']) };
    expect(claimObservation(bare(900, 'user', 'Acme users'), named)!.key).toBe(claimObservation(bare(900, 'subscriber', 'Acme subscribers'), named)!.key);
  });
});

describe('prize money', () => {
  test("a winner's prize money is its story's, like a count: the same winner's prize in another story is another prize", () => {
    const prize: ClaimDraft = { ...base, kind: 'figure', value: { amount: 410000, unit: 'USD' }, subject: 'Ruiz prize money', predicate: 'amount' };
    const s1 = { token: scopeToken('s_1'), names: new Set(['ruiz']), ambiguousCounts: new Set<string>() };
    const s2 = { ...s1, token: scopeToken('s_2') };
    expect(claimObservation(prize, s1)!.key).toBe(claimObservation({ ...prize, start: 40 }, s1)!.key);
    expect(claimObservation(prize, s1)!.key).not.toBe(claimObservation(prize, s2)!.key);
    // Another named amount stays the name's, across stories.
    const fund: ClaimDraft = { ...prize, subject: 'Ruiz Foundation endowment' };
    expect(claimObservation(fund, s1)!.key).toBe(claimObservation(fund, s2)!.key);
  });
});

describe('one-word dated events', () => {
  const date = (subject: string, day: string): ClaimDraft => ({ ...base, kind: 'date', value: { date: day }, subject, predicate: 'date' } as ClaimDraft);
  const scope = { token: scopeToken('s_1'), names: new Set<string>(), ambiguousCounts: new Set<string>() };
  // As the extractor makes a date claim: it names the event its fact is keyed by (`event`, `dateEvent`).
  const named = (subject: string, day: string) => ({ ...date(subject, day), event: dateEvent(subject) }) as ClaimDraft;

  test('in a story, a one-word event meets another article only on the same day', () => {
    // "The envoy arrived in Oslo on Monday" and "the minister, who arrived on Thursday": whose arrival?
    expect(claimObservation(date('arrive', '2026-03-02'), scope)!.key).toBe(claimObservation(date('arrive', '2026-03-02'), scope)!.key);
    expect(claimObservation(date('arrive', '2026-03-02'), scope)!.key).not.toBe(claimObservation(date('arrive', '2026-03-05'), scope)!.key);
    expect(claimObservation(date('victory', '2026-03-02'), scope)!.key).not.toBe(claimObservation(date('victory', '2026-03-04'), scope)!.key);
  });

  test('a result with lower-case modifiers is the result alone: it meets a bare victory of the same day, never of another day', () => {
    // As the extractor names the event (`event`, `dateEvent`): reconciliation keys the date by it.
    const day = claimObservation(named('victory', '2026-03-06'), scope)!.key;
    expect(claimObservation(named('overtime win', '2026-03-06'), scope)!.key).toBe(day);
    expect(claimObservation(named('win', '2026-03-06'), scope)!.key).toBe(day);
    expect(claimObservation(named('narrow defeat', '2026-03-06'), scope)!.key).toBe(day);
    expect(claimObservation(named('overtime win', '2026-03-08'), scope)!.key).not.toBe(day);
    // The fact keeps the claim's words.
    expect(claimObservation(named('overtime win', '2026-03-06'), scope)!.subject).toBe('overtime win');
    // A name or a figure says whose or which: left as written.
    expect(claimObservation(named('Hawks win', '2026-03-06'), scope)!.key).not.toBe(day);
  });

  test('the event on the claim keys it, not the subject\'s words; a claim without one (before rules@52) is keyed by its subject as written', () => {
    const day = claimObservation(date('victory', '2026-03-06'), scope)!.key;
    // Reconciliation reads no words of its own: whatever the subject, the named event decides.
    expect(claimObservation({ ...date('overtime win', '2026-03-06'), event: 'win' } as ClaimDraft, scope)!.key).toBe(day);
    expect(claimObservation({ ...date('overtime win', '2026-03-06'), event: 'overtime win' } as ClaimDraft, scope)!.key).not.toBe(day);
    expect(claimObservation(date('overtime win', '2026-03-06'), scope)!.key).not.toBe(day);
    // So does an article's two dates of one event (`ambiguousCounts`): `win` and `narrow victory` named as one result.
    const two = [
      { ...date('win', '2026-03-06'), event: 'win' },
      { ...date('narrow victory', '2026-03-08'), start: 40, end: 46, event: 'victory' },
    ] as ClaimDraft[];
    const both = { ...scope, ambiguousCounts: ambiguousCounts(two) };
    expect(two.map((c) => claimObservation(c, both))).toEqual([null, null]);
    const unnamed = two.map((c) => ({ ...c, event: undefined })) as ClaimDraft[];
    expect(unnamed.map((c) => claimObservation(c, { ...scope, ambiguousCounts: ambiguousCounts(unnamed) })?.value)).toEqual([{ date: '2026-03-06' }, { date: '2026-03-08' }]);
  });

  test('an event with lower-case modifiers is its head noun keyed by its day; any event read without a story may be revised', () => {
    // `state funeral` and `funeral`, `separate hearing` and `hearing`: the day says which.
    expect(claimObservation(named('state funeral', '2026-03-02'), scope)!.key).toBe(claimObservation(named('funeral', '2026-03-02'), scope)!.key);
    expect(claimObservation(named('state funeral', '2026-03-02'), scope)!.key).not.toBe(claimObservation(named('state funeral', '2026-03-09'), scope)!.key);
    // A name or a particle keeps the words: `Ames funeral`, `step down`.
    expect(claimObservation(named('Ames funeral', '2026-03-02'), scope)!.key).not.toBe(claimObservation(named('funeral', '2026-03-02'), scope)!.key);
    expect(claimObservation(named('step down', '2026-03-02'), scope)!.key).not.toBe(claimObservation(named('down', '2026-03-02'), scope)!.key);
    expect(claimObservation(named('arrive', '2026-03-02'))!.key).toBe(claimObservation(named('arrive', '2026-03-05'))!.key);
  });

  test("a verb's event and its noun are one event on one day: `announced` and the announcement, `died` and the death, `opened` and the launch", () => {
    const key = (event: string, day = '2026-03-02') => claimObservation(named(event, day), scope)!.key;
    for (const [verb, noun] of [
      ['announce', 'announcement'],
      ['announce', 'statement'],
      ['say', 'statement'],
      ['die', 'death'],
      ['approve', 'approval'],
      ['elect', 'election'],
      ['hear', 'hearing'],
      ['resign', 'resignation'],
      ['cancel', 'cancellation'],
      ['open', 'launch'],
      ['open', 'opening'],
      ['inaugurate', 'inauguration'],
      ['notify', 'notification'],
      ['inform', 'notification'],
      ['arrive', 'arrival'],
      ['depart', 'departure'],
      ['rule', 'ruling'],
      ['strike', 'walkout'],
      ['bury', 'funeral'],
    ]) {
      expect(key(verb!), `${verb} = ${noun}`).toBe(key(noun!));
      expect(key(verb!), `${verb} on another day`).not.toBe(key(noun!, '2026-03-03'));
    }
    // Different happenings stay apart on one day: the statement about a death is not the death.
    for (const [a, b] of [
      ['statement', 'death'],
      ['open', 'close'],
      ['arrest', 'release'],
      ['hearing', 'ruling'],
      ['election', 'inauguration'],
      ['meeting', 'vote'],
      ['approval', 'rejection'],
      ['kill', 'death'],
    ]) expect(key(a!), `${a} != ${b}`).not.toBe(key(b!));
    // A bare vote is its day's election (`Saturday's vote`, `Saturday's presidential election`), on that day only; a
    // named vote is not a named election (`Senate vote` on a bill, `Senate election`).
    expect(key('vote')).toBe(key('election'));
    expect(key('vote')).toBe(key('presidential election'));
    expect(key('vote')).not.toBe(key('election', '2026-03-03'));
    expect(claimObservation(date('Senate vote', '2026-03-02'))!.key).not.toBe(claimObservation(date('Senate election', '2026-03-02'))!.key);
    expect(key('voter')).not.toBe(key('election'));
    // Outside a story (a named subject) the stems key too: `Senate approval` is `Senate approve`.
    expect(claimObservation(date('Senate approval', '2026-03-02'))!.key).toBe(claimObservation(date('Senate approve', '2026-03-09'))!.key);
    // The fact keeps the claim's words.
    expect(claimObservation(named('announcement', '2026-03-02'), scope)!.subject).toBe('announcement');
  });

  test('a day-keyed event keys its month and day, not its year: a day read into the wrong year contests', () => {
    expect(claimObservation(date('funeral', '2026-03-02'), scope)!.key).toBe(claimObservation(date('funeral', '2027-03-02'), scope)!.key);
    // A year or a month alone keys as written.
    expect(claimObservation(date('ruling', '2004'), scope)!.key).not.toBe(claimObservation(date('ruling', '2007'), scope)!.key);
  });
});

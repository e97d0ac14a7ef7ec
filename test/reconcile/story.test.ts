import { describe, expect, test } from 'vitest';
import { personDraft as person } from './drafts.js';
import { factKey, rescopeKey, resolveFacts, type KeyedFact } from '../../reconcile/index.js';
import {
  contentTerms,
  isGenericSubject,
  LINK_SCORE,
  MIN_NAME_WEIGHT,
  MIN_SHARED_NAMES,
  MIN_SHARED_TERMS,
  nameMentions,
  nameWords,
  normaliseName,
  scopeToken,
  storyLink,
  storyScore,
  storyMarks,
  storySignature,
  spelledTwoWays,
  type StorySignature,
} from '../../reconcile/story.js';
import { extractClaims } from '../../extract/index.js';


const FLOOD_1 = `Floodwaters swept through Marlow Creek on Tuesday, and Governor Anna Velez said 14 residents were missing.
The Marlow Creek levee failed before dawn, the Harlan County sheriff, Tom Reyes, told reporters.
Velez ordered an evacuation of the lower valley. Rescue crews from Harlan County searched the flooded farmland.`;
const FLOOD_2 = `The number of residents missing after the Marlow Creek levee failure fell to nine, Governor Anna Velez said on Thursday.
Harlan County rescue crews found five people alive on a flooded farmland ridge. Sheriff Tom Reyes said the evacuation order stays.`;
const MATCH = `Harlan United beat Castleford 3-1 on Saturday. Striker Luis Ortega scored twice for Harlan United, whose coach,
Mira Stone, praised the defence. Castleford's keeper kept the match close until the final whistle.`;

function sig(text: string, published: string | null, names: string[], title: string | null = null): StorySignature {
  return storySignature({ title, text, published }, names.map((n) => person(n)));
}

describe('nameMentions', () => {
  test('a title word ends a name: an office and its holder are two names', () => {
    const keys = nameMentions('The Harlan County Sheriff Tom Reyes said the road was closed.').map((m) => m.key);
    expect(keys).toContain('harlan county');
    expect(keys).toContain('tom reyes');
    expect(keys.some((k) => k.includes('sheriff'))).toBe(false);
  });

  test('commas end a name, and a common sentence opening is not a name', () => {
    const keys = nameMentions('However, the union chief, Paul Brenner, said Eastport Mills would close. After that, talks stopped.').map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['paul brenner', 'eastport mills']));
    expect(keys).not.toContain('however');
    expect(keys).not.toContain('after');
  });

  test('a word every kind of news opens sentences with is no name, even when the text never writes it in lower case', () => {
    const keys = nameMentions('Shares fell 4% on Monday. Officials at Velmora Mining declined to comment near Dunmore.').map((m) => m.key);
    expect(keys).toEqual(expect.arrayContaining(['velmora mining', 'dunmore']));
    expect(keys).not.toContain('shares');
    expect(keys).not.toContain('officials');
  });

  test('joining words stay inside a name, possessives end it', () => {
    const keys = nameMentions("Analysts at Bank of Lorrin doubted Velmora's plan.").map((m) => m.key);
    expect(keys).toContain('bank of lorrin');
    expect(keys).toContain('velmora');
  });

  test("a hyphen between spaces is a dash: it ends a name, as a dateline's dash does; one inside a word does not", () => {
    const keys = nameMentions('TORVIK, Norland - Masked Gunmen attacked a convoy near Halden-Ostby on Monday.').map((m) => m.key);
    expect(keys).toContain('norland');
    expect(keys).toContain('halden ostby');
    expect(keys.some((k) => k.startsWith('norland '))).toBe(false);
    expect(nameMentions('Dora Lind -- the Harwick mayor -- resigned.').map((m) => m.key)).toContain('dora lind');
  });

  test('normaliseName folds case, accents and abbreviation dots', () => {
    expect(normaliseName('José  Müller-Ortiz')).toBe('jose muller ortiz');
    expect(normaliseName('U.S. Steel')).toBe('us steel');
    expect(normaliseName('Mt. Kenya')).toBe(normaliseName('Mount Kenya'));
    expect(nameMentions('Climbers left Mt Kenya on Monday.').map((m) => m.key)).toContain('mount kenya');
  });
});

describe('storySignature', () => {
  test('people found by the extractor weigh more, and their surname alone counts for them', () => {
    const s = sig(FLOOD_1, '2024-05-07', ['Anna Velez', 'Tom Reyes']);
    const weights = new Map(s.entities.map((e) => [e.key, e.weight]));
    expect(weights.get('anna velez')).toBe(3);
    expect(weights.get('marlow creek')).toBe(2);
    expect(weights.get('velez')).toBe(1);
  });

  test('content terms skip reporting and generic words', () => {
    const terms = contentTerms('Officials said the floodwaters rose. The floodwaters reached the levee, officials said on Tuesday.');
    expect(terms).toContain('floodwater');
    expect(terms).not.toContain('official');
    expect(terms).not.toContain('tuesday');
  });
});

describe('storyMarks', () => {
  test("an article's distinctive figures and the days it names, not spans, percentages, small counts or its own day", () => {
    const text =
      'The Harbour Board approved a $450 million dredging contract on Monday, March 4, 2024. Dredging will take 18 months. ' +
      'Turnout at the vote was 62 percent; 3 members abstained and 1,240 residents signed the petition. Port fees rose 12.5 percent.';
    const published = '2024-03-05';
    const marks = storyMarks(extractClaims({ text, published }), published);
    expect(marks).toEqual(['amount:1240 resident', 'amount:450000000 usd', 'day:2024-03-04']);
    // The publication day itself is named by every article of that day.
    expect(storyMarks(extractClaims({ text, published: '2024-03-04' }), '2024-03-04')).not.toContain('day:2024-03-04');
  });
});

describe('storyLink', () => {
  const a = sig(FLOOD_1, '2024-05-07', ['Anna Velez', 'Tom Reyes']);
  const b = sig(FLOOD_2, '2024-05-09', ['Anna Velez', 'Tom Reyes']);
  const c = sig(MATCH, '2024-05-11', ['Luis Ortega', 'Mira Stone']);

  test('two reports of one flood, days apart, are one story', () => {
    expect(storyLink(a, b)).toBe(true);
  });

  test('a match report that shares one place word is not the flood story', () => {
    expect(storyScore(a, c).names).toBeLessThan(2);
    expect(storyLink(a, c)).toBe(false);
    expect(storyLink(b, c)).toBe(false);
  });

  test('the relation is symmetric', () => {
    for (const [x, y] of [
      [a, b],
      [a, c],
      [b, c],
    ] as const) {
      expect(storyLink(x, y)).toBe(storyLink(y, x));
    }
  });

  test('shared words alone never make a story', () => {
    const x: StorySignature = { entities: [], terms: ['flood', 'levee', 'rescue', 'evacuation', 'missing', 'farmland', 'crew', 'resident'], marks: [], published: '2024-05-07' };
    const y: StorySignature = { ...x, published: '2024-05-08' };
    expect(storyLink(x, y)).toBe(false);
  });

  test('a famous name shared by two events is not enough: they must also share what happened', () => {
    // A governor's flood visit and the same governor's budget speech: one person, two events.
    const entities = [
      { key: 'anna velez', weight: 3 },
      { key: 'velez', weight: 1 },
      { key: 'harlan county', weight: 2 },
    ];
    const flood: StorySignature = {
      entities,
      terms: ['levee', 'flood', 'evacuation', 'rescue', 'farmland', 'governor', 'budget'],
      marks: [],
      published: '2024-05-07',
    };
    const budget: StorySignature = {
      entities,
      terms: ['governor', 'budget', 'school', 'taxes', 'spending', 'deficit', 'lawmaker'],
      marks: [],
      published: '2024-05-08',
    };
    expect(storyScore(flood, budget)).toMatchObject({ names: 5, terms: 2 });
    expect(storyLink(flood, budget)).toBe(false);
    const followUp: StorySignature = { ...budget, terms: ['levee', 'flood', 'evacuation', 'rescue', 'farmland', 'damage', 'insurance'] };
    expect(storyLink(flood, followUp)).toBe(true);
  });

  test('a surname beside its full name is one entity: it adds no weight', () => {
    const x: StorySignature = { entities: [{ key: 'anna velez', weight: 3 }, { key: 'velez', weight: 1 }], terms: [], marks: [], published: null };
    expect(storyScore(x, x).names).toBe(3);
    // Alone, an article's surname still meets another's surname.
    const y: StorySignature = { entities: [{ key: 'velez', weight: 1 }], terms: [], marks: [], published: null };
    expect(storyScore(x, y).names).toBe(1);
  });

  test('a name printed with one long word spelt two ways is one entity; a short word or two words apart are two names', () => {
    expect(spelledTwoWays('marjo soebiandono', 'mardjo soebiandono')).toBe(true);
    expect(spelledTwoWays('karl haldorsen', 'karl haldorson')).toBe(true);
    expect(spelledTwoWays('john smith', 'joan smith')).toBe(false);
    expect(spelledTwoWays('anna velez', 'anna lopez')).toBe(false);
    expect(spelledTwoWays('marjo soebiandono', 'mardjo soebiandomo')).toBe(false);
    expect(spelledTwoWays('haldorsen', 'haldorson')).toBe(false);
    const x: StorySignature = { entities: [{ key: 'marjo soebiandono', weight: 2 }, { key: 'harlan county', weight: 2 }, { key: 'tom reyes', weight: 3 }], terms: [], marks: [], published: null };
    const y: StorySignature = { entities: [{ key: 'mardjo soebiandono', weight: 3 }, { key: 'soebiandono', weight: 1 }, { key: 'harlan county', weight: 2 }, { key: 'tom reyes', weight: 3 }], terms: [], marks: [], published: null };
    expect(storyScore(x, y)).toMatchObject({ names: 7, entities: 3 });
    expect(storyScore(y, x)).toMatchObject({ names: 7, entities: 3 });
    // Beside fewer names printed alike a variant adds nothing: the store never sends such a pair to be linked.
    const lone = (sig: StorySignature): StorySignature => ({ ...sig, entities: sig.entities.filter((e) => e.key !== 'tom reyes') });
    expect(storyScore(lone(x), lone(y))).toMatchObject({ names: 2, entities: 1 });
  });

  test('a surname printed alone in one article is the person another prints in full, beside two names printed alike', () => {
    // A digest names the lawyer in full but has no room for the surname alone in its signature.
    const brief: StorySignature = {
      entities: [{ key: 'harlan county', weight: 2 }, { key: 'marlow creek', weight: 2 }, { key: 'reyes', weight: 1 }],
      terms: [],
      marks: [],
      published: null,
    };
    const digest: StorySignature = { ...brief, entities: [{ key: 'harlan county', weight: 2 }, { key: 'marlow creek', weight: 2 }, { key: 'tom reyes', weight: 3 }] };
    expect(storyScore(brief, digest)).toMatchObject({ names: 5, entities: 3 });
    expect(storyScore(digest, brief)).toMatchObject({ names: 5, entities: 3 });
    // Only a person's name gives its surname: `port hale` is a place, not a `hale`.
    const place: StorySignature = { ...digest, entities: [{ key: 'harlan county', weight: 2 }, { key: 'marlow creek', weight: 2 }, { key: 'tom reyes', weight: 2 }] };
    expect(storyScore(brief, place)).toMatchObject({ names: 4, entities: 2 });
    // Beside one name printed alike it adds nothing: the store never sends such a pair to be linked.
    const lone = (sig: StorySignature): StorySignature => ({ ...sig, entities: sig.entities.filter((e) => e.key !== 'marlow creek') });
    expect(storyScore(lone(brief), lone(digest))).toMatchObject({ names: 2, entities: 1 });
  });

  test('a follow-up more than a year later must share more than one a day later', () => {
    const base: StorySignature = {
      entities: [
        { key: 'marlow creek', weight: 2 },
        { key: 'anna velez', weight: 3 },
      ],
      terms: ['levee', 'flood', 'evacuation', 'floodwater', 'farmland'],
      marks: [],
      published: '2024-05-07',
    };
    expect(storyLink(base, { ...base, published: '2024-05-08' })).toBe(true);
    expect(storyLink(base, { ...base, published: '2026-05-08' })).toBe(false);
  });
});

describe('storyLink and the candidates the store sends', () => {
  // store/queries/story-candidates.sql leaves out a candidate whose entities list fewer than MIN_SHARED_NAMES of
  // the new article's keys: that is right only while no such pair links, whatever the weights, terms and dates.
  test('never links two signatures where fewer than MIN_SHARED_NAMES of one\'s entities carry a key of the other', () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 48_271) % 2_147_483_647;
      return Math.floor((seed / 2_147_483_647) * n);
    };
    const names = ['anna velez', 'velez', 'port hale', 'port hale stags', 'tom reyes', 'reyes', 'lake ord', 'mira stone'];
    const terms = ['flood', 'river', 'rescue', 'boats', 'levee', 'rain', 'homes', 'crews', 'water', 'town', 'mayor', 'storm'];
    const signature = (): StorySignature => ({
      entities: [...new Set(Array.from({ length: 1 + next(7) }, () => names[next(names.length)]!))].map((key) => ({ key, weight: 1 + next(8) })),
      terms: terms.filter(() => next(5) > 0),
      marks: next(2) ? ['amount:450 usd'] : null,
      published: next(4) ? `2024-05-${String(1 + next(28)).padStart(2, '0')}` : null,
    });
    let linked = 0;
    for (let i = 0; i < 3000; i++) {
      const [x, y] = [signature(), signature()];
      const keys = new Set(x.entities.map((e) => e.key));
      const listed = y.entities.filter((e) => keys.has(e.key)).length;
      if (storyLink(x, y)) {
        linked++;
        expect(listed).toBeGreaterThanOrEqual(MIN_SHARED_NAMES);
      }
    }
    expect(linked).toBeGreaterThan(0);
  });
});

describe('storyLink over time', () => {
  // One company's quarterly results: the same organisation, its town and the same kind of words, a quarter apart.
  const results = (published: string, revenue = 8_400_000_000): StorySignature => ({
    entities: [
      { key: 'orlen brightworks', weight: 2 },
      { key: 'calder', weight: 1 },
    ],
    terms: ['revenue', 'quarter', 'income', 'dividend', 'margin', 'forecast', 'outlook', 'profit', 'sales', 'guidance', 'earning', 'operating'],
    // The quarter's revenue, which every report of these results repeats.
    marks: [`amount:${revenue} usd`],
    published,
  });

  test('one organisation and its town with the same kind of news: one event within a month, two events a quarter apart', () => {
    expect(storyScore(results('2024-02-01'), results('2024-05-01'))).toMatchObject({ names: 3, entities: 2, terms: 12 });
    expect(storyLink(results('2024-02-01'), results('2024-02-12'))).toBe(true);
    expect(storyLink(results('2024-02-01'), results('2024-05-01', 9_100_000_000))).toBe(false);
  });

  test('two names and no shared particular: one event a day or two apart, two events further apart', () => {
    const quarter = results('2024-02-01');
    // Another report of that organisation in its town with the same words, but none of its figures or days.
    const other = (published: string): StorySignature => ({ ...results(published), marks: ['amount:1250 job'] });
    expect(storyLink(quarter, other('2024-02-03'))).toBe(true);
    expect(storyLink(quarter, other('2024-02-04'))).toBe(false);
    // A third shared name is enough within a month, as is a shared figure or day.
    const named = (s: StorySignature): StorySignature => ({ ...s, entities: [...s.entities, { key: 'ines korr', weight: 3 }] });
    expect(storyLink(named(quarter), named(other('2024-02-12')))).toBe(true);
    expect(storyLink(quarter, { ...other('2024-02-12'), marks: ['amount:1250 job', 'day:2024-01-30'] })).toBe(false);
    expect(storyLink({ ...quarter, marks: ['day:2024-01-30'] }, { ...other('2024-02-12'), marks: ['day:2024-01-30'] })).toBe(true);
    // A signature stored before marks were (null) corroborates, as every link did then.
    expect(storyLink({ ...quarter, marks: null }, other('2024-02-12'))).toBe(true);
  });

  test('months apart, a person and two other names still make one story (a deal agreed in spring, completed in autumn)', () => {
    const spring: StorySignature = {
      entities: [
        { key: 'vera holm', weight: 3 },
        { key: 'holm', weight: 1 },
        { key: 'holm capital', weight: 2 },
        { key: 'tarnby', weight: 1 },
      ],
      terms: ['takeover', 'offer', 'board', 'buyout', 'acquisition', 'bid', 'shareholder', 'financing'],
      // The offer's value, which a report of its completion repeats.
      marks: ['amount:4200000000 usd'],
      published: '2024-04-20',
    };
    const autumn: StorySignature = { ...spring, published: '2024-10-02' };
    expect(storyScore(spring, autumn)).toMatchObject({ names: 6, entities: 3 });
    expect(storyLink(spring, autumn)).toBe(true);
    // Months apart, the same two names and words without a particular both report are two events (a rematch).
    expect(storyLink(spring, { ...autumn, marks: ['amount:310000000 usd'] })).toBe(false);
    // The same person alone, months apart, is not enough.
    const personOnly: StorySignature = { ...autumn, entities: [{ key: 'vera holm', weight: 3 }] };
    expect(storyLink(spring, personOnly)).toBe(false);
    // Nor the person and her company with the price: a chief executive and her company are in many deals.
    const pair: StorySignature = { ...autumn, entities: spring.entities.filter((e) => e.key !== 'tarnby') };
    expect(storyScore(spring, pair)).toMatchObject({ names: 5, entities: 2 });
    expect(storyLink(spring, pair)).toBe(false);
    expect(storyLink(spring, { ...pair, published: '2024-05-10' })).toBe(true);
  });

  test('months apart, a governor and her province with a figure both report are two events, in any order', () => {
    const stormWords = ['storm', 'flood', 'damage', 'shelter', 'power', 'resident', 'evacuat', 'rescue', 'district', 'school'];
    const pair = [
      { key: 'ilse brandt', weight: 3 },
      { key: 'brandt', weight: 1 },
      { key: 'vessmark', weight: 1 },
    ];
    const storm: StorySignature = { entities: [...pair, { key: 'port aldane', weight: 2 }], terms: stormWords, marks: ['amount:12 people', 'amount:3000 home'], published: '2024-03-04' };
    const update: StorySignature = { ...storm, marks: ['amount:12 people', 'amount:3400 home'], published: '2024-03-07' };
    // Half a year later another storm in another town of the province, whose toll happens to be the same.
    const autumn: StorySignature = { entities: [...pair, { key: 'elmsby', weight: 1 }], terms: stormWords, marks: ['amount:12 people'], published: '2024-09-20' };
    expect(storyScore(update, autumn)).toMatchObject({ names: 4, entities: 2 });
    expect(storyLink(update, autumn)).toBe(false);
    // Within a month the same two names and figure are one event (a storm's later report).
    expect(storyLink(update, { ...autumn, published: '2024-03-20' })).toBe(true);
    const articles = { storm, update, autumn };
    for (const order of [
      ['storm', 'update', 'autumn'],
      ['autumn', 'update', 'storm'],
      ['update', 'autumn', 'storm'],
    ] as const) {
      expect(stories(order.map((id) => [id, articles[id]] as const))).toEqual([['autumn'], ['storm', 'update']]);
    }
  });

  test('three articles chained through a recurring name now form two stories, whatever their order', () => {
    const floodWords = ['flood', 'levee', 'evacuation', 'rescue', 'farmland', 'crew', 'resident', 'shelter', 'missing', 'damage'];
    const governor = [
      { key: 'anna velez', weight: 3 },
      { key: 'velez', weight: 1 },
    ];
    const flood: StorySignature = { entities: [...governor, { key: 'marlow creek', weight: 2 }], terms: floodWords, marks: ['amount:14 resident'], published: '2024-05-07' };
    const followUp: StorySignature = { ...flood, published: '2024-05-09' };
    // Months later the governor visits another disaster: her name and the disaster words, nothing else.
    const fire: StorySignature = {
      entities: [...governor, { key: 'pine hollow', weight: 2 }],
      terms: ['wildfire', ...floodWords.slice(1), 'smoke', 'acre'],
      marks: [],
      published: '2024-09-14',
    };
    // Without a bound on time, the old thresholds (shared names 2, words 5, score 7.5) linked the fire to the flood.
    const { names, terms, score } = storyScore(followUp, fire);
    expect(names >= MIN_NAME_WEIGHT && terms >= MIN_SHARED_TERMS && score >= LINK_SCORE).toBe(true);
    const articles = { flood, followUp, fire };
    const expected = [['fire'], ['flood', 'followUp']];
    for (const order of [
      ['flood', 'followUp', 'fire'],
      ['fire', 'followUp', 'flood'],
      ['followUp', 'fire', 'flood'],
    ] as const) {
      expect(stories(order.map((id) => [id, articles[id]] as const))).toEqual(expected);
    }
  });
});

describe('storyLink through one recurring name', () => {
  const matchWords = ['goal', 'minute', 'striker', 'keeper', 'penalty', 'header', 'season', 'league', 'victory', 'whistle', 'stoppage'];
  const report = (rival: string, published: string): StorySignature => ({
    entities: [
      { key: 'fenwick rovers', weight: 2 },
      { key: rival, weight: 2 },
    ],
    terms: matchWords,
    marks: [],
    published,
  });

  test("one shared name is an actor, not an event: a club's next game is another story, in any order", () => {
    const first = report('dalby city', '2024-03-02');
    const second = report('dalby city', '2024-03-03');
    const next = report('ashgrove united', '2024-03-09');
    // The shared weight (2) and words (11) met the old thresholds; one distinct name does not.
    expect(storyScore(second, next)).toMatchObject({ names: 2, entities: 1, terms: 11 });
    expect(storyScore(second, next).score).toBeGreaterThanOrEqual(LINK_SCORE);
    expect(storyLink(second, next)).toBe(false);
    expect(storyLink(first, second)).toBe(true);
    const articles = { first, second, next };
    for (const order of [
      ['first', 'second', 'next'],
      ['next', 'second', 'first'],
      ['second', 'next', 'first'],
    ] as const) {
      expect(stories(order.map((id) => [id, articles[id]] as const))).toEqual([['first', 'second'], ['next']]);
    }
  });
});

/** Stories as the store forms them: each article, in arrival order, joins every earlier one it links to. */
function stories(arrivals: readonly (readonly [string, StorySignature])[]): string[][] {
  const root = new Map<string, string>();
  const find = (id: string): string => (root.get(id) === id ? id : find(root.get(id)!));
  for (const [i, [id, signature]] of arrivals.entries()) {
    root.set(id, id);
    for (const [other, earlier] of arrivals.slice(0, i)) if (storyLink(signature, earlier)) root.set(find(other), find(id));
  }
  const groups = new Map<string, string[]>();
  for (const [id] of arrivals) groups.set(find(id), [...(groups.get(find(id)) ?? []), id]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('story-scoped keys', () => {
  const s1 = scopeToken('s_1111');
  const s2 = scopeToken('s_2222');

  test('the same generic subject in two stories gives two keys', () => {
    expect(factKey('people', 'count', s1)).not.toBe(factKey('people', 'count', s2));
    expect(factKey('people', 'count', s1)).toBe(factKey('People', 'count', s1));
  });

  test('rescopeKey moves a key to another story', () => {
    expect(rescopeKey(factKey('death toll', 'count', s1), s2)).toBe(factKey('death toll', 'count', s2));
  });

  test('resolution never crosses stories, and a one-word generic subject stays on its own', () => {
    const facts: KeyedFact[] = [
      { id: 'a', key: factKey('people', 'count', s1), kind: 'figure' },
      { id: 'b', key: factKey('people missing', 'count', s1), kind: 'figure' },
      { id: 'c', key: factKey('flood victims missing', 'count', s2), kind: 'figure' },
      { id: 'd', key: factKey('victims missing', 'count', s2), kind: 'figure' },
      { id: 'e', key: factKey('victims missing', 'count', s1), kind: 'figure' },
    ];
    const roots = resolveFacts(facts);
    expect(roots.get('a')).toBeUndefined();
    expect(roots.get('d')).toBe('c');
    expect(roots.get('e')).toBeUndefined();
  });
});

describe('isGenericSubject', () => {
  const names = nameWords('Voters in Kestrel Bay backed the Harbor Authority plan, Mayor Lin Okafor said. Turnout was high; officials put turnout at 61%.');

  test('a subject of common words means something only inside its story', () => {
    for (const subject of ['people', 'death toll', 'the deal', 'years', 'people unaccounted for', 'Turnout']) {
      expect(isGenericSubject(subject, names)).toBe(true);
    }
  });

  test('a word opening a sentence is a name when the text never writes it in lower case', () => {
    const opening = nameWords('Portugal raised its forecast. Growth was 2%, and growth may slow.');
    expect(isGenericSubject('Portugal', opening)).toBe(false);
    expect(isGenericSubject('Growth', opening)).toBe(true);
  });

  test('a name, an acronym or a capitalised later word makes a subject specific', () => {
    for (const subject of ['Kestrel Bay turnout', 'Harbor Authority plan cost', 'US tariff on cars', 'tariff on Japanese cars', 'CGT count']) {
      expect(isGenericSubject(subject, names)).toBe(false);
    }
  });
});

import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../../model/index.js';
import { areRelated, claimObservation, factKey, relatedToAny, resolveFacts, scopeToken, type KeyedFact } from '../../reconcile/index.js';

const fact = (id: string, subject: string, predicate: string, kind: KeyedFact['kind'] = 'figure'): KeyedFact => ({ id, key: factKey(subject, predicate), kind });

describe('factKey normalisation', () => {
  test('predicate and subject synonyms meet: auto tariffs on Japan = tariff on Japanese cars', () => {
    expect(factKey('auto tariffs on Japan', 'rate')).toBe(factKey('tariff on Japanese cars', 'rate'));
    expect(factKey('Japanese automobile duties', 'level')).toBe(factKey('tariff on Japanese cars', 'rate'));
    expect(factKey('U.S. Steel', 'amount')).toBe(factKey('United States Steel', 'amount'));
    expect(factKey('US Steel', 'value')).toBe(factKey('U.S. Steel', 'amount'));
  });
});

describe('resolveFacts', () => {
  test('a surname resolves into the one full name that contains it', () => {
    const facts = [fact('f_t', 'Trump', 'role', 'person'), fact('f_dt', 'Donald Trump', 'role', 'person')];
    expect(resolveFacts(facts)).toEqual(new Map([['f_t', 'f_dt']]));
  });

  test("a country's office is no shorter mention of an organisation named after it; a person named like a country is", () => {
    const offices = [fact('f_p', 'Pakistan', 'president', 'person'), fact('f_a', 'Pakistan Traders Association', 'president', 'person')];
    expect(resolveFacts(offices)).toEqual(new Map());
    const companies = [fact('f_d', 'Disney', 'chief executive', 'person'), fact('f_wd', 'Walt Disney', 'chief executive', 'person')];
    expect(resolveFacts(companies)).toEqual(new Map([['f_d', 'f_wd']]));
    expect(resolveFacts([fact('f_j', 'Jordan', 'role', 'person'), fact('f_mj', 'Malik Jordan', 'role', 'person')])).toEqual(new Map([['f_j', 'f_mj']]));
  });

  test('a surname two people share stays apart', () => {
    const facts = [fact('f_s', 'Suga', 'role', 'person'), fact('f_ys', 'Yoshihide Suga', 'role', 'person'), fact('f_ss', 'Sanae Suga', 'role', 'person')];
    expect(resolveFacts(facts)).toEqual(new Map());
  });

  test('a shorter mention resolves into its one longer form; two incomparable longer forms make it ambiguous', () => {
    expect(resolveFacts([fact('f_1', 'investment fund', 'size'), fact('f_2', 'Japan investment fund', 'size')])).toEqual(new Map([['f_1', 'f_2']]));
    const cars = [fact('f_c', 'tariff on cars', 'rate'), fact('f_g', 'global tariff on cars', 'rate'), fact('f_p', 'tariff on car parts', 'rate')];
    expect(resolveFacts(cars)).toEqual(new Map());
  });

  test('chains resolve to the end; one word is too little for a thing; predicates and kinds must match', () => {
    const chain = [fact('f_1', 'investment fund', 'size'), fact('f_2', 'Japan investment fund', 'size'), fact('f_3', 'Japan strategic investment fund', 'size')];
    expect(resolveFacts(chain)).toEqual(new Map([['f_1', 'f_3'], ['f_2', 'f_3']]));
    expect(resolveFacts([fact('f_1', 'cars', 'count'), fact('f_2', 'cars exported', 'count')])).toEqual(new Map());
    expect(resolveFacts([fact('f_1', 'investment fund', 'size'), fact('f_2', 'Japan investment fund', 'count')])).toEqual(new Map());
    expect(resolveFacts([fact('f_1', 'Trump', 'role', 'person'), fact('f_2', 'Trump administration', 'role')])).toEqual(new Map());
  });

  test("a bare count keyed by its figure resolves into the one owner's count of that figure in its story", () => {
    const base = { start: 0, end: 1, quote: 'x', attribution: null, hedge: null, qualifier: null, extractor: 't@1', rule: 'r', confidence: 1 } as const;
    const scope = { token: scopeToken('s_1'), names: new Set(['okafor', 'kim']) };
    const count = (id: string, subject: string, amount: number): KeyedFact => {
      const claim: ClaimDraft = { ...base, kind: 'figure', value: { amount, unit: 'point' }, subject, predicate: 'count' };
      return { id, key: claimObservation(claim, scope)!.key, kind: 'figure' };
    };
    expect(resolveFacts([count('f_b', 'points', 15), count('f_o', 'Mara Okafor points', 15)])).toEqual(new Map([['f_b', 'f_o']]));
    expect(resolveFacts([count('f_b', 'points', 15), count('f_o', 'Mara Okafor points', 17)])).toEqual(new Map());
    expect(resolveFacts([count('f_b', 'points', 15), count('f_o', 'Mara Okafor points', 15), count('f_k', 'Lena Kim points', 15)])).toEqual(new Map());
  });

  test('a bare count keyed by its figure resolves into the one count of that figure in its story that says more of it', () => {
    const base = { start: 0, end: 1, quote: 'x', attribution: null, hedge: null, qualifier: null, extractor: 't@1', rule: 'r', confidence: 1 } as const;
    const scope = { token: scopeToken('s_1'), names: new Set(['okafor']) };
    const other = { token: scopeToken('s_2'), names: new Set<string>() };
    const count = (id: string, subject: string, amount: number, unit = 'passenger', at = scope): KeyedFact => {
      const claim: ClaimDraft = { ...base, kind: 'figure', value: { amount, unit }, subject, predicate: 'count' };
      return { id, key: claimObservation(claim, at)!.key, kind: 'figure' };
    };
    // `with all 212 passengers escaping` in one article, `the jet, which was carrying 212 passengers` in another.
    expect(resolveFacts([count('f_b', 'passengers', 212), count('f_v', 'passengers carried', 212)])).toEqual(new Map([['f_b', 'f_v']]));
    // Another figure, another story: apart.
    expect(resolveFacts([count('f_b', 'passengers', 212), count('f_v', 'passengers carried', 210)])).toEqual(new Map());
    expect(resolveFacts([count('f_b', 'passengers', 212, 'passenger', other), count('f_v', 'passengers carried', 212)])).toEqual(new Map());
    // Two things that befell 212 passengers: the bare count could be either, so it stays apart.
    expect(resolveFacts([count('f_b', 'passengers', 212), count('f_v', 'passengers carried', 212), count('f_r', 'passengers rescued', 212)])).toEqual(new Map());
    // A whole count under ten is too common a figure: `two wickets` and another player's `claimed two wickets`.
    expect(resolveFacts([count('f_b', 'wickets', 2, 'wicket'), count('f_v', 'wickets claimed', 2, 'wicket')])).toEqual(new Map());
    expect(resolveFacts([count('f_b', 'wickets', 2, 'wicket'), count('f_o', 'Mara Okafor wickets', 2, 'wicket')])).toEqual(new Map([['f_b', 'f_o']]));
    // A count with a verb and an owner's count of one figure: which one the bare count is, the words do not say.
    expect(resolveFacts([count('f_b', 'points', 15, 'point'), count('f_v', 'points scored', 15, 'point'), count('f_o', 'Mara Okafor points', 15, 'point')])).toEqual(new Map());
  });

  test('imported facts are never resolved', () => {
    expect(resolveFacts([{ id: 'f_1', key: 'fund|size', kind: null }, { id: 'f_2', key: 'fund japan|size', kind: null }])).toEqual(new Map());
  });

  test('the result does not depend on the order of the facts', () => {
    const facts = [fact('f_t', 'Trump', 'role', 'person'), fact('f_dt', 'Donald Trump', 'role', 'person'), fact('f_1', 'investment fund', 'size'), fact('f_2', 'Japan investment fund', 'size')];
    expect(resolveFacts([...facts].reverse())).toEqual(resolveFacts(facts));
  });
});

describe('resolveFacts with entities', () => {
  const person = (id: string, name: string, entity: string | null): KeyedFact => ({ id, key: factKey(name, 'role'), kind: 'person', entity });

  test('two spellings of one resolved person are one fact, the longer or smaller id standing', () => {
    expect(resolveFacts([person('f_b', 'Mareck Tull', 'e_1'), person('f_a', 'Marek Tull', 'e_1')])).toEqual(new Map([['f_b', 'f_a']]));
    expect(resolveFacts([person('f_a', 'Ana Lopez', 'e_2'), person('f_b', 'Ana Maria Lopez', 'e_2')])).toEqual(new Map([['f_a', 'f_b']]));
  });

  test('without a shared entity the spellings stay apart', () => {
    expect(resolveFacts([person('f_b', 'Mareck Tull', 'e_1'), person('f_a', 'Marek Tull', 'e_2')])).toEqual(new Map());
    expect(resolveFacts([person('f_b', 'Mareck Tull', null), person('f_a', 'Marek Tull', null)])).toEqual(new Map());
  });

  test('a surname inside two spellings of one entity resolves into it; inside two people it stays apart', () => {
    const one = [person('f_s', 'Tull', null), person('f_b', 'Mareck Tull', 'e_1'), person('f_a', 'Marek Tull', 'e_1')];
    expect(resolveFacts(one)).toEqual(new Map([['f_b', 'f_a'], ['f_s', 'f_a']]));
    const two = [person('f_s', 'Tull', null), person('f_b', 'Nora Tull', 'e_1'), person('f_a', 'Marek Tull', 'e_2')];
    expect(resolveFacts(two)).toEqual(new Map());
  });

  test('an entity never joins facts of different predicates or things that are not people', () => {
    const role = person('f_a', 'Marek Tull', 'e_1');
    const other: KeyedFact = { id: 'f_b', key: factKey('Mareck Tull', 'salary'), kind: 'person', entity: 'e_1' };
    const thing: KeyedFact = { id: 'f_c', key: factKey('Mareck Tull', 'role'), kind: 'figure', entity: 'e_1' };
    expect(resolveFacts([role, other, thing])).toEqual(new Map());
  });

  test('order does not matter', () => {
    const facts = [person('f_s', 'Tull', null), person('f_b', 'Mareck Tull', 'e_1'), person('f_a', 'Marek Tull', 'e_1'), person('f_c', 'Ana Lopez', 'e_2')];
    expect(resolveFacts([...facts].reverse())).toEqual(resolveFacts(facts));
  });
});

describe('related keys', () => {
  const story = scopeToken('s_1');
  const other = scopeToken('s_2');
  // Keys as `factKey` and a story's scope make them: subject words (sorted, the scope token among them) | predicate.
  const keys = [
    'fund investment|amount',
    `people ${story}|count`,
    'fund investment japan|amount',
    `people ${other}|count`,
    'japan|amount',
    'fund investment|rate',
    `injured people ${story}|count`,
  ];

  test('related: the same predicate, one subject inside the other, never across two stories', () => {
    const [fund, people, japanFund, otherPeople, japan, fundValue, injured] = keys as [string, string, string, string, string, string, string];
    expect(keys.map((k) => areRelated(fund, k))).toEqual([true, false, true, false, false, false, false]);
    expect(keys.map((k) => areRelated(people, k))).toEqual([false, true, false, false, false, false, true]);
    expect(areRelated(japan, japanFund)).toBe(true);
    expect(areRelated(japan, fund)).toBe(false);
    expect(areRelated(injured, otherPeople)).toBe(false);
    expect(areRelated(fundValue, fund)).toBe(false);
    // relatedToAny: any of its keys, each parsed once.
    const some = relatedToAny([fund, people]);
    expect(keys.map(some)).toEqual([true, true, true, false, false, false, true]);
    expect(relatedToAny([])(fund)).toBe(false);
  });

  test("a story's generic subsets resolve among hundreds of longer facts as when tested each against each", () => {
    // One generic predicate across many facts: each shorter mention still finds its one smallest superset.
    const facts: KeyedFact[] = [];
    for (let i = 0; i < 300; i += 1) {
      facts.push(fact(`f_long${i}`, `vote share party${i} district${i % 7}`, 'share'));
      facts.push(fact(`f_short${i}`, `vote share party${i}`, 'share'));
    }
    facts.push(fact('f_district', 'vote share district3', 'share'));
    const resolved = resolveFacts(facts);
    for (let i = 0; i < 300; i += 1) expect(resolved.get(`f_short${i}`)).toBe(`f_long${i}`);
    // `district3` is in many longer facts that do not contain one another: ambiguous, it stays apart.
    expect(resolved.has('f_district')).toBe(false);
    expect(resolved.size).toBe(300);
  });
});

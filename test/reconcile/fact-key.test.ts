import { describe, expect, test } from 'vitest';
import { factKey, isUsableKey, normaliseWords } from '../../reconcile/index.js';

describe('factKey', () => {
  test('ignores case, punctuation and accents', () => {
    expect(factKey('Nippon Steel’s Bid!', 'PRICE')).toBe(factKey('nippon steel bid', 'price'));
    expect(factKey('Akazawa Ryōsei', 'role')).toBe(factKey('Akazawa Ryosei', 'role'));
  });

  test('a job cut is one measure however its workforce and its verb are worded, and only with a verb of cutting', () => {
    expect(factKey('jobs slashed', 'count')).toBe(factKey('workers laid off', 'count'));
    expect(factKey('positions eliminated', 'count')).toBe(factKey('jobs cut', 'count'));
    expect(factKey('workers', 'count')).not.toBe(factKey('jobs', 'count'));
    expect(factKey('workers on strike', 'count')).not.toBe(factKey('jobs cut', 'count'));
    expect(factKey('jobs created', 'count')).not.toBe(factKey('jobs cut', 'count'));
  });

  test("a result is one word from either side: a victory, a win and a defeat of a game", () => {
    expect(factKey('victory', 'date')).toBe(factKey('win', 'date'));
    expect(factKey('defeat', 'date')).toBe(factKey('win', 'date'));
    expect(factKey('straight victories', 'count')).toBe(factKey('straight wins', 'count'));
    expect(factKey('victory', 'size')).not.toBe(factKey('lead', 'size'));
  });

  test("a player's count is one measure whatever verb of scoring says it", () => {
    expect(factKey('Lena Ortiz goals registered', 'count')).toBe(factKey('Lena Ortiz goals scored', 'count'));
    expect(factKey('Lena Ortiz goals notched', 'count')).toBe(factKey('Lena Ortiz goals scored', 'count'));
    expect(factKey('Lena Ortiz goals scored', 'count')).not.toBe(factKey('Lena Ortiz goals allowed', 'count'));
  });

  test('drops stop words and possessives', () => {
    expect(factKey('the tariff on the cars of Japan', 'rate')).toBe(factKey("Japan's car tariff", 'rate'));
  });

  test('merges simple plurals', () => {
    expect(factKey('tariffs on Japanese cars', 'rates')).toBe(factKey('tariff on Japanese car', 'rate'));
    expect(factKey('duties', 'rate')).toBe(factKey('duty', 'rate'));
    expect(factKey('taxes', 'rate')).toBe(factKey('tax', 'rate'));
  });

  test('collapses U.S., US, USA and United States', () => {
    const key = factKey('US tariff on Japanese cars', 'rate');
    expect(factKey('U.S. tariff on Japanese cars', 'rate')).toBe(key);
    expect(factKey('United States tariff on Japanese cars', 'rate')).toBe(key);
    expect(factKey('USA tariff on Japanese cars', 'rate')).toBe(key);
    expect(factKey('U.S.A. tariff on Japanese cars', 'rate')).toBe(key);
  });

  test('ignores word order in the subject', () => {
    expect(factKey('Ryosei Akazawa', 'role')).toBe(factKey('Akazawa Ryosei', 'role'));
    expect(factKey('Japanese car US tariff', 'rate')).toBe(factKey('US tariff on Japanese cars', 'rate'));
  });

  test('keeps different things apart', () => {
    const cars = factKey('US tariff on Japanese cars', 'rate');
    expect(factKey('US tariff on Japanese steel', 'rate')).not.toBe(cars);
    expect(factKey('US tariff on Japanese cars', 'duration')).not.toBe(cars);
    expect(factKey('manufacturing jobs', 'count')).not.toBe(factKey('engineering positions', 'count'));
    // "us" as a country survives singularisation, and is not confused with nothing.
    expect(factKey('US investment', 'amount')).not.toBe(factKey('investment', 'amount'));
  });

  test('a subject or predicate of only stop words gives an unusable key', () => {
    expect(isUsableKey(factKey('the', 'rate'))).toBe(false);
    expect(isUsableKey(factKey('tariff', 'of'))).toBe(false);
    expect(isUsableKey(factKey('tariff', 'rate'))).toBe(true);
  });

  test('words are tokens, not characters: "u.s." is one word', () => {
    expect(normaliseWords('U.S.-Japan deal')).toEqual(['us', 'japan', 'deal']);
  });
});

describe('casualty and crowd measures', () => {
  test('a death toll is one measure however it is worded', () => {
    expect(factKey('death toll', 'count')).toBe(factKey('deaths', 'count'));
    expect(factKey('the toll', 'count')).toBe(factKey('fatalities', 'count'));
    expect(factKey('people died', 'count')).toBe(factKey('deaths', 'count'));
  });

  test('missing and unaccounted for are one count; accounted for is another', () => {
    expect(factKey('people unaccounted for', 'count')).toBe(factKey('people missing', 'count'));
    expect(factKey('people accounted for', 'count')).not.toBe(factKey('people missing', 'count'));
  });

  test('a count of people is named by what the people are: "people confirmed dead" is the death toll', () => {
    expect(factKey('people confirmed dead', 'count')).toBe(factKey('death toll', 'count'));
    expect(factKey('official death toll', 'count')).toBe(factKey('death toll', 'count'));
    expect(factKey('persons injured', 'count')).toBe(factKey('injuries', 'count'));
    // "people" alone still names the count; a place keeps a count of people apart from another place's.
    expect(isUsableKey(factKey('people', 'count'))).toBe(true);
    expect(factKey('people in Lyon', 'count')).not.toBe(factKey('people in Nantes', 'count'));
  });

  test('probes and inquiries are investigations, and a count of them one measure', () => {
    expect(factKey('new probes opened', 'count')).toBe(factKey('new investigations opened', 'count'));
    expect(factKey('inquiry', 'date')).toBe(factKey('investigation', 'date'));
    expect(factKey('probes opened', 'count')).not.toBe(factKey('probes closed', 'count'));
  });

  test('rallies, parades and protests are demonstrations; demonstrators are protesters', () => {
    expect(factKey('rallies', 'count')).toBe(factKey('demonstrations', 'count'));
    expect(factKey('parades', 'count')).toBe(factKey('protests', 'count'));
    expect(factKey('demonstrators', 'count')).toBe(factKey('protesters', 'count'));
  });

  test('people taking part are one count whatever the verb, and who counted is not part of it', () => {
    const crowd = factKey('people marched', 'count');
    for (const s of ['demonstrators', 'people participated', 'people took part', 'people turned out', 'participants in the rally', 'people in the march exceeded', 'marchers counted']) {
      expect(factKey(s, 'count')).toBe(crowd);
    }
    // A place keeps the capital's crowd apart from the country's, and names it whatever the wording.
    expect(factKey('marchers counted in Quito', 'count')).toBe(factKey('people in Quito', 'count'));
    expect(factKey('people in Quito', 'count')).not.toBe(crowd);
    // The dead are not the crowd.
    expect(factKey('protesters killed', 'count')).toBe(factKey('deaths', 'count'));
    expect(factKey('demonstrations', 'count')).not.toBe(crowd);
  });
});

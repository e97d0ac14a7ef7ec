/**
 * One test per conflict of `shared/eval/gold/NOTES.md` (1–13, plus 14's surface
 * variation): what the store must show after all five seeds are reconciled.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FactExport } from '../../model/index.js';
import { FactStore } from '../../store/index.js';
import { SEEDS, seed001 } from './seed-claims.js';
import { BACKENDS, openBackend, type Backend } from './store-fixture.js';

async function ingest(store: FactStore): Promise<Map<string, FactExport>> {
  let tick = Date.parse('2026-03-01T00:00:00Z');
  for (const seed of SEEDS) {
    await store.saveArticle(seed.article, seed.source);
    await store.recordClaims(seed.article.id, seed.drafts, { now: new Date((tick += 1000)) });
  }
  const facts = await store.exportFacts();
  return new Map(facts.map((f) => [`${f.subject}|${f.predicate}`, f]));
}

function only(facts: Map<string, FactExport>, pattern: RegExp): FactExport[] {
  return [...facts.values()].filter((f) => pattern.test(`${f.subject}|${f.predicate}`));
}

describe.each(BACKENDS)('NOTES.md conflicts [%s]', (kind) => {
  // Every test reads what one reconciliation of the five seeds left (in order, on a fixed clock, so the same each
  // time): the seeds are ingested once per backend, not once per test. No test writes to the store.
  let backend: Backend;
  let store: FactStore;
  let ingested: Map<string, FactExport>;
  beforeAll(async () => {
    backend = await openBackend(kind);
    store = new FactStore(backend.db);
    ingested = await ingest(store);
  }, 120_000);
  afterAll(async () => {
    await backend?.dispose();
  });

  test('1: the Japanese car tariff changed from 25% to 15%: successive values, not a dispute', async () => {
    const facts = ingested;
    // "auto tariffs on Japan", "tariff on Japanese cars" and "US levies on Japanese cars" are one fact.
    const [cars, ...more] = only(facts, /cars?\|rate$|Japan\|rate$/).filter((f) => !/global|parts/.test(f.subject));
    expect(more).toEqual([]);
    expect(cars).toMatchObject({
      status: 'settled',
      value: { amount: 15, unit: '%' },
      valid_from: '2025-07-23',
      valid_to: null,
      sources: ['004.txt'],
      alternatives: [{ value: { amount: 25, unit: '%' }, status: 'superseded', valid_from: '2025-05-23', valid_to: '2025-07-23', sources: ['002.txt'] }],
    });
    expect((await store.factAt(cars!.id, { validAt: '2025-06-01' }))!.valid?.value).toEqual({ amount: 25, unit: '%' });
    expect((await store.factAt(cars!.id, { validAt: '2025-08-01' }))!.valid?.value).toEqual({ amount: 15, unit: '%' });
    // The country-wide rate is its own fact. 001's "previously threatened 25% tariff" was never in force
    // (NOTES.md conflict 1): since rules@6 it is the threatened rate's own fact, not an outweighed value
    // of the rate in force (which, given by 001 beside its 15%, would make 001 report a dispute).
    expect(facts.get('tariff on Japanese imports|rate')).toMatchObject({
      status: 'settled',
      value: { amount: 15, unit: '%' },
      sources: ['001.txt', '004.txt'],
      alternatives: [],
    });
    expect(facts.get('tariff on Japanese imports|proposed rate')).toMatchObject({ value: { amount: 25, unit: '%' }, sources: ['001.txt'] });
  });

  test('2: the 15% car rate and the 25% global auto-parts rate stay apart (scoped, not merged)', async () => {
    const facts = ingested;
    expect(facts.get('tariff on car parts|rate')).toMatchObject({ status: 'settled', value: { amount: 25, unit: '%' }, alternatives: [] });
    expect(facts.get('global tariff on cars|rate')).toMatchObject({ status: 'settled', value: { amount: 25, unit: '%' }, alternatives: [] });
    expect(facts.get('tariff on steel|rate')).toMatchObject({ value: { amount: 50, unit: '%' } });
  });

  test('3: "Sanae Suga" is kept as printed, as a lone reported claim, and succeeds Ishiba as prime minister', async () => {
    const facts = ingested;
    // Rules@75: a prime minister named with no country (these claims give none) is the office of the story's
    // government, so the two reports are successive holders of one office, as eval/seeds-facts.json J-05 scores it
    // (who holds the office when), rather than two people's role facts that never met.
    const office = facts.get('government|prime minister')!;
    expect(office).toMatchObject({
      status: 'settled',
      value: { text: 'Sanae Suga' },
      valid_from: '2026-02-11',
      sources: ['001.txt'],
      alternatives: [{ value: { text: 'Shigeru Ishiba' }, status: 'superseded', valid_from: '2025-05-23', valid_to: '2026-02-11', sources: ['002.txt'] }],
    });
    // One hedged report is not certainty: below a corroborated fact.
    expect(office.confidence).toBeLessThan(facts.get('Howard Lutnick|role: secretary')!.confidence);
  });

  test("4: Akazawa's title changed: Minister of Economy now, Economic Revitalization Minister before; name order ignored", async () => {
    const facts = ingested;
    const akazawa = only(facts, /Akazawa/);
    expect(akazawa).toHaveLength(1);
    expect(akazawa[0]).toMatchObject({
      status: 'settled',
      value: { text: 'Minister of Economy' },
      valid_from: '2026-02-11',
      alternatives: [{ value: { text: 'Economic Revitalization Minister' }, status: 'superseded', valid_from: '2025-05-23', valid_to: '2026-02-11', sources: ['003.txt'] }],
    });
  });

  test('5: 7- and 15-year terms are two positions with one speculative source each, not merged with 15%', async () => {
    const facts = ingested;
    const japanOffer = facts.get('terms|duration')!;
    const usDemand = facts.get('minimums|duration')!;
    expect(japanOffer).toMatchObject({ value: { amount: 7, unit: 'year' }, sources: ['002.txt'], alternatives: [] });
    expect(usDemand).toMatchObject({ value: { amount: 15, unit: 'year' }, sources: ['002.txt'], alternatives: [] });
    expect(japanOffer.confidence).toBeLessThan(0.5);
    expect(usDemand.confidence).toBeLessThan(0.5);
  });

  test('6: the Nippon Steel price is one fact; "$14 billion", "$14B" and the project amount count once', async () => {
    const facts = ingested;
    const deal = only(facts, /Nippon Steel/);
    expect(deal).toHaveLength(1);
    expect(deal[0]).toMatchObject({ status: 'settled', value: { amount: 14e9, unit: 'USD' }, sources: ['003.txt'], alternatives: [] });
    const state = (await store.getFact(deal[0]!.id))!;
    expect(state.version.candidates[0]!.claimIds).toHaveLength(3);
  });

  test('7: the fund size is one fact across three outlets; the profit and cost splits stay separate facts', async () => {
    const facts = ingested;
    const fund = only(facts, /fund\|size$/);
    expect(fund).toHaveLength(1);
    expect(fund[0]).toMatchObject({ status: 'settled', value: { amount: 550e9, unit: 'USD' }, sources: ['000.txt', '001.txt', '004.txt'] });
    expect(facts.get('profits from investments|share')).toMatchObject({ value: { amount: 90, unit: '%' }, sources: ['000.txt'] });
    expect(facts.get('cost split|share')).toMatchObject({ value: { amount: 50, unit: '%' }, sources: ['000.txt'] });
  });

  test('8: only 001 gives the penalty deadline; its 25% reinstatement threat is a threatened rate, not the rate in force', async () => {
    const facts = ingested;
    expect(facts.get('fund disbursement|deadline')).toMatchObject({ value: { amount: 45, unit: 'working day' }, sources: ['001.txt'] });
    const imports = facts.get('tariff on Japanese imports|rate')!;
    expect(imports.value).toEqual({ amount: 15, unit: '%' });
    // Until rules@6 the threat was a disputed minority value of the rate in force; it is the threat's own fact now.
    expect(imports.alternatives).toEqual([]);
    expect(facts.get('tariff on Japanese imports|proposed rate')!.value).toEqual({ amount: 25, unit: '%' });
  });

  test("9: 001's unresolved 'this week' decision observes no fact, so nothing says the fund launched", async () => {
    const facts = ingested;
    expect(only(facts, /final decision\|/)).toEqual([]);
    const claims = await store.listClaims({ doc: seed001.article.doc, kind: 'date' });
    expect(claims.map((c) => c.quote)).toEqual(['this week']);
  });

  test('10: the candidate projects of 000 and 001 are distinct facts, never merged', async () => {
    const facts = ingested;
    expect(facts.get('liquefied natural gas pipeline in Alaska|location')).toMatchObject({ sources: ['000.txt'] });
    expect(facts.get('SoftBank data center infrastructure project|sponsor')).toMatchObject({ sources: ['001.txt'] });
    expect(facts.get('deep-sea crude oil transfer terminal in Gulf of Mexico|location')).toMatchObject({ sources: ['001.txt'] });
  });

  test("11: 002's auto-duty 25% is not put together with steel tariffs", async () => {
    const facts = ingested;
    expect(facts.get('tariff on steel|rate')!.sources).toEqual(['004.txt']);
    expect(only(facts, /steel\|rate/).every((f) => !f.sources.includes('002.txt'))).toBe(true);
  });

  test("12: 002's uncorroborated figures stand on 002 alone, below the corroborated fund", async () => {
    const facts = ingested;
    const fund = only(facts, /fund\|size$/)[0]!;
    for (const key of ['Honda Ohio electric vehicle plant|amount', 'total auto production|share']) {
      expect(facts.get(key)!.sources).toEqual(['002.txt']);
      expect(facts.get(key)!.confidence).toBeLessThan(fund.confidence);
    }
    // Its SoftBank hub figure and project mention resolve into one fact.
    const hub = only(facts, /SoftBank .*AI research hub/);
    expect(hub).toHaveLength(1);
    expect(hub[0]).toMatchObject({ value: { amount: 100e6, unit: 'USD' }, sources: ['002.txt'] });
  });

  test('13: the same number about different things stays in different facts', async () => {
    const facts = ingested;
    expect(facts.get('manufacturing jobs cut|count')!.value).toEqual({ amount: 12000, unit: 'job' });
    expect(facts.get('US engineering positions generated|count')!.value).toEqual({ amount: 12000, unit: 'position' });
    expect(facts.get('individual project estimates|range')!.value).toEqual({ min: 350e6, max: 100e9, unit: 'USD' });
    expect(facts.get('fund disbursement|deadline')!.value).toEqual({ amount: 45, unit: 'working day' });
    expect(facts.get('Trump-Ishiba call|duration')!.value).toEqual({ amount: 45, unit: 'minute' });
    expect([...facts.values()].filter((f) => f.status === 'contested')).toEqual([]);
  });

  test('14: surface variation merges: Lutnick is Commerce Secretary in three outlets; Trump is Donald Trump', async () => {
    const facts = ingested;
    expect(facts.get('Howard Lutnick|role: secretary')).toMatchObject({
      status: 'settled',
      value: { text: 'Commerce Secretary' },
      sources: ['000.txt', '001.txt', '004.txt'],
      alternatives: [],
    });
    expect(only(facts, /Trump\|role: president/)).toHaveLength(1);
    expect(facts.get('Donald Trump|role: president')!.sources).toEqual(['002.txt', '003.txt', '004.txt']);
  });
});

/**
 * Valid time from the text: a figure's sentence that says when its value
 * started or held dates it, instead of its article's publish date. The
 * extractor reads it (`stated`); hand-made drafts here are completed the way
 * the reconcile job completes an older extractor's (`withCues`), as the store
 * reads no text.
 */
import { describe, expect } from 'vitest';
import { completeClaims } from '../../extract/claim-completion.js';
import { extractClaims } from '../../extract/index.js';
import type { Article, ClaimDraft } from '../../model/index.js';
import type { Database, FactStore } from '../../store/index.js';
import { withCues } from '../helpers/claim-cues.js';
import { article, figure } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const T = (n: number) => new Date(Date.UTC(2026, 2, 1, 0, 0, n));

/** A date draft for the first occurrence of `quote` (no subject: it observes no fact of its own). */
function date(of: Article, quote: string, value: string | null): ClaimDraft {
  const start = of.text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} is not in ${of.doc}`);
  return {
    kind: 'date',
    value: { date: value },
    start,
    end: start + quote.length,
    quote,
    subject: null,
    predicate: 'date',
    attribution: null,
    hedge: 'asserted',
    qualifier: null,
    extractor: 'test@1',
    rule: 'test',
    confidence: 0.9,
  };
}

const rate = (a: Article, quote: string, amount: number) => figure(a, quote, { amount, unit: '%' }, 'US tariff on Japanese cars', 'rate');

const may = article('may.txt', 'The US tariff on Japanese cars is 25%.', '2025-05-23');
const july = article('july.txt', 'After the deal the US tariff on Japanese cars is 15%.', '2025-07-23');
// Published long after both values held, it dates each of them itself.
const recap = article('recap.txt', 'The 25% US tariff on Japanese cars, imposed in April 2025, was lowered to 15% in July 2025.', '2026-02-11');

async function record(store: FactStore, a: Article, drafts: ClaimDraft[], n: number): Promise<void> {
  await store.saveArticle(a, null);
  await store.recordClaims(a.id, withCues(drafts, a), { now: T(n) });
}

/** As `record`, with the drafts as they are: what the store does with drafts that carry no cues. */
async function recordAsGiven(store: FactStore, a: Article, drafts: ClaimDraft[], n: number): Promise<void> {
  await store.saveArticle(a, null);
  await store.recordClaims(a.id, drafts, { now: T(n) });
}

describe.each(BACKENDS)('valid time from dates in the text [%s]', (kind) => {
  const test = storeTest(kind);

  test('"imposed in April 2025" starts the 25% period in April, before the first article about it', async ({ store }) => {
    await record(store, may, [rate(may, '25%', 25)], 1);
    await record(store, july, [rate(july, '15%', 15)], 2);
    await record(store, recap, [rate(recap, '25%', 25), date(recap, 'April 2025', '2025-04'), rate(recap, '15%', 15), date(recap, 'July 2025', '2025-07')], 3);
    const [fact] = await store.exportFacts();
    expect(fact).toMatchObject({
      status: 'settled',
      value: { amount: 15, unit: '%' },
      valid_from: '2025-07-01',
      sources: ['july.txt', 'recap.txt'],
      alternatives: [{ value: { amount: 25, unit: '%' }, status: 'superseded', valid_from: '2025-04-01', valid_to: '2025-07-01', sources: ['may.txt', 'recap.txt'] }],
    });
    expect((await store.factAt(fact!.id, { validAt: '2025-04-15' }))!.valid?.value).toEqual({ amount: 25, unit: '%' });
    expect((await store.factAt(fact!.id, { validAt: '2025-03-15' }))!.valid).toBeNull();
    expect((await store.factAt(fact!.id, { validAt: '2025-07-10' }))!.valid?.value).toEqual({ amount: 15, unit: '%' });
  });

  test('without its date claims the late recap disputes the current value instead of dating the old one', async ({ store }) => {
    await record(store, may, [rate(may, '25%', 25)], 1);
    await record(store, july, [rate(july, '15%', 15)], 2);
    // The same recap with its date claims left out: both values fall on its publish date.
    await record(store, recap, [rate(recap, '25%', 25), rate(recap, '15%', 15)], 3);
    const [fact] = await store.exportFacts();
    // One report giving both values for one time reports a dispute (rules@6): the fact is contested, for a
    // reviewer to settle, rather than settled by counting outlets.
    expect(fact).toMatchObject({
      status: 'contested',
      value: { amount: 15, unit: '%' },
      valid_from: '2025-07-23',
      alternatives: [
        { value: { amount: 25, unit: '%' }, status: 'contested', valid_from: '2025-07-23', sources: ['recap.txt'] },
        { value: { amount: 25, unit: '%' }, status: 'superseded', valid_from: '2025-05-23', valid_to: '2025-07-23', sources: ['may.txt'] },
      ],
    });
  });
});

describe.each(BACKENDS)('valid-time cues stored with the claim [%s]', (kind) => {
  const test = storeTest(kind);
  const august = article('august.txt', 'The US tariff on Japanese cars is still 15%.', '2025-08-20');
  const alternativesOf = async (store: FactStore) => (await store.exportFacts())[0]!.alternatives.map((a) => ({ value: a.value, valid_from: a.valid_from }));
  const cues = async (db: Database, a: Article) =>
    (await db.query(`SELECT quote, stated_valid_from::text AS day, cues_stored FROM claims WHERE article_id = $1 AND kind = 'figure' ORDER BY start_offset`, [a.id])).map((r) => ({ ...r }));

  test('are worked out when the claims are stored, and reconciliation uses them after the article text changed', async ({ store, db }) => {
    await record(store, may, [rate(may, '25%', 25)], 1);
    await record(store, recap, [rate(recap, '25%', 25), date(recap, 'April 2025', '2025-04'), rate(recap, '15%', 15), date(recap, 'July 2025', '2025-07')], 2);
    expect(await cues(db, recap)).toEqual([
      { quote: '25%', day: '2025-04-01', cues_stored: true },
      { quote: '15%', day: '2025-07-01', cues_stored: true },
    ]);
    // Reconciliation must not go back to the text: with the text gone, a new report still finds the recap's dates.
    await db.query(`UPDATE articles SET text = repeat('-', length(text)) WHERE id = $1`, [recap.id]);
    await record(store, august, [rate(august, '15%', 15)], 3);
    expect(await alternativesOf(store)).toEqual([{ value: { amount: 25, unit: '%' }, valid_from: '2025-04-01' }]);
    expect((await store.exportFacts())[0]).toMatchObject({ value: { amount: 15, unit: '%' }, valid_from: '2025-07-01' });
  });

  test('"rose from 4% to 11%" stores 4% as the value before the change', async ({ store, db }) => {
    const rise = article('rise.txt', 'The US tariff on Japanese cars rose from 4% to 11% on March 3, 2025.', '2025-03-04');
    await record(store, rise, [rate(rise, '4%', 4), rate(rise, '11%', 11), date(rise, 'March 3, 2025', '2025-03-03')], 1);
    const rows = await db.query(`SELECT quote, stated_earlier FROM claims WHERE article_id = $1 AND kind = 'figure' ORDER BY start_offset`, [rise.id]);
    expect(rows.map((r) => ({ ...r }))).toEqual([
      { quote: '4%', stated_earlier: true },
      { quote: '11%', stated_earlier: false },
    ]);
  });

  test('a stated end is stored with the claim and closes its value ("through 2026")', async ({ store, db }) => {
    const plan = article('plan.txt', 'The US tariff on Japanese cars stays at 25% through 2026.', '2025-05-23');
    await record(store, plan, [rate(plan, '25%', 25), date(plan, '2026', '2026')], 1);
    const rows = await db.query(`SELECT quote, stated_valid_to::text AS until FROM claims WHERE article_id = $1 AND kind = 'figure'`, [plan.id]);
    expect(rows.map((r) => ({ ...r }))).toEqual([{ quote: '25%', until: '2027-01-01' }]);
    expect((await store.exportFacts())[0]).toMatchObject({ value: { amount: 25, unit: '%' }, valid_from: '2025-05-23', valid_to: '2027-01-01' });
  });

  test("the extractor's cues on a draft (stated) are what is stored, not the text's; the store reads no text for a draft without them", async ({ store, db }) => {
    const plain = article('plain.txt', 'The US tariff on Japanese cars is 25%. Another tariff is 10%.', '2025-05-23');
    // Nothing in the text dates the 25%: the cue the draft carries is stored as it is.
    const stated = { ...rate(plain, '25%', 25), stated: { validFrom: '2025-01-01', earlier: false, validTo: '2026-01-01' } } as ClaimDraft;
    await recordAsGiven(store, plain, [stated], 1);
    const rows = await db.query(`SELECT quote, stated_valid_from::text AS since, stated_valid_to::text AS until FROM claims WHERE article_id = $1`, [plain.id]);
    expect(rows.map((r) => ({ ...r }))).toEqual([{ quote: '25%', since: '2025-01-01', until: '2026-01-01' }]);
    expect((await store.exportFacts())[0]).toMatchObject({ value: { amount: 25, unit: '%' }, valid_from: '2025-01-01', valid_to: '2026-01-01' });
    // The same sentence's claim without `stated` (an older extractor's draft, as the store gets it) states none: the
    // store reads no text. Completed first with the extractor's rules (as the reconcile job does) it has the text's.
    const again = article('again.txt', 'The US tariff on Japanese cars is 25%, imposed in April 2025.', '2025-05-23');
    const drafts = [rate(again, '25%', 25), date(again, 'April 2025', '2025-04')];
    await recordAsGiven(store, again, drafts, 2);
    const read = async () => (await db.query(`SELECT stated_valid_from::text AS since FROM claims WHERE article_id = $1 AND kind = 'figure'`, [again.id])).map((r) => ({ ...r }));
    expect(await read()).toEqual([{ since: null }]);
    expect(completeClaims(drafts, again)[0]).toMatchObject({ stated: { validFrom: '2025-04-01', earlier: false, validTo: null } });
  });

  test('a claim stored before cues were (0014) states none until reidentify stores the cues the extractor reads', async ({ store, db }) => {
    await record(store, may, [rate(may, '25%', 25)], 1);
    await record(store, recap, [rate(recap, '25%', 25), date(recap, 'April 2025', '2025-04'), rate(recap, '15%', 15), date(recap, 'July 2025', '2025-07')], 2);
    await db.query(`UPDATE claims SET stated_valid_from = NULL, cues_stored = false WHERE article_id = $1`, [recap.id]);
    // Reconciliation reads no text: the recap's values count as of its own date, so nothing dates the 15% before August's report.
    await record(store, august, [rate(august, '15%', 15)], 3);
    expect(await cues(db, recap)).toEqual([
      { quote: '25%', day: null, cues_stored: false },
      { quote: '15%', day: null, cues_stored: false },
    ]);
    expect((await store.exportFacts())[0]).toMatchObject({ value: { amount: 15, unit: '%' }, valid_from: '2025-08-20' });
    // Without the wiring's completion reidentify stores nothing; with the extractor's rules it stores the cues, once.
    await store.reidentify({ now: T(4) });
    expect((await cues(db, recap)).map((c) => c.cues_stored)).toEqual([false, false]);
    await store.reidentify({ now: T(5), complete: completeClaims });
    expect(await cues(db, recap)).toEqual([
      { quote: '25%', day: '2025-04-01', cues_stored: true },
      { quote: '15%', day: '2025-07-01', cues_stored: true },
    ]);
    const october = article('october.txt', 'The US tariff on Japanese cars is still 15% now.', '2025-10-20');
    await record(store, october, [rate(october, '15%', 15)], 6);
    expect(await alternativesOf(store)).toEqual([{ value: { amount: 25, unit: '%' }, valid_from: '2025-04-01' }]);
    expect((await store.exportFacts())[0]).toMatchObject({ value: { amount: 15, unit: '%' }, valid_from: '2025-07-01' });
  });
});

describe('valid time from the real seed 000 (extracted)', () => {
  const test = storeTest('pglite');

  test('"12,000 manufacturing jobs were cut in August" holds from August; "shrunk by 42,000 since April" is a change as of publication', async ({ store }) => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(new URL('../../seeds/000_99a0df6158fedcc6.txt', import.meta.url), 'utf8');
    const seed = article('000_99a0df6158fedcc6.txt', text, '2025-09-19');
    await record(store, seed, extractClaims({ text, published: seed.published }), 1);
    const facts = new Map((await store.exportFacts()).map((f) => [`${f.subject}|${f.predicate}`, f]));
    expect(facts.get('manufacturing jobs cut|count')).toMatchObject({ value: { amount: 12000, unit: 'job' }, valid_from: '2025-08-01' });
    expect(facts.get('payrolls|change')).toMatchObject({ value: { amount: 42000, unit: 'job' }, valid_from: '2025-09-19' });
    expect(facts.get('Japan investment fund|size')!.valid_from).toBe('2025-09-19');
  });
});

describe.each(BACKENDS)('an office holder named later in another office of the organisation [%s]', (kind) => {
  const test = storeTest(kind);
  const lead = article('lead.txt', 'Jane Holt, the independent lead director of the Acme board, said the search was over.', '2020-03-01');
  const chair = article('chair.txt', 'Acme chair Jane Holt said profits rose.', '2023-05-01');
  const both = article('both.txt', 'Jane Holt, Acme chair and lead director, said profits rose.', '2024-01-15');
  const claimsOf = (a: Article) => extractClaims({ text: a.text, published: a.published });
  const leadDirector = async (store: FactStore) => (await store.exportFacts()).find((f) => f.predicate === 'lead director');

  for (const [name, order] of [['in order', [lead, chair]], ['the later article first', [chair, lead]]] as const) {
    test(`left that office when first named in the other (${name})`, async ({ store }) => {
      for (const [i, a] of order.entries()) await record(store, a, claimsOf(a), i + 1);
      expect(await leadDirector(store)).toMatchObject({ value: { text: 'Jane Holt' }, valid_from: '2020-03-01', valid_to: '2023-05-01', sources: ['lead.txt'] });
    });
  }

  test('a report naming her in both offices ends neither', async ({ store }) => {
    for (const [i, a] of [lead, both].entries()) await record(store, a, claimsOf(a), i + 1);
    expect(await leadDirector(store)).toMatchObject({ value: { text: 'Jane Holt' }, valid_to: null });
  });
});

import { describe, expect } from 'vitest';
import { FactStore, runMigrations, type Database } from '../../store/index.js';
import { LIST_CANDIDATES } from '../../store/fact-views.js';
import { article, figure, outlet, person } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const T1 = new Date('2026-01-01T00:00:00Z');
const T2 = new Date('2026-01-02T00:00:00Z');
const T3 = new Date('2026-01-03T00:00:00Z');

/** Three reports on the car tariff, after gold conflict 1: two say 15 %, one 25 %. */
const a002 = article('002.txt', 'Officials weighed an alternative to 25% U.S. auto import duties.', '2025-05-23');
const a004 = article('004.txt', 'The deal puts US levies on Japanese cars at 15% from now on.', '2025-07-23');
const a001 = article('001.txt', 'Washington will impose a 15% tariff on Japanese cars.', '2026-02-11');
const tariff002 = figure(a002, '25%', { amount: 25, unit: '%' }, 'U.S. tariff on Japanese cars', 'rate');
const tariff004 = figure(a004, '15%', { amount: 15, unit: '%' }, 'US tariffs on Japanese car', 'rate');
const tariff001 = figure(a001, '15%', { amount: 15, unit: '%' }, 'Japanese cars US tariff', 'rate');

async function openVersions(db: Database): Promise<{ fact_id: string; n: number }[]> {
  return db.query('SELECT fact_id, count(*)::int AS n FROM fact_versions WHERE recorded_to IS NULL GROUP BY fact_id');
}

describe.each(BACKENDS)('FactStore [%s]', (kind) => {
  const test = storeTest(kind);

  test('runs on the backend it is named for', async ({ store }) => {
    expect(store.kind).toBe(kind);
  });

  test('saveArticle stores an article once per text, and hands back the stored one after', async ({ store }) => {
    const first = await store.saveArticle(a004, outlet('Bloomberg'));
    expect(first).toEqual({ article: { ...a004, sourceId: 's_bloomberg' }, inserted: true });
    const again = await store.saveArticle({ ...a004, doc: 'renamed.txt', title: 'Other title' }, null);
    expect(again).toEqual({ article: first.article, inserted: false });
    expect((await store.counts()).articles).toBe(1);
    expect(await store.getArticle(a004.id)).toEqual(first.article);
    expect(await store.getArticle('004.txt')).toEqual(first.article);
    expect(await store.getArticle('nope.txt')).toBeNull();
    expect(await store.listArticles()).toEqual([first.article]);
  });

  test('recordClaims twice with the same input writes nothing the second time', async ({ store }) => {
    await store.saveArticle(a004, null);
    const drafts = [tariff004, person(a004, 'levies', 'Howard Lutnick', 'Commerce Secretary')];
    expect(await store.recordClaims(a004.id, drafts, { now: T1 })).toEqual({ claimsInserted: 2, factsTouched: 2, versionsWritten: 2 });
    const before = await store.counts();
    expect(await store.recordClaims(a004.id, drafts, { now: T2 })).toEqual({ claimsInserted: 0, factsTouched: 2, versionsWritten: 0 });
    expect(await store.counts()).toEqual(before);
    expect(before).toMatchObject({ claims: 2, claimsByKind: { figure: 1, person: 1, date: 0, project: 0 }, facts: 2, versions: 2 });
    expect(await store.hasClaimsFrom(a004.id, 'test@1')).toBe(true);
    expect(await store.hasClaimsFrom(a004.id, 'test@2')).toBe(false);
  });

  test('new evidence writes the next version and closes the old one; one version stays open', async ({ store, db }) => {
    await store.saveArticle(a004, null);
    await store.saveArticle(a001, null);
    await store.recordClaims(a004.id, [tariff004], { now: T1 });
    expect(await store.recordClaims(a001.id, [tariff001], { now: T2 })).toMatchObject({ claimsInserted: 1, versionsWritten: 1 });

    const [state] = await store.listFacts();
    const history = (await store.factHistory(state!.fact.id))!;
    expect(history.versions.map((v) => [v.version.seq, v.version.recordedFrom, v.version.recordedTo])).toEqual([
      [1, T1, T2],
      [2, T2, null],
    ]);
    expect(history.versions.map((v) => v.supporting.map((c) => c.doc))).toEqual([['004.txt'], ['001.txt', '004.txt'].sort()]);
    expect(history.versions[1]!.version.reason).toBe('15% since 2025-07-23: 2 sources (001.txt, 004.txt), weight 1.60 of 1.60');
    expect(await openVersions(db)).toEqual([{ fact_id: state!.fact.id, n: 1 }]);
  });

  test('a value that changed keeps the old one as superseded, each with its documents and valid time', async ({ store }) => {
    for (const a of [a002, a004, a001]) await store.saveArticle(a, null);
    await store.recordClaims(a002.id, [tariff002], { now: T1 });
    await store.recordClaims(a004.id, [tariff004], { now: T2 });
    await store.recordClaims(a001.id, [tariff001], { now: T3 });

    // Three wordings of the subject meet in one fact.
    const facts = await store.listFacts();
    expect(facts).toHaveLength(1);
    const { fact, version } = facts[0]!;
    expect(fact).toMatchObject({ subject: 'U.S. tariff on Japanese cars', predicate: 'rate', kind: 'figure' });
    expect(version).toMatchObject({ status: 'settled', value: { amount: 15, unit: '%' }, validFrom: '2025-07-23', validTo: null });
    expect(version.candidates.map((c) => [c.value, c.sources, c.status])).toEqual([
      [{ amount: 15, unit: '%' }, ['001.txt', '004.txt'], 'current'],
      [{ amount: 25, unit: '%' }, ['002.txt'], 'superseded'],
    ]);

    const detail = (await store.getFact(fact.id))!;
    expect(detail.candidates.map((c) => c.claims.map((e) => `${e.doc}: ${e.quote}`))).toEqual([['001.txt: 15%', '004.txt: 15%'], ['002.txt: 25%']]);
    expect(await store.exportFacts()).toEqual([
      {
        id: fact.id,
        subject: 'U.S. tariff on Japanese cars',
        predicate: 'rate',
        status: 'settled',
        value: { amount: 15, unit: '%' },
        valid_from: '2025-07-23',
        valid_to: null,
        confidence: 0.96,
        sources: ['001.txt', '004.txt'],
        // The claims behind each value, by the ids `listClaims` gives them (FORMAT.md "Fact export").
        claims: expect.arrayContaining(detail.candidates[0]!.claims.map((e) => e.claimId)),
        alternatives: [
          {
            value: { amount: 25, unit: '%' },
            status: 'superseded',
            valid_from: '2025-05-23',
            valid_to: '2025-07-23',
            sources: ['002.txt'],
            claims: detail.candidates[1]!.claims.map((e) => e.claimId),
          },
        ],
      },
    ]);
    expect((await store.exportFacts())[0]!.claims).toHaveLength(2);
    expect(await store.listFacts({ contested: true })).toEqual([]);
    expect(await store.listFacts({ subject: 'japanese CARS' })).toHaveLength(1);
    expect((await store.factAt(fact.id, { validAt: '2025-06-30' }))!.valid!.value).toEqual({ amount: 25, unit: '%' });
    // What did we believe at T1, before the July report? 25 %, valid from May.
    expect((await store.factAt(fact.id, { asOf: T1 }))!.version).toMatchObject({ seq: 1, value: { amount: 25, unit: '%' } });
  });

  test('two reports that disagree about the same moment are contested', async ({ store }) => {
    const same = article('004b.txt', 'Another outlet says the US tariff on Japanese cars is 25% now.', '2025-07-24');
    for (const a of [a004, same]) await store.saveArticle(a, null);
    await store.recordClaims(a004.id, [tariff004], { now: T1 });
    await store.recordClaims(same.id, [figure(same, '25%', { amount: 25, unit: '%' }, 'US tariff on Japanese cars', 'rate')], { now: T2 });
    const [state] = await store.listFacts({ contested: true });
    expect(state!.version).toMatchObject({ status: 'contested', confidence: expect.any(Number) });
    expect(state!.version.candidates.map((c) => c.status)).toEqual(['current', 'contested']);
    expect((await store.counts()).contested).toBe(1);
  });

  test('a fact is named after its oldest claim, whatever order the articles arrive in', async ({ store }) => {
    for (const a of [a001, a004, a002]) await store.saveArticle(a, null);
    await store.recordClaims(a001.id, [tariff001], { now: T1 });
    expect((await store.listFacts())[0]!.fact.subject).toBe('Japanese cars US tariff');
    await store.recordClaims(a002.id, [tariff002], { now: T2 });
    expect((await store.listFacts())[0]!.fact).toMatchObject({ subject: 'U.S. tariff on Japanese cars', predicate: 'rate' });
  });

  test('listClaims filters by document, kind and fact', async ({ store }) => {
    await store.saveArticle(a004, null);
    await store.recordClaims(a004.id, [tariff004, person(a004, 'levies', 'Howard Lutnick', 'Commerce Secretary')], { now: T1 });
    const all = await store.listClaims();
    // Text order: "levies" comes before "15%".
    expect(all.map((c) => c.kind)).toEqual(['person', 'figure']);
    expect(await store.listClaims({ doc: '004.txt', kind: 'figure' })).toEqual([
      { ...tariff004, id: expect.stringMatching(/^c_[0-9a-f]{16}$/), articleId: a004.id, status: 'pending' },
    ]);
    const [fact] = await store.listFacts({ subject: 'Lutnick' });
    expect((await store.listClaims({ factId: fact!.fact.id })).map((c) => c.kind)).toEqual(['person']);
    expect(await store.listClaims({ doc: 'other.txt' })).toEqual([]);
  });

  test('a failure mid-transaction stores nothing of the call and loses nothing stored before', async ({ store, db }) => {
    await store.saveArticle(a004, null);
    await store.saveArticle(a001, null);
    await store.recordClaims(a004.id, [tariff004], { now: T1 });
    const before = { counts: await store.counts(), facts: await store.listFacts(), claims: await store.listClaims() };

    // Passes the draft schema but breaks claims_span_check, after the call has already upserted a new fact.
    const broken = { ...person(a001, 'Washington', 'Someone New', 'Envoy'), end: 3, start: 5 };
    await expect(store.recordClaims(a001.id, [tariff001, broken], { now: T2 })).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringContaining('claims_span_check'),
    });

    expect(await store.counts()).toEqual(before.counts);
    expect(await store.listFacts()).toEqual(before.facts);
    expect(await store.listClaims()).toEqual(before.claims);
    expect(await openVersions(db)).toHaveLength(1);
  });

  test('recordClaims refuses an article the store does not have', async ({ store }) => {
    await expect(store.recordClaims('a_0000000000000000', [tariff004])).rejects.toMatchObject({
      name: 'InputError',
      message: 'a_0000000000000000: no such article in the store',
    });
  });

  test('fact versions are append-only: no edits, no deletes, no reopening', async ({ store, db }) => {
    await store.saveArticle(a004, null);
    await store.saveArticle(a001, null);
    await store.recordClaims(a004.id, [tariff004], { now: T1 });
    await store.recordClaims(a001.id, [tariff001], { now: T2 });
    const appendOnly = { name: 'ConflictError', message: expect.stringContaining('append-only') };

    await expect(db.query("UPDATE fact_versions SET reason = 'edited'")).rejects.toMatchObject(appendOnly);
    await expect(db.query('UPDATE fact_versions SET recorded_to = NULL WHERE seq = 1')).rejects.toMatchObject(appendOnly);
    await expect(db.query("UPDATE fact_versions SET recorded_to = now(), reason = 'sneaky' WHERE recorded_to IS NULL")).rejects.toMatchObject(appendOnly);
    await expect(db.query('DELETE FROM fact_versions')).rejects.toMatchObject(appendOnly);
    await expect(db.query('DELETE FROM claims')).rejects.toMatchObject(appendOnly);
    await expect(db.query('UPDATE version_members SET added = NOT added')).rejects.toMatchObject(appendOnly);
    await expect(db.query('DELETE FROM version_members')).rejects.toMatchObject(appendOnly);
    await expect(db.query('TRUNCATE fact_versions CASCADE')).rejects.toMatchObject(appendOnly);
    expect((await store.counts()).versions).toBe(2);
  });

  test('two connections recording claims on one fact at once leave one open version with all the evidence', async ({ backend, db }) => {
    const second = new FactStore(await backend.openSecond());
    const first = new FactStore(db);
    const reports = Array.from({ length: 8 }, (_, i) => article(`r${i}.txt`, `Report ${i}: the US tariff on Japanese cars is 15%.`, `2025-07-${10 + i}`));
    for (const a of reports) await first.saveArticle(a, null);
    const drafts = reports.map((a) => figure(a, '15%', { amount: 15, unit: '%' }, 'US tariff on Japanese cars', 'rate'));

    await Promise.all(reports.map((a, i) => (i % 2 === 0 ? first : second).recordClaims(a.id, [drafts[i]!], { now: new Date(T1.getTime() + i) })));

    const facts = await first.listFacts();
    expect(facts).toHaveLength(1);
    const { fact, version } = facts[0]!;
    expect(await openVersions(db)).toEqual([{ fact_id: fact.id, n: 1 }]);
    expect(version.candidates[0]!.sources).toEqual(reports.map((a) => a.doc).sort());
    expect(version.supporting).toHaveLength(8);
    const history = (await first.factHistory(fact.id))!;
    expect(history.versions.map((v) => v.version.seq)).toEqual(history.versions.map((_, i) => i + 1));
    expect(history.versions.filter((v) => v.version.recordedTo === null)).toHaveLength(1);
  });

  test('a list shows the first LIST_CANDIDATES values of a fact and counts the rest; the value of a day is found among all', async ({ store, db }) => {
    // One gate reported by a new site every ten days, each a new value: one current, the rest superseded.
    const days = LIST_CANDIDATES + 5;
    const day = (d: number) => new Date(Date.UTC(2025, 0, 1 + 10 * d)).toISOString().slice(0, 10);
    const rows = Array.from({ length: days }, (_, d) => ({ source: `site-${d}`, object: 'XY-1', attribute: 'gate', value: `G${d}`, observedAt: day(d) }));
    await store.importClaims(rows, { now: T1 });
    const [item] = (await store.pageFacts({ subject: 'XY-1', validAt: day(0) })).items;
    expect(item!.version.candidates).toHaveLength(LIST_CANDIDATES);
    expect(item!.version.candidatesOmitted).toBe(days - LIST_CANDIDATES);
    // The value first, then the latest superseded ones; the oldest, beyond the list, still answers its day.
    expect(item!.version.candidates[0]!.value).toEqual({ text: `G${days - 1}` });
    expect(item!.valueAt?.value).toEqual({ text: 'G0' });
    expect((await store.getFact(item!.fact.id))!.version.candidates).toHaveLength(days);
    // The list reads what the version stored of it (0040); a version written without it (before 0040) is cut the
    // same way from its replayed candidates. Only a test may unset it: it lifts the append-only triggers.
    const page = await store.pageFacts({});
    expect(page.items[0]!.version.candidatesOmitted).toBe(days - LIST_CANDIDATES);
    await db.transaction(async (tx) => {
      await tx.exec('ALTER TABLE fact_versions DISABLE TRIGGER USER');
      await tx.query('UPDATE fact_versions SET listed = NULL');
      await tx.exec('ALTER TABLE fact_versions ENABLE TRIGGER USER');
    });
    expect(await store.pageFacts({})).toEqual(page);
  });

  test('reopening an up-to-date store applies no migration and keeps the data', async ({ backend, store }) => {
    await store.saveArticle(a004, null);
    const again = await backend.openSecond();
    expect(await runMigrations(again)).toEqual([]);
    expect((await new FactStore(again).counts()).articles).toBe(1);
  });
});

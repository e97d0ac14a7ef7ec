/**
 * Entities in the store, on both backends: an article's people and organisations join the stored
 * entities in its reconcile transaction, a given name printed two ways with an agreeing context is one
 * person whose role facts are one fact, two people sharing a surname stay two, and the entities of a
 * set of articles do not depend on the order they arrive in.
 */
import { describe, expect } from 'vitest';
import type { Article, ClaimDraft } from '../../model/index.js';
import type { FactStore } from '../../store/index.js';
import { article } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const T1 = new Date('2026-03-01T00:00:00Z');
const base = { attribution: null, hedge: null, qualifier: null, extractor: 'test@1', rule: 'test', confidence: 0.9, subject: null, predicate: 'role' } as const;

function person(of: Article, quote: string, name: string, role: string | null, org: string | null): ClaimDraft {
  const start = of.text.indexOf(quote);
  if (start < 0) throw new Error(`${quote} is not in ${of.doc}`);
  return { ...base, kind: 'person', start, end: start + quote.length, quote, value: { name, role, org } };
}

/** Four articles: one harbour official printed two ways, and two brothers sharing a surname at one firm. */
function corpus(): { a: Article; drafts: ClaimDraft[] }[] {
  const a1 = article('harbour-1.txt', 'Marek Tull, the deputy harbour master of Port Elmore Authority, said the quay was closed. Tull expects it to reopen on Friday.', '2026-02-01');
  const a2 = article('harbour-2.txt', 'Mareck Tull, a Port Elmore Authority deputy harbour master, told reporters that two ships were waiting.', '2026-02-02');
  const a3 = article('firm-1.txt', 'Nora Pike, a director of Pike Brothers Ltd, bought the warehouse.', '2026-02-03');
  const a4 = article('firm-2.txt', 'Walter Pike, a director of Pike Brothers Ltd, sold his shares.', '2026-02-04');
  return [
    { a: a1, drafts: [person(a1, 'Marek Tull, the deputy harbour master of Port Elmore Authority', 'Marek Tull', 'deputy harbour master', 'Port Elmore Authority')] },
    { a: a2, drafts: [person(a2, 'Mareck Tull, a Port Elmore Authority deputy harbour master', 'Mareck Tull', 'Port Elmore Authority deputy harbour master', null)] },
    { a: a3, drafts: [person(a3, 'Nora Pike, a director of Pike Brothers Ltd', 'Nora Pike', 'director', 'Pike Brothers Ltd')] },
    { a: a4, drafts: [person(a4, 'Walter Pike, a director of Pike Brothers Ltd', 'Walter Pike', 'director', 'Pike Brothers Ltd')] },
  ];
}

async function ingest(store: FactStore, docs: readonly { a: Article; drafts: ClaimDraft[] }[]): Promise<void> {
  for (const d of docs) {
    const saved = await store.saveArticle(d.a, null);
    await store.recordClaims(saved.article.id, d.drafts, { now: T1 });
  }
}

/** Entities as comparable data: type, name, aliases, mention count, and the docs naming them. */
async function snapshot(store: FactStore) {
  const out = [];
  for (const e of await store.listEntities()) {
    const detail = (await store.getEntity(e.id))!;
    out.push({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, mentions: e.mentions, docs: [...new Set(detail.mentions.map((m) => m.doc))].sort() });
  }
  return out.sort((x, y) => (x.id < y.id ? -1 : 1));
}

describe.each(BACKENDS)('entities in the store [%s]', (kind) => {
  const test = storeTest(kind);

  test('a given name printed two ways with one organisation is one person, and one role fact', { timeout: 60_000 }, async ({ store }) => {
    await ingest(store, corpus());
    const people = await store.listEntities({ type: 'person' });
    expect(people.map((p) => p.name).sort()).toEqual(['Marek Tull', 'Nora Pike', 'Walter Pike']);
    const tull = people.find((p) => p.name === 'Marek Tull')!;
    expect(tull.aliases).toEqual(['Mareck Tull', 'Marek Tull', 'Tull']);
    expect(tull.articles).toBe(2);

    const detail = (await store.getEntity(tull.id))!;
    expect(detail.mentions.map((m) => m.doc)).toContain('harbour-2.txt');
    const claimed = detail.mentions.find((m) => m.doc === 'harbour-2.txt' && m.claimId !== null)!;
    expect(claimed.quote).toBe('Mareck Tull, a Port Elmore Authority deputy harbour master');
    // Both articles' role claims count for one fact.
    expect(detail.facts).toHaveLength(1);
    expect(detail.facts[0]!.claims).toHaveLength(2);
    const roleFacts = (await store.listFacts()).filter((f) => f.fact.predicate.startsWith('role') && /Tull/.test(f.fact.subject));
    expect(roleFacts).toHaveLength(1);

    // Two directors who share a surname and a firm stay two people with two facts.
    const pikes = people.filter((p) => p.name.endsWith('Pike'));
    expect(new Set(pikes.map((p) => p.id)).size).toBe(2);
    expect((await store.listFacts()).filter((f) => f.fact.predicate.startsWith('role') && /Pike/.test(f.fact.subject))).toHaveLength(2);

    const orgs = await store.listEntities({ type: 'organisation', search: 'elmore' });
    expect(orgs.map((o) => o.name)).toEqual(['Port Elmore Authority']);
    expect(orgs[0]!.articles).toBe(2);
    expect(await store.getEntity('e_nosuch')).toBeNull();
  });

  test('an article with no facts of its own that joins two printed names of a person joins their facts', { timeout: 60_000 }, async ({ store }) => {
    const a1 = article('p-1.txt', 'Marek Tull, a pilot with Port Elmore Authority, guided the ship in.', '2026-02-01');
    const a2 = article('p-2.txt', 'Mareck Tull, a harbour master, closed the quay.', '2026-02-02');
    const a3 = article('p-3.txt', 'Mareck Tull of Port Elmore Authority was at the quay.', '2026-02-03');
    const a4 = article('p-4.txt', 'Marek Tull, the harbour master, opened the quay.', '2026-02-04');
    await ingest(store, [
      { a: a1, drafts: [person(a1, 'Marek Tull, a pilot with Port Elmore Authority', 'Marek Tull', 'pilot', 'Port Elmore Authority')] },
      { a: a2, drafts: [person(a2, 'Mareck Tull, a harbour master', 'Mareck Tull', 'harbour master', null)] },
    ]);
    const tullFacts = async () => (await store.listFacts()).filter((f) => f.fact.predicate.startsWith('role') && /Tull/.test(f.fact.subject));
    // No organisation or role word in common: two people for now.
    expect(await tullFacts()).toHaveLength(2);
    expect(await store.listEntities({ type: 'person' })).toHaveLength(2);
    // The third article has no role (so no fact), but its organisation ties one spelling to the other.
    await ingest(store, [{ a: a3, drafts: [person(a3, 'Mareck Tull of Port Elmore Authority', 'Mareck Tull', null, 'Port Elmore Authority')] }]);
    expect(await store.listEntities({ type: 'person' })).toHaveLength(1);
    // A pilot and a harbour master are two posts of one person: two facts, neither contesting the other.
    expect((await tullFacts()).map((f) => f.version.status)).toEqual(['settled', 'settled']);
    // The other printed name's report of the same post counts for the same fact.
    await ingest(store, [{ a: a4, drafts: [person(a4, 'Marek Tull, the harbour master', 'Marek Tull', 'harbour master', null)] }]);
    const facts = await tullFacts();
    expect(facts).toHaveLength(2);
    const master = facts.find((f) => f.fact.predicate.includes('master'))!;
    expect(master.version.candidates.flatMap((c) => c.claimIds)).toHaveLength(2);
  });

  test('a store reconciled before entities existed gets them, and their person facts meet, from identifyEntities', { timeout: 120_000 }, async () => {
    const { FactStore, loadMigrations, runMigrations } = await import('../../store/index.js');
    const { queries } = await import('../../store/sql.js');
    const { factKey } = await import('../../reconcile/index.js');
    const { openBackend } = await import('./store-fixture.js');
    const backend = await openBackend(kind, { migrate: false });
    try {
      // The schema as it was before 0020, with two articles' claims and person facts written as recordClaims then did.
      await runMigrations(backend.db, loadMigrations().filter((m) => m.version < 20));
      const store = new FactStore(backend.db);
      const docs = corpus().slice(0, 2);
      for (const [i, d] of docs.entries()) {
        // The articles columns of that schema (today's saveArticle writes columns of later migrations: 0054's signature).
        await backend.db.query(
          `INSERT INTO articles (id, doc, url, path, canonical, title, byline, published, lang, text, content_hash, source_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [d.a.id, d.a.doc, d.a.url, d.a.path, d.a.canonical, d.a.title, d.a.byline, d.a.published, d.a.lang, d.a.text, d.a.contentHash, d.a.sourceId],
        );
        const draft = d.drafts[0]!;
        if (draft.kind !== 'person') throw new Error('a person claim');
        const key = factKey(draft.value.name, 'role');
        const fid = `f_old${i}`;
        // The facts columns of that schema (today's facts-upsert writes 0057's value key).
        await backend.db.query(`INSERT INTO facts (id, key, subject, predicate, kind) VALUES ($1, $2, $3, 'role', 'person')`, [fid, key, draft.value.name]);
        // The claims columns of that schema (today's claims-insert writes columns of later migrations).
        await backend.db.query(
          `INSERT INTO claims (id, article_id, kind, start_offset, end_offset, quote, subject, predicate, value, qualifier, attribution, hedge,
                               extractor, rule, confidence, fact_id, stated_valid_from, stated_earlier, cues_stored)
           VALUES ($1, $2, $3, $4, $5, $6, NULL, 'role', $7::jsonb, NULL, NULL, NULL, 'test@1', 'test', 0.9, $8, NULL, false, true)`,
          [`c_old${i}`, d.a.id, draft.kind, draft.start, draft.end, draft.quote, JSON.stringify(draft.value), fid],
        );
      }
      await runMigrations(backend.db);
      expect(await store.listEntities()).toEqual([]);

      expect(await store.identifyEntities({ now: T1 })).toEqual({ articles: 2 });
      const people = await store.listEntities({ type: 'person' });
      expect(people.map((p) => p.name)).toEqual(['Marek Tull']);
      const detail = (await store.getEntity(people[0]!.id))!;
      expect(detail.facts).toHaveLength(1);
      expect(detail.facts[0]!.claims).toEqual(['c_old0', 'c_old1']);
      // Again: nothing left to identify, nothing changes.
      expect(await store.identifyEntities({ now: T1 })).toEqual({ articles: 0 });
      expect(await store.listEntities({ type: 'person' })).toEqual(people);
    } finally {
      await backend.dispose();
    }
  });

  test('the same articles in another order give the same entities', { timeout: 120_000 }, async ({ backend }) => {
    const { FactStore } = await import('../../store/index.js');
    const docs = corpus();
    const first = new FactStore(backend.db);
    await ingest(first, docs);
    const forward = await snapshot(first);

    const { openBackend } = await import('./store-fixture.js');
    const other = await openBackend(kind);
    try {
      const second = new FactStore(other.db);
      await ingest(second, [docs[3]!, docs[1]!, docs[2]!, docs[0]!]);
      expect(await snapshot(second)).toEqual(forward);
      const facts = async (s: FactStore) => (await s.listFacts()).map((f) => [f.fact.id, f.version.value]).sort();
      expect(await facts(second)).toEqual(await facts(first));
    } finally {
      await other.dispose();
    }
  });
});

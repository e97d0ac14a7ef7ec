/**
 * A fact's evidence read again after a change reads only the claims that changed (0044, `fact-evidence-keys`),
 * and is then what a whole read gives, whatever changed and whoever changed it.
 */
import { describe, expect } from 'vitest';
import type { Article, ClaimDraft } from '../../model/index.js';
import { EvidenceCache, loadEvidence } from '../../store/fact-reconciler.js';
import type { Database, FactStore } from '../../store/index.js';
import { queries } from '../../store/sql.js';
import { article, figure, person } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const T = (day: number) => new Date(Date.UTC(2026, 0, day));

/** A report of the harbour's dock workers count: one hot fact many articles add to. */
function report(n: number, count: number, text = `Report ${n}: the Port Alder harbour employs ${count} dock workers, officials said.`): { a: Article; drafts: ClaimDraft[] } {
  const a = article(`r${n}.txt`, text, `2025-03-${String(n).padStart(2, '0')}`);
  return { a, drafts: [figure(a, `${count} dock workers`, { amount: count, unit: 'dock workers' }, 'Port Alder harbour', 'employs')] };
}

async function record(store: FactStore, r: { a: Article; drafts: ClaimDraft[] }, day: number): Promise<void> {
  await store.saveArticle(r.a, null);
  await store.recordClaims(r.a.id, r.drafts, { now: T(day) });
}

/** The database, counting the claim rows each `fact-evidence-keys` call returns. */
function counting(db: Database, rows: number[]): Database {
  return {
    kind: db.kind,
    label: db.label,
    query: (async (sql: string, params?: readonly unknown[]) => {
      const out = await db.query(sql, params);
      if (sql === queries['fact-evidence-keys']) rows.push(out.filter((r) => (r as { id: unknown }).id !== null).length);
      return out;
    }) as Database['query'],
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction(fn),
    close: async () => {},
  };
}

async function roots(db: Database): Promise<string[]> {
  return (await db.query('SELECT id FROM facts WHERE merged_into IS NULL ORDER BY id')).map((r) => String((r as { id: unknown }).id));
}

/**
 * Member by member (a fact of few members), and by xid (0056: asked of every fact, whatever its members and
 * however many transactions began since): the same rows either way.
 */
const READS = [
  ['by member', () => new EvidenceCache(50_000, 50_000, 50_000, 0)],
  ['by xid', () => new EvidenceCache(50_000, 50_000, 50_000, 1e9)],
] as const;

describe.each(BACKENDS.flatMap((kind) => READS.map(([mode, cache]) => [kind, mode, cache] as const)))('evidence read again [%s, %s]', (kind, _mode, newCache) => {
  const test = storeTest(kind);

  test('a fact read before is brought up to date with only its new claims, and equals a whole read', async ({ store, db }) => {
    const cache = newCache();
    const rows: number[] = [];
    const reader = counting(db, rows);
    for (let n = 1; n <= 6; n++) {
      await record(store, report(n, 100 + n), n);
      const ids = await roots(db);
      expect(await loadEvidence(reader, ids, cache)).toEqual(await loadEvidence(db, ids));
    }
    expect((await loadEvidence(db, await roots(db))).get((await roots(db))[0]!)).toHaveLength(6);
    // The first read is whole (1 claim); every later one returns only the claim recorded since the last read, not
    // all of them, whatever transactions run elsewhere on the server (they hold its snapshots' xmin back).
    expect(rows).toEqual([1, 1, 1, 1, 1, 1]);
  });

  test('a change a claim answers reads that claim, a fact merged in reads its claims, and only a claim leaving reads the fact whole', async ({ store, db }) => {
    const cache = newCache();
    const rows: number[] = [];
    const reader = counting(db, rows);
    /** Reads every root with the kept keys and checks it against a whole read; the claim rows the read returned. */
    const check = async (): Promise<number> => {
      const ids = await roots(db);
      const read = await loadEvidence(reader, ids, cache);
      expect(read).toEqual(await loadEvidence(db, ids));
      return rows.at(-1)!;
    };
    for (let n = 1; n <= 3; n++) await record(store, report(n, 100 + n), n);
    expect(await check()).toBe(3);
    const claims = await store.listClaims();
    // A correction: that claim alone is read again, with its corrected value; then its withdrawal.
    const corrected = await store.recordReview({ targetKind: 'claim', targetId: claims[0]!.id, action: 'correct', value: { amount: 250, unit: 'dock workers' }, reviewer: 'ann' }, { now: T(10) });
    expect(await check()).toBe(1);
    await store.recordReview({ targetKind: 'claim', targetId: claims[1]!.id, action: 'correct', value: { amount: 250, unit: 'dock workers' }, reviewer: 'ann' }, { now: T(11) });
    expect(await check()).toBe(1);
    await store.withdrawReview({ reviewId: corrected.review.id, reviewer: 'ann' }, { now: T(12) });
    expect(await check()).toBe(1);
    // A near-duplicate of a stored report: the stored article joins its cluster, so its claim is read again with
    // the cluster (and the new report's claim is read); the fact's other claims are not.
    const copy = report(2, 102, `Report 2: the Port Alder harbour employs 102 dock workers, officials said on Monday.`);
    await record(store, { a: { ...copy.a, doc: 'r2-copy.txt' }, drafts: copy.drafts }, 13);
    expect(await check()).toBe(2);
    const harbourId = (await roots(db))[0]!;
    const clustered = (await loadEvidence(db, [harbourId])).get(harbourId)!.filter((e) => e.cluster !== null);
    expect(clustered).toHaveLength(2);
    // A page fetched again at its URL: the earlier version's claim stops counting, a claim leaving: whole.
    const page = (text: string): Article => ({ ...article('page.html', text, '2025-03-20'), url: 'https://news.example/harbour', path: null });
    const first = page('Port Alder harbour employs 130 dock workers, the port said.');
    await record(store, { a: first, drafts: [figure(first, '130 dock workers', { amount: 130, unit: 'dock workers' }, 'Port Alder harbour', 'employs')] }, 14);
    expect(await check()).toBe(1);
    const second = page('Port Alder harbour employs 140 dock workers, the port said.');
    await store.saveArticle(second, null);
    expect(await check()).toBe(4);
    await store.recordClaims(second.id, [figure(second, '140 dock workers', { amount: 140, unit: 'dock workers' }, 'Port Alder harbour', 'employs')], { now: T(15) });
    expect(await check()).toBe(1);
    // Another fact of two claims merged into the first: its two claims are read, not the first fact's five.
    for (const [doc, count] of [['o.txt', 400], ['o2.txt', 410]] as const) {
      const other = article(doc, `The Brenmouth ferry terminal employs ${count} dock workers.`, '2025-03-21');
      await record(store, { a: other, drafts: [figure(other, `${count} dock workers`, { amount: count, unit: 'dock workers' }, 'Brenmouth ferry terminal', 'employs')] }, 16);
    }
    expect(await check()).toBe(2);
    const facts = await store.listFacts();
    const harbour = facts.find((f) => /harbour/.test(f.fact.subject))!.fact.id;
    const port = facts.find((f) => /Brenmouth/.test(f.fact.subject))!.fact.id;
    const merge = await store.recordIdentityReview({ action: 'merge', factId: port, intoFact: harbour, reviewer: 'ann' }, { now: T(17) });
    expect(await check()).toBe(2);
    expect((await loadEvidence(db, [harbour])).get(harbour)).toHaveLength(7);
    // A claim moved out (to no fact): the fact is read whole, its six claims left.
    const moved = (await store.listClaims()).find((c) => c.quote === '101 dock workers')!;
    await store.recordIdentityReview({ action: 'move', claimId: moved.id, intoFact: null, reviewer: 'ann' }, { now: T(18) });
    expect(await check()).toBe(6);
    // The merge undone: the fact it left is read whole, and the fact that left, a root again, whole.
    await store.withdrawIdentityReview({ reviewId: merge.review.id, reviewer: 'ann' }, { now: T(19) });
    expect(await check()).toBe(4 + 2);
    // A person fact too, so facts of two kinds are read at once.
    const p = article('p.txt', 'Mara Lindqvist, the harbour master, spoke.', '2025-03-22');
    await record(store, { a: p, drafts: [person(p, 'Mara Lindqvist, the harbour master', 'Mara Lindqvist', 'harbour master')] }, 20);
    await check();
  });

  test('a fact merged in with the facts merged into it reads the claims of each, and equals a whole read', async ({ store, db }) => {
    const cache = newCache();
    const rows: number[] = [];
    const reader = counting(db, rows);
    const terminal = async (name: string, counts: readonly number[], day: number) => {
      for (const [i, count] of counts.entries()) {
        const a = article(`${name}-${i}.txt`, `The ${name} terminal employs ${count} dock workers.`, `2025-04-${String(day + i).padStart(2, '0')}`);
        await record(store, { a, drafts: [figure(a, `${count} dock workers`, { amount: count, unit: 'dock workers' }, `${name} terminal`, 'employs')] }, day + i);
      }
      return (await store.listFacts()).find((f) => f.fact.subject.includes(name))!.fact.id;
    };
    const north = await terminal('Northgate', [300, 310, 320], 1);
    const south = await terminal('Southgate', [500, 510], 5);
    const east = await terminal('Eastgate', [700], 8);
    await loadEvidence(reader, await roots(db), cache);
    expect(rows.at(-1)).toBe(6);
    // East into south, read; then south (with east) into north: north's read returns south's and east's claims.
    await store.recordIdentityReview({ action: 'merge', factId: east, intoFact: south, reviewer: 'ann' }, { now: T(20) });
    let ids = await roots(db);
    expect(await loadEvidence(reader, ids, cache)).toEqual(await loadEvidence(db, ids));
    expect(rows.at(-1)).toBe(1);
    await store.recordIdentityReview({ action: 'merge', factId: south, intoFact: north, reviewer: 'ann' }, { now: T(21) });
    ids = await roots(db);
    expect(ids).toEqual([north]);
    const read = await loadEvidence(reader, ids, cache);
    expect(read).toEqual(await loadEvidence(db, ids));
    expect(read.get(north)).toHaveLength(6);
    expect(rows.at(-1)).toBe(3);
  });

  test('what the reading transaction records after its read is read next time', async ({ store, db }) => {
    const cache = newCache();
    await record(store, report(1, 101), 1);
    const ids = await roots(db);
    const [claim] = await store.listClaims();
    const copy = (id: string) =>
      `INSERT INTO claims (id, article_id, kind, start_offset, end_offset, quote, subject, predicate, value, qualifier, attribution, hedge, extractor, rule, confidence, fact_id, cues_stored, stated_earlier)
       SELECT '${id}', article_id, kind, start_offset, end_offset, quote, subject, predicate, value, qualifier, attribution, hedge, extractor, '${id}', confidence, fact_id, true, false
       FROM claims WHERE id = $1`;
    await db.transaction(async (tx) => {
      await tx.query(copy('c_before_read'), [claim!.id]);
      await loadEvidence(tx, ids, cache);
      await tx.query(copy('c_after_read'), [claim!.id]);
    });
    const after = await loadEvidence(db, ids, cache);
    expect(after).toEqual(await loadEvidence(db, ids));
    expect(after.get(ids[0]!)!.map((e) => e.claimId)).toContain('c_after_read');
  });

  test('what a transaction that rolled back read is never used', async ({ store, db }) => {
    const cache = newCache();
    for (let n = 1; n <= 2; n++) await record(store, report(n, 100 + n), n);
    const ids = await roots(db);
    await loadEvidence(db, ids, cache);
    const [claim] = await store.listClaims();
    await expect(
      db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO claims (id, article_id, kind, start_offset, end_offset, quote, subject, predicate, value, qualifier, attribution, hedge, extractor, rule, confidence, fact_id, cues_stored, stated_earlier)
           SELECT 'c_rolled_back', article_id, kind, start_offset, end_offset, quote, subject, predicate, value, qualifier, attribution, hedge, extractor, 'other', confidence, fact_id, true, false
           FROM claims WHERE id = $1`,
          [claim!.id],
        );
        expect((await loadEvidence(tx, ids, cache)).get(ids[0]!)!.map((e) => e.claimId)).toContain('c_rolled_back');
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await loadEvidence(db, ids, cache);
    expect(after).toEqual(await loadEvidence(db, ids));
    expect(after.get(ids[0]!)!.map((e) => e.claimId)).not.toContain('c_rolled_back');
  });
});

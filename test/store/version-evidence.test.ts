/**
 * Versions store the delta of their evidence (0018): replaying it gives back
 * exactly what reconciliation produced, version by version, and history stays
 * append-only.
 */
import { describe, expect, test as plain } from 'vitest';
import type { Article, Candidate, FactVersion } from '../../model/index.js';
import { reconcileFact } from '../../reconcile/index.js';
import { loadEvidence } from '../../store/fact-reconciler.js';
import type { Database } from '../../store/index.js';
import { applyChanges, candidateSlots, decodeEvidence, encodeEvidence, type Members } from '../../store/version-evidence.js';
import { article, figure } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const pct = (amount: number) => ({ amount, unit: '%' });
const cand = (valueKey: string, claimIds: string[], status: Candidate['status'], sources = claimIds.map((c) => `${c}.txt`)): Candidate => ({
  value: { text: valueKey },
  valueKey,
  claimIds,
  sources,
  weight: claimIds.length,
  validFrom: null,
  validTo: null,
  status,
});

describe('the stored delta of a version', () => {
  const steps = [
    { candidates: [cand('A', ['c1', 'c2'], 'current')], supporting: ['c1', 'c2'], opposing: [] },
    // A new epoch: the older candidate keeps its slot, so only c3 is new.
    { candidates: [cand('B', ['c3'], 'current'), cand('A', ['c1', 'c2'], 'superseded')], supporting: ['c3'], opposing: [] },
    { candidates: [cand('B', ['c3', 'c4'], 'contested'), cand('C', ['c5'], 'contested'), cand('A', ['c1', 'c2'], 'superseded')], supporting: ['c3', 'c4'], opposing: ['c5'] },
    // The first value again, as a new epoch: a second slot of the same value.
    { candidates: [cand('A', ['c6'], 'current'), cand('B', ['c3', 'c4'], 'superseded'), cand('A', ['c1'], 'superseded')], supporting: ['c6'], opposing: [] },
    // Supporting claims no set of candidates makes up exactly: stored as a list.
    { candidates: [cand('A', ['c1', 'c6', 'c9'], 'current')], supporting: ['c1', 'c6'], opposing: ['c9'] },
  ];

  plain('replays to every version as it was decided, storing only what changed', () => {
    let previous: Members = new Map();
    const replayed: Members = new Map();
    const changed: number[] = [];
    for (const step of steps) {
      const stored = encodeEvidence(step, previous);
      changed.push(stored.changes.length);
      applyChanges(replayed, stored.changes);
      const decoded = decodeEvidence(stored.candidates, stored, replayed, (id) => `${id}.txt`);
      expect(decoded).toEqual({ candidates: step.candidates, supporting: step.supporting, opposing: step.opposing });
      expect(stored.candidates.every((c) => !('claimIds' in c) && !('sources' in c))).toBe(true);
      previous = stored.members;
    }
    // c1, c2; then c3; c4, c5; c6 (a new slot), c2 and c5 leaving.
    expect(changed.slice(0, 4)).toEqual([2, 1, 2, 3]);
    expect(encodeEvidence(steps[4]!, new Map()).supporting).toEqual(['c1', 'c6']);
    expect(encodeEvidence(steps[2]!, new Map()).supporting).toBeNull();
  });

  plain('slots stay put when a newer epoch is listed first', () => {
    expect(candidateSlots([{ valueKey: 'A' }, { valueKey: 'B' }, { valueKey: 'A' }])).toEqual(['1:A', '0:B', '0:A']);
    expect(candidateSlots([{ valueKey: 'B' }, { valueKey: 'A' }])).toEqual(['0:B', '0:A']);
  });
});

const T = (n: number) => new Date(Date.UTC(2026, 2, 1, 0, 0, n));
const SUBJECT = 'Harbour bridge toll';

/** Reports of the toll, some agreeing, some changing it, one contesting. */
const reports: { a: Article; amount: number }[] = [
  [3, '2025-03-01'],
  [3, '2025-03-02'],
  [4, '2025-05-10'],
  [5, '2025-05-11'],
  [4, '2025-05-11'],
  [4, '2025-07-01'],
  [3, '2025-09-01'],
  [3, '2025-09-02'],
].map(([amount, day], i) => ({ a: article(`toll-${i}.txt`, `Report ${i}: the ${SUBJECT} is ${amount}%.`, day as string), amount: amount as number }));

const decided = (v: FactVersion) => ({
  status: v.status,
  value: v.value,
  validFrom: v.validFrom,
  validTo: v.validTo,
  supporting: v.supporting,
  opposing: v.opposing,
  candidates: v.candidates,
  confidence: v.confidence,
  reason: v.reason,
});

async function expectedNow(db: Database, factId: string) {
  const evidence = (await loadEvidence(db, [factId])).get(factId) ?? [];
  const r = reconcileFact(evidence);
  return { ...r, supporting: [...r.supporting].sort(), opposing: [...r.opposing].sort() };
}

describe.each(BACKENDS)('versions stored as deltas [%s]', (kind) => {
  const test = storeTest(kind);

  test('history, the current version and exports read exactly what reconciliation decided at each step', async ({ store, db }) => {
    const expected: ReturnType<typeof decided>[] = [];
    let factId = '';
    const step = async (write: () => Promise<unknown>) => {
      await write();
      factId ||= (await store.listFacts())[0]!.fact.id;
      const want = await expectedNow(db, factId);
      const last = expected[expected.length - 1];
      if (!last || JSON.stringify(last) !== JSON.stringify(want)) expected.push(want);
      const detail = (await store.getFact(factId))!;
      expect(decided(detail.version)).toEqual(want);
      expect(detail.version.seq).toBe(expected.length);
    };
    for (const [i, { a, amount }] of reports.entries()) {
      await step(async () => {
        await store.saveArticle(a, null);
        await store.recordClaims(a.id, [figure(a, `${amount}%`, pct(amount), SUBJECT, 'rate')], { now: T(i) });
      });
    }
    // A rejected claim leaves its candidate: a membership removal.
    const rejected = (await store.getFact(factId))!.version.candidates[0]!.claimIds[0]!;
    await step(() => store.recordReview({ targetKind: 'claim', targetId: rejected, action: 'reject', reason: null, value: null, reviewer: 'ed' }, { now: T(99) }));

    const history = (await store.factHistory(factId))!;
    expect(history.versions.map((v) => decided(v.version))).toEqual(expected);
    expect(history.versions.map((v) => v.supporting.map((c) => c.claimId))).toEqual(expected.map((e) => e.supporting));
    const [listed] = await store.listFacts();
    expect(decided(listed!.version)).toEqual(expected[expected.length - 1]);
    // The list carries a summary per candidate (its value, status, and how many claims and documents back it), read from the version row alone.
    const page = await store.pageFacts({});
    const last = expected[expected.length - 1]!;
    expect(page.items[0]!.version).toMatchObject({ status: last.status, value: last.value, confidence: last.confidence, reason: last.reason });
    const summary = (c: { value: unknown; status?: string; claims: number; sources: number }) => [JSON.stringify(c.value), c.status, c.claims, c.sources];
    expect(page.items[0]!.version.candidates.map(summary)).toEqual(
      expect.arrayContaining(last.candidates.map((c) => summary({ value: c.value, status: c.status, claims: c.claimIds.length, sources: c.sources.length }))),
    );
    expect(page.items[0]!.version.candidates).toHaveLength(last.candidates.length);
    expect(page.items[0]!.version.candidates[0]!.value).toEqual(last.candidates[0]!.value);
    expect((await store.exportFacts())[0]!.claims).toEqual(expected[expected.length - 1]!.candidates[0]!.claimIds);

    // Each claim entered its slot once (or left it once): far fewer rows than every version's full lists.
    const [{ n }] = (await db.query('SELECT count(*)::int AS n FROM version_members')) as [{ n: number }];
    const full = expected.reduce((sum, e) => sum + e.candidates.reduce((s, c) => s + c.claimIds.length, 0), 0);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThan(full / 2);
    const [{ e }] = (await db.query('SELECT count(*)::int AS e FROM version_evidence')) as [{ e: number }];
    expect(e).toBe(0);
  });

  test('a fact whose versions were written with full lists (before 0018) goes on with deltas, and reads the same', async ({ store, db }) => {
    const [first, second, third] = reports;
    const record = async (r: typeof first, n: number) => {
      await store.saveArticle(r!.a, null);
      await store.recordClaims(r!.a.id, [figure(r!.a, `${r!.amount}%`, pct(r!.amount), SUBJECT, 'rate')], { now: T(n) });
    };
    await record(first, 1);
    await record(third, 2);
    const { fact } = (await store.listFacts())[0]!;
    const before = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    await rewriteAsFull(db, before);
    expect(((await db.query(`SELECT DISTINCT evidence_form FROM fact_versions`)) as { evidence_form: string }[]).map((r) => r.evidence_form)).toEqual(['full']);
    expect((await store.factHistory(fact.id))!.versions.map((v) => v.version)).toEqual(before);

    await record(second, 3);
    const want = await expectedNow(db, fact.id);
    const after = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    // The versions before are as they were, the open one now closed.
    expect(after.slice(0, before.length)).toEqual(before.map((v, i) => (i === before.length - 1 ? { ...v, recordedTo: T(3) } : v)));
    expect(decided(after[after.length - 1]!)).toEqual(want);
    expect(decided((await store.getFact(fact.id))!.version)).toEqual(want);
  });
});

/**
 * Turns a store's versions into what a store written before 0018 holds: full candidate lists and
 * version_evidence rows, no deltas. Only a test may do this: it lifts the append-only triggers for the
 * length of it.
 */
async function rewriteAsFull(db: Database, versions: readonly FactVersion[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec('ALTER TABLE fact_versions DISABLE TRIGGER USER; ALTER TABLE version_members DISABLE TRIGGER USER');
    await tx.exec('DELETE FROM version_members');
    for (const v of versions) {
      await tx.query(`UPDATE fact_versions SET evidence_form = 'full', fingerprint = NULL, supporting = NULL, opposing = NULL, candidates = $2::jsonb WHERE id = $1`, [
        v.id,
        JSON.stringify(v.candidates),
      ]);
      for (const [stance, ids] of [['support', v.supporting], ['oppose', v.opposing]] as const) {
        for (const id of ids) await tx.query('INSERT INTO version_evidence (version_id, claim_id, stance) VALUES ($1, $2, $3)', [v.id, id, stance]);
      }
    }
    await tx.exec('ALTER TABLE fact_versions ENABLE TRIGGER USER; ALTER TABLE version_members ENABLE TRIGGER USER');
  });
}


/**
 * Versions store the delta of their evidence (0018): replaying it gives back
 * exactly what reconciliation produced, version by version, and history stays
 * append-only.
 */
import { describe, expect, test as plain } from 'vitest';
import type { Article, Candidate, FactVersion } from '../../model/index.js';
import { reconcileFact } from '../../reconcile/index.js';
import { loadEvidence } from '../../store/fact-reconciler.js';
import { FactStore, type Database, type ImportRow } from '../../store/index.js';
import { LIST_CANDIDATES } from '../../store/fact-views.js';
import { listSummary, summariseCandidates } from '../../store/rows.js';
import {
  applyChanges,
  candidateForm,
  candidateSlots,
  decodeEvidence,
  encodeEvidence,
  formOf,
  SNAPSHOT_EVERY,
  stableStringify,
  storedForms,
  type Members,
  type SlotEntry,
  type StoredCandidate,
  type VersionState,
} from '../../store/version-evidence.js';
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

  const none = (): VersionState => ({ members: new Map(), candidates: new Map() });

  /** What `version_candidates_at` (0036, 0037) does: the latest entry of each slot, the gone ones left out, by order key. */
  const replayEntries = (log: Map<string, SlotEntry>, entries: readonly SlotEntry[]) => {
    for (const e of entries) log.set(e.slot, e);
    return [...log.values()]
      .flatMap((e) => ('gone' in e ? [] : [e]))
      .sort((a, b) => (a.pos < b.pos ? -1 : a.pos > b.pos ? 1 : 0))
      .map(({ pos: _pos, ...c }) => c);
  };

  plain('replays to every version as it was decided, storing only what changed', () => {
    let previous = none();
    const replayed: Members = new Map();
    const log = new Map<string, SlotEntry>();
    const changed: number[] = [];
    const written: string[][] = [];
    for (const step of steps) {
      const stored = encodeEvidence(step, previous);
      changed.push(stored.changes.length);
      written.push(stored.entries.map((e) => ('gone' in e ? `-${e.slot}` : e.slot)));
      applyChanges(replayed, stored.changes);
      expect(replayEntries(log, stored.entries)).toEqual(stored.candidates);
      const decoded = decodeEvidence(stored.candidates, stored, replayed, (id) => `${id}.txt`);
      expect(decoded).toEqual({ candidates: step.candidates, supporting: step.supporting, opposing: step.opposing });
      expect(stored.candidates.every((c) => !('claimIds' in c) && !('sources' in c))).toBe(true);
      expect(stored.disputed).toBe(false);
      previous = stored.state;
    }
    // c1, c2; then c3; c4, c5; c6 (a new slot), c2 and c5 leaving.
    expect(changed.slice(0, 4)).toEqual([2, 1, 2, 3]);
    // Only candidates whose stored form changed are written: A's superseded entry stays put from step 2 to 3.
    expect(written).toEqual([['0:A'], ['0:B', '0:A'], ['0:B', '0:C'], ['1:A', '0:B', '0:A', '-0:C'], ['0:A', '-1:A', '-0:B']]);
    expect(encodeEvidence(steps[4]!, none()).supporting).toEqual(['c1', 'c6']);
    expect(encodeEvidence(steps[2]!, none()).supporting).toBeNull();
  });

  plain('a candidate put anywhere in the list takes a key between its neighbours; one that moves is written again, no other', () => {
    const log = new Map<string, SlotEntry>();
    const at = (valueKey: string, status: Candidate['status'] = 'superseded') => cand(valueKey, [`${valueKey.toLowerCase()}1`], status);
    const list = (...candidates: Candidate[]) => ({ candidates, supporting: [], opposing: [] });
    const first = encodeEvidence(list(at('A', 'current'), at('B'), at('C'), at('D', 'disputed')), none());
    expect(first.disputed).toBe(true);
    expect(replayEntries(log, first.entries)).toEqual(first.candidates);
    // X put between B and C: only X is written, whatever the list's length.
    const inserted = encodeEvidence(list(at('A', 'current'), at('B'), at('X'), at('C'), at('D', 'disputed')), first.state);
    expect(inserted.entries.map((e) => e.slot)).toEqual(['0:X']);
    expect(replayEntries(log, inserted.entries)).toEqual(inserted.candidates);
    // D moved to the front: D alone is written again.
    const moved = encodeEvidence(list(at('D', 'disputed'), at('A', 'current'), at('B'), at('X'), at('C')), inserted.state);
    expect(moved.entries.map((e) => e.slot)).toEqual(['0:D']);
    expect(replayEntries(log, moved.entries)).toEqual(moved.candidates);
    const same = encodeEvidence(list(at('D', 'disputed'), at('A', 'current'), at('B'), at('X'), at('C')), moved.state);
    expect(same.entries).toEqual([]);
    expect(same.changes).toEqual([]);
  });

  plain('after a version 0036 wrote with ranks, every listed candidate gets an order key and the gone ones a tombstone', () => {
    const ranked = storedForms([
      { slot: '0:B', valueKey: 'B', rank: 1 },
      { slot: '0:A', valueKey: 'A', rank: 0 },
    ]);
    expect([...ranked.values()].map((f) => f.pos)).toEqual([null, null]);
    const next = encodeEvidence({ candidates: [cand('A', ['c1'], 'current')], supporting: ['c1'], opposing: [] }, { members: new Map(), candidates: ranked });
    expect(next.entries.map((e) => ('gone' in e ? `-${e.slot}` : e.slot))).toEqual(['0:A', '-0:B']);
  });

  plain('a kept state (the candidates it was written from) and the same state replayed from stored forms give the same delta', () => {
    let kept = none();
    let replayed = none();
    for (const step of steps) {
      const a = encodeEvidence(step, kept);
      const b = encodeEvidence(step, replayed);
      expect({ entries: a.entries, changes: a.changes, delta: a.delta }).toEqual({ entries: b.entries, changes: b.changes, delta: b.delta });
      // Forms written from the candidates or compared field by field are the general canonical form.
      expect([...a.state.candidates.values()].map(formOf)).toEqual(a.candidates.map((c) => stableStringify(c)));
      // A slot whose claims did not change keeps the kept state's set.
      for (const [slot, ids] of kept.members) if (a.changes.every((c) => c.slot !== slot) && a.state.members.has(slot)) expect(a.state.members.get(slot)).toBe(ids);
      kept = a.state;
      // What a reconcile of another process replays (`version-candidates`): the listed entries, without the candidates.
      replayed = { members: new Map([...a.state.members].map(([slot, ids]) => [slot, new Set(ids)])), candidates: storedForms(a.listed) };
    }
  });

  plain("a candidate's form is its fields in sorted order, any field it lacks left out, whatever else it holds", () => {
    const base = { value: { amount: 3, unit: 'people', approx: true }, valueKey: '3 people', weight: 0.5, validFrom: '2025-01-02', validTo: null, slot: '0:3 people', claimCount: 2, sourceCount: 1 };
    const forms = [
      base,
      { ...base, status: 'superseded' as const },
      { ...base, status: 'current' as const, support: true },
      { ...base, status: 'contested' as const, oppose: true },
      { ...base, status: undefined, oppose: undefined },
      // A replayed entry of another form (0036's rank, an older field) is written the general way.
      { ...base, rank: 2 },
      { ...base, validFrom: undefined, rank: 2 },
      { ...base, value: { text: 'Elan "Vesk"' }, weight: 1e-7 },
    ];
    for (const c of forms) expect(candidateForm(c as StoredCandidate)).toBe(stableStringify(c));
  });

  plain('a list of facts shows the value, then contested, disputed and superseded values in list order', () => {
    const statuses = ['current', 'superseded', 'disputed', 'superseded', undefined, 'contested', 'disputed', 'current'] as const;
    const stored = statuses.map((status, i): StoredCandidate => ({
      value: { text: `v${i}` },
      valueKey: `v${i}`,
      weight: i,
      validFrom: null,
      validTo: null,
      ...(status === undefined ? {} : { status }),
      slot: `0:v${i}`,
      claimCount: i + 1,
      sourceCount: 1,
    }));
    const order = { current: 0, contested: 1, disputed: 2, superseded: 3 };
    for (let n = 0; n <= stored.length; n++) {
      const some = stored.slice(0, n);
      const summaries = some.map((c, i) => ({ value: c.value, status: c.status ?? (i === 0 ? 'current' : 'contested'), validFrom: c.validFrom, validTo: c.validTo, weight: c.weight, claims: c.claimCount, sources: c.sourceCount }));
      const [first, ...rest] = summaries;
      const expected = first ? [first, ...rest.map((c, i) => ({ c, i })).sort((a, b) => order[a.c.status] - order[b.c.status] || a.i - b.i).map(({ c }) => c)] : [];
      expect(listSummary(some)).toEqual({ candidates: expected.slice(0, LIST_CANDIDATES), omitted: Math.max(0, n - LIST_CANDIDATES) });
    }
    // The first is the value whatever its status; then the other current one, a contested (unmarked) one, a disputed one.
    expect(listSummary(stored).candidates.map((c) => c.value)).toEqual([{ text: 'v0' }, { text: 'v7' }, { text: 'v4' }]);
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

/** One report's article saved and its rate claim recorded at time `n` on `on`. */
async function record(on: FactStore, r: (typeof reports)[number], n: number): Promise<void> {
  await on.saveArticle(r.a, null);
  await on.recordClaims(r.a.id, [figure(r.a, `${r.amount}%`, pct(r.amount), SUBJECT, 'rate')], { now: T(n) });
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
    // The first LIST_CANDIDATES of them in list order (the value, then contested, disputed, superseded), and how many more.
    const all = summariseCandidates(last.candidates);
    expect(all.length).toBeGreaterThan(LIST_CANDIDATES);
    expect(page.items[0]!.version.candidates.map(summary)).toEqual(all.slice(0, LIST_CANDIDATES).map(summary));
    expect(page.items[0]!.version.candidatesOmitted).toBe(all.length - LIST_CANDIDATES);
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
    await record(store, first!, 1);
    await record(store, third!, 2);
    const { fact } = (await store.listFacts())[0]!;
    const before = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    await rewriteAsFull(db, before);
    expect(((await db.query(`SELECT DISTINCT evidence_form FROM fact_versions`)) as { evidence_form: string }[]).map((r) => r.evidence_form)).toEqual(['full']);
    expect((await store.factHistory(fact.id))!.versions.map((v) => v.version)).toEqual(before);

    await record(store, second!, 3);
    const want = await expectedNow(db, fact.id);
    const after = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    // The versions before are as they were, the open one now closed.
    expect(after.slice(0, before.length)).toEqual(before.map((v, i) => (i === before.length - 1 ? { ...v, recordedTo: T(3) } : v)));
    expect(decided(after[after.length - 1]!)).toEqual(want);
    expect(decided((await store.getFact(fact.id))!.version)).toEqual(want);
  });

  test('a version stores only the candidates that changed, also when another store wrote the one before', async ({ store, db }) => {
    for (let i = 0; i < 6; i++) await record(store, reports[i]!, i);
    const { fact } = (await store.listFacts())[0]!;
    // A store with nothing cached (another process) diffs against the replay of what is stored.
    for (const [i, on] of [[6, new FactStore(db)], [7, store]] as const) {
      await record(on, reports[i]!, i);
      expect(decided((await store.getFact(fact.id))!.version)).toEqual(await expectedNow(db, fact.id));
    }
    const rows = (await db.query(`SELECT seq, evidence_form, jsonb_array_length(candidates) AS n FROM fact_versions WHERE fact_id = $1 ORDER BY seq`, [fact.id])) as {
      seq: number;
      evidence_form: string;
      n: number;
    }[];
    const history = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    expect(rows.every((r) => r.evidence_form === 'slots')).toBe(true);
    // The first version stores every candidate; a later one fewer entries than it lists, once older epochs stand still.
    expect(rows[0]!.n).toBe(history[0]!.candidates.length);
    expect(rows.some((r, i) => r.n < history[i]!.candidates.length)).toBe(true);
    for (const [i, v] of history.entries()) {
      const [{ candidates }] = (await db.query(`SELECT version_candidates_at($1, $2) AS candidates`, [fact.id, v.seq])) as [{ candidates: { slot: string }[] }];
      expect(candidates.map((c) => c.slot)).toEqual(candidateSlots(history[i]!.candidates));
    }
    // Reconciling again with nothing new appends no version, whether the open version's state is kept from
    // writing it or read back by a store that did not (the delta is empty and the version's fields the same).
    for (const on of [store, new FactStore(db)]) {
      const { a, amount } = reports[7]!;
      await on.recordClaims(a.id, [figure(a, `${amount}%`, pct(amount), SUBJECT, 'rate')], { now: T(50) });
      expect((await store.factHistory(fact.id))!.versions).toHaveLength(history.length);
    }
  });

  test('a fact whose versions were written with whole candidate lists (0018) goes on storing what changed, and reads the same', async ({ store, db }) => {
    const [first, second, third] = reports;
    await record(store, first!, 1);
    await record(store, third!, 2);
    const { fact } = (await store.listFacts())[0]!;
    const before = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    await db.transaction(async (tx) => {
      await tx.exec('ALTER TABLE fact_versions DISABLE TRIGGER USER');
      await tx.query(`UPDATE fact_versions SET evidence_form = 'delta', disputed = NULL, candidates = version_candidates_at(fact_id, seq) WHERE fact_id = $1`, [fact.id]);
      await tx.exec('ALTER TABLE fact_versions ENABLE TRIGGER USER');
    });
    expect(((await db.query(`SELECT DISTINCT evidence_form FROM fact_versions`)) as { evidence_form: string }[]).map((r) => r.evidence_form)).toEqual(['delta']);
    expect((await store.factHistory(fact.id))!.versions.map((v) => v.version)).toEqual(before);

    // A new store: the open 'delta' version is read back, not taken from a cache.
    const fresh = new FactStore(db);
    await fresh.saveArticle(second!.a, null);
    await fresh.recordClaims(second!.a.id, [figure(second!.a, `${second!.amount}%`, pct(second!.amount), SUBJECT, 'rate')], { now: T(3) });
    const want = await expectedNow(db, fact.id);
    const after = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    expect(after.slice(0, before.length)).toEqual(before.map((v, i) => (i === before.length - 1 ? { ...v, recordedTo: T(3) } : v)));
    expect(decided(after[after.length - 1]!)).toEqual(want);
    expect(decided((await store.getFact(fact.id))!.version)).toEqual(want);
    expect(decided((await store.listFacts())[0]!.version)).toEqual(want);
  });

  test('every 32nd version stores every candidate, and a read replays from the latest one, as a replay from the start would', async ({ store, db }) => {
    // One flight's gate from one site after another, observed on days out of order, so epochs form, move and end.
    const loads = 2 * SNAPSHOT_EVERY + 6;
    const gate = (l: number): ImportRow => ({
      source: `site-${l}`,
      object: 'XY-1',
      attribute: 'gate',
      value: ['B1', 'B2', 'C7', 'B1', 'D4'][l % 5]!,
      observedAt: `2025-01-${String(((l * 7) % 28) + 1).padStart(2, '0')}`,
    });
    for (let l = 0; l < loads; l++) {
      // A store that did not write the open version (another process) diffs against its replay, also past a snapshot.
      const on = l === SNAPSHOT_EVERY + 1 || l === loads - 1 ? new FactStore(db) : store;
      await on.importClaims([gate(l)], { now: T(l) });
    }
    const { fact, version } = (await store.listFacts({ subject: 'XY-1' }))[0]!;
    expect(version.seq).toBeGreaterThan(2 * SNAPSHOT_EVERY);
    const seqs = Array.from({ length: version.seq }, (_, i) => i + 1);
    // What 0037 replayed: every 'slots' version of the fact up to seq, snapshots or not.
    const fromStart = `SELECT COALESCE(jsonb_agg(x.entry ORDER BY x.entry->>'pos' COLLATE "C"), '[]'::jsonb) AS entries
      FROM (SELECT DISTINCT ON (e->>'slot') e AS entry FROM fact_versions p, jsonb_array_elements(p.candidates) e
            WHERE p.fact_id = $1 AND p.seq <= $2 ORDER BY e->>'slot', p.seq DESC) x
      WHERE NOT x.entry ? 'gone'`;
    const replay = async (sql: string) => {
      const out: unknown[] = [];
      for (const seq of seqs) out.push(((await db.query(sql, [fact.id, seq])) as [{ entries: unknown }])[0].entries);
      return out;
    };
    const want = await replay(fromStart);
    expect(await replay('SELECT version_slot_entries_at($1, $2) AS entries')).toEqual(want);
    const stored = (await db.query(`SELECT seq, snapshot, jsonb_array_length(candidates) AS n FROM fact_versions WHERE fact_id = $1 ORDER BY seq`, [fact.id])) as {
      seq: number;
      snapshot: boolean | null;
      n: number;
    }[];
    expect(stored.filter((r) => r.snapshot).map((r) => r.seq)).toEqual([SNAPSHOT_EVERY, 2 * SNAPSHOT_EVERY]);
    for (const r of stored.filter((r) => r.snapshot)) expect(r.n).toBe((want[r.seq - 1] as unknown[]).length);
    // Between snapshots a version stores fewer entries than it lists.
    expect(stored.some((r) => !r.snapshot && r.n < (want[r.seq - 1] as unknown[]).length)).toBe(true);
    const history = (await store.factHistory(fact.id, { limit: 1000 }))!.versions.map((v) => v.version);
    expect(history.at(-1)!.candidates.map((c) => c.valueKey)).toEqual(version.candidates.map((c) => c.valueKey));

    // A read starts at the latest snapshot: an entry planted in every version before it (only a test may write
    // one: it lifts the append-only triggers) shows in a replay from the start, never in a read past it.
    await db.transaction(async (tx) => {
      await tx.exec('ALTER TABLE fact_versions DISABLE TRIGGER USER');
      await tx.query(`UPDATE fact_versions SET candidates = candidates || '[{"slot": "0:planted", "pos": "a0"}]'::jsonb WHERE fact_id = $1 AND seq < $2`, [
        fact.id,
        2 * SNAPSHOT_EVERY,
      ]);
      await tx.exec('ALTER TABLE fact_versions ENABLE TRIGGER USER');
    });
    const planted = (entries: unknown) => (entries as { slot: string }[]).some((e) => e.slot === '0:planted');
    const after = await replay('SELECT version_slot_entries_at($1, $2) AS entries');
    expect(after.map(planted)).toEqual(seqs.map((seq) => seq < 2 * SNAPSHOT_EVERY));
    expect((await replay(fromStart)).every(planted)).toBe(true);
    expect(after.slice(2 * SNAPSHOT_EVERY - 1)).toEqual(want.slice(2 * SNAPSHOT_EVERY - 1));
  });

  test('a version 0036 wrote with ranks reads as before, and the next one keys every candidate', async ({ store, db }) => {
    const [first, second, third] = reports;
    await record(store, first!, 1);
    await record(store, third!, 2);
    const { fact } = (await store.listFacts())[0]!;
    // Only the latest version as 0036 wrote it: every live candidate with its rank from the end.
    await db.transaction(async (tx) => {
      await tx.exec('ALTER TABLE fact_versions DISABLE TRIGGER USER');
      await tx.query(
        `UPDATE fact_versions v SET candidates = (
           SELECT jsonb_agg((e - 'pos') || jsonb_build_object('rank', jsonb_array_length(l.list) - n) ORDER BY n)
           FROM (SELECT version_slot_entries_at(v.fact_id, v.seq) AS list) l, jsonb_array_elements(l.list) WITH ORDINALITY AS t(e, n))
         WHERE fact_id = $1 AND recorded_to IS NULL`,
        [fact.id],
      );
      await tx.query(`UPDATE fact_versions SET evidence_form = 'delta', candidates = version_candidates_at(fact_id, seq) WHERE fact_id = $1 AND recorded_to IS NOT NULL`, [fact.id]);
      await tx.exec('ALTER TABLE fact_versions ENABLE TRIGGER USER');
    });
    const before = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    const [{ ranked }] = (await db.query(`SELECT count(*)::int AS ranked FROM fact_versions v, jsonb_array_elements(v.candidates) e WHERE v.fact_id = $1 AND e ? 'rank'`, [fact.id])) as [{ ranked: number }];
    expect(ranked).toBe(before[before.length - 1]!.candidates.length);

    await record(new FactStore(db), second!, 3);
    const want = await expectedNow(db, fact.id);
    const after = (await store.factHistory(fact.id))!.versions.map((v) => v.version);
    expect(after.slice(0, before.length)).toEqual(before.map((v, i) => (i === before.length - 1 ? { ...v, recordedTo: T(3) } : v)));
    expect(decided(after[after.length - 1]!)).toEqual(want);
    const [{ keyed }] = (await db.query(`SELECT count(*)::int AS keyed FROM fact_versions v, jsonb_array_elements(v.candidates) e WHERE v.fact_id = $1 AND v.recorded_to IS NULL AND e ? 'pos'`, [fact.id])) as [{ keyed: number }];
    expect(keyed).toBe(want.candidates.length);
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


/**
 * A fact's history a page at a time (`factHistory` with `limit` and `cursor`): every version and every evidence
 * claim once over all pages, in the order the whole history lists them, on both backends.
 */
import { describe, expect } from 'vitest';
import { InputError, ValidationError } from '../../errors.js';
import type { FactHistory, FactStore, ImportRow } from '../../store/index.js';
import { BACKENDS, storeTest } from './store-fixture.js';

/** Five loads about one flight's gate: sites agreeing, then splitting, each load a new version. */
const loads: ImportRow[][] = [
  [
    { source: 'alpha', object: 'QF-1', attribute: 'gate', value: 'D2' },
    { source: 'beta', object: 'QF-1', attribute: 'gate', value: 'D2' },
  ],
  [{ source: 'gamma', object: 'QF-1', attribute: 'gate', value: 'D7' }],
  [
    { source: 'delta', object: 'QF-1', attribute: 'gate', value: 'D7' },
    { source: 'epsilon', object: 'QF-1', attribute: 'gate', value: 'D2' },
  ],
  [{ source: 'zeta', object: 'QF-1', attribute: 'gate', value: 'D9' }],
  [
    { source: 'eta', object: 'QF-1', attribute: 'gate', value: 'D7' },
    { source: 'theta', object: 'QF-1', attribute: 'gate', value: 'D7' },
  ],
];

async function seed(store: FactStore): Promise<string> {
  for (const [i, rows] of loads.entries()) await store.importClaims(rows, { now: new Date(Date.UTC(2026, 0, 1 + i)) });
  const [state] = await store.listFacts({ subject: 'QF-1' });
  return state!.fact.id;
}

/** Each version's claim ids as a page shows them, `+` supporting and `-` opposing. */
const evidenceOf = (h: FactHistory) => h.versions.map((v) => ({ seq: v.version.seq, claims: [...v.supporting.map((c) => `+${c.claimId}`), ...v.opposing.map((c) => `-${c.claimId}`)] }));

describe.each(BACKENDS)('paged fact history on %s', (kind) => {
  const test = storeTest(kind);

  test('pages of any size add up to the whole history: every version, every claim once, in order', async ({ store }) => {
    const id = await seed(store);
    const whole = (await store.factHistory(id, { limit: 1000 }))!;
    expect(whole.nextCursor).toBeNull();
    expect(whole.versions.length).toBeGreaterThanOrEqual(4);
    const all = evidenceOf(whole);
    const total = all.reduce((n, v) => n + v.claims.length, 0);
    expect(total).toBeGreaterThan(10);
    // Pages cross from a version's supporting claims to its opposing ones.
    expect(all.some((v) => v.claims.some((c) => c.startsWith('-')))).toBe(true);
    // The default page holds a small fact whole, as the history read before paging.
    expect(await store.factHistory(id)).toEqual(whole);
    for (const limit of [1, 2, 3, 5]) {
      const seen: { seq: number; claims: string[] }[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = (await store.factHistory(id, { limit, cursor }))!;
        const shown = evidenceOf(page);
        expect(shown.reduce((n, v) => n + v.claims.length, 0)).toBeLessThanOrEqual(limit);
        for (const v of shown) {
          const prev = seen.at(-1);
          if (prev?.seq === v.seq) prev.claims.push(...v.claims);
          else seen.push({ seq: v.seq, claims: [...v.claims] });
        }
        // Each version carries its whole belief, whichever page shows it.
        for (const v of page.versions) expect(v.version).toEqual(whole.versions.find((w) => w.version.seq === v.version.seq)!.version);
        cursor = page.nextCursor ?? undefined;
        pages += 1;
      } while (cursor);
      expect(seen).toEqual(all);
      expect(pages).toBe(Math.ceil(total / limit));
    }
  });

  test('a long history pages the same when a page reads only the versions from its cursor on', async ({ store }) => {
    // Thirty loads, one row each: more versions than a page reads at first, so pages reach further as they fill.
    for (let i = 0; i < 30; i += 1) {
      await store.importClaims([{ source: `site-${i}`, object: 'QF-9', attribute: 'gate', value: i % 3 === 2 ? 'C4' : 'C1' }], { now: new Date(Date.UTC(2026, 1, 1, i)) });
    }
    const [state] = await store.listFacts({ subject: 'QF-9' });
    const id = state!.fact.id;
    const whole = (await store.factHistory(id, { limit: 1000 }))!;
    expect(whole.versions.length).toBeGreaterThan(20);
    const all = evidenceOf(whole);
    for (const limit of [7, 60, 200]) {
      const seen: { seq: number; claims: string[] }[] = [];
      let cursor: string | undefined;
      do {
        const page = (await store.factHistory(id, { limit, cursor }))!;
        for (const v of evidenceOf(page)) {
          const prev = seen.at(-1);
          if (prev?.seq === v.seq) prev.claims.push(...v.claims);
          else seen.push({ seq: v.seq, claims: [...v.claims] });
        }
        for (const v of page.versions) expect(v.version).toEqual(whole.versions.find((w) => w.version.seq === v.version.seq)!.version);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  test('a cursor from another fact, or not one of ours, is refused with one line naming it', async ({ store }) => {
    const id = await seed(store);
    await store.importClaims([{ source: 'alpha', object: 'QF-2', attribute: 'gate', value: 'A1' }, { source: 'beta', object: 'QF-2', attribute: 'gate', value: 'A1' }]);
    const [other] = await store.listFacts({ subject: 'QF-2' });
    const cursor = (await store.factHistory(other!.fact.id, { limit: 1 }))!.nextCursor!;
    expect(cursor).toBeTruthy();
    await expect(store.factHistory(id, { limit: 1, cursor })).rejects.toBeInstanceOf(InputError);
    await expect(store.factHistory(id, { cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(ValidationError);
    await expect(store.factHistory(id, { limit: 0 })).rejects.toBeInstanceOf(ValidationError);
  });

  test('getFact shows at most claimsPerCandidate claims of each value, and names every claim by id', async ({ store }) => {
    const id = await seed(store);
    const whole = (await store.getFact(id))!;
    const capped = (await store.getFact(id, { claimsPerCandidate: 1 }))!;
    expect(capped.version).toEqual(whole.version);
    expect(capped.candidates.map((c) => c.claims.length)).toEqual(whole.candidates.map((c) => Math.min(1, c.claims.length)));
    expect(capped.candidates.map((c) => c.claims[0]?.claimId)).toEqual(whole.candidates.map((c) => c.claims[0]?.claimId));
    expect(whole.candidates[0]!.claims.length).toBeGreaterThan(1);
  });
});

import { describe, expect, test } from 'vitest';
import { EvidenceCache } from '../../store/fact-reconciler.js';
import type { VersionState } from '../../store/version-evidence.js';

/** A version state of `n` claims in one slot. */
const state = (n: number, tag: string): VersionState => ({
  members: new Map([['s_1', new Set(Array.from({ length: n }, (_, i) => `c_${tag}_${i}`))]]),
  candidates: new Map(),
});

describe('EvidenceCache version states', () => {
  test('a fact written many times keeps one state, so another fact’s open version stays kept', () => {
    const cache = new EvidenceCache(100);
    const quiet = state(10, 'quiet');
    cache.keepVersionMembers('f_quiet', 'v_quiet_1', 'fp_q', quiet);
    // A hot fact appends 50 versions of 40 members: its superseded states must not count against the bound.
    for (let seq = 1; seq <= 50; seq++) cache.keepVersionMembers('f_hot', `v_hot_${seq}`, `fp_${seq}`, state(40, `hot${seq}`));
    expect(cache.versionMembers('f_quiet', 'v_quiet_1', 'fp_q')).toBe(quiet);
    expect(cache.versionMembers('f_hot', 'v_hot_50', 'fp_50')?.members.get('s_1')?.size).toBe(40);
    expect(cache.versionMembers('f_hot', 'v_hot_49', 'fp_49')).toBeUndefined();
  });

  test('a state is handed back only for the version id and fingerprint it was kept under', () => {
    const cache = new EvidenceCache(100);
    cache.keepVersionMembers('f_1', 'v_1', 'fp_a', state(3, 'a'));
    expect(cache.versionMembers('f_1', 'v_1', 'fp_b')).toBeUndefined();
    expect(cache.versionMembers('f_1', 'v_2', 'fp_a')).toBeUndefined();
    expect(cache.versionMembers('f_2', 'v_1', 'fp_a')).toBeUndefined();
  });

  test('beyond the bound the least recently used fact goes first', () => {
    const cache = new EvidenceCache(100);
    cache.keepVersionMembers('f_a', 'v_a', 'fp', state(40, 'a'));
    cache.keepVersionMembers('f_b', 'v_b', 'fp', state(40, 'b'));
    expect(cache.versionMembers('f_a', 'v_a', 'fp')).toBeDefined();
    cache.keepVersionMembers('f_c', 'v_c', 'fp', state(40, 'c'));
    expect(cache.versionMembers('f_b', 'v_b', 'fp')).toBeUndefined();
    expect(cache.versionMembers('f_a', 'v_a', 'fp')).toBeDefined();
    expect(cache.versionMembers('f_c', 'v_c', 'fp')).toBeDefined();
  });

  test('keeps nothing when its bound is zero', () => {
    const cache = new EvidenceCache(0);
    cache.keepVersionMembers('f_1', 'v_1', 'fp', state(1, 'x'));
    expect(cache.versionMembers('f_1', 'v_1', 'fp')).toBeUndefined();
  });

  test('a candidate counts by the length of its stored form, so states of few claims and long forms are bounded too', () => {
    const cache = new EvidenceCache(100);
    // No claim ids, three candidates of 640-character forms each: 4 + 3 × (2 + 10) = 40 units a fact.
    const wide = (tag: string): VersionState => ({
      members: new Map(),
      candidates: new Map([1, 2, 3].map((i) => [`s_${tag}_${i}`, { form: 'x'.repeat(640), pos: 'a0' }])),
    });
    cache.keepVersionMembers('f_a', 'v_a', 'fp', wide('a'));
    cache.keepVersionMembers('f_b', 'v_b', 'fp', wide('b'));
    expect(cache.versionMembers('f_a', 'v_a', 'fp')).toBeDefined();
    cache.keepVersionMembers('f_c', 'v_c', 'fp', wide('c'));
    expect(cache.versionMembers('f_b', 'v_b', 'fp')).toBeUndefined();
    expect(cache.versionMembers('f_a', 'v_a', 'fp')).toBeDefined();
  });
});

describe('EvidenceCache claims', () => {
  const stable = {
    claimId: 'c_1',
    factId: 'f_1',
    subject: 'storm',
    predicate: 'deaths',
    kind: 'figure' as const,
    value: { amount: 12, unit: 'people' },
    hedge: 'asserted' as const,
    doc: 'a.txt',
    published: '2025-03-01',
    observedAt: null,
    earlier: false,
    validTo: null,
    source: 'Wire',
  };

  test('a claim with its status and cluster is the stable evidence with both added last, and reused while they stay', () => {
    const cache = new EvidenceCache(100);
    cache.set('c_1', '7', stable);
    const made = cache.evidence('c_1', stable, 'pending', 'k_1');
    expect(made).toEqual({ ...stable, status: 'pending', cluster: 'k_1' });
    expect(Object.keys(made)).toEqual(Object.keys({ ...stable, status: 'pending', cluster: 'k_1' }));
    expect(cache.evidence('c_1', stable, 'pending', 'k_1')).toBe(made);
    expect(cache.evidence('c_1', stable, 'rejected', 'k_1')).toEqual({ ...stable, status: 'rejected', cluster: 'k_1' });
  });

  test('a claim is kept for the row version it was decoded at: another version is read again, and replaces it', () => {
    const cache = new EvidenceCache(100);
    cache.set('c_1', '7', stable);
    expect(cache.get('c_1', '7')).toBe(stable);
    expect(cache.get('c_1', '8')).toBeUndefined();
    const changed = { ...stable, subject: 'flood' };
    cache.set('c_1', '8', changed);
    expect(cache.size).toBe(1);
    expect(cache.get('c_1', '8')).toBe(changed);
    expect(cache.get('c_1', '7')).toBeUndefined();
  });

  test('beyond the bound the least recently read claim goes first', () => {
    const cache = new EvidenceCache(2);
    cache.set('c_1', '1', stable);
    cache.set('c_2', '1', stable);
    expect(cache.get('c_1', '1')).toBe(stable);
    cache.set('c_3', '1', stable);
    expect(cache.get('c_2', '1')).toBeUndefined();
    expect(cache.get('c_1', '1')).toBe(stable);
    expect(cache.get('c_3', '1')).toBe(stable);
  });

  test('keeps no claim when its bound is zero', () => {
    const cache = new EvidenceCache(0);
    cache.set('c_1', '1', stable);
    expect(cache.size).toBe(0);
    expect(cache.get('c_1', '1')).toBeUndefined();
  });
});

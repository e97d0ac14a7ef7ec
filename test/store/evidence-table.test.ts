import { describe, expect, test } from 'vitest';
import { FactEvidence } from '../../reconcile/reconcile.js';
import { EvidenceTable } from '../../store/evidence-table.js';

const claim = (over: Partial<FactEvidence> & { claimId: string }): FactEvidence =>
  FactEvidence.parse({ subject: 'Harbour toll', predicate: 'rate', kind: 'figure', value: { amount: 4, unit: 'USD' }, doc: 'a.txt', published: '2025-03-01', ...over });

describe('EvidenceTable', () => {
  test('gives back each fact’s evidence exactly as put, every field of FactEvidence included', () => {
    const table = new EvidenceTable();
    const first = [
      claim({ claimId: 'c_1', factId: 'f_1', hedge: 'reported', status: 'accepted', source: 'Gazette', cluster: 'k_1', observedAt: '2025-02-20', validTo: '2025-06-01' }),
      claim({ claimId: 'c_2', value: { text: '14:05' }, earlier: true, kind: null }),
    ];
    const second = [claim({ claimId: 'c_3', subject: 'Harbour toll', value: { min: 3, max: 5, unit: 'USD' }, published: null })];
    table.put('f_1', first);
    table.put('f_2', second);
    const got = table.get(['f_2', 'f_1', 'f_unknown']);
    expect([...got.keys()]).toEqual(['f_2', 'f_1']);
    expect(got.get('f_1')).toEqual(first);
    expect(got.get('f_2')).toEqual(second);
    expect(Object.keys(got.get('f_1')![0]!).sort()).toEqual(Object.keys(FactEvidence.shape).sort());
    expect(table.size).toBe(3);
  });

  test('holds many claims, with equal values as given sharing one object', () => {
    const table = new EvidenceTable();
    for (let f = 0; f < 300; f++) table.put(`f_${f}`, Array.from({ length: 10 }, (_, i) => claim({ claimId: `c_${f}_${i}`, value: { text: `gate ${i % 3}` }, source: `s${i}` })));
    const got = table.get(['f_0', 'f_299']);
    expect(got.get('f_299')!.map((e) => e.claimId)).toEqual(Array.from({ length: 10 }, (_, i) => `c_299_${i}`));
    expect(got.get('f_0')![1]!.value).toBe(got.get('f_299')![1]!.value);
    expect(got.get('f_0')![4]!.value).toEqual({ text: 'gate 1' });
  });
});

import { describe, expect, test } from 'vitest';
import { FactExport } from '../../model/index.js';
import { toFactExport } from '../../store/index.js';
import { reconcileFact } from '../../reconcile/index.js';
import { evidence } from './samples.js';

describe('toFactExport', () => {
  test('writes the FORMAT.md line: chosen sources and claims, earlier values as superseded alternatives with their valid time and claims', () => {
    const r = reconcileFact([
      evidence('004.txt', '2025-07-23', { amount: 15, unit: '%' }, { id: 'c_004' }),
      evidence('001.txt', '2026-02-11', { amount: 15, unit: '%' }, { id: 'c_001' }),
      evidence('002.txt', '2025-05-23', { amount: 25, unit: '%' }, { id: 'c_002' }),
    ]);
    const line = toFactExport(
      { id: 'f_1', key: 'car japanese tariff us|rate', subject: 'US tariff on Japanese cars', predicate: 'rate', kind: 'figure' },
      { ...r, id: 'v_1', factId: 'f_1', seq: 1, recordedFrom: new Date('2026-01-01T00:00:00Z'), recordedTo: null },
    );
    expect(line).toEqual({
      id: 'f_1',
      subject: 'US tariff on Japanese cars',
      predicate: 'rate',
      status: 'settled',
      value: { amount: 15, unit: '%' },
      valid_from: '2025-07-23',
      valid_to: null,
      confidence: 0.96,
      sources: ['001.txt', '004.txt'],
      claims: expect.arrayContaining(['c_001', 'c_004']),
      alternatives: [
        { value: { amount: 25, unit: '%' }, status: 'superseded', valid_from: '2025-05-23', valid_to: '2025-07-23', sources: ['002.txt'], claims: ['c_002'] },
      ],
    });
    expect(line.claims).toHaveLength(2);
    expect(FactExport.safeParse(JSON.parse(JSON.stringify(line))).success).toBe(true);
  });

  test('a version written before candidates had a status exports its alternatives as contested (v1)', () => {
    const r = reconcileFact([evidence('a.txt', '2025-07-23', { amount: 15, unit: '%' }), evidence('b.txt', '2025-07-23', { amount: 25, unit: '%' })]);
    const v1 = { ...r, candidates: r.candidates.map(({ status: _status, ...c }) => c) };
    const line = toFactExport(
      { id: 'f_1', key: 'k|rate', subject: 'k', predicate: 'rate', kind: 'figure' },
      { ...v1, id: 'v_1', factId: 'f_1', seq: 1, recordedFrom: new Date('2026-01-01T00:00:00Z'), recordedTo: null },
    );
    expect(line.alternatives.map((a) => a.status)).toEqual(['contested']);
  });
});

describe('toFactExport with no value', () => {
  test('every candidate of a fact whose claims were all rejected is an alternative carrying its own claims; the fact has none', () => {
    const r = reconcileFact([evidence('a.txt', '2025-07-23', { amount: 15, unit: '%' }, { id: 'c_a' })]);
    const line = toFactExport(
      { id: 'f_1', key: 'k|rate', subject: 'k', predicate: 'rate', kind: 'figure' },
      { ...r, value: null, id: 'v_1', factId: 'f_1', seq: 1, recordedFrom: new Date('2026-01-01T00:00:00Z'), recordedTo: null },
    );
    expect(line.claims).toEqual([]);
    expect(line.alternatives.map((a) => a.claims)).toEqual([['c_a']]);
  });
});

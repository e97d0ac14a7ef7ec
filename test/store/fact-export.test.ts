import { describe, expect, test } from 'vitest';
import { FactExport } from '../../model/index.js';
import { reconcileFact, toFactExport } from '../../store/index.js';
import { evidence } from './samples.js';

describe('toFactExport', () => {
  test('writes the FORMAT.md line: chosen sources, the other values as contested alternatives', () => {
    const r = reconcileFact([
      evidence('004.txt', '2025-07-23', { amount: 15, unit: '%' }),
      evidence('001.txt', '2026-02-11', { amount: 15, unit: '%' }),
      evidence('002.txt', '2025-05-23', { amount: 25, unit: '%' }),
    ]);
    const line = toFactExport(
      { id: 'f_1', key: 'car japanese tariff us|rate', subject: 'US tariff on Japanese cars', predicate: 'rate', kind: 'figure' },
      { ...r, id: 'v_1', factId: 'f_1', seq: 1, recordedFrom: new Date('2026-01-01T00:00:00Z'), recordedTo: null },
    );
    expect(line).toEqual({
      id: 'f_1',
      subject: 'US tariff on Japanese cars',
      predicate: 'rate',
      status: 'contested',
      value: { amount: 15, unit: '%' },
      valid_from: '2025-07-23',
      valid_to: null,
      confidence: 2 / 3,
      sources: ['001.txt', '004.txt'],
      alternatives: [{ value: { amount: 25, unit: '%' }, status: 'contested', valid_from: '2025-05-23', valid_to: null, sources: ['002.txt'] }],
    });
    expect(FactExport.safeParse(JSON.parse(JSON.stringify(line))).success).toBe(true);
  });
});

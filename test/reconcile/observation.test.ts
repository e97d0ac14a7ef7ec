import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../../model/index.js';
import { claimObservation, factKey } from '../../reconcile/index.js';

const base = { start: 0, end: 1, quote: 'x', attribution: null, hedge: null, qualifier: null, extractor: 't@1', rule: 'r', confidence: 1 } as const;

describe('claimObservation', () => {
  test('a figure observes its subject and predicate with its amount', () => {
    const claim: ClaimDraft = { ...base, kind: 'figure', value: { amount: 15, unit: '%' }, subject: 'US tariff', predicate: 'rate' };
    expect(claimObservation(claim)).toEqual({
      subject: 'US tariff',
      predicate: 'rate',
      key: factKey('US tariff', 'rate'),
      kind: 'figure',
      value: { amount: 15, unit: '%' },
    });
  });

  test('a figure without subject or predicate observes nothing', () => {
    expect(claimObservation({ ...base, kind: 'figure', value: { amount: 1, unit: 'job' }, subject: null, predicate: 'count' })).toBeNull();
    expect(claimObservation({ ...base, kind: 'figure', value: { amount: 1, unit: 'job' }, subject: 'jobs', predicate: null })).toBeNull();
  });

  test("a person observes the name's role; no role, no observation", () => {
    const lutnick: ClaimDraft = { ...base, kind: 'person', value: { name: 'Howard Lutnick', role: 'Commerce Secretary', org: null }, subject: null, predicate: null };
    expect(claimObservation(lutnick)).toMatchObject({ subject: 'Howard Lutnick', predicate: 'role', value: { text: 'Commerce Secretary' } });
    expect(claimObservation({ ...lutnick, value: { name: 'Howard Lutnick', role: null, org: null } })).toBeNull();
  });

  test('a date needs a subject and a resolved date', () => {
    const date: ClaimDraft = { ...base, kind: 'date', value: { date: '2025-06-05' }, subject: 'US Steel decision', predicate: 'deadline' };
    expect(claimObservation(date)).toMatchObject({ value: { date: '2025-06-05' } });
    expect(claimObservation({ ...date, value: { date: null } })).toBeNull();
    expect(claimObservation({ ...date, subject: null })).toBeNull();
  });

  test('a project observes its amount, else its sponsor, else its location', () => {
    const project = { ...base, kind: 'project' as const, subject: null, predicate: null };
    const value = { name: 'Alaska LNG pipeline', sponsor: 'Glenfarne', sector: null, location: 'Alaska', amount: { amount: 44e9, unit: 'USD' } };
    expect(claimObservation({ ...project, value })).toMatchObject({ subject: 'Alaska LNG pipeline', predicate: 'amount', value: { amount: 44e9 } });
    expect(claimObservation({ ...project, value: { ...value, amount: null } })).toMatchObject({ predicate: 'sponsor', value: { text: 'Glenfarne' } });
    expect(claimObservation({ ...project, value: { ...value, amount: null, sponsor: null } })).toMatchObject({ predicate: 'location' });
    expect(claimObservation({ ...project, value: { ...value, amount: null, sponsor: null, location: null } })).toBeNull();
  });

  test('a denied claim supports nothing', () => {
    expect(claimObservation({ ...base, hedge: 'denied', kind: 'figure', value: { amount: 25, unit: '%' }, subject: 'tariff', predicate: 'rate' })).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ImportRow, importRowIssue, toImportRow } from '../../store/fact-views.js';

// Strings an import file could hold: blanks, padding, dates well and badly formed, anything.
const text = fc.oneof(fc.constantFrom('', ' ', '  A ', 'AA-1007', '2011-12-01', '2011-12-1', '12:05', 'x\ty'), fc.string({ maxLength: 12 }));
const field = fc.oneof(text, fc.constant(undefined), fc.constant(null), fc.integer());
const row = fc.record(
  { source: field, object: field, attribute: field, value: field, observedAt: field, extra: field },
  { requiredKeys: [] },
);

describe('importRowIssue: the schema checked by hand', () => {
  test('passes exactly the rows ImportRow accepts, and outputs what it outputs', () => {
    fc.assert(
      fc.property(row, (r) => {
        const parsed = ImportRow.safeParse(r);
        const issue = importRowIssue(r);
        expect(issue === undefined).toBe(parsed.success);
        if (parsed.success) expect(toImportRow(r as ImportRow)).toEqual(parsed.data);
      }),
      { numRuns: 2000 },
    );
  });

  test('a failing row reports the schema’s issue', () => {
    expect(importRowIssue({ source: 'A', object: 'Paris', attribute: 'mayor', value: 'x', observedAt: '2024-1-01' })?.issues[0]?.path).toEqual(['observedAt']);
    expect(importRowIssue({ source: ' ', object: 'Paris', attribute: 'mayor', value: 'x' })?.issues[0]?.path).toEqual(['source']);
    expect(importRowIssue([])).toBeDefined();
    expect(importRowIssue({ source: 'A', object: 'Paris', attribute: 'mayor', value: '' })).toBeUndefined();
  });
});

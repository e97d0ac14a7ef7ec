import { describe, expect } from 'vitest';
import { applyMerges } from '../../store/fact-reconciler.js';
import { queries } from '../../store/sql.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const facts = ['f_a', 'f_b', 'f_c', 'f_d'].map((id) => ({ id, key: `${id.slice(2)} corp|revenue`, subject: `${id.slice(2)} corp`, predicate: 'revenue', kind: 'figure', story_id: null }));

for (const kind of BACKENDS) {
  describe(`applyMerges [${kind}]`, () => {
    const test = storeTest(kind);

    test('a batch of merges reads as the same merges one by one, in their order', async ({ db }) => {
      const mergedInto = await db.transaction(async (tx) => {
        await tx.query(queries['facts-upsert'], [JSON.stringify(facts)]);
        // d already resolved into a; then a resolves into b (d follows it), b into c (a and d follow), and c back to itself.
        await applyMerges(tx, [{ id: 'f_d', mergedInto: 'f_a' }]);
        await applyMerges(tx, [
          { id: 'f_a', mergedInto: 'f_b' },
          { id: 'f_b', mergedInto: 'f_c' },
          { id: 'f_c', mergedInto: null },
        ]);
        const rows = await tx.query<{ id: string; merged_into: string | null }>('SELECT id, merged_into FROM facts ORDER BY id');
        return Object.fromEntries(rows.map((r) => [r.id, r.merged_into]));
      });
      expect(mergedInto).toEqual({ f_a: 'f_c', f_b: 'f_c', f_c: null, f_d: 'f_c' });
    });

    test('undoing a merge points the fact back at itself and leaves the others where they are', async ({ db }) => {
      const mergedInto = await db.transaction(async (tx) => {
        await tx.query(queries['facts-upsert'], [JSON.stringify(facts)]);
        await applyMerges(tx, [
          { id: 'f_b', mergedInto: 'f_a' },
          { id: 'f_c', mergedInto: 'f_a' },
          { id: 'f_b', mergedInto: null },
        ]);
        await applyMerges(tx, []);
        const rows = await tx.query<{ id: string; merged_into: string | null }>('SELECT id, merged_into FROM facts ORDER BY id');
        return Object.fromEntries(rows.map((r) => [r.id, r.merged_into]));
      });
      expect(mergedInto).toEqual({ f_a: null, f_b: null, f_c: 'f_a', f_d: null });
    });
  });
}

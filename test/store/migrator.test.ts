import { describe, expect } from 'vitest';
import { loadMigrations, runMigrations } from '../../store/index.js';
import { BACKENDS, openBackend, storeTest } from './store-fixture.js';

const ALL = loadMigrations().map((m) => m.version);

describe.each(BACKENDS)('migrations [%s]', (kind) => {
  const test = storeTest(kind);

  test('are applied once on open and not again', async ({ db }) => {
    expect(await runMigrations(db)).toEqual([]);
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(ALL);
  });

  test('two migrators at once apply each migration exactly once', async () => {
    const backend = await openBackend(kind, { migrate: false });
    try {
      const second = await backend.openSecond({ migrate: false });
      const [a, b] = await Promise.all([runMigrations(backend.db), runMigrations(second)]);
      expect([...a, ...b].sort((x, y) => x - y)).toEqual(ALL);
      const rows = await backend.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0]!.n).toBe(ALL.length);
    } finally {
      await backend.dispose();
    }
  });

  test("the facts list's trigram indexes move their pending entries into the tree past 64 kB (0053)", async ({ db }) => {
    const rows = await db.query<{ name: string; options: string[] | null }>(
      `SELECT c.relname AS name, c.reloptions AS options FROM pg_class c
       WHERE c.oid IN (to_regclass('facts_unmerged_subject_trgm_idx'), to_regclass('facts_unmerged_predicate_trgm_idx'))
       ORDER BY c.relname`,
    );
    expect(rows).toEqual([
      { name: 'facts_unmerged_predicate_trgm_idx', options: ['gin_pending_list_limit=64'] },
      { name: 'facts_unmerged_subject_trgm_idx', options: ['gin_pending_list_limit=64'] },
    ]);
  });
});

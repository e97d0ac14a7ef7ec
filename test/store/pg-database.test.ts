import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../store/index.js';
import { RENEW_PREPARED_AFTER_CALLS } from '../../store/pg-database.js';
import { queries } from '../../store/sql.js';
import { openBackend, TEST_DATABASE_URL } from './store-fixture.js';

describe('PgDatabase [postgres] connection errors', () => {
  test('an unreachable server is one TransientError line naming the URL without its password', async () => {
    const url = 'postgres://app:s3cret@127.0.0.1:1/news';
    const error = (await openDatabase(loadConfig({ DATABASE_URL: url })).catch((e: Error) => e)) as Error;
    expect(error.name).toBe('TransientError');
    expect(error.message).toBe('postgres://app:***@127.0.0.1:1/news: cannot reach the database: connection refused at 127.0.0.1:1 (ECONNREFUSED)');
  });

  test('a database that does not exist is a ConfigError naming it', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = '/newsfacts_no_such_database';
    const error = (await openDatabase(loadConfig({ DATABASE_URL: url.toString() })).catch((e: Error) => e)) as Error;
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(/newsfacts_no_such_database: database does not exist/);
    expect(error.message).not.toContain('\n');
  });
});

describe('PgDatabase [postgres] session settings', () => {
  test("every connection runs without JIT (the store's small statements cross its cost threshold as tables grow) and in the store's schema", async () => {
    const backend = await openBackend('postgres');
    try {
      const rows = await Promise.all(
        [1, 2, 3].map(() => backend.db.transaction((tx) => tx.query<{ jit: string; schema: string }>("SELECT current_setting('jit') AS jit, current_schema() AS schema"))),
      );
      for (const [row] of rows) {
        expect(row!.jit).toBe('off');
        expect(row!.schema).not.toBe('public');
      }
    } finally {
      await backend.dispose();
    }
  });
});

describe('PgDatabase [postgres] prepared statements', () => {
  test("the store's statements are prepared once per connection and give the same rows every call; other SQL is not", async () => {
    const backend = await openBackend('postgres');
    try {
      const { db } = backend;
      const prepared = await db.transaction(async (tx) => {
        const first = await tx.query(queries['article-find'], ['no-such-article']);
        await tx.query('SELECT $1::int AS n', [1]);
        const again = await tx.query(queries['migrations-applied']);
        const twice = await tx.query(queries['migrations-applied']);
        expect(first).toEqual([]);
        expect(twice).toEqual(again);
        expect(again.length).toBeGreaterThan(0);
        return (await tx.query<{ name: string }>('SELECT name FROM pg_prepared_statements ORDER BY name')).map((r) => r.name);
      });
      expect(prepared).toEqual(expect.arrayContaining(['nf_article-find', 'nf_migrations-applied']));
      expect(prepared.every((name) => name.startsWith('nf_'))).toBe(true);
      // A script of several statements still runs as one simple query.
      await db.exec('CREATE TEMP TABLE t_exec (n int); DROP TABLE t_exec;');
    } finally {
      await backend.dispose();
    }
  });

  test('a statement is prepared again under a new name after its renewal count of calls, the old name deallocated, and gives the same rows', async () => {
    const backend = await openBackend('postgres');
    try {
      const names = await backend.db.transaction(async (tx) => {
        const first = await tx.query(queries['migrations-applied']);
        const seen = async () => (await tx.query<{ name: string }>("SELECT name FROM pg_prepared_statements WHERE name LIKE 'nf_migrations-applied%' ORDER BY name")).map((r) => r.name);
        const before = await seen();
        // The first call and RENEW_PREPARED_AFTER_CALLS more (opening the store called it too, fewer times).
        let last = first;
        for (let i = 0; i < RENEW_PREPARED_AFTER_CALLS; i++) last = await tx.query(queries['migrations-applied']);
        expect(last).toEqual(first);
        return { before, after: await seen() };
      });
      expect(names.before).toEqual(['nf_migrations-applied']);
      expect(names.after).toEqual(['nf_migrations-applied_1']);
    } finally {
      await backend.dispose();
    }
  });
});

/**
 * Statement stats on both backends: with `NEWSFACTS_STATEMENT_STATS` set, every statement the store runs
 * (inside transactions too) is counted under its `store/queries/` file name, with its rows, and the
 * running totals reach the file when the database closes.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase, type DatabaseKind } from '../../store/index.js';
import { queries } from '../../store/sql.js';
import { readSnapshots } from '../../bench/statements.js';
import { BACKENDS, TEST_DATABASE_URL } from './store-fixture.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-stats-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open(kind: DatabaseKind, file: string) {
  if (kind === 'pglite') return openDatabase(loadConfig({ NEWSFACTS_HOME: dir, NEWSFACTS_STATEMENT_STATS: file }), { memory: true });
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  return openDatabase(loadConfig({ DATABASE_URL: TEST_DATABASE_URL, NEWSFACTS_STATEMENT_STATS: file }), { schema, maxConnections: 2 });
}

describe.each(BACKENDS)('statement stats on %s', (kind) => {
  test('counts each named statement, in and out of transactions, and writes the totals on close', { timeout: 60_000 }, async () => {
    const file = path.join(dir, 'stats.jsonl');
    const db = await open(kind, file);
    try {
      await db.query(queries.counts);
      await db.transaction(async (tx) => {
        await tx.query(queries.counts);
        await tx.query('SELECT 1 AS one UNION ALL SELECT 2');
      });
    } finally {
      if (kind === 'postgres') await db.query(`DROP SCHEMA IF EXISTS "${(await db.query<{ s: string }>('SELECT current_schema() AS s'))[0]!.s}" CASCADE`);
      await db.close();
    }
    const snapshots = readSnapshots(file);
    const last = snapshots.at(-1)!;
    expect(last.pid).toBe(process.pid);
    expect(last.statements.counts).toMatchObject({ calls: 2, rows: 2 });
    expect(last.statements['SELECT 1 AS one UNION ALL SELECT 2']).toMatchObject({ calls: 1, rows: 2 });
    // The migrations ran through the same adapter, so their version query is counted too.
    expect(Object.keys(last.statements).length).toBeGreaterThan(2);
  });
});

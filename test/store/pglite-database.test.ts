import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { loadConfig } from '../../config.js';
import { DataDirLock, FactStore, openDatabase } from '../../store/index.js';
import { PgliteDatabase } from '../../store/pglite-database.js';
import { article } from './samples.js';
import { tempDirTest as test } from './store-fixture.js';

describe('PgliteDatabase [pglite] data folder lock', () => {
  test('a second opener of the folder is refused, pointing at DATABASE_URL', async ({ dir }) => {
    const config = loadConfig({ NEWSFACTS_HOME: dir });
    const db = await openDatabase(config);
    try {
      const dataDir = path.join(dir, 'db');
      expect(existsSync(`${dataDir}.lock`)).toBe(true);
      const refused = openDatabase(config);
      await expect(refused).rejects.toMatchObject({ name: 'ConfigError' });
      const message = ((await refused.catch((e: Error) => e)) as Error).message;
      expect(message).toContain(`the embedded store at ${dataDir} is in use by process ${process.pid}`);
      expect(message).toContain('DATABASE_URL pointing at PostgreSQL');
      expect(message).not.toContain('\n');
    } finally {
      await db.close();
    }
  });

  test('a lock held by another live process refuses, naming that process', async ({ dir }) => {
    // The vitest parent is alive for as long as this test runs.
    writeFileSync(path.join(dir, 'db.lock'), `${process.ppid}\n`);
    await expect(openDatabase(loadConfig({ NEWSFACTS_HOME: dir }))).rejects.toThrow(`is in use by process ${process.ppid};`);
  });

  test('the stale lock of a dead process is taken over', async ({ dir }) => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const file = path.join(dir, 'db.lock');
    writeFileSync(file, `${dead}\n`);
    const lock = DataDirLock.acquire(path.join(dir, 'db'));
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  test('closing releases the lock, and the data is there when reopened', async ({ dir }) => {
    const config = loadConfig({ NEWSFACTS_HOME: dir });
    const first = await openDatabase(config);
    const a = article('kept.txt', 'Kept across a reopen.');
    await new FactStore(first).saveArticle(a, null);
    await first.close();
    expect(existsSync(path.join(dir, 'db.lock'))).toBe(false);

    const second = await openDatabase(config);
    try {
      expect(await new FactStore(second).getArticle('kept.txt')).toEqual(a);
    } finally {
      await second.close();
    }
  });
});

describe('PgliteDatabase [pglite] statistics', () => {
  test('refreshes the planner statistics as autovacuum would: first after 64 transactions, then at each doubling', async () => {
    const db = await PgliteDatabase.open({ dataDir: null });
    try {
      await db.exec('CREATE TABLE grows (id int PRIMARY KEY)');
      const tuples = async () => Number((await db.query<{ reltuples: number }>("SELECT reltuples FROM pg_class WHERE relname = 'grows'"))[0]!.reltuples);
      const insert = (id: number) => db.transaction((tx) => tx.query('INSERT INTO grows VALUES ($1)', [id]));
      for (let id = 1; id < 64; id++) await insert(id);
      // Never analysed (PostgreSQL 14+ says -1): a plan made now would take the table for empty.
      expect(await tuples()).toBe(-1);
      await insert(64);
      expect(await tuples()).toBe(64);
      for (let id = 65; id < 128; id++) await insert(id);
      expect(await tuples()).toBe(64);
      await insert(128);
      expect(await tuples()).toBe(128);
    } finally {
      await db.close();
    }
  });
});

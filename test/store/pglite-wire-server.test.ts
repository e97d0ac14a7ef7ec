import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect } from 'vitest';
import { loadConfig } from '../../config.js';
import { openDatabase, PgliteDatabase, type Database } from '../../store/index.js';
import { tempDirTest as test } from './store-fixture.js';

describe('PgliteDatabase.share [pglite]: other processes reach a held embedded store', () => {
  test('a second opener connects through the holder; transactions of both sides never mix, and each sees the other\'s writes', { timeout: 120_000 }, async ({ dir }) => {
    const config = loadConfig({ NEWSFACTS_HOME: dir });
    const holder = await openDatabase(config, { migrate: false });
    if (!(holder instanceof PgliteDatabase)) throw new Error('expected the embedded store');
    const shared = await holder.share();
    const endpoint = JSON.parse(readFileSync(path.join(dir, 'db.endpoint'), 'utf8')) as { pid: number; port: number; password: string };
    expect(endpoint).toMatchObject({ pid: process.pid, port: shared.port });
    const client = await openDatabase(config, { migrate: false });
    try {
      expect(client.kind).toBe('postgres');
      expect(client.label).toContain(`served by process ${process.pid}`);
      await holder.exec('CREATE TABLE wire_t (id int PRIMARY KEY, side text NOT NULL)');
      // Each transaction writes a row and counts its own side's rows twice: another side's statement
      // running inside it (a shared session) would change the count or fail the transaction.
      const writer = (db: Database, side: string, id: number) =>
        db.transaction(async (tx) => {
          const [before] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM wire_t WHERE side = $1', [side]);
          await tx.query('INSERT INTO wire_t VALUES ($1, $2)', [id, side]);
          const [after] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM wire_t WHERE side = $1', [side]);
          expect(after!.n).toBe(before!.n + 1);
        });
      await Promise.all(Array.from({ length: 20 }, (_, i) => [writer(holder, 'holder', i), writer(client, 'client', 100 + i), client.query('SELECT $1::int AS i', [i])]).flat());
      expect(await client.query('SELECT side, count(*)::int AS n FROM wire_t GROUP BY side ORDER BY side')).toEqual([
        { side: 'client', n: 20 },
        { side: 'holder', n: 20 },
      ]);
      // A failed statement rolls back its transaction only; the session goes on.
      await expect(client.transaction((tx) => tx.query('INSERT INTO wire_t VALUES (1, $1)', ['dup']))).rejects.toMatchObject({ name: 'ConflictError' });
      expect(await holder.query('SELECT count(*)::int AS n FROM wire_t')).toEqual([{ n: 40 }]);
    } finally {
      await client.close();
      await holder.close();
    }
    // Closed, the store is no longer advertised, and the next opener holds it itself.
    expect(existsSync(path.join(dir, 'db.endpoint'))).toBe(false);
    const reopened = await openDatabase(config, { migrate: false });
    try {
      expect(reopened.kind).toBe('pglite');
      expect(await reopened.query('SELECT count(*)::int AS n FROM wire_t')).toEqual([{ n: 40 }]);
    } finally {
      await reopened.close();
    }
  });

  test('a client gone mid-transaction is rolled back and frees the store; a wrong password is refused', { timeout: 120_000 }, async ({ dir }) => {
    const holder = await openDatabase(loadConfig({ NEWSFACTS_HOME: dir }), { migrate: false });
    if (!(holder instanceof PgliteDatabase)) throw new Error('expected the embedded store');
    const { port } = await holder.share();
    const { password } = JSON.parse(readFileSync(path.join(dir, 'db.endpoint'), 'utf8')) as { password: string };
    try {
      await holder.exec('CREATE TABLE wire_t (id int PRIMARY KEY)');
      const abandoned = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` });
      abandoned.on('error', () => {});
      await abandoned.connect();
      await abandoned.query('BEGIN');
      await abandoned.query('INSERT INTO wire_t VALUES (1)');
      // The holder waits for the open transaction, which ends when its client goes.
      const waiting = holder.query<{ n: number }>('SELECT count(*)::int AS n FROM wire_t');
      (abandoned as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
      expect(await waiting).toEqual([{ n: 0 }]);

      // A client connects while the holder is inside a transaction, and its statement runs once that commits.
      let started!: () => void;
      let release!: () => void;
      const inside = new Promise<void>((resolve) => (started = resolve));
      const held = new Promise<void>((resolve) => (release = resolve));
      const transaction = holder.transaction(async (tx) => {
        await tx.query('INSERT INTO wire_t VALUES (2)');
        started();
        await held;
      });
      await inside;
      const late = new pg.Client({ connectionString: `postgres://postgres:${password}@127.0.0.1:${port}/postgres` });
      await late.connect();
      const counted = late.query<{ n: number }>('SELECT count(*)::int AS n FROM wire_t');
      release();
      await transaction;
      expect((await counted).rows).toEqual([{ n: 1 }]);
      await late.end();

      const intruder = new pg.Client({ connectionString: `postgres://postgres:guess@127.0.0.1:${port}/postgres` });
      intruder.on('error', () => {});
      await expect(intruder.connect()).rejects.toMatchObject({ code: '28P01' });
    } finally {
      await holder.close();
    }
  });
});

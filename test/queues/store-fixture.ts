import { randomUUID } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { loadConfig } from '../../config.js';
import { FactStore, openDatabase, type Database } from '../../store/index.js';

/** The PostgreSQL that `.ci/services` starts; CI sets the variable, a developer may not. */
export const TEST_DATABASE_URL = process.env.NEWSFACTS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';

export interface OpenStore {
  store: FactStore;
  close(): Promise<void>;
}

/** A PGlite store in memory, of this test alone. */
export async function openPgliteStore(): Promise<OpenStore> {
  const db: Database = await openDatabase(loadConfig({}, os.tmpdir()), { memory: true });
  return { store: new FactStore(db), close: () => db.close() };
}

/**
 * A fresh PostgreSQL database, dropped by `drop()`: what several worker
 * processes share. A missing server fails here with one line.
 */
export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `newsfacts_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `cannot reach PostgreSQL at ${TEST_DATABASE_URL} (${(error as Error).message}); start it with: bash .ci/services (or set NEWSFACTS_TEST_DATABASE_URL)`,
    );
  }
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** A store over an existing PostgreSQL database. */
export async function openPgStore(url: string): Promise<OpenStore> {
  const db: Database = await openDatabase(loadConfig({ DATABASE_URL: url }));
  return { store: new FactStore(db), close: () => db.close() };
}

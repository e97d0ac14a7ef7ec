import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from 'vitest';
import { loadConfig } from '../../config.js';
import { FactStore, openDatabase, type Database, type DatabaseKind } from '../../store/index.js';

/** The PostgreSQL that `.ci/services` starts; CI sets the variable, a developer may not. */
export const TEST_DATABASE_URL = process.env.NEWSFACTS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';

/** Every adapter the contract suites run against. */
export const BACKENDS: readonly DatabaseKind[] = ['pglite', 'postgres'];

/** A database of a test's own, with a way to open more connections to it and to throw it all away. */
export interface Backend {
  db: Database;
  /** Another connection to the same store: a second pool on PostgreSQL; on PGlite, which has one connection, the same one. */
  openSecond(options?: { migrate?: boolean }): Promise<Database>;
  dispose(): Promise<void>;
}

/**
 * Opens a fresh store: an in-memory PGlite, or on PostgreSQL a schema
 * `test_<uuid>` dropped afterwards (the shape of BullMQ's `test-${randomUUID()}`
 * prefixes). An unreachable PostgreSQL fails with one line naming the URL.
 */
export async function openBackend(kind: DatabaseKind, options: { migrate?: boolean } = {}): Promise<Backend> {
  if (kind === 'pglite') {
    const db = await openDatabase(loadConfig({ NEWSFACTS_HOME: path.join(os.tmpdir(), 'newsfacts-unused') }), {
      memory: true,
      migrate: options.migrate ?? true,
    });
    return { db, openSecond: async () => sharedView(db), dispose: () => db.close() };
  }
  const config = loadConfig({ DATABASE_URL: TEST_DATABASE_URL });
  const schema = `test_${randomUUID().replaceAll('-', '')}`;
  const open = (migrate: boolean) =>
    openDatabase(config, { schema, migrate, maxConnections: 4 }).catch((error: Error) => {
      // The adapter's message already names the (redacted) URL and the cause.
      throw new Error(`store tests need PostgreSQL: ${error.message}; start it with: bash .ci/services (or set NEWSFACTS_TEST_DATABASE_URL)`);
    });
  const db = await open(options.migrate ?? true);
  const others: Database[] = [];
  return {
    db,
    async openSecond(o = {}) {
      const other = await open(o.migrate ?? true);
      others.push(other);
      return other;
    },
    async dispose() {
      for (const other of others) await other.close();
      await db.query(`DROP SCHEMA "${schema}" CASCADE`);
      await db.close();
    },
  };
}

/** The PGlite database again, minus `close`: the test's fixture owns the one connection. */
function sharedView(db: Database): Database {
  return {
    kind: db.kind,
    label: db.label,
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction(fn),
    close: async () => {},
  };
}

export interface StoreFixtures {
  backend: Backend;
  db: Database;
  store: FactStore;
}

/** A test with a fresh store on `kind`, disposed of afterwards (trigger.dev's `redisTest` shape). */
export function storeTest(kind: DatabaseKind) {
  return base.extend<StoreFixtures>({
    backend: async ({}, use) => {
      const backend = await openBackend(kind);
      try {
        await use(backend);
      } finally {
        await backend.dispose();
      }
    },
    db: async ({ backend }, use) => {
      await use(backend.db);
    },
    store: async ({ db }, use) => {
      await use(new FactStore(db));
    },
  });
}

/** A temporary folder for a file-backed PGlite, removed afterwards. */
export const tempDirTest = base.extend<{ dir: string }>({
  dir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-store-'));
    try {
      await use(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
});

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteOptions, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { ConfigError } from '../errors.js';
import { DataDirLock } from './data-dir-lock.js';
import type { Database } from './database.js';
import { mapDatabaseError } from './errors.js';
import { PgliteWireServer } from './pglite-wire-server.js';
import { removeStoreEndpoint, writeStoreEndpoint, type StoreEndpoint } from './store-endpoint.js';

/** PostgreSQL type oid of `date`. */
const DATE_OID = 1082;

/** Decode `date` as its `YYYY-MM-DD` text: a JS Date would shift it by the local time zone. */
const parsers: NonNullable<PGliteOptions['parsers']> = { [DATE_OID]: (value: string) => value };

/**
 * Extension modules every instance loads, so that `CREATE EXTENSION` finds them:
 * pg_trgm for the trigram indexes of 0008 (`subject` / `predicate` filters).
 * A module is the extension's files (the cluster holds only its catalog entries),
 * so every instance needs it, copies of the fresh cluster included. Unpacking it
 * adds a few tens of ms to each open.
 */
const extensions = { pg_trgm };

/**
 * PGlite's start parameters with a 32 MB buffer pool instead of the cluster's
 * 128 MB. The pool is allocated at every open: 128 MB cost about 0.4 s of CPU and
 * 120 MB of RSS per start (`npm run bench:start`), while pages that miss it are
 * read from the OS page cache of the data folder. In-memory databases hold all
 * their pages in the WASM heap anyway.
 */
const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

export interface PgliteDatabaseOptions {
  /** Data folder, guarded by `DataDirLock`; `null` keeps everything in memory (tests, one-shot runs). */
  dataDir: string | null;
  /** A schema to create and put first on the search path (the session is this process's only one). */
  schema?: string | undefined;
}

/**
 * The initdb output of a fresh cluster, taken from the first in-memory
 * database of this process. initdb costs seconds; loading its dump costs a
 * fraction of one, and test suites open many in-memory databases.
 */
let freshCluster: Promise<Blob> | undefined;

/**
 * The embedded adapter: PostgreSQL compiled to WASM, inside this process.
 * One connection, so statements and transactions run one at a time; PGlite
 * queues them itself.
 */
export class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  private closed = false;
  private wire: PgliteWireServer | null = null;

  private constructor(
    private readonly pg: PGlite,
    readonly label: string,
    private readonly lock: DataDirLock | null,
    private readonly dataDir: string | null,
  ) {}

  /**
   * Opens (creating if needed) the database in `dataDir`, or a fresh one in memory.
   * @throws ConfigError when another live process holds the folder's lock, or the folder cannot be opened.
   */
  static async open(options: PgliteDatabaseOptions): Promise<PgliteDatabase> {
    const label = options.dataDir ?? 'memory';
    const lock = options.dataDir === null ? null : DataDirLock.acquire(options.dataDir);
    let pg: PGlite;
    try {
      if (options.dataDir === null) {
        pg = await createInMemory();
      } else {
        mkdirSync(options.dataDir, { recursive: true });
        pg = await PGlite.create({ dataDir: options.dataDir, parsers, extensions, startParams });
      }
    } catch (error) {
      lock?.release();
      throw new ConfigError(`${label}: cannot open the embedded store: ${(error as Error).message}`, { cause: error });
    }
    const db = new PgliteDatabase(pg, label, lock, options.dataDir);
    if (options.schema) {
      try {
        await db.exec(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"; SET search_path TO "${options.schema}"`);
      } catch (error) {
        await db.close();
        throw error;
      }
    }
    return db;
  }

  async query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return (await this.pg.query<T>(sql, [...params])).rows;
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.pg.exec(sql);
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  async transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
    try {
      return await this.pg.transaction((tx) => fn(new PgliteTransaction(tx, this.label)));
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  /**
   * Lets other processes use this store while this one holds it: serves it on
   * a loopback port (`PgliteWireServer`) and records the port, this pid and a
   * fresh password in `<dataDir>.endpoint`, where `openDatabase` in another
   * process finds it. Served until `close()`. Idempotent.
   * @throws ConfigError for an in-memory database (nothing for others to find).
   */
  async share(options: { host?: string; port?: number } = {}): Promise<Omit<StoreEndpoint, 'password'>> {
    if (this.dataDir === null) throw new ConfigError(`${this.label}: an in-memory store cannot be shared`);
    if (!this.wire) {
      const password = randomBytes(24).toString('base64url');
      this.wire = await PgliteWireServer.listen(this.pg, { ...options, password });
      try {
        writeStoreEndpoint(this.dataDir, { pid: process.pid, host: this.wire.host, port: this.wire.port, password });
      } catch (error) {
        await this.wire.close();
        this.wire = null;
        throw new ConfigError(`${this.label}: cannot record where the store is served: ${(error as Error).message}`, { cause: error });
      }
    }
    return { pid: process.pid, host: this.wire.host, port: this.wire.port };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.wire && this.dataDir !== null) {
        // Unrecorded first, so that no process connects to a server about to go.
        removeStoreEndpoint(this.dataDir);
        await this.wire.close();
      }
      await this.pg.close();
    } finally {
      this.lock?.release();
    }
  }
}

async function createInMemory(): Promise<PGlite> {
  if (!freshCluster) {
    const first = PGlite.create({ parsers, extensions, startParams });
    // Dump before anything is written, so every later copy starts empty.
    const dump = first.then((pg) => pg.dumpDataDir('none'));
    freshCluster = dump;
    dump.catch(() => {
      freshCluster = undefined;
    });
    const pg = await first;
    await dump;
    return pg;
  }
  return PGlite.create({ parsers, extensions, startParams, loadDataDir: await freshCluster });
}

/** The `Database` view of one PGlite transaction. */
class PgliteTransaction implements Database {
  readonly kind = 'pglite' as const;

  constructor(
    private readonly tx: Transaction,
    readonly label: string,
  ) {}

  async query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return (await this.tx.query<T>(sql, [...params])).rows;
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.tx.exec(sql);
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async close(): Promise<void> {}
}

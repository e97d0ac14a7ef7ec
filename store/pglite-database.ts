import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite, type PGliteOptions, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { ConfigError } from '../errors.js';
import { DataDirLock } from './data-dir-lock.js';
import type { Database } from './database.js';
import { mapDatabaseError } from './errors.js';
import { PgliteWireServer } from './pglite-wire-server.js';
import { timed, type StatementStats } from './statement-stats.js';
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
/** Committed transactions before an embedded store first refreshes its statistics (`PgliteDatabase.analyze`), doubling after. */
const FIRST_ANALYZE = 64;

const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

export interface PgliteDatabaseOptions {
  /** Data folder, guarded by `DataDirLock`; `null` keeps everything in memory (tests, one-shot runs). */
  dataDir: string | null;
  /** A schema to create and put first on the search path (the session is this process's only one). */
  schema?: string | undefined;
  /**
   * Folder of the per-user cache (`Config.cacheDir`) where the fresh cluster is kept between processes; `null`
   * or unset keeps it in this process only.
   */
  cacheDir?: string | null | undefined;
  /** Times every statement (`NEWSFACTS_STATEMENT_STATS`); closed with the database. */
  statementStats?: StatementStats | undefined;
}

/**
 * The initdb output of a fresh cluster (a gzip tar of PGlite's `dumpDataDir`, taken before anything is
 * written), for this process: initdb costs about 7.5 s of CPU and peaks near 780 MB, while a new database
 * loaded from the dump costs 2.5–3.5 s and about 350 MB (`npm run bench:start`). Kept on disk in the cache
 * folder too, so only a machine's first store runs initdb.
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
    private readonly stats: StatementStats | undefined,
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
      const cache = options.cacheDir ? clusterCachePath(options.cacheDir) : null;
      if (options.dataDir === null) {
        pg = await createCluster(null, cache);
      } else if (existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
        pg = await PGlite.create({ dataDir: options.dataDir, parsers, extensions, startParams });
      } else {
        mkdirSync(options.dataDir, { recursive: true });
        pg = await createCluster(options.dataDir, cache);
      }
    } catch (error) {
      lock?.release();
      throw new ConfigError(`${label}: cannot open the embedded store: ${(error as Error).message}`, { cause: error });
    }
    const db = new PgliteDatabase(pg, label, lock, options.dataDir, options.statementStats);
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
      return await timed(this.stats, sql, params, async () => (await this.pg.query<T>(sql, [...params])).rows);
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
    let result: T;
    try {
      result = await this.pg.transaction((tx) => fn(new PgliteTransaction(tx, this.label, this.stats)));
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
    if (++this.commits >= this.nextAnalyze) await this.analyze();
    return result;
  }

  /** Transactions committed through this handle, and the count at which it next runs `ANALYZE`. */
  private commits = 0;
  private nextAnalyze = FIRST_ANALYZE;

  /**
   * What autovacuum's analyze does for a server, which the embedded database has none of: refreshes the planner's
   * statistics, and with them every plan cached against the tables as they were (foreign-key checks, trigger and
   * function statements, prepared statements), at 64, 128, 256 … transactions. Without it a plan made when a
   * table was empty stays a sequential scan for the life of the process: over 3,000 generated articles the
   * inserts of versions and claims and the fact merges cost 5-10 times as much per call at the end as at the
   * start, with the same rows. A failure here loses nothing (the transaction has committed) and is left to the
   * next time.
   */
  private async analyze(): Promise<void> {
    this.nextAnalyze *= 2;
    try {
      await this.pg.exec('ANALYZE');
    } catch {
      // Statistics are an optimisation: the next threshold tries again.
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
    this.stats?.close();
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

/** Where the fresh cluster of this PGlite version is cached: a cluster is only valid for the version that made it. */
function clusterCachePath(cacheDir: string): string {
  const manifest = path.join(path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return path.join(cacheDir, `pglite-${version}-cluster.tar.gz`);
}

/** The cached fresh cluster, or `undefined` when there is none (or it cannot be read: it is made again). */
function readCachedCluster(cache: string | null): Blob | undefined {
  if (cache === null) return undefined;
  try {
    return new Blob([readFileSync(cache)]);
  } catch {
    return undefined;
  }
}

/**
 * A new database (in memory when `dataDir` is null) from the fresh cluster: this process's or the cache's dump
 * when there is one, else by initdb, whose dump is then kept for the next. A dump that does not load (a damaged
 * cache file) is removed and initdb runs instead.
 */
async function createCluster(dataDir: string | null, cache: string | null): Promise<PGlite> {
  const where = dataDir === null ? {} : { dataDir };
  const dump = freshCluster ? await freshCluster.catch(() => undefined) : readCachedCluster(cache);
  if (dump) {
    try {
      const pg = await PGlite.create({ ...where, parsers, extensions, startParams, loadDataDir: dump });
      freshCluster ??= Promise.resolve(dump);
      await keepCluster(dump, cache);
      return pg;
    } catch {
      if (cache !== null) rmSync(cache, { force: true });
      if (dataDir !== null) emptyFolder(dataDir);
    }
  }
  const pg = await PGlite.create({ ...where, parsers, extensions, startParams });
  // Dump before anything is written, so every later copy starts empty.
  const made = pg.dumpDataDir('gzip');
  freshCluster = made;
  made.then((blob) => keepCluster(blob, cache)).catch(() => {
    freshCluster = undefined;
  });
  await made;
  return pg;
}

/** Writes the dump to the cache (a temporary name, then renamed, so a reader never sees half a file); best effort. */
async function keepCluster(blob: Blob, cache: string | null): Promise<void> {
  if (cache === null || existsSync(cache)) return;
  const temporary = `${cache}.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(path.dirname(cache), { recursive: true });
    writeFileSync(temporary, Buffer.from(await blob.arrayBuffer()));
    renameSync(temporary, cache);
  } catch {
    rmSync(temporary, { force: true });
  }
}

/** Removes what a failed load left in a new data folder, keeping the folder (its lock file lives beside it). */
function emptyFolder(dir: string): void {
  for (const entry of readdirSync(dir)) rmSync(path.join(dir, entry), { recursive: true, force: true });
}

/** The `Database` view of one PGlite transaction. */
class PgliteTransaction implements Database {
  readonly kind = 'pglite' as const;

  constructor(
    private readonly tx: Transaction,
    readonly label: string,
    private readonly stats: StatementStats | undefined,
  ) {}

  async query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return await timed(this.stats, sql, params, async () => (await this.tx.query<T>(sql, [...params])).rows);
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

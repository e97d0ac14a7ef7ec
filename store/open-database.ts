import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../config.js';
import { ValidationError } from '../errors.js';
import type { Database } from './database.js';
import { runMigrations } from './migrator.js';
import { PgDatabase } from './pg-database.js';
import { PgliteDatabase } from './pglite-database.js';
import { StatementStats } from './statement-stats.js';
import { readStoreEndpoint } from './store-endpoint.js';

export const OpenDatabaseOptions = z.strictObject({
  /** PGlite only: keep the database in memory (nothing written, no lock). @defaultValue false */
  memory: z.boolean().default(false),
  /** PGlite only: the data folder. @defaultValue `${config.home}/db` */
  dataDir: z.string().min(1).optional(),
  /**
   * A schema to create and use instead of `public` (test isolation, several stores in one database).
   * Lower-case letters, digits and `_`, since it is spliced into `search_path`.
   */
  schema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected a lower-case SQL identifier')
    .optional(),
  /** Apply pending migrations before returning. @defaultValue true */
  migrate: z.boolean().default(true),
  /** PostgreSQL only: pool size. @defaultValue 10 */
  maxConnections: z.number().int().positive().default(10),
});
export type OpenDatabaseOptions = z.input<typeof OpenDatabaseOptions>;

/**
 * Opens the store's database: PostgreSQL when `config.databaseUrl` is set,
 * else the embedded PGlite in `${config.home}/db`, then brings its schema up
 * to date. While another process serves that embedded store (`newsfacts
 * serve`, `PgliteDatabase.share`), this one connects to it with `pg` instead
 * (one connection: the embedded store runs one statement at a time anyway).
 *
 * @throws ConfigError when the PGlite folder is in use by another process (the
 *   message says to set DATABASE_URL), or PostgreSQL rejects the credentials or
 *   database; TransientError when PostgreSQL cannot be reached. Each is one
 *   line naming the folder or the URL without its password.
 */
export async function openDatabase(config: Config, options: OpenDatabaseOptions = {}): Promise<Database> {
  const parsed = OpenDatabaseOptions.safeParse(options);
  if (!parsed.success) throw new ValidationError('openDatabase', 'OpenDatabaseOptions', parsed.error);
  const opts = parsed.data;
  const dataDir = opts.memory ? null : (opts.dataDir ?? path.join(config.home, 'db'));
  const served = !config.databaseUrl && dataDir !== null ? readStoreEndpoint(dataDir) : null;
  const statementStats = config.statementStats ? new StatementStats(config.statementStats) : undefined;
  const db: Database = config.databaseUrl
    ? await PgDatabase.open({ url: config.databaseUrl, schema: opts.schema, maxConnections: opts.maxConnections, statementStats })
    : served
      ? await PgDatabase.open({
          url: `postgres://postgres:${encodeURIComponent(served.password)}@${served.host}:${served.port}/postgres`,
          schema: opts.schema,
          maxConnections: 1,
          // One PGlite session behind every client of the served store: statement names would collide.
          prepare: false,
          statementStats,
          label: `the embedded store at ${path.resolve(dataDir!)} (served by process ${served.pid} on ${served.host}:${served.port})`,
        })
      : await PgliteDatabase.open({ dataDir, schema: opts.schema, cacheDir: config.cacheDir, statementStats });
  if (opts.migrate) {
    try {
      await runMigrations(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}

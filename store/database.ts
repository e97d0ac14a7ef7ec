/**
 * The port in front of SQL: `FactStore` and the migrator speak only this, and
 * PGlite (embedded, one process) or PostgreSQL (`pg.Pool`, many processes)
 * sit behind it.
 */

export type DatabaseKind = 'pglite' | 'postgres';

/**
 * A PostgreSQL-dialect database. Both adapters decode values the same way:
 * `date` as a `YYYY-MM-DD` string, `timestamptz` as `Date`, `jsonb` as parsed
 * JSON, `int4`/`float8` as numbers. `int8` and `numeric` differ between drivers,
 * so queries cast counts to `int`. Rows are untyped here: callers parse them
 * with zod.
 *
 * Every method throws errors already mapped by `mapDatabaseError`: `TransientError`
 * (connection lost, serialization failure, deadlock: retry), `ConflictError`
 * (unique or append-only violation), `InputError` (a value the schema refuses),
 * `ConfigError` (bad credentials, missing database, store in use), each naming
 * `label`.
 */
export interface Database {
  readonly kind: DatabaseKind;
  /** What error messages name: the data folder, `memory`, or the URL without its password. */
  readonly label: string;
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` in one transaction on one connection: committed when `fn`
   * resolves, rolled back when it throws (the error is rethrown). `fn` must use
   * the `tx` it receives; on PGlite, querying the outer database from inside
   * waits for the transaction and never returns. Calling `transaction` on `tx`
   * joins the same transaction rather than nesting.
   */
  transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T>;
  /** Releases connections (and the PGlite lock file). Safe to call twice. Calling it on a `tx` does nothing. */
  close(): Promise<void>;
}

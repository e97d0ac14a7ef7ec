import pg from 'pg';
import type { Database } from './database.js';
import { mapDatabaseError, redactDatabaseUrl } from './errors.js';
import { queries } from './sql.js';
import { timed, type StatementStats } from './statement-stats.js';

/** PostgreSQL type oid of `date`. */
const DATE_OID = 1082;

/** Decode `date` as its `YYYY-MM-DD` text: node-postgres would make a local-midnight Date of it. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PgDatabaseOptions {
  url: string;
  /** Schema to create and use for every connection (via `search_path`); tests isolate themselves this way. */
  schema?: string | undefined;
  /** Pool size. @defaultValue 10 */
  maxConnections?: number | undefined;
  /** How long to wait for a connection. @defaultValue 10000 */
  connectTimeoutMs?: number | undefined;
  /** What error messages name. @defaultValue the URL without its password */
  label?: string | undefined;
  /**
   * Run the store's own statements (`queries/*.sql`) as named prepared statements: each connection parses
   * one once, and the server may keep its plan, instead of parsing and planning it at every call (about half
   * of the server's CPU per article). Off where one server session is shared by several clients, which
   * would see each other's statement names (the embedded store served by `PgliteWireServer`), and behind a
   * pooler that hands a connection's statements to other clients. @defaultValue true
   */
  prepare?: boolean | undefined;
  /** Times every statement (`NEWSFACTS_STATEMENT_STATS`); closed with the pool. */
  statementStats?: StatementStats | undefined;
}

/**
 * The store's statements that are planned at every call with their parameters bound, never prepared: their
 * branches fold away by the parameters' values (the sort, the rank, a filter left null; their headers say so),
 * which the generic plan PostgreSQL moves a prepared statement to after five calls cannot do. `facts-page`'s first
 * page on 1,000 generated articles: 56 ms planned with its parameters, 115 ms on the generic plan.
 */
const PLANNED_PER_CALL = new Set(['facts-page', 'facts-batch']);

/** Statement name by text, for the store's own statements: `nf_` and the file's name. */
const statementNames = new Map<string, string>(
  Object.entries(queries)
    .filter(([name]) => !PLANNED_PER_CALL.has(name))
    .map(([name, text]) => [text, `nf_${name}`]),
);

/**
 * Successful calls of one prepared statement on one connection before it is prepared again under a new name
 * (`nf_<file>_<n>`; the old one deallocated). PostgreSQL keeps a prepared statement's generic plan only while its
 * estimated cost is below the average cost of every custom plan the statement had on that connection; a session
 * that writes a growing store made its first custom plans on small tables, so that average stays below the
 * generic plan's cost of today and the statement is planned again at every call for the life of the connection
 * (`newsfacts run` over 2,000 generated articles: most of the store's statements planned at every call, 3.1 ms of
 * the server's 14 ms per article). Prepared again, a statement compares the generic plan with five custom plans of
 * the store as it is now: the same plan when the parameters cannot change it (ids in a jsonb array), so the generic
 * one is kept; custom plans still where they are cheaper (the length of a text[] argument). Five plans in 500 calls.
 */
export const RENEW_PREPARED_AFTER_CALLS = 500;

/** Per connection: each prepared statement's generation and successful calls under its current name. */
const preparedUses = new WeakMap<pg.ClientBase, Map<string, { generation: number; calls: number }>>();

/** The statement's name in a generation: the first is `nf_<file>`. */
function generationName(base: string, generation: number): string {
  return generation === 0 ? base : `${base}_${generation}`;
}

/**
 * Runs a statement on one connection: named (prepared once per connection, renewed every
 * RENEW_PREPARED_AFTER_CALLS successful calls) when the text is one of the store's statements.
 */
async function runOn(client: pg.ClientBase, sql: string, params: readonly unknown[], prepare: boolean): Promise<pg.QueryResult> {
  const base = prepare ? statementNames.get(sql) : undefined;
  if (base === undefined) return client.query({ text: sql, values: [...params] });
  let uses = preparedUses.get(client);
  if (!uses) preparedUses.set(client, (uses = new Map()));
  let use = uses.get(base);
  if (!use) uses.set(base, (use = { generation: 0, calls: 0 }));
  if (use.calls >= RENEW_PREPARED_AFTER_CALLS) {
    // Only a name that ran without error is renewed, so the server has it. DEALLOCATE is not transactional.
    await client.query(`DEALLOCATE "${generationName(base, use.generation)}"`);
    use.generation += 1;
    use.calls = 0;
  }
  const result = await client.query({ name: generationName(base, use.generation), text: sql, values: [...params] });
  use.calls += 1;
  return result;
}

/** The server adapter: a `pg.Pool`, shared safely by many processes through PostgreSQL itself. */
export class PgDatabase implements Database {
  readonly kind = 'postgres' as const;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    readonly label: string,
    private readonly prepare: boolean,
    private readonly stats: StatementStats | undefined,
  ) {}

  /**
   * Connects (one probe query, so a bad URL fails here, in one line) and
   * creates `schema` if given.
   * @throws TransientError when the server is unreachable; ConfigError for bad credentials or a missing database.
   */
  static async open(options: PgDatabaseOptions): Promise<PgDatabase> {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      types,
      // No JIT: PostgreSQL compiles a statement whose estimated cost passes jit_above_cost, and a store's small
      // statements cross it as their tables grow. `facts-related` did at about 75,000 articles (an estimate of
      // 115,000 for a statement reading a few rows): 80 ms of compilation a call, for 1-3 ms of execution, so the
      // server's CPU per article went from about 22 to 55 ms. Nothing here runs long enough to win that back.
      options: ['-c jit=off', ...(options.schema ? [`-c search_path=${options.schema}`] : [])].join(' '),
    });
    // An idle client's socket error would otherwise crash the process; the next query reports the problem.
    pool.on('error', () => {});
    const db = new PgDatabase(pool, options.label ?? redactDatabaseUrl(options.url), options.prepare ?? true, options.statementStats);
    try {
      await db.query('SELECT 1');
      if (options.schema) await createSchema(db, options.schema);
    } catch (error) {
      await db.close();
      throw error;
    }
    return db;
  }

  async query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return await timed(this.stats, sql, params, async () => {
        // As pool.query does, but on a connection this adapter sees, whose prepared statements it counts.
        const client = await this.pool.connect();
        let failed: Error | undefined;
        // A checked-out client has no pool listener: a socket error would otherwise be unhandled (see transaction).
        const onError = (error: Error) => {
          failed ??= error;
        };
        client.on('error', onError);
        try {
          return (await runOn(client, sql, params, this.prepare)).rows as T[];
        } catch (error) {
          failed ??= error as Error;
          throw error;
        } finally {
          client.off('error', onError);
          // pool.query hands a connection back discarded after any error; so does this.
          if (failed) client.on('error', () => {});
          client.release(failed);
        }
      });
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  async exec(sql: string): Promise<void> {
    // A script of several statements goes as one simple query (never prepared).
    try {
      await this.pool.query(sql);
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  async transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
    let broken: Error | undefined;
    // A checked-out client has no pool listener: a server restart would emit an
    // unhandled 'error' and kill the process. The failing query reports it; the
    // connection is then handed back as broken so the pool discards it.
    const onError = (error: Error) => {
      broken ??= error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await fn(new PgClientTransaction(client, this.label, this.prepare, this.stats));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (!broken) {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          // The connection itself failed: hand it back as broken so the pool discards it.
          broken = rollbackError as Error;
        }
      }
      throw mapDatabaseError(error, this.label);
    } finally {
      client.off('error', onError);
      // A discarded connection may still report its end: nobody is left to care.
      if (broken) client.on('error', () => {});
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stats?.close();
    await this.pool.end();
  }
}

/** `IF NOT EXISTS` still races when two processes create the same schema at once; the loser finds it made. */
async function createSchema(db: Database, schema: string): Promise<void> {
  try {
    await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    if ((error as Error).name !== 'ConflictError') throw error;
  }
}

/** The `Database` view of one pooled connection inside BEGIN … COMMIT. */
class PgClientTransaction implements Database {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly client: pg.PoolClient,
    readonly label: string,
    private readonly prepare: boolean,
    private readonly stats: StatementStats | undefined,
  ) {}

  async query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return await timed(this.stats, sql, params, async () => (await runOn(this.client, sql, params, this.prepare)).rows as T[]);
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      await this.client.query(sql);
    } catch (error) {
      throw mapDatabaseError(error, this.label);
    }
  }

  transaction<T>(fn: (tx: Database) => Promise<T>): Promise<T> {
    return fn(this);
  }

  async close(): Promise<void> {}
}

import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database, FactStore } from '../store/index.js';

/** What `config` and `logger` are built with, imported by `prepare()`: zod and pino are not needed for `--help`. */
interface ContextModules {
  loadConfig: typeof import('../config.js').loadConfig;
  pino: typeof import('pino').pino;
}

/**
 * What every command may need, created lazily so that `--help` and pure
 * commands (`extract`, `article`) never open the store.
 */
export class CliContext {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Set by a command that finished but with failures (e.g. one bad file in a batch). */
  exitCode = 0;
  private configValue: Config | undefined;
  private loggerValue: Logger | undefined;
  private databaseValue: Database | undefined;
  private storeValue: FactStore | undefined;
  private modules: ContextModules | undefined;

  constructor(options: { stdout?: NodeJS.WritableStream; stderr?: NodeJS.WritableStream; env?: NodeJS.ProcessEnv } = {}) {
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.env = options.env ?? process.env;
  }

  private readonly env: NodeJS.ProcessEnv;

  /** Loads what `config` and `logger` need; `main` calls it once a command is chosen. */
  async prepare(): Promise<void> {
    if (this.modules) return;
    const [{ loadConfig }, { pino }] = await Promise.all([import('../config.js'), import('pino')]);
    this.modules = { loadConfig, pino };
  }

  private get loaded(): ContextModules {
    if (!this.modules) throw new Error('CliContext: prepare() must run before config or logger is read');
    return this.modules;
  }

  get config(): Config {
    this.configValue ??= this.loaded.loadConfig(this.env);
    return this.configValue;
  }

  /** Structured logs go to stderr; commands keep them quiet unless LOG_LEVEL asks. */
  get logger(): Logger {
    const { pino } = this.loaded;
    this.loggerValue ??= pino({ level: this.env.LOG_LEVEL ?? 'warn', base: { pid: process.pid } }, pino.destination(2));
    return this.loggerValue;
  }

  /**
   * The store. With `existing` (read commands), an embedded store that was never created is an error
   * naming the folder, rather than a new empty store that would answer "nothing matches".
   * @throws InputError when `existing` and there is no embedded store in `${home}/db`.
   */
  async store(options: { existing?: boolean } = {}): Promise<FactStore> {
    if (!this.storeValue) {
      const db = await this.database(options);
      const { FactStore } = await import('../store/fact-store.js');
      this.storeValue = new FactStore(db);
    }
    return this.storeValue;
  }

  /**
   * The store's database alone, for a command that reads it through the store's read functions
   * (`store/fact-export.ts`) without a `FactStore`: `fact-store.ts` imports reconciliation (keys, truth,
   * stories, observation), 35 of the 60 modules `facts --json` loaded, and a read never runs it.
   * @throws InputError when `existing` and there is no embedded store in `${home}/db`.
   */
  async database(options: { existing?: boolean } = {}): Promise<Database> {
    if (!this.databaseValue && options.existing && !this.config.databaseUrl) {
      const [{ existsSync }, path, { InputError }] = await Promise.all([import('node:fs'), import('node:path'), import('../errors.js')]);
      const dataDir = path.join(this.config.home, 'db');
      if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
        throw new InputError(dataDir, 'no store here yet: run `newsfacts run <files>` first, or point NEWSFACTS_HOME (or DATABASE_URL) at your store');
      }
    }
    // Loaded on first use: PGlite's WebAssembly is not needed for --help or pure commands.
    this.databaseValue ??= await (await import('../store/open-database.js')).openDatabase(this.config);
    return this.databaseValue;
  }

  /**
   * Serves the embedded store to the other commands while this process holds
   * it (`PgliteDatabase.share`): they connect to it instead of failing on its
   * lock. Null when the store is PostgreSQL, which every process shares anyway,
   * or this process is itself a client of a served store.
   */
  async shareStore(): Promise<{ pid: number; host: string; port: number } | null> {
    await this.store();
    const { PgliteDatabase } = await import('../store/index.js');
    return this.databaseValue instanceof PgliteDatabase ? this.databaseValue.share() : null;
  }

  out(line = ''): void {
    this.stdout.write(`${line}\n`);
  }

  err(line: string): void {
    this.stderr.write(`${line}\n`);
  }

  json(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  jsonLine(value: unknown): void {
    this.stdout.write(`${JSON.stringify(value)}\n`);
  }

  /**
   * Writes JSON Lines and waits while stdout's buffer is full, so a command streaming a large result (a batch at a
   * time) holds one batch, not everything it has printed yet.
   */
  async jsonLines(values: readonly unknown[]): Promise<void> {
    if (values.length === 0) return;
    const flushed = this.stdout.write(values.map((v) => `${JSON.stringify(v)}\n`).join(''));
    if (!flushed) await new Promise<void>((resolve) => this.stdout.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.databaseValue?.close();
    this.databaseValue = undefined;
    this.storeValue = undefined;
  }
}

import { pino, type Logger } from 'pino';
import { loadConfig, type Config } from '../config.js';
import type { Database, FactStore } from '../store/index.js';

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
  private database: Database | undefined;
  private storeValue: FactStore | undefined;

  constructor(options: { stdout?: NodeJS.WritableStream; stderr?: NodeJS.WritableStream; env?: NodeJS.ProcessEnv } = {}) {
    this.stdout = options.stdout ?? process.stdout;
    this.stderr = options.stderr ?? process.stderr;
    this.env = options.env ?? process.env;
  }

  private readonly env: NodeJS.ProcessEnv;

  get config(): Config {
    this.configValue ??= loadConfig(this.env);
    return this.configValue;
  }

  /** Structured logs go to stderr; commands keep them quiet unless LOG_LEVEL asks. */
  get logger(): Logger {
    this.loggerValue ??= pino({ level: this.env.LOG_LEVEL ?? 'warn', base: { pid: process.pid } }, pino.destination(2));
    return this.loggerValue;
  }

  async store(): Promise<FactStore> {
    if (!this.storeValue) {
      // Loaded on first use: PGlite's WebAssembly is not needed for --help or pure commands.
      const { openDatabase, FactStore } = await import('../store/index.js');
      this.database = await openDatabase(this.config);
      this.storeValue = new FactStore(this.database);
    }
    return this.storeValue;
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

  async close(): Promise<void> {
    await this.database?.close();
    this.database = undefined;
    this.storeValue = undefined;
  }
}

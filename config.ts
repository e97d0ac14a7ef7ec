/**
 * The process environment, parsed once. Everything else receives a `Config`
 * rather than reading `process.env` itself.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ValidationError } from './errors.js';

const optionalUrl = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .pipe(z.url().optional())
  .optional();

/**
 * One entry of `NEWSFACTS_API_TOKENS`: `name:token` names the reviewer the token stands for
 * (`alice:s3cret-token`); a bare `token` (the older form) names no one.
 */
export const ApiToken = z
  .string()
  .transform((entry) => {
    const named = /^([A-Za-z0-9._@-]{1,64}):(.+)$/.exec(entry);
    return named ? { name: named[1]!, token: named[2]! } : { name: null, token: entry };
  })
  .pipe(z.strictObject({ name: z.string().nullable(), token: z.string().min(8, 'an API token needs at least 8 characters') }));
export type ApiToken = z.infer<typeof ApiToken>;

export const Config = z.object({
  /** PostgreSQL connection string; unset means the embedded PGlite store. */
  databaseUrl: optionalUrl,
  /** Redis connection string; unset means jobs run in-process. */
  redisUrl: optionalUrl,
  /** Folder for the embedded store and local state. @defaultValue `.newsfacts` in the working directory */
  home: z.string().min(1),
  /**
   * Per-user cache shared by every store home (`NEWSFACTS_CACHE_DIR`): a fresh embedded cluster, so a new store
   * loads it instead of running initdb again. @defaultValue `$XDG_CACHE_HOME/newsfacts`, else `~/.cache/newsfacts`
   */
  cacheDir: z.string().min(1),
  /** pino log level. @defaultValue `info` */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Bearer tokens of the HTTP API (`NEWSFACTS_API_TOKENS`, comma-separated, each `name:token` or `token`); none
   * means the API is read-only. A named token's reviews are recorded under its name.
   */
  apiTokens: z.array(ApiToken).default([]),
  /** Whether API reads are `open` or need a `token` too (`NEWSFACTS_API_READS`). */
  apiReads: z.enum(['open', 'token']).default('open'),
  /**
   * Addresses, CIDR ranges or host names the private-address (SSRF) guard lets through for every command and
   * worker (`NEWSFACTS_ALLOW_ADDRESSES`, comma-separated); `--allow-address` adds to them.
   */
  allowAddresses: z.array(z.string().min(1)).default([]),
  /** API requests per minute per client address, 0 = no limit (`NEWSFACTS_API_RATE_LIMIT`). */
  apiRateLimit: z.coerce.number().int().min(0).default(600),
  /** Folders whose files `POST /api/ingest` may read (`NEWSFACTS_INGEST_ROOTS`, separated like PATH); none: URLs only. */
  ingestRoots: z.array(z.string().min(1)).default([]),
  /**
   * A file every process appends its statements' calls, time, rows and parameter size to (`NEWSFACTS_STATEMENT_STATS`; read by
   * `npm run bench:statements`); unset times nothing.
   */
  statementStats: z.string().min(1).optional(),
});
export type Config = z.infer<typeof Config>;

/** Reads `DATABASE_URL`, `REDIS_URL`, `NEWSFACTS_HOME`, `NEWSFACTS_CACHE_DIR`, `LOG_LEVEL`, `NEWSFACTS_INGEST_ROOTS`, `NEWSFACTS_STATEMENT_STATS` and the `NEWSFACTS_API_*` settings. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = Config.safeParse({
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    home: path.resolve(cwd, env.NEWSFACTS_HOME ?? '.newsfacts'),
    cacheDir: path.resolve(cwd, env.NEWSFACTS_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'newsfacts')),
    logLevel: env.LOG_LEVEL,
    apiTokens: (env.NEWSFACTS_API_TOKENS ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 0),
    apiReads: env.NEWSFACTS_API_READS || undefined,
    allowAddresses: (env.NEWSFACTS_ALLOW_ADDRESSES ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 0),
    apiRateLimit: env.NEWSFACTS_API_RATE_LIMIT || undefined,
    statementStats: env.NEWSFACTS_STATEMENT_STATS ? path.resolve(cwd, env.NEWSFACTS_STATEMENT_STATS) : undefined,
    ingestRoots: (env.NEWSFACTS_INGEST_ROOTS ?? '').split(path.delimiter).map((r) => r.trim()).filter((r) => r.length > 0).map((r) => path.resolve(cwd, r)),
  });
  if (!parsed.success) throw new ValidationError('environment', 'configuration', parsed.error);
  return parsed.data;
}

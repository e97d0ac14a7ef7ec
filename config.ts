/**
 * The process environment, parsed once. Everything else receives a `Config`
 * rather than reading `process.env` itself.
 */
import path from 'node:path';
import { z } from 'zod';
import { ValidationError } from './errors.js';

const optionalUrl = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .pipe(z.url().optional())
  .optional();

export const Config = z.object({
  /** PostgreSQL connection string; unset means the embedded PGlite store. */
  databaseUrl: optionalUrl,
  /** Redis connection string; unset means jobs run in-process. */
  redisUrl: optionalUrl,
  /** Folder for the embedded store and local state. @defaultValue `.newsfacts` in the working directory */
  home: z.string().min(1),
  /** pino log level. @defaultValue `info` */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof Config>;

/** Reads `DATABASE_URL`, `REDIS_URL`, `NEWSFACTS_HOME` and `LOG_LEVEL`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): Config {
  const parsed = Config.safeParse({
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    home: path.resolve(cwd, env.NEWSFACTS_HOME ?? '.newsfacts'),
    logLevel: env.LOG_LEVEL,
  });
  if (!parsed.success) throw new ValidationError('environment', 'configuration', parsed.error);
  return parsed.data;
}

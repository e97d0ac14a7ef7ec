/**
 * The one place where driver errors (SQLSTATE codes from PostgreSQL and PGlite,
 * Node socket codes from `pg`) become our error types, each naming the
 * database it concerns. Messages stay on one line.
 */
import { ConfigError, ConflictError, InputError, TransientError } from '../errors.js';

/** SQLSTATE raised by the append-only triggers of `0002_append_only.sql`. */
export const APPEND_ONLY_SQLSTATE = 'NF001';

const SOCKET_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EPIPE: 'connection closed',
  EAI_AGAIN: 'host name lookup failed (temporary)',
};

/** Classes of SQLSTATE that may pass on retry: connection exceptions, resources, operator intervention. */
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '57014', '57P01', '57P02', '57P03', '53300', '53400', '53200']);

/** Of those, the ones that mean the server is going or gone (admin or crash shutdown, starting up): an outage. */
const OUTAGE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);

const CONFIG_SQLSTATES: Record<string, string> = {
  '28000': 'authentication rejected',
  '28P01': 'wrong password',
  '3D000': 'database does not exist',
  '3F000': 'schema does not exist',
  '42501': 'permission denied',
};

/** The URL as it may be printed: any password replaced by `***`. Unparseable input is not echoed. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

interface DriverError {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
  constraint?: unknown;
  address?: unknown;
  port?: unknown;
  errors?: unknown;
}

/**
 * Maps a driver error to our types. `input` names the database (redacted URL
 * or data folder). Errors already of our types pass through unchanged, so
 * wrapping twice is harmless. An unclassified error becomes a plain `Error`
 * naming `input`, with the original as `cause`.
 */
export function mapDatabaseError(error: unknown, input: string): Error {
  if (error instanceof Error && ['InputError', 'ValidationError', 'TransientError', 'ConflictError', 'StaleRevisionError', 'ConfigError'].includes(error.name)) {
    return error;
  }
  // Mapped already (a statement's error passing through its transaction): naming the input twice says nothing more.
  if (error instanceof Error && error.message.startsWith(`${input}: `) && error.cause !== undefined) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as DriverError;
  // Node reports a refused dual-stack connect as an AggregateError with an empty message; the first inner error says why.
  const inner = Array.isArray(e.errors) && e.errors.length > 0 ? (e.errors[0] as DriverError) : undefined;
  const code = typeof e.code === 'string' ? e.code : typeof inner?.code === 'string' ? inner.code : undefined;
  const message = oneLine(typeof e.message === 'string' && e.message !== '' ? e.message : String(inner?.message ?? error));
  const options = { cause: error };
  const outage = { cause: error, service: 'database' as const };

  if (code && code in SOCKET_CODES) {
    const where = inner?.address ?? e.address;
    const port = inner?.port ?? e.port;
    const at = where ? ` at ${String(where)}${port ? `:${String(port)}` : ''}` : '';
    return new TransientError(input, `cannot reach the database: ${SOCKET_CODES[code]}${at} (${code})`, outage);
  }
  if (code === 'ENOTFOUND') return new ConfigError(`${input}: unknown database host (ENOTFOUND)`, options);
  if (/Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended/i.test(message)) {
    return new TransientError(input, `lost the database connection: ${message}`, outage);
  }
  if (!code) return new Error(`${input}: ${message}`, options);

  if (code === APPEND_ONLY_SQLSTATE) return new ConflictError(input, message, options);
  if (code === '23505') {
    const detail = typeof e.detail === 'string' ? `: ${oneLine(e.detail)}` : '';
    return new ConflictError(input, `duplicate key violates ${String(e.constraint ?? 'a unique constraint')}${detail}`, options);
  }
  if (code.startsWith('08') || OUTAGE_SQLSTATES.has(code)) return new TransientError(input, `database unavailable: ${message} (SQLSTATE ${code})`, outage);
  if (TRANSIENT_SQLSTATES.has(code)) return new TransientError(input, `${message} (SQLSTATE ${code})`, options);
  if (code in CONFIG_SQLSTATES) return new ConfigError(`${input}: ${CONFIG_SQLSTATES[code]}: ${message} (SQLSTATE ${code})`, options);
  // Integrity and data exceptions: the values we tried to store are wrong, and retrying won't change them.
  if (code.startsWith('23') || code.startsWith('22')) {
    const constraint = typeof e.constraint === 'string' ? ` [${e.constraint}]` : '';
    return new InputError(input, `${message}${constraint} (SQLSTATE ${code})`, options);
  }
  return new Error(`${input}: ${message} (SQLSTATE ${code})`, options);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

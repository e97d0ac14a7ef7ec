import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';

/**
 * A lock file beside a PGlite data folder (`<dir>.lock`, holding the owner's
 * pid). PGlite runs PostgreSQL inside this process with no shared memory or
 * postmaster, so two processes opening one folder would corrupt it; this is
 * what tells the second one to stop.
 *
 * The lock lives beside the folder, not in it, because initdb refuses a
 * non-empty folder. A lock whose pid is dead (a crashed run) is taken over.
 * Limits: a recycled pid makes a stale lock look live (delete the file by
 * hand), and two processes taking over the same stale lock at the same moment
 * may both succeed.
 */
export class DataDirLock {
  private released = false;

  private constructor(
    /** The lock file's path. */
    readonly file: string,
  ) {}

  /**
   * Takes the lock for `dataDir`, creating its parent folder if needed.
   * @throws ConfigError when a live process (this one included) holds it.
   */
  static acquire(dataDir: string): DataDirLock {
    const resolved = path.resolve(dataDir);
    const file = `${resolved}.lock`;
    mkdirSync(path.dirname(resolved), { recursive: true });
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        // 'wx' fails if the file exists: creation is the atomic test-and-set.
        const fd = openSync(file, 'wx');
        try {
          writeSync(fd, `${process.pid}\n`);
        } finally {
          closeSync(fd);
        }
        return new DataDirLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readPid(file);
      if (holder !== null && isAlive(holder)) {
        throw new ConfigError(
          `the embedded store at ${resolved} is in use by process ${holder}${holder === process.pid ? ' (this process)' : ''}; ` +
            'PGlite serves one process at a time (other commands share it only while `newsfacts serve` holds it), ' +
            'so running several processes (e.g. workers) needs DATABASE_URL pointing at PostgreSQL',
        );
      }
      // Stale: its owner died without closing. Remove it and try again.
      removeQuietly(file);
    }
    throw new ConfigError(`the embedded store at ${resolved}: could not take over the stale lock file ${file}`);
  }

  /** Removes the lock file if this process still owns it. Idempotent. */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (readPid(this.file) === process.pid) removeQuietly(this.file);
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Signal 0 checks existence without signalling; EPERM means it exists but belongs to another user. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

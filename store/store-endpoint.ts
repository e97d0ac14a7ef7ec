import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isAlive } from './data-dir-lock.js';

/** Where the process holding an embedded store serves it to other processes (`PgliteWireServer`). */
export const StoreEndpoint = z.strictObject({
  pid: z.number().int().positive(),
  host: z.string().min(1),
  port: z.number().int().min(1).max(65_535),
  password: z.string().min(16),
});
export type StoreEndpoint = z.infer<typeof StoreEndpoint>;

/** `<dataDir>.endpoint`, beside the lock file `<dataDir>.lock`. */
export function endpointFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.endpoint`;
}

/** Records the endpoint; readable by its owner only, since it holds the password. */
export function writeStoreEndpoint(dataDir: string, endpoint: StoreEndpoint): void {
  writeFileSync(endpointFile(dataDir), `${JSON.stringify(StoreEndpoint.parse(endpoint))}\n`, { mode: 0o600 });
}

/**
 * The endpoint of a live process serving `dataDir`, or null when none is
 * recorded, the record is unreadable, or its process is gone (the stale file
 * is then removed).
 */
export function readStoreEndpoint(dataDir: string): StoreEndpoint | null {
  const file = endpointFile(dataDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let parsed: ReturnType<typeof StoreEndpoint.safeParse>;
  try {
    parsed = StoreEndpoint.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
  if (!parsed.success) return null;
  if (!isAlive(parsed.data.pid)) {
    removeStoreEndpoint(dataDir, parsed.data.pid);
    return null;
  }
  return parsed.data;
}

/** Removes the record if it is `pid`'s (another process may have taken the store over since). */
export function removeStoreEndpoint(dataDir: string, pid: number = process.pid): void {
  const file = endpointFile(dataDir);
  try {
    const recorded = StoreEndpoint.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (recorded.success && recorded.data.pid !== pid) return;
    unlinkSync(file);
  } catch {
    // Already gone or unreadable: nothing to remove that is ours.
  }
}

/**
 * A new embedded store loads the fresh cluster from the per-user cache
 * (`Config.cacheDir`) instead of running initdb; a machine's first store makes
 * it, and a damaged cache file is made again, never a broken store.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const child = fileURLToPath(new URL('./fixtures/new-store-child.ts', import.meta.url));
const run = promisify(execFile);
const root = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-cluster-cache-'));
const cacheDir = path.join(root, 'cache');

afterAll(() => rm(root, { recursive: true, force: true }));

/** Opens a new store in a child process; its table count. */
async function newStore(name: string): Promise<number> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, path.join(root, name), cacheDir], { timeout: 240_000 });
  return (JSON.parse(stdout.trim()) as { tables: number }).tables;
}

async function cacheFile(): Promise<string> {
  const files = (await readdir(cacheDir)).filter((f) => f.endsWith('-cluster.tar.gz'));
  expect(files).toHaveLength(1);
  return path.join(cacheDir, files[0]!);
}

const isGzip = (file: string) => readFileSync(file).subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]));

describe('the fresh-cluster cache', () => {
  let tables = 0;

  // Each new store is a process of its own, and the first runs initdb: on a loaded two-core machine that alone
  // passed the suite's 60 s. The timeout catches a hang; it measures nothing.
  test('the first new store fills it, the next loads from it and gets the same schema', { timeout: 300_000 }, async () => {
    expect(existsSync(cacheDir)).toBe(false);
    const first = await newStore('first');
    const file = await cacheFile();
    expect(isGzip(file)).toBe(true);
    const written = readFileSync(file);
    const second = await newStore('second');
    expect(first).toBeGreaterThan(10);
    expect(second).toBe(first);
    // Loaded, not made again: the file is the one the first store wrote.
    expect(readFileSync(file).equals(written)).toBe(true);
    expect(existsSync(path.join(root, 'second', 'db', 'PG_VERSION'))).toBe(true);
    tables = first;
  });

  test('a damaged cache file costs an initdb, not the store, and is made again', { timeout: 300_000 }, async () => {
    const file = await cacheFile();
    writeFileSync(file, 'not a cluster');
    expect(await newStore('after-damage')).toBe(tables);
    expect(isGzip(file)).toBe(true);
  });
});

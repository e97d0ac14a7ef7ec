import { rmSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../store/index.js';

/**
 * An embedded store made once per test process, migrated and empty, that
 * `copyEmptyStore` copies: a new PGlite data folder runs initdb (several
 * seconds of CPU), a copy of one takes milliseconds. Made by the product's own
 * `openDatabase`, so a copy is exactly what `newsfacts` creates on first use.
 */
let template: Promise<string> | undefined;

function emptyStore(): Promise<string> {
  template ??= (async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-template-'));
    const db = await openDatabase(loadConfig({ NEWSFACTS_HOME: home }));
    await db.close();
    // Removed with the process that made it; a worker killed mid-run leaves one folder in the temp dir.
    process.once('exit', () => rmSync(home, { recursive: true, force: true }));
    return path.join(home, 'db');
  })();
  template.catch(() => (template = undefined));
  return template;
}

/**
 * Puts an empty, migrated embedded store in `${home}/db`, as the first
 * `newsfacts` command there would create it. Tests whose subject is that
 * first creation (initdb, migrations from nothing) start from an empty home
 * instead.
 */
export async function copyEmptyStore(home: string): Promise<void> {
  await cp(await emptyStore(), path.join(home, 'db'), { recursive: true });
}

/** A new temporary NEWSFACTS_HOME holding an empty, migrated embedded store. */
export async function homeWithStore(prefix: string): Promise<string> {
  const home = await mkdtemp(path.join(os.tmpdir(), prefix));
  await copyEmptyStore(home);
  return home;
}

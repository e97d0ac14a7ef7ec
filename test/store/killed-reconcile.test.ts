/**
 * A reconcile whose process is killed (SIGKILL) inside its transaction leaves
 * the store as it was: the earlier versions intact, none of the dying
 * transaction's claims or versions, and the facts free for the next writer.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadConfig, type Config } from '../../config.js';
import { FactStore, openDatabase, type DatabaseKind } from '../../store/index.js';
import { seed002, seed004 } from './seed-claims.js';
import { TEST_DATABASE_URL } from './store-fixture.js';

const child = fileURLToPath(new URL('./fixtures/reconcile-child.ts', import.meta.url));

/** Runs the child until it says it is inside the transaction, then SIGKILLs it. */
async function killMidTransaction(args: string[]): Promise<void> {
  const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => proc.on('close', (_code, signal) => resolve(signal)));
  let said: string | undefined;
  for await (const line of createInterface({ input: proc.stdout })) {
    said = line;
    break;
  }
  expect(said, stderr).toBe('in-transaction');
  proc.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}

describe.each<DatabaseKind>(['pglite', 'postgres'])('a reconcile killed mid-transaction [%s]', (kind) => {
  test('leaves the previous versions intact and the facts writable', { timeout: 120_000 }, async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-kill-'));
    const schema = `test_${randomUUID().replaceAll('-', '')}`;
    const config: Config = kind === 'pglite' ? loadConfig({ NEWSFACTS_HOME: home }) : loadConfig({ DATABASE_URL: TEST_DATABASE_URL });
    const open = () => openDatabase(config, kind === 'postgres' ? { schema } : {});
    try {
      // Before: 002 says 25%; 004's article is stored, its claims not yet.
      let db = await open();
      let store = new FactStore(db);
      await store.saveArticle(seed002.article, seed002.source);
      await store.recordClaims(seed002.article.id, seed002.drafts, { now: new Date('2026-03-01T00:00:01Z') });
      await store.saveArticle(seed004.article, seed004.source);
      const facts = await store.exportFacts();
      const counts = await store.counts();
      const histories = await Promise.all(facts.map(async (f) => store.factHistory(f.id)));
      if (kind === 'pglite') await db.close(); // PGlite serves one process at a time

      await killMidTransaction(kind === 'pglite' ? ['pglite', home] : ['postgres', TEST_DATABASE_URL, schema]);

      if (kind === 'pglite') {
        db = await open(); // the dead child's lock is stale and taken over; PGlite recovers its WAL
        store = new FactStore(db);
      }
      expect(await store.exportFacts()).toEqual(facts);
      expect(await store.counts()).toEqual(counts);
      expect(await Promise.all(facts.map(async (f) => store.factHistory(f.id)))).toEqual(histories);
      expect(await store.listClaims({ doc: seed004.article.doc })).toEqual([]);

      // The dead transaction's row locks went with its connection: the same work now goes through.
      const result = await store.recordClaims(seed004.article.id, seed004.drafts, { now: new Date('2026-03-01T00:00:03Z') });
      expect(result.claimsInserted).toBe(seed004.drafts.length);
      expect((await store.counts()).versions).toBeGreaterThan(counts.versions);
      if (kind === 'postgres') await db.query(`DROP SCHEMA "${schema}" CASCADE`);
      await db.close();
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});

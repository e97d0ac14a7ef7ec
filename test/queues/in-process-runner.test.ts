import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import { FileSource } from '../../ingest/index.js';
import { ingestRequest, InProcessRunner, type JobRequest } from '../../queues/index.js';
import { openPgliteStore } from './store-fixture.js';

const ARTICLES = [
  'Harbor Freight Lines said on Monday it would buy two container ships for $310 million.',
  'The city council of Westfall approved a budget of $84 million on Tuesday, its mayor said.',
  'Kestrel Aerospace reported revenue of $2.4 billion for the quarter on Thursday.',
];

describe('InProcessRunner interrupted', () => {
  test('finishes the article in hand, starts no other, and a rerun does only the rest', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-interrupt-'));
    const { store, close } = await openPgliteStore();
    try {
      for (const [i, text] of ARTICLES.entries()) await writeFile(path.join(dir, `story-${i}.txt`), text);
      const files = new FileSource({ published: '2026-02-02' });
      const requests: JobRequest[] = (await files.discover(dir)).map((ref) => ingestRequest(ref));
      const context = { store, sources: [files], logger: pino({ level: 'silent' }), now: () => new Date() };

      // Interrupted while the first article is being ingested: its extract and reconcile still run.
      const interrupt = new AbortController();
      const first = await new InProcessRunner(context).run(
        requests,
        (event) => {
          if (event.type === 'completed' && event.request.name === 'ingest') interrupt.abort();
        },
        { signal: interrupt.signal },
      );
      expect(first.failed).toEqual([]);
      expect(first.notStarted).toBe(2);
      expect((await store.stageCounts()).reconciled).toBe(1);

      const names: string[] = [];
      const second = await new InProcessRunner(context).run(requests, (event) => names.push(event.request.name));
      expect(second.notStarted).toBe(0);
      expect((await store.stageCounts()).reconciled).toBe(3);
      // The first article is found done at ingest: only the other two are extracted and reconciled again.
      expect(names.filter((n) => n === 'reconcile')).toHaveLength(2);
    } finally {
      await close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import { FileSource } from '../../ingest/index.js';
import { drain, ingestRequest, InProcessRunner, type JobRequest } from '../../queues/index.js';
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

describe('InProcessRunner reading its requests', () => {
  test('drain yields in order and lets go of each item as it yields it', () => {
    const items = ['a', 'b', 'c'];
    const seen: [string, number][] = [];
    for (const item of drain(items)) seen.push([item, items.length]);
    expect(seen).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 0],
    ]);
  });

  test('runs a repeated request once and each article to its reconcile, reading the requests as it goes', { timeout: 300_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-drain-'));
    const { store, close } = await openPgliteStore();
    try {
      for (const [i, text] of ARTICLES.entries()) await writeFile(path.join(dir, `story-${i}.txt`), text);
      // The same text at a second location: found done at ingest, so nothing after its ingest runs again.
      await writeFile(path.join(dir, 'story-copy.txt'), ARTICLES[0]!);
      const files = new FileSource({ published: '2026-02-02' });
      const refs = (await files.discover(dir)).map((ref) => ingestRequest(ref));
      const requests = [refs[0]!, refs[0]!, ...refs.slice(1)];
      const context = { store, sources: [files], logger: pino({ level: 'silent' }), now: () => new Date() };
      const events: string[] = [];
      const left: number[] = [];
      const outcome = await new InProcessRunner(context).run(drain(requests), (event) => {
        events.push(`${event.type} ${event.request.name}`);
        if (event.request.name === 'reconcile') left.push(requests.length);
      });
      expect(outcome.failed).toEqual([]);
      expect(events.filter((e) => e === 'completed ingest')).toHaveLength(4);
      expect(events.filter((e) => e === 'completed reconcile')).toHaveLength(3);
      // Each article's reconcile ran before the next request was read (the repeat was read, and dropped, after the first).
      expect(left).toEqual([4, 2, 1]);
      expect(requests).toEqual([]);
      expect((await store.stageCounts()).reconciled).toBe(3);
    } finally {
      await close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

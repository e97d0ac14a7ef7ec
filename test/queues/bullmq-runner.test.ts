import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { FileSource, HttpSource } from '../../ingest/index.js';
import { ingestRequest } from '../../queues/catalog.js';
import { discoverSource } from '../../queues/discover.js';
import { pipelineTest, settle } from './pipeline-fixture.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

describe('BullmqRunner', () => {
  pipelineTest('fails a job whose payload breaks its schema at once, unretried, naming the field', async ({ queues, startRunner, events }) => {
    const extractEvents = await events('extract');
    await startRunner();
    const [outcome] = await queues.enqueue([{ name: 'extract', id: 'bad-payload', payload: { articleId: 42 } }]);
    expect(outcome?.state).toBe('added');
    const job = (await queues.find('bad-payload'))!;
    await expect(job.waitUntilFinished(extractEvents)).rejects.toThrow(/job extract bad-payload: invalid extract payload: articleId/);
    const failed = (await queues.find('bad-payload'))!;
    expect(await failed.getState()).toBe('failed');
    expect(failed.attemptsMade).toBe(1);
    expect(failed.opts.attempts).toBeGreaterThan(1);
  });

  pipelineTest('retries a page that answers 503 twice and succeeds on the third attempt', async ({ queues, startRunner, events }) => {
    let hits = 0;
    const server: Server = createServer((_req, res) => {
      hits += 1;
      if (hits <= 2) res.writeHead(503, { 'retry-after': '0' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<article><p>Tokyo said on Friday it would invest $550 billion in the United States.</p></article>');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/deal`;
    const http = new HttpSource({ allowAddresses: ['127.0.0.1'], obeyRobots: false });
    try {
      const ingestEvents = await events('ingest');
      await startRunner([http]);
      const [outcome] = await queues.enqueue([ingestRequest({ location: url })]);
      const job = (await queues.find(outcome!.request.id))!;
      const summary = (await job.waitUntilFinished(ingestEvents)) as Record<string, unknown>;
      expect(summary).toMatchObject({ doc: url, inserted: true });
      expect(hits).toBe(3);
      const done = (await queues.find(outcome!.request.id))!;
      expect(done.attemptsStarted).toBe(3);
    } finally {
      await http.close();
      server.close();
    }
  });

  pipelineTest('a page job carries its allow-list: the worker fetches a private address for that job only', async ({ queues, startRunner, events }) => {
    const server: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<article><p>The council said on Monday it would spend $12 million on the bridge.</p></article>');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The worker's own list is empty, as a worker started without --allow-address.
    const http = new HttpSource({ obeyRobots: false });
    try {
      const ingestEvents = await events('ingest');
      await startRunner([http]);
      const [allowed, refused] = await queues.enqueue([
        ingestRequest({ location: `${base}/allowed`, allowAddresses: ['127.0.0.1'] }),
        ingestRequest({ location: `${base}/refused` }),
      ]);
      const allowedJob = (await queues.find(allowed!.request.id))!;
      expect(await allowedJob.waitUntilFinished(ingestEvents)).toMatchObject({ doc: `${base}/allowed`, inserted: true });
      const refusedJob = (await queues.find(refused!.request.id))!;
      await expect(refusedJob.waitUntilFinished(ingestEvents)).rejects.toThrow(/--allow-address/);
    } finally {
      await http.close();
      server.close();
    }
  });

  pipelineTest('runs the seeds through all three stages, and enqueuing them again changes nothing', async ({ queues, db, startRunner }) => {
    await startRunner();
    const requests = (await new FileSource().discover(SEEDS)).map((ref) => ingestRequest(ref));
    expect((await queues.enqueue(requests)).map((o) => o.state)).toEqual(requests.map(() => 'added'));
    await settle(queues);
    const counts = await queues.counts();
    expect([counts.ingest.completed, counts.extract.completed, counts.reconcile.completed]).toEqual([5, 5, 5]);
    expect(counts.ingest.failed + counts.extract.failed + counts.reconcile.failed).toBe(0);
    const before = await db.store.counts();
    expect(before.claims).toBeGreaterThan(0);

    const again = await queues.enqueue(requests);
    expect(again.map((o) => o.state)).toEqual(requests.map(() => 'completed'));
    await settle(queues);
    expect(await db.store.counts()).toEqual(before);
  });

  pipelineTest('a schedule tick run twice enqueues nothing new, and a later tick changes nothing in the store', async ({ queues, db, startRunner }) => {
    await startRunner();
    const sources = [new FileSource()];
    const tick = await discoverSource({ source: SEEDS, schedule: 'seeds' }, sources, 'repeat:seeds:1');
    expect((await queues.enqueue(tick)).filter((o) => o.state === 'added')).toHaveLength(5);
    const sameTick = await discoverSource({ source: SEEDS, schedule: 'seeds' }, sources, 'repeat:seeds:1');
    expect((await queues.enqueue(sameTick)).filter((o) => o.state === 'added')).toHaveLength(0);
    await settle(queues);
    const before = await db.store.counts();

    const nextTick = await discoverSource({ source: SEEDS, schedule: 'seeds' }, sources, 'repeat:seeds:2');
    expect((await queues.enqueue(nextTick)).filter((o) => o.state === 'added')).toHaveLength(5);
    await settle(queues);
    expect(await db.store.counts()).toEqual(before);
    // The re-read articles were known and already extracted: no extract job followed them.
    expect((await queues.counts()).extract.completed).toBe(5);
  });

  pipelineTest('keeps a failed job with its reason, and `retry` runs it again', async ({ queues, startRunner, events }) => {
    let ready = false;
    const server: Server = createServer((_req, res) => {
      if (!ready) res.writeHead(404).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end('Tokyo said on Friday it would invest $550 billion in the United States.');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/moved`;
    const http = new HttpSource({ allowAddresses: ['127.0.0.1'], obeyRobots: false });
    try {
      const ingestEvents = await events('ingest');
      await startRunner([http]);
      const [outcome] = await queues.enqueue([ingestRequest({ location: url })]);
      const id = outcome!.request.id;
      await expect((await queues.find(id))!.waitUntilFinished(ingestEvents)).rejects.toThrow(`${url}: answered HTTP 404 Not Found`);
      const failed = await queues.list('failed');
      expect(failed.map((j) => [j.id, j.failedReason, j.attemptsMade])).toEqual([[id, `${url}: answered HTTP 404 Not Found`, 1]]);

      ready = true;
      const retried = await queues.retry(id);
      await expect(retried.waitUntilFinished(ingestEvents)).resolves.toMatchObject({ inserted: true });
    } finally {
      await http.close();
      server.close();
    }
  });
});

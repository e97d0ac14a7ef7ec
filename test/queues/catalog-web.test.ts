import { pino } from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HttpSource } from '../../ingest/index.js';
import { ingestRequest, InProcessRunner, type RunEvent } from '../../queues/index.js';
import { startWebServer, type WebServer } from '../ingest/web-server.js';
import { openPgliteStore, type OpenStore } from './store-fixture.js';

let web: WebServer;
let db: OpenStore;

beforeAll(async () => {
  web = await startWebServer();
  db = await openPgliteStore();
});
afterAll(async () => {
  await web.close();
  await db.close();
});

test('a page answered 304 whose article is already extracted is neither parsed nor stored again', async () => {
  const http = new HttpSource({ allowAddresses: ['127.0.0.1'] }, { cache: db.store });
  const runner = new InProcessRunner({ store: db.store, sources: [http], logger: pino({ level: 'silent' }), now: () => new Date() });
  const url = `${web.base}/articles/1.html`;
  const run = async () => {
    const events: RunEvent[] = [];
    await runner.run([ingestRequest({ location: url, published: null, outlet: null, title: null, url })], (e) => events.push(e));
    return events;
  };
  const first = await run();
  expect(first.map((e) => `${e.request.name}:${e.type}`)).toEqual(['ingest:completed', 'extract:completed', 'reconcile:completed']);
  const counts = await db.store.counts();

  const second = await run();
  expect(web.hits('/articles/1.html').map((h) => h.status)).toEqual([200, 304]);
  expect(second.map((e) => `${e.request.name}:${e.type}`)).toEqual(['ingest:completed']);
  const summary = second[0]?.type === 'completed' ? second[0].result.summary : {};
  expect(summary).toMatchObject({ notModified: true, skipped: true, inserted: false });
  expect(await db.store.counts()).toEqual(counts);
});

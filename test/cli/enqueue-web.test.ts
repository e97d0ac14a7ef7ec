import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { JobQueues } from '../../queues/index.js';
import { startWebServer, type WebServer } from '../ingest/web-server.js';
import { REDIS_URL } from '../queues/redis-fixture.js';
import { runCli } from './cli-helper.js';

let web: WebServer;
const prefix = `test-${randomUUID()}`;

beforeAll(async () => {
  web = await startWebServer();
});
afterAll(async () => {
  await web.close();
  const queues = new JobQueues({ redisUrl: REDIS_URL, prefix });
  await queues.obliterate();
  await queues.close();
});

test('enqueue expands a feed on a private address only with --allow-address', { timeout: 120_000 }, async () => {
  const env = { REDIS_URL, NEWSFACTS_HOME: '/nonexistent-unused' };
  const refused = await runCli(['enqueue', `${web.base}/rss.xml`, '--prefix', prefix, '--json'], env);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/refused as a private address/);
  expect(web.log).toHaveLength(0);

  const allowed = await runCli(['enqueue', `${web.base}/rss.xml`, '--allow-address', '127.0.0.1', '--prefix', prefix, '--json'], env);
  expect(allowed.code, allowed.stderr).toBe(0);
  const out = JSON.parse(allowed.stdout) as { added: number; jobs: { id: string; location: string }[] };
  expect(out.added).toBe(3);
  expect(out.jobs.map((j) => j.location).sort()).toEqual([1, 2, 3].map((n) => `${web.base}/articles/${n}.html`));
  // Each page's job carries the list to the worker that will fetch it.
  const queues = new JobQueues({ redisUrl: REDIS_URL, prefix });
  try {
    for (const job of out.jobs) expect((await queues.find(job.id))?.data).toMatchObject({ allowAddresses: ['127.0.0.1'] });
  } finally {
    await queues.close();
  }
});

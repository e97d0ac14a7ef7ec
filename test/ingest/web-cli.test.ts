import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli-helper.js';
import { startWebServer, type WebServer } from './web-server.js';

// One embedded store and one fixture site for the file: the tests build on each other as a user's session does.
let home: string;
let web: WebServer;
const env = () => ({ NEWSFACTS_HOME: home });

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-web-'));
  web = await startWebServer();
});
afterAll(async () => {
  await web.close();
  await rm(home, { recursive: true, force: true });
});

// Each step spawns the CLI, which loads PGlite and the NLP lexicons: slow on a busy machine, so generous timeouts.
describe('newsfacts on the web (fixture site on 127.0.0.1)', { timeout: 120_000 }, () => {
  it('refuses the loopback site without --allow-address', async () => {
    const result = await runCli(['discover', `${web.base}/rss.xml`], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/resolves to 127\.0\.0\.1 \(loopback\), refused as a private address; to fetch it anyway, allow it with --allow-address 127\.0\.0\.1/);
    expect(web.log).toHaveLength(0);
  });

  it('NEWSFACTS_ALLOW_ADDRESSES lets every command through, extract <URL> included', async () => {
    const result = await runCli(['extract', `${web.base}/articles/1.html`, '--json'], { ...env(), NEWSFACTS_ALLOW_ADDRESSES: '127.0.0.1' });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).claims.length).toBeGreaterThan(0);
  });

  it('discovers a feed as JSON lines', async () => {
    const result = await runCli(['discover', `${web.base}/feed.json`, '--allow-address', '127.0.0.1', '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { url: `${web.base}/articles/1.html`, published: '2025-07-23', title: 'Tokyo pledges $550 billion' },
      { url: `${web.base}/articles/3.html`, published: '2025-07-20', title: 'Rain expected' },
    ]);
  });

  it('prints one page as an article', async () => {
    const result = await runCli(['article', `${web.base}/articles/1.html`, '--allow-address', '127.0.0.1', '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      url: `${web.base}/articles/1.html`,
      canonical: 'https://news.example/2025/07/23/tokyo-pledge',
      title: 'Tokyo pledges $550 billion in US investment',
      byline: 'Aiko Tanaka',
      published: '2025-07-23',
      lang: 'en',
    });
  });

  it('runs a feed end to end', async () => {
    const result = await runCli(['run', `${web.base}/rss.xml`, '--allow-address', '127.0.0.1', '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.articles).toEqual({ seen: 3, new: 3, unchanged: 0, failed: 0, notStarted: 0 });
    expect(summary.claimsAdded).toBeGreaterThan(0);
  });

  it('fetches nothing new and stores nothing new when run again: every page answers 304', async () => {
    const before = web.log.length;
    const result = await runCli(['run', `${web.base}/rss.xml`, '--allow-address', '127.0.0.1', '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.articles).toEqual({ seen: 3, new: 0, unchanged: 3, failed: 0, notStarted: 0 });
    expect(summary.claimsAdded).toBe(0);
    expect(summary.versionsWritten).toBe(0);
    const second = web.log.slice(before).filter((l) => l.path !== '/robots.txt');
    expect(second.map((l) => [l.path, l.status])).toEqual([
      ['/rss.xml', 304],
      ['/articles/2.html', 304],
      ['/articles/1.html', 304],
      ['/articles/3.html', 304],
    ]);
  });

  it('links the syndicated copy to the original and lists them with --duplicates', async () => {
    const result = await runCli(['articles', '--duplicates', '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.url).sort()).toEqual([`${web.base}/articles/1.html`, `${web.base}/articles/2.html`]);
    expect(new Set(rows.map((r) => r.cluster)).size).toBe(1);
    expect(rows.every((r) => r.clusterSize === 2)).toBe(true);

    const all = (await runCli(['articles', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(all.find((r) => r.url.endsWith('/3.html'))).toMatchObject({ cluster: null, clusterSize: 1 });
  });
});

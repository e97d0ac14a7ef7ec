import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from 'vitest';
import { homeWithStore } from '../helpers/embedded-home.js';
import { repoRoot, runInProcess, seedsDir } from './cli-helper.js';

test('serve --help names the port, host and the environment it reads', async () => {
  const { code, stdout } = await runInProcess(['serve', '--help']);
  expect(code).toBe(0);
  expect(stdout).toMatch(/--port/);
  expect(stdout).toMatch(/--host/);
  expect(stdout).toMatch(/NEWSFACTS_API_TOKENS/);
});

test('serve refuses a bad port with one line', async () => {
  const { code, stderr } = await runInProcess(['serve', '--port', 'eighty']);
  expect(code).toBe(1);
  expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/--port eighty: not a TCP port/)]);
});

// The stores are seeded in this process (the same CLI, without a Node and TypeScript start); serve itself runs as
// its own process, as a user starts it.
test('serve listens on loopback, answers, and stops cleanly on SIGTERM', { timeout: 120_000 }, async () => {
  const home = await homeWithStore('newsfacts-serve-');
  try {
    const seeds = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
    const seeded = await runInProcess(['run', path.join(seedsDir, seeds[0]!), '--quiet'], { NEWSFACTS_HOME: home });
    expect(seeded.code, seeded.stderr).toBe(0);
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'newsfacts.js'), 'serve', '--port', '0', '--json'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', NEWSFACTS_HOME: home, NEWSFACTS_API_TOKENS: 'serve-test-token' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const [line] = await Promise.race([
      (async () => {
        for await (const l of createInterface({ input: child.stdout })) return [l];
        return [undefined];
      })(),
      exited.then(() => [undefined]),
    ]);
    expect(line, stderr).toBeDefined();
    const ready = JSON.parse(line!) as { url: string; api: string; store: string; writes: boolean };
    expect(ready).toMatchObject({ store: 'pglite', writes: true });
    expect(new URL(ready.url).hostname).toBe('127.0.0.1');
    const health = await fetch(`${ready.api}/health`);
    expect(await health.json()).toEqual({ ok: true, store: 'pglite', queues: false });
    const facts = (await (await fetch(`${ready.api}/facts?limit=2`)).json()) as { items: unknown[] };
    expect(facts.items).toHaveLength(2);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  } finally {
    await rm(home, { recursive: true, force: true });
  }
});

test('while serve holds the embedded store, run, facts and review from the CLI share it, and each side sees the other\'s writes', { timeout: 180_000 }, async () => {
  const home = await homeWithStore('newsfacts-serve-shared-');
  const env = { NEWSFACTS_HOME: home };
  const seeds = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const seeded = await runInProcess(['run', path.join(seedsDir, seeds[0]!), '--quiet'], env);
  expect(seeded.code, seeded.stderr).toBe(0);
  // Started once the store exists: the server holds it, and the commands below go through it.
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'newsfacts.js'), 'serve', '--port', '0', '--json'], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', LOG_LEVEL: 'warn', NEWSFACTS_HOME: home, NEWSFACTS_API_TOKENS: 'alice:shared-store-token' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const lines = createInterface({ input: child.stdout });
    const line = await Promise.race([new Promise<string>((resolve) => lines.once('line', resolve)), exited.then(() => undefined)]);
    expect(line, stderr).toBeDefined();
    const ready = JSON.parse(line!) as { api: string; sharedStore: string | null };
    expect(ready.sharedStore).toMatch(/^127\.0\.0\.1:\d+$/);
    const api = async <T>(route: string, init?: RequestInit): Promise<{ status: number; body: T; etag: string | null }> => {
      const response = await fetch(`${ready.api}${route}`, init);
      return { status: response.status, body: (await response.json()) as T, etag: response.headers.get('etag') };
    };

    // The CLI (in this process, another than the server's) writes through the server's store: a second article,
    // then a review of one of its claims.
    const ran = await runInProcess(['run', path.join(seedsDir, seeds[1]!), '--json'], env);
    expect(ran.code, ran.stderr).toBe(0);
    const articles = await api<{ items: { doc: string }[] }>('/articles');
    expect(articles.body.items.map((a) => a.doc).sort()).toEqual([seeds[0], seeds[1]]);
    const claims = await runInProcess(['claims', '--doc', seeds[1]!, '--json'], env);
    expect(claims.code, claims.stderr).toBe(0);
    const claimId = (JSON.parse(claims.stdout.trim().split('\n')[0]!) as { id: string }).id;
    const reviewed = await runInProcess(['review', claimId, '--reject', '--reviewer', 'bob', '--reason', 'misread'], env);
    expect(reviewed.code, reviewed.stderr).toBe(0);
    const claim = await api<{ status: string }>(`/claims/${claimId}`);
    expect(claim.body.status).toBe('rejected');

    // The server writes, the CLI reads: alice accepts a fact over HTTP, and `fact` shows the review.
    const listed = await runInProcess(['facts', '--json'], env);
    expect(listed.code, listed.stderr).toBe(0);
    const factIds = listed.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    const fromApi = await api<{ items: { fact: { id: string } }[] }>('/facts?limit=200');
    expect(fromApi.body.items.map((f) => f.fact.id).sort()).toEqual([...factIds].sort());
    const factId = factIds[0]!;
    const before = await api<unknown>(`/facts/${factId}`);
    const accepted = await api<unknown>(`/facts/${factId}/reviews`, {
      method: 'POST',
      headers: { authorization: 'Bearer shared-store-token', 'content-type': 'application/json', 'if-match': before.etag! },
      body: JSON.stringify({ action: 'accept' }),
    });
    expect(accepted.status).toBe(200);
    const shown = await runInProcess(['fact', factId, '--history', '--json'], env);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('"alice"');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Stopped, the server no longer advertises the store (nor holds its lock): the next command opens it itself.
    expect((await readdir(home)).sort()).toEqual(['db']);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await rm(home, { recursive: true, force: true });
  }
});

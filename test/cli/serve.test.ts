import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { expect, test } from 'vitest';
import { repoRoot, runCli, runInProcess } from './cli-helper.js';

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

test('serve listens on loopback, answers, and stops cleanly on SIGTERM', async () => {
  const home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-serve-'));
  try {
    const seeded = await runCli(['run', path.join(repoRoot, 'seeds'), '--quiet'], { NEWSFACTS_HOME: home });
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

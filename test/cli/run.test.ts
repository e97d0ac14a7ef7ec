import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactExport } from '../../model/index.js';
import { runCli, runInProcess, seedsDir } from './cli-helper.js';

// One embedded store for the whole file: the tests build on each other the way a user's session does.
let home: string;
let inputs: string;
const env = () => ({ NEWSFACTS_HOME: home });

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-home-'));
  inputs = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-bad-'));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
  await rm(inputs, { recursive: true, force: true });
});

// The first run is the real binary on an empty home (it creates the store); the later steps run the same CLI in
// this process (each still opens and closes the embedded store, as a command does), which spares a Node and
// TypeScript start per step. Generous timeouts: a full parallel `npm test` shares two cores.
describe('newsfacts run (embedded store)', { timeout: 120_000 }, () => {
  it('ingests the seeds and prints a summary', async () => {
    const result = await runCli(['run', seedsDir, '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.articles).toEqual({ seen: 5, new: 5, unchanged: 0, failed: 0, notStarted: 0 });
    expect(summary.claimsAdded).toBeGreaterThan(100);
    expect(summary.store.facts).toBeGreaterThan(10);
    // The seeds' 25% → 15% car tariff is a change over time now, not a dispute (NOTES.md conflict 1).
    expect(summary.store.versions).toBeGreaterThan(summary.store.facts);
    expect(result.stderr).toMatch(/\[5\/5\]/);
  });

  it('adds no claims and no versions when run again', async () => {
    const result = await runInProcess(['run', seedsDir, '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.articles).toMatchObject({ new: 0, unchanged: 5, failed: 0 });
    expect(summary.claimsAdded).toBe(0);
    expect(summary.versionsWritten).toBe(0);
  });

  it('reidentify on a store this version wrote moves no article to another story and no claim, and writes no version', async () => {
    const result = await runInProcess(['reidentify', '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ articles: 5, storiesChanged: 0, claimsMoved: 0, factsReconciled: 0, versionsWritten: 0 });
    expect(result.stderr).toMatch(/reidentify: stories 5\/5 articles/);
    expect(result.stderr).toMatch(/reidentify: facts 5\/5 articles/);
  });

  it('lists the car tariff at 15% since the July deal, with 25% superseded and the articles behind each', async () => {
    const result = await runInProcess(['facts', '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    const facts = result.stdout.trim().split('\n').map((line) => FactExport.parse(JSON.parse(line)));
    const carTariff = facts.find((f) => /tariff/i.test(f.subject) && /\bcars?\b/i.test(f.subject) && !/global|part/i.test(f.subject));
    expect(carTariff, facts.map((f) => f.subject).join(', ')).toBeDefined();
    expect(carTariff).toMatchObject({ status: 'settled', value: { amount: 15, unit: '%' }, valid_from: '2025-07-23', sources: ['004_a7bae4003d2e5768.txt'] });
    expect(carTariff!.alternatives).toEqual([
      {
        value: { amount: 25, unit: '%' },
        status: 'superseded',
        valid_from: '2025-05-23',
        valid_to: '2025-07-23',
        sources: ['002_46682bb7ba039a8f.txt'],
        claims: expect.any(Array),
      },
    ]);
    // The claim ids join each value to the stored claims behind it (FORMAT.md "Fact export").
    const claims = (await runInProcess(['claims', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const byId = new Map(claims.map((c: { id: string }) => [c.id, c]));
    const behind = (ids: string[]) => ids.map((id) => byId.get(id) as { doc: string; value: unknown } | undefined);
    expect(carTariff!.claims.length).toBeGreaterThan(0);
    expect(behind(carTariff!.claims).every((c) => c?.doc === '004_a7bae4003d2e5768.txt' && (c.value as { amount: number }).amount === 15)).toBe(true);
    const superseded = behind(carTariff!.alternatives[0]!.claims);
    expect(superseded.length).toBeGreaterThan(0);
    expect(superseded.every((c) => c?.doc === '002_46682bb7ba039a8f.txt' && (c.value as { amount: number }).amount === 25)).toBe(true);
  });

  it('shows a fact with its history and the quotes behind it, and what held on a given day', async () => {
    const facts = (await runInProcess(['facts', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const carTariff = facts.find((f) => f.alternatives.some((a: { status: string }) => a.status === 'superseded') && /tariff/.test(f.subject));
    const result = await runInProcess(['fact', carTariff.id, '--history'], env());
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(carTariff.subject);
    expect(result.stdout).toMatch(/version 2/);
    expect(result.stdout).toMatch(/supersedes 25%/);
    expect(result.stdout).toMatch(/“.+”/);
    const then = await runInProcess(['fact', carTariff.id, '--valid-at', '2025-06-01'], env());
    expect(then.stdout).toMatch(/valid on 2025-06-01: 25%/);
  });

  it('filters stored claims by document and kind', async () => {
    const result = await runInProcess(['claims', '--doc', '003_c96e4e5c7204a342.txt', '--kind', 'date', '--json'], env());
    expect(result.code, result.stderr).toBe(0);
    const claims = result.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.kind === 'date' && c.doc === '003_c96e4e5c7204a342.txt')).toBe(true);
  });

  it('skips bad files with one clear line each and loses nothing already stored', async () => {
    const before = JSON.parse((await runInProcess(['run', seedsDir, '--json', '-q'], env())).stdout).store;
    await writeFile(path.join(inputs, 'empty.txt'), '');
    await writeFile(path.join(inputs, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    await writeFile(path.join(inputs, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]));
    await writeFile(path.join(inputs, 'broken.html'), '<html><body><p>Unclosed <div><p>Nippon Steel offered $14 billion on Friday.');
    const big = await open(path.join(inputs, 'huge.txt'), 'w');
    await big.truncate(50 * 1024 * 1024);
    await big.close();
    const result = await runInProcess(['run', inputs, path.join(inputs, 'missing.txt'), '--json'], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: is empty/);
    expect(result.stderr).toMatch(/binary\.txt: looks like a binary file/);
    expect(result.stderr).toMatch(/latin1\.txt: is not valid UTF-8/);
    expect(result.stderr).toMatch(/huge\.txt: is 50\.0 MiB, over the 10\.0 MiB limit/);
    expect(result.stderr).toMatch(/missing\.txt: does not exist/);
    const summary = JSON.parse(result.stdout);
    expect(summary.articles).toMatchObject({ new: 1, failed: 5 });
    expect(summary.store.claims).toBeGreaterThanOrEqual(before.claims);
    expect(summary.store.facts).toBeGreaterThanOrEqual(before.facts);
    expect(summary.store.versions).toBeGreaterThanOrEqual(before.versions);
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEmptyStore } from '../helpers/embedded-home.js';
import { runInProcess } from './cli-helper.js';

let home: string;
let docs: string;
const env = () => ({ NEWSFACTS_HOME: home });

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-entities-'));
  docs = path.join(home, 'docs');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(docs);
  // One river engineer printed two ways by two outlets, with the same agency both times.
  await writeFile(
    path.join(docs, 'flood-1.txt'),
    'Flood barriers held overnight in Corran.\n\nKatrin Aldous, the chief engineer of the Corran River Agency, said on Monday that 40 homes were evacuated. Aldous said the water would fall by Wednesday.\n',
  );
  await writeFile(
    path.join(docs, 'flood-2.txt'),
    'Evacuated residents returned to Corran on Wednesday.\n\nKatryn Aldous, chief engineer of the Corran River Agency, said 40 homes had been cleared and the barriers would stay.\n',
  );
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

// Each step runs the CLI in this process (test/cli/run.test.ts runs the binary itself); each still opens and closes
// the embedded store, as a command does: generous, since CI shares two cores.
describe('newsfacts entities (embedded store)', { timeout: 300_000 }, () => {
  it('has --help naming --json, --type and --search', async () => {
    const { code, stdout } = await runInProcess(['entities', '--help']);
    expect(code).toBe(0);
    for (const option of ['--json', '--type <type>', '--search <text>']) expect(stdout).toContain(option);
  });

  it('with no store yet, says so in one line, exits 1 and creates none', async () => {
    const result = await runInProcess(['entities'], env());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no store here yet/);
  });

  it('lists the entities of stored articles, one person for two spellings, and shows one with its mentions', async () => {
    await copyEmptyStore(home); // the store `newsfacts` creates on first use, copied rather than made again
    const run = await runInProcess(['run', docs], env());
    expect(run.code, run.stderr).toBe(0);
    const json = await runInProcess(['entities', '--type', 'person', '--json'], env());
    expect(json.code, json.stderr).toBe(0);
    const { entities } = JSON.parse(json.stdout) as { entities: { id: string; type: string; name: string; aliases: string[]; articles: number }[] };
    const aldous = entities.filter((e) => e.name.endsWith('Aldous'));
    expect(aldous).toHaveLength(1);
    expect(aldous[0]!.aliases).toEqual(expect.arrayContaining(['Katrin Aldous', 'Katryn Aldous']));
    expect(aldous[0]!.articles).toBe(2);

    const one = await runInProcess(['entities', aldous[0]!.id], env());
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain('flood-1.txt');
    expect(one.stdout).toContain('flood-2.txt');

    const search = await runInProcess(['entities', '--search', 'river agency'], env());
    expect(search.code, search.stderr).toBe(0);
    expect(search.stdout).toMatch(/organisation\s+Corran River Agency/);

    // Every stored article already has its entities: --identify finds none to do and lists the same.
    const identify = await runInProcess(['entities', '--identify', '--type', 'person', '--json'], env());
    expect(identify.code, identify.stderr).toBe(0);
    expect(identify.stderr).toMatch(/entities recorded for 0 article\(s\)/);
    expect(JSON.parse(identify.stdout)).toEqual({ entities });

    const bad = await runInProcess(['entities', '--type', 'planet'], env());
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toMatch(/planet.*--type must be one of person, organisation, place, project/);
    const missing = await runInProcess(['entities', 'e_nope'], env());
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such entity/);
  });
});

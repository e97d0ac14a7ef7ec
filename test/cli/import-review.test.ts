import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactExport } from '../../model/index.js';
import { homeWithStore } from '../helpers/embedded-home.js';
import { runCli, runInProcess } from './cli-helper.js';

let home: string;
const env = () => ({ NEWSFACTS_HOME: home });

beforeAll(async () => {
  home = await homeWithStore('newsfacts-import-');
}, 120_000);
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

// The first import runs the real binary; the other steps run the same CLI in this process (each still opens
// and closes the embedded store, as a command does), which spares a Node and TypeScript start per step.
describe('newsfacts import and review (embedded store)', { timeout: 120_000 }, () => {
  it('imports CSV and JSON Lines rows into facts named after object and attribute verbatim', async () => {
    const csv = path.join(home, 'claims.csv');
    await writeFile(csv, 'source,object,attribute,value,observed_at\nA,Paris,population,2100000,2024-01-01\nB,Paris,population,"2,100,000",2024-01-02\nC,Paris,population,1900000,\n');
    const jsonl = path.join(home, 'claims.jsonl');
    await writeFile(jsonl, '{"source":"A","object":"Paris","attribute":"mayor","value":"Anne Hidalgo"}\n');
    expect((await runCli(['import', csv, '--json'], env())).code).toBe(0);
    const imported = await runInProcess(['import', jsonl, '--no-trust'], env());
    expect(imported.code, imported.stderr).toBe(0);
    const facts = (await runInProcess(['facts', '--json'], env())).stdout.trim().split('\n').map((l) => FactExport.parse(JSON.parse(l)));
    expect(facts.find((f) => f.predicate === 'population')).toMatchObject({ subject: 'Paris', value: { amount: 2100000, unit: '1' }, sources: ['A', 'B'] });
    expect(facts.find((f) => f.predicate === 'mayor')).toMatchObject({ subject: 'Paris', value: { text: 'Anne Hidalgo' } });
  });

  it('a bad file fails with one line naming it', async () => {
    const bad = path.join(home, 'bad.csv');
    await writeFile(bad, 'source,object\nA,Paris\n');
    const result = await runInProcess(['import', bad], env());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.csv:2: a row needs source, object, attribute and value/);
  });

  it('a bad row fails with one line naming its line, and what was stored stays', async () => {
    const bad = path.join(home, 'bad-day.csv');
    await writeFile(bad, 'source,object,attribute,value,observed_at\nA,Lyon,mayor,Grégory Doucet,2024-01-01\nB,Lyon,mayor,Grégory Doucet,01/02/2024\n');
    const result = await runInProcess(['import', bad], env());
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/bad-day\.csv:3: invalid import row: observedAt: expected YYYY-MM-DD/);
    const facts = (await runInProcess(['facts', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(facts.find((f) => f.predicate === 'population')).toMatchObject({ subject: 'Paris' });
  });

  it('review --correct pins a fact, shown in its history', async () => {
    const facts = (await runInProcess(['facts', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const population = facts.find((f) => f.predicate === 'population');
    const reviewed = await runInProcess(['review', population.id, '--correct', '2102650', '--reason', 'INSEE 2021', '--reviewer', 'ann', '--json'], env());
    expect(reviewed.code, reviewed.stderr).toBe(0);
    expect(JSON.parse(reviewed.stdout).fact.version).toMatchObject({ status: 'reviewed', value: { amount: 2102650, unit: '1' } });
    const history = await runInProcess(['fact', population.id, '--history'], env());
    expect(history.stdout).toMatch(/pinned by ann \(correct: INSEE 2021\)/);
    expect(history.stdout).toMatch(/review r_[0-9a-f]{16} by ann/);
    const none = await runInProcess(['review', population.id], env());
    expect(none.code).toBe(1);
  });

  it('fact --history pages its evidence: --limit claims a page, the last line gives the --cursor of the next', async () => {
    const facts = (await runInProcess(['facts', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const population = facts.find((f) => f.predicate === 'population');
    const first = await runInProcess(['fact', population.id, '--history', '--json', '--limit', '1'], env());
    expect(first.code, first.stderr).toBe(0);
    const page = JSON.parse(first.stdout).history;
    const quotes = (p: { versions: { supporting: unknown[]; opposing: unknown[] }[] }) => p.versions.reduce((n, v) => n + v.supporting.length + v.opposing.length, 0);
    expect(quotes(page)).toBe(1);
    expect(page.nextCursor).toEqual(expect.any(String));
    const text = await runInProcess(['fact', population.id, '--history', '--limit', '1', '--cursor', page.nextCursor], env());
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/more evidence: newsfacts fact f_[0-9a-f]+ --history --cursor \S+ --limit 1/);
    const wrong = await runInProcess(['fact', population.id, '--cursor', page.nextCursor], env());
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--cursor pages the evidence of --history/);
  });

  it('review --same-as makes two facts one, shown in the history; --withdraw m_… splits them again', async () => {
    const rows = path.join(home, 'inhabitants.csv');
    await writeFile(rows, 'source,object,attribute,value\nD,Paris,inhabitants,2100000\n');
    expect((await runInProcess(['import', rows, '--no-trust'], env())).code).toBe(0);
    const facts = (await runInProcess(['facts', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const population = facts.find((f) => f.predicate === 'population');
    const inhabitants = facts.find((f) => f.predicate === 'inhabitants');
    const merged = await runInProcess(['review', inhabitants.id, '--same-as', population.id, '--reason', 'one measure', '--reviewer', 'ann', '--json'], env());
    expect(merged.code, merged.stderr).toBe(0);
    const result = JSON.parse(merged.stdout);
    expect(result.review).toMatchObject({ id: expect.stringMatching(/^m_/), action: 'merge', targetId: inhabitants.id, intoFact: population.id });
    const history = await runInProcess(['fact', population.id, '--history'], env());
    expect(history.stdout).toMatch(new RegExp(`identity ${result.review.id} by ann .*fact ${inhabitants.id} is one fact with ${population.id} — one measure`));
    const after = (await runInProcess(['facts', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(after.map((f) => f.id)).not.toContain(inhabitants.id);

    const undone = await runInProcess(['review', '--withdraw', result.review.id, '--reviewer', 'bob'], env());
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout).toMatch(/bob withdrew m_/);
    const split = (await runInProcess(['facts', '--json'], env())).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(split.find((f) => f.id === inhabitants.id)).toMatchObject({ sources: ['D'] });
    const wrong = await runInProcess(['review', population.id, '--move-to', 'none'], env());
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--move-to moves a claim/);
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyEmptyStore } from '../helpers/embedded-home.js';
import { runInProcess } from './cli-helper.js';

let home: string;
const env = () => ({ NEWSFACTS_HOME: home });

/** Four independent sources, each wrong once; C1–C3 share the same wrong values on four objects. */
function csv(): string {
  const lines = ['source,object,attribute,value'];
  for (let o = 1; o <= 20; o++) {
    ['A', 'B', 'D', 'E'].forEach((s, i) => lines.push(`${s},o${o},v,${o === 3 + i * 4 ? `wrong-${s}` : `t${o}`}`));
    for (const s of ['C1', 'C2', 'C3']) lines.push(`${s},o${o},v,${o > 16 ? `x${o}` : `t${o}`}`);
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-trust-'));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

// Each step runs the CLI in this process (test/cli/run.test.ts runs the binary itself); each still opens and closes
// the embedded store, as a command does: generous, since CI shares two cores.
describe('newsfacts trust (embedded store)', { timeout: 120_000 }, () => {
  it('has --help naming --json and --source', async () => {
    const { code, stdout } = await runInProcess(['trust', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--json/);
    expect(stdout).toMatch(/--source <name>/);
  });

  it('with no store yet, says so in one line, exits 1 and creates none (as every read command does)', async () => {
    const result = await runInProcess(['trust'], env());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/no store here yet/);
  });

  it('prints every source with its trust and the copiers found, as JSON too', async () => {
    const file = path.join(home, 'claims.csv');
    await writeFile(file, csv());
    await copyEmptyStore(home); // the store `newsfacts` creates on first use, copied rather than made again
    expect((await runInProcess(['import', file, '--no-trust'], env())).code).toBe(0);
    const json = await runInProcess(['trust', '--json'], env());
    expect(json.code, json.stderr).toBe(0);
    const result = JSON.parse(json.stdout) as { trust: Record<string, number>; copying: { sourceA: string; sourceB: string; probability: number }[]; factsReconciled: number };
    expect(Object.keys(result.trust).sort()).toEqual(['A', 'B', 'C1', 'C2', 'C3', 'D', 'E']);
    expect(result.trust.C1!).toBeLessThan(result.trust.A!);
    expect(result.copying.map((c) => `${c.sourceA}~${c.sourceB}`)).toEqual(['C1~C2', 'C1~C3', 'C2~C3']);
    expect(result.factsReconciled).toBe(20);

    const text = await runInProcess(['trust'], env());
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^trust\s+source$/);
    expect(lines.slice(1, 5).map((l) => l.split(/\s+/)[1]).sort()).toEqual(['A', 'B', 'D', 'E']);
    expect(text.stdout).toMatch(/likely copying/);
    // Identical, but on too few shared items (20 < 100) to be found mirrors: likely copiers.
    expect(text.stdout).toMatch(/\b1\.00\s+20\s+20\s+\d+\s+copy\s+C1 ~ C2/);
    expect(text.stderr).toMatch(/7 sources, 3 copy relations; 20 facts re-reconciled/);

    const one = await runInProcess(['trust', '--source', 'C2', '--json'], env());
    expect(Object.keys(JSON.parse(one.stdout).trust)).toEqual(['C2']);
    expect(JSON.parse(one.stdout).copying).toHaveLength(2);
  });

  it('an unknown --source fails with one line naming it', async () => {
    const result = await runInProcess(['trust', '--source', 'Nobody'], env());
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual(['newsfacts: Nobody: no such source among the stored claims (sources are outlet names and import sources)']);
  });
});

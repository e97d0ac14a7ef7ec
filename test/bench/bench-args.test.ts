import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

/** Runs a bench script with tsx, as `npm run bench:*` does; resolves with its exit code and output. */
async function bench(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', script), ...args], { cwd: ROOT, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('bench command lines', { timeout: 120_000 }, () => {
  test('--help prints the usage and exits 0 before any work', async () => {
    const out = await bench('pipeline.ts', '--help');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^npm run bench:pipeline -- \[--n 1000\]/);
    // No corpus was generated: the run's first line never appears.
    expect(out.stdout).not.toMatch(/generated articles;/);
  });

  test('every bench script answers --help with its usage, without running', async () => {
    for (const script of ['start.ts', 'statements.ts', 'api.ts', 'truth.ts', 'story-join.ts', 'fact-reads.ts', 'story-formation.ts']) {
      const out = await bench(script, '--help');
      expect(out.code, script).toBe(0);
      expect(out.stdout, script).toMatch(/^npm run bench:/);
    }
  });

  test('an unknown option is one line naming it, exit 2', async () => {
    const out = await bench('extract.ts', '--sizes', '10');
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^bench: .*'--sizes'.*--help for usage/);
  });
});

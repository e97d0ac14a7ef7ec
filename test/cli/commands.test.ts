import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleExport, ClaimsExport } from '../../model/index.js';
import { runCli, runInProcess, seedsDir } from './cli-helper.js';

const seed = path.join(seedsDir, '004_a7bae4003d2e5768.txt');

describe('newsfacts extract / article (no store)', () => {
  it('prints the FORMAT.md claims export with the manifest publish date', async () => {
    const result = await runCli(['extract', seed, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const exported = ClaimsExport.parse(JSON.parse(result.stdout));
    expect(exported.doc).toBe('004_a7bae4003d2e5768.txt');
    expect(exported.published).toBe('2025-07-23');
    expect(new Set(exported.claims.map((c) => c.kind))).toEqual(new Set(['figure', 'person', 'date']));
  });

  it('lets --published override the manifest', async () => {
    const result = await runCli(['extract', seed, '--json', '--published', '2030-01-01']);
    expect(JSON.parse(result.stdout).published).toBe('2030-01-01');
  });

  it('explains each claim with its sentence and rule', async () => {
    const result = await runCli(['extract', seed, '--kind', 'figure', '--explain']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/rule \S+/);
    expect(result.stdout).toContain('[$550 billion]');
  });

  it('prints the article shape', async () => {
    const result = await runCli(['article', seed, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const article = ArticleExport.parse(JSON.parse(result.stdout));
    expect(article.published).toBe('2025-07-23');
    expect(article.url).toContain('alojapan.com');
    expect(article.text.startsWith('(Bloomberg)')).toBe(true);
  });

  it('fails with one line naming a missing file', async () => {
    const result = await runCli(['extract', 'nope/missing.txt', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('newsfacts: nope/missing.txt: does not exist');
  });

  it('rejects a malformed --published date', async () => {
    const result = await runCli(['extract', seed, '--published', 'May 23']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--published May 23: expected a date as YYYY-MM-DD/);
  });

  it('has --help with --json for every command', async () => {
    const commands = ['run', 'extract', 'article', 'claims', 'facts', 'fact', 'review', 'import', 'worker', 'enqueue', 'jobs', 'jobs retry', 'schedule add', 'schedule list', 'schedule remove'];
    for (const command of commands) {
      const { code, stdout } = await runInProcess([...command.split(' '), '--help']);
      expect(code, command).toBe(0);
      expect(stdout, command).toContain('--json');
    }
  });

  it('exits 2 on an unknown command', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command/);
  });
});

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { Command, Help } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliContext } from '../../cli/context.js';
import { COMMAND_LOADERS, OUTLINE } from '../../cli/main.js';
import { ArticleExport, ClaimsExport } from '../../model/index.js';
import { repoRoot, runCli, runInProcess, seedsDir } from './cli-helper.js';

const seed = path.join(seedsDir, '004_a7bae4003d2e5768.txt');

// Most cases run the CLI in this process (the same main(), without a Node and TypeScript start each); the binary
// itself answers the pipe, unknown-command, --help/--version and `help <command>` cases (a process start each:
// generous timeouts, since CI shares two cores).
describe('newsfacts extract / article (no store)', { timeout: 120_000 }, () => {
  it('prints the FORMAT.md claims export with the manifest publish date', async () => {
    const result = await runInProcess(['extract', seed, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const exported = ClaimsExport.parse(JSON.parse(result.stdout));
    expect(exported.doc).toBe('004_a7bae4003d2e5768.txt');
    expect(exported.published).toBe('2025-07-23');
    expect(new Set(exported.claims.map((c) => c.kind))).toEqual(new Set(['figure', 'person', 'date']));
  });

  it('stops quietly, exit 0, when its reader closes the pipe early (`… --json | head`)', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'newsfacts.js'), 'extract', seed, '--json'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('lets --published override the manifest', async () => {
    const result = await runInProcess(['extract', seed, '--json', '--published', '2030-01-01']);
    expect(JSON.parse(result.stdout).published).toBe('2030-01-01');
  });

  it('explains each claim with its sentence and rule', async () => {
    const result = await runInProcess(['extract', seed, '--kind', 'figure', '--explain']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/rule \S+/);
    expect(result.stdout).toContain('[$550 billion]');
  });

  it('prints the article shape', async () => {
    const result = await runInProcess(['article', seed, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const article = ArticleExport.parse(JSON.parse(result.stdout));
    expect(article.published).toBe('2025-07-23');
    expect(article.url).toContain('alojapan.com');
    expect(article.text.startsWith('(Bloomberg)')).toBe(true);
  });

  it('fails with one line naming a missing file', async () => {
    const result = await runInProcess(['extract', 'nope/missing.txt', '--json']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('newsfacts: nope/missing.txt: does not exist');
  });

  it('rejects a malformed --published date', async () => {
    const result = await runInProcess(['extract', seed, '--published', 'May 23']);
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

describe('the CLI outline (lazy commands)', { timeout: 120_000 }, () => {
  it('lists every command with the term and summary its own module registers', async () => {
    expect(Object.keys(COMMAND_LOADERS).sort()).toEqual(OUTLINE.commands.map((c) => c.name).sort());
    const help = new Help();
    for (const entry of OUTLINE.commands) {
      const program = new Command('newsfacts');
      (await COMMAND_LOADERS[entry.name]!())(program, new CliContext());
      const command = program.commands.find((c) => c.name() === entry.name);
      expect(command, entry.name).toBeDefined();
      expect(help.subcommandTerm(command!), entry.name).toBe(entry.term);
      expect(command!.description(), entry.name).toBe(entry.summary);
    }
  });

  it('answers --help and --version in bin/newsfacts.js as the full CLI does', async () => {
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    const fastHelp: string[] = [];
    for (const flag of ['--help', '--version']) {
      const [fast, full] = await Promise.all([runCli([flag]), runInProcess([flag])]);
      expect(fast.code, flag).toBe(0);
      expect(full.code, flag).toBe(0);
      expect(words(fast.stdout), flag).toBe(words(full.stdout));
      if (flag === '--help') fastHelp.push(fast.stdout);
    }
    expect(fastHelp[0]).toContain('facts [options]');
  });

  it('still gives the full help of one command and suggests a near name', async () => {
    const facts = await runCli(['help', 'facts']);
    expect(facts.code).toBe(0);
    expect(facts.stdout).toContain('--contested');
    const typo = await runInProcess(['fatcs']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/Did you mean facts\?/);
  });
});

describe('read commands on a missing store', () => {
  it('say so, exit 1 and create nothing', async () => {
    const { existsSync } = await import('node:fs');
    const { mkdtemp, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const parent = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-missing-'));
    const home = path.join(parent, 'nowhere');
    try {
      for (const args of [['facts'], ['claims'], ['articles'], ['review', 'f_0000000000000000', '--accept']]) {
        const result = await runInProcess(args, { NEWSFACTS_HOME: home });
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.stderr.trim()).toBe(`newsfacts: ${path.join(home, 'db')}: no store here yet: run \`newsfacts run <files>\` first, or point NEWSFACTS_HOME (or DATABASE_URL) at your store`);
      }
      expect(existsSync(home)).toBe(false);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});

import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help } from 'commander';
import { CliContext } from './context.js';

/** Registers one command (with its subcommands) on the program. */
export type RegisterCommand = (program: Command, context: CliContext) => void;

/** What `newsfacts --help` lists: the program's description and epilogue, and each command's name, term and summary. */
export interface CliOutline {
  description: string;
  epilogue: string;
  commands: { name: string; term: string; summary: string }[];
}

/**
 * The table of contents of the CLI, kept in `outline.json` so that
 * `bin/newsfacts.js` answers `--help` and `--version` from it without starting
 * the TypeScript loader. `test/cli/commands.test.ts` checks every term and
 * summary against the command's own module.
 */
export const OUTLINE = JSON.parse(readFileSync(new URL('./outline.json', import.meta.url), 'utf8')) as CliOutline;

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * How to load each command of the outline. Only the chosen command's module is
 * imported (they pull in the store, the queues, the NLP lexicons, the HTTP
 * server), so each command starts without loading the others.
 */
export const COMMAND_LOADERS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  run: async () => (await import('./commands/run.js')).registerRun,
  extract: async () => (await import('./commands/extract.js')).registerExtract,
  article: async () => (await import('./commands/article.js')).registerArticle,
  articles: async () => (await import('./commands/articles.js')).registerArticles,
  discover: async () => (await import('./commands/discover.js')).registerDiscover,
  claims: async () => (await import('./commands/claims.js')).registerClaims,
  facts: async () => (await import('./commands/facts.js')).registerFacts,
  fact: async () => (await import('./commands/facts.js')).registerFact,
  review: async () => (await import('./commands/review.js')).registerReview,
  reidentify: async () => (await import('./commands/reidentify.js')).registerReidentify,
  import: async () => (await import('./commands/import.js')).registerImport,
  trust: async () => (await import('./commands/trust.js')).registerTrust,
  stories: async () => (await import('./commands/stories.js')).registerStories,
  entities: async () => (await import('./commands/entities.js')).registerEntities,
  worker: async () => (await import('./commands/worker.js')).registerWorker,
  enqueue: async () => (await import('./commands/enqueue.js')).registerEnqueue,
  recover: async () => (await import('./commands/recover.js')).registerRecover,
  jobs: async () => (await import('./commands/jobs.js')).registerJobs,
  schedule: async () => (await import('./commands/schedule.js')).registerSchedule,
  serve: async () => (await import('./commands/serve.js')).registerServe,
};

/** Exit codes: 0 ok, 1 a failure (named on one line), 2 a usage error. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/**
 * The program with every command listed and `chosen` (a name of the outline)
 * fully registered; the others are placeholders that carry their name and
 * summary for the listing, unknown-command suggestions and `help <command>`.
 * With `chosen` 'all' every command is loaded (tests that walk the whole CLI).
 */
export async function buildProgram(context: CliContext, chosen: string | 'all' | undefined): Promise<Command> {
  const terms = new Map(OUTLINE.commands.map((c) => [c.name, c.term]));
  const help = new Help();
  const program = new Command('newsfacts')
    .description(OUTLINE.description)
    .version(VERSION)
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => context.stdout.write(s),
      writeErr: (s) => context.stderr.write(s),
    })
    // Placeholders have no options or arguments of their own, so the listing takes each term from the table.
    .configureHelp({ subcommandTerm: (cmd) => terms.get(cmd.name()) ?? help.subcommandTerm(cmd) })
    .addHelpText('after', OUTLINE.epilogue);
  for (const entry of OUTLINE.commands) {
    const load = COMMAND_LOADERS[entry.name];
    if (!load) throw new Error(`cli/outline.json: command ${entry.name} has no loader in cli/main.ts`);
    if (chosen === 'all' || entry.name === chosen) (await load())(program, context);
    else program.command(entry.name).description(entry.summary);
  }
  for (const command of program.commands) command.exitOverride();
  program.exitOverride();
  return program;
}

/**
 * The command `argv` names: its first operand, or the one after `help`. The
 * program's own options (`--help`, `--version`) take no value, so the first
 * word that is not an option is the command.
 */
export function chosenCommand(argv: readonly string[]): string | undefined {
  const operands = argv.slice(2).filter((arg) => !arg.startsWith('-'));
  return operands[0] === 'help' ? operands[1] : operands[0];
}

/**
 * Runs the CLI and returns the exit code. Every failure is reported as one
 * line, `newsfacts: <input>: <what is wrong>`; stacks only with LOG_LEVEL=debug.
 */
export async function main(argv: string[], context = new CliContext()): Promise<number> {
  try {
    const chosen = chosenCommand(argv);
    const program = await buildProgram(context, chosen);
    if (chosen !== undefined && chosen in COMMAND_LOADERS) await context.prepare();
    await program.parseAsync(argv);
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, successfully.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    context.err(`newsfacts: ${message.split('\n')[0]}`);
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error && error.stack) context.err(error.stack);
    return EXIT_FAILURE;
  } finally {
    await context.close();
  }
}

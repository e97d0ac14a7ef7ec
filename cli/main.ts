import { Command, CommanderError } from 'commander';
import { CliContext } from './context.js';
import { registerArticle } from './commands/article.js';
import { registerArticles } from './commands/articles.js';
import { registerClaims } from './commands/claims.js';
import { registerDiscover } from './commands/discover.js';
import { registerExtract } from './commands/extract.js';
import { registerFact, registerFacts } from './commands/facts.js';
import { registerImport } from './commands/import.js';
import { registerRecover } from './commands/recover.js';
import { registerReview } from './commands/review.js';
import { registerRun } from './commands/run.js';
import { registerEnqueue } from './commands/enqueue.js';
import { registerJobs } from './commands/jobs.js';
import { registerSchedule } from './commands/schedule.js';
import { registerServe } from './commands/serve.js';
import { registerTrust } from './commands/trust.js';
import { registerWorker } from './commands/worker.js';

/** Exit codes: 0 ok, 1 a failure (named on one line), 2 a usage error. */
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function buildProgram(context: CliContext): Command {
  const program = new Command('newsfacts')
    .description('Turn news articles into reviewed, reconciled, versioned facts.')
    .version('0.1.0')
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => context.stdout.write(s),
      writeErr: (s) => context.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Environment:
  DATABASE_URL    PostgreSQL to use instead of the embedded PGlite store in .newsfacts/
  NEWSFACTS_HOME  folder of the embedded store (default .newsfacts)
  REDIS_URL       Redis for the BullMQ queues (worker, enqueue, jobs, schedule)
  LOG_LEVEL       structured log level on stderr (default warn)
  NEWSFACTS_API_TOKENS, NEWSFACTS_API_READS, NEWSFACTS_API_RATE_LIMIT   see newsfacts serve --help

Start with:  newsfacts run seeds   then   newsfacts facts --contested`,
    );
  registerRun(program, context);
  registerExtract(program, context);
  registerArticle(program, context);
  registerArticles(program, context);
  registerDiscover(program, context);
  registerClaims(program, context);
  registerFacts(program, context);
  registerFact(program, context);
  registerReview(program, context);
  registerImport(program, context);
  registerTrust(program, context);
  registerWorker(program, context);
  registerEnqueue(program, context);
  registerRecover(program, context);
  registerJobs(program, context);
  registerSchedule(program, context);
  registerServe(program, context);
  for (const command of program.commands) command.exitOverride();
  program.exitOverride();
  return program;
}

/**
 * Runs the CLI and returns the exit code. Every failure is reported as one
 * line, `newsfacts: <input>: <what is wrong>`; stacks only with LOG_LEVEL=debug.
 */
export async function main(argv: string[], context = new CliContext()): Promise<number> {
  const program = buildProgram(context);
  try {
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

#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx's loader, so a fresh clone
// needs no build step: `npm ci && npx newsfacts --help` just works.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';

/** Commands that run long enough for optimised WebAssembly to pay for its compilation (see below). */
const BULK_COMMANDS = new Set(['run', 'import', 'reidentify', 'worker', 'serve']);

/** The language packages a command's work imports (extraction; the name lexicon of entities and reviews): preloaded, see below. */
const EXTRACTION = ['compromise', 'compromise-dates', 'chrono-node'];
const LANGUAGE_PACKAGES = { run: EXTRACTION, extract: EXTRACTION, worker: EXTRACTION, review: ['compromise'], entities: ['compromise'] };

const args = process.argv.slice(2);
if (args.length === 1 && ['--help', '-h', '--version', '-V'].includes(args[0])) {
  // Answered without tsx, whose loader alone costs about half a second of CPU: the
  // listing comes from cli/outline.json, as cli/main.ts's does, with the same
  // placeholders (test/cli/commands.test.ts compares the two outputs).
  const { Command, Help } = await import('commander');
  const read = (file) => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
  const outline = read('../cli/outline.json');
  const terms = new Map(outline.commands.map((c) => [c.name, c.term]));
  const help = new Help();
  const program = new Command('newsfacts')
    .description(outline.description)
    .version(read('../package.json').version)
    .configureHelp({ subcommandTerm: (cmd) => terms.get(cmd.name()) ?? help.subcommandTerm(cmd) })
    .addHelpText('after', outline.epilogue);
  for (const c of outline.commands) program.command(c.name).description(c.summary);
  program.parse(process.argv); // prints, then exits 0
} else {
  // A reader that stops early (`newsfacts claims --json | head`) closes the pipe: stop
  // quietly, as Unix tools do, instead of dying of an unhandled 'error' event.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // A short command (a read, a review, one extract) compiles PGlite's WebAssembly with V8's baseline compiler only:
  // optimising the hot functions of a 9 MB module costs more CPU (background threads count) than a short command
  // ever wins back. `facts --json` on a seeds store 2.0 -> 1.1 s of CPU, on a 400-article store 2.6 -> 1.6 s;
  // opening the store 0.69 -> 0.40 s (`npm run bench:start`). Bulk and long-lived commands keep the optimising tier:
  // `run` on 400 articles costs the same either way, and a worker or the API serves for hours.
  const command = args.find((a) => !a.startsWith('-')) ?? '';
  const bulk = BULK_COMMANDS.has(command);
  if (!bulk) v8.setFlagsFromString('--liftoff-only');
  // A bulk command's heap grows by at most half of what the last full collection kept, before it collects again.
  // V8's own factor reaches 4x on a loaded machine (it reads slow collection as a reason to collect less often), so
  // `run` on 10,000 articles retained about 100-200 MB yet peaked at 650-720 MB of RSS. The factor is read at every
  // collection, so setting it here, before any work, takes effect; it bounds nothing (no out-of-memory for a large
  // transaction, unlike --max-old-space-size). `npm run bench:pipeline` (bench/README.md, session 23) measures it.
  if (bulk) v8.setFlagsFromString('--heap-growing-percent=50');
  // Packages imported before tsx's hooks are registered load as plain Node modules; imported after, every file of
  // theirs passes through the hooks' thread (resolve, load, a rewrite with its source map): zod, PGlite and pg cost
  // about 0.5 s of CPU more that way (`npm run bench:start`). The TypeScript sources then get these same modules
  // (same URLs) from Node's module cache. PGlite is the default store; without it (DATABASE_URL) it costs 0.08 s.
  // The language packages are hundreds of files each (compromise 436, chrono-node 266, compromise-dates 59): through
  // the hooks they cost `extract` of one article about a second of CPU more. Only the commands that read language load
  // them (the others never import them, and would pay their import for nothing).
  const language = LANGUAGE_PACKAGES[command] ?? [];
  await Promise.all(['zod', 'commander', '@electric-sql/pglite', '@electric-sql/pglite/contrib/pg_trgm', 'pg', ...language].map((name) => import(name)));
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../cli/main.ts');
  process.exitCode = await main(process.argv);
}

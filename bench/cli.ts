/**
 * A bench's command line: `--help` (or `-h`) prints its usage and exits 0, before any work starts; an unknown
 * or malformed option prints one line naming it and exits 2, as `newsfacts` commands do.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function benchArgs<T extends ParseArgsConfig>(usage: string, config: T): ReturnType<typeof parseArgs<T>>['values'] {
  const argv = config.args ?? process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  try {
    return parseArgs(config).values;
  } catch (error) {
    process.stderr.write(`bench: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]} (--help for usage)\n`);
    process.exit(2);
  }
}

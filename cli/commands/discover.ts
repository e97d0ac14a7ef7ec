import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { HttpSource } from '../../ingest/index.js';

type HttpSourceDeps = ConstructorParameters<typeof HttpSource>[1];
import { table, truncate } from '../format.js';
import type { CliContext } from '../context.js';

/** The option every web-reading command takes, so intranet hosts and local test servers can be reached. */
export const ALLOW_ADDRESS_FLAGS = '--allow-address <list>';
export const ALLOW_ADDRESS_HELP = 'comma-separated IPs, CIDR ranges or host names the private-address guard lets through (e.g. 127.0.0.1), added to NEWSFACTS_ALLOW_ADDRESSES';

/**
 * The web source the CLI commands share: `--allow-address` for the SSRF
 * guard, and `deps`: the store's fetch cache when the command has a store (a
 * later run revalidates, 304, instead of downloading again) and a host gate.
 */
export async function webSource(allow: string | undefined, deps: HttpSourceDeps = {}, fromEnv: readonly string[] = []): Promise<HttpSource> {
  const { HttpSource } = await import('../../ingest/index.js');
  const allowAddresses = [
    ...fromEnv,
    ...(allow ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ];
  return new HttpSource({ allowAddresses }, deps);
}

/** `--since` as an ISO date or timestamp. */
export function parseSince(since: string | undefined): string | null {
  if (since === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(since) || Number.isNaN(Date.parse(since))) {
    throw new InputError(`--since ${since}`, 'expected a date as YYYY-MM-DD or an ISO timestamp');
  }
  return since;
}

export function registerDiscover(program: Command, context: CliContext): void {
  program
    .command('discover')
    .description('list the article URLs behind a feed (RSS, Atom, JSON Feed) or sitemap, with their dates (nothing is stored)')
    .argument('<url>', 'a feed, sitemap, sitemap index or page URL')
    .option('--since <date>', 'only entries dated on or after this (YYYY-MM-DD or ISO timestamp); undated ones are kept')
    .option(ALLOW_ADDRESS_FLAGS, ALLOW_ADDRESS_HELP)
    .option('--json', 'print one JSON object per line: {url, published, title}')
    .action(async (url: string, options: { since?: string; allowAddress?: string; json?: boolean }) => {
      const since = parseSince(options.since);
      const http = await webSource(options.allowAddress, {}, context.config.allowAddresses);
      if (!http.accepts(url)) throw new InputError(url, 'is not an http(s) URL');
      try {
        const refs = await http.discover(url, { since });
        if (options.json) {
          for (const ref of refs) context.jsonLine({ url: ref.url ?? ref.location, published: ref.published, title: ref.title });
          return;
        }
        context.err(`${url}: ${refs.length} article URL${refs.length === 1 ? '' : 's'}`);
        if (refs.length > 0) context.out(table(refs.map((r) => [r.published ?? '—', r.url ?? r.location, truncate(r.title ?? '', 60)])));
      } finally {
        await http.close();
      }
    });
}

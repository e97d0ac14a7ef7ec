import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { CliContext } from '../context.js';
import { table, truncate } from '../format.js';

interface TrustOptions {
  source?: string;
  fuseBy?: string;
  json?: boolean;
}

/** A `--fuse-by` pattern, or one line naming it when it is not a valid regular expression. */
export function fuseByPattern(text: string): RegExp {
  try {
    return new RegExp(text, 'u');
  } catch (error) {
    throw new InputError(text, `--fuse-by is not a valid regular expression: ${(error as Error).message}`, { cause: error });
  }
}

export function registerTrust(program: Command, context: CliContext): void {
  program
    .command('trust')
    .description(
      "re-estimate every source's accuracy and which sources copy each other from all stored claims (AccuCopy: " +
        'accuracy-weighted votes, copying from shared false values), store both, and re-reconcile the facts',
    )
    .option('--source <name>', 'print only this source and its copy relations (the estimate still covers every source)')
    .option('--fuse-by <regex>', 'fuse the groups of subjects this pattern finds apart (its first capture group, else the match), as `import --fuse-by`')
    .option(
      '--json',
      'print {trust: {source: 0..1}, copying: [{sourceA, sourceB, probability, sharedItems, sameValues, sameFalse, mirror}], groups, factsReconciled, versionsWritten}',
    )
    .action(async (options: TrustOptions) => {
      const fuseBy = options.fuseBy === undefined ? null : fuseByPattern(options.fuseBy);
      const store = await context.store({ existing: true });
      const result = await store.refreshTrust({ fuseBy });
      const only = options.source;
      if (only !== undefined && !(only in result.trust)) {
        throw new InputError(only, 'no such source among the stored claims (sources are outlet names and import sources)');
      }
      const trust = Object.entries(result.trust)
        .filter(([source]) => only === undefined || source === only)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const copying = result.copying.filter((c) => only === undefined || c.sourceA === only || c.sourceB === only);
      if (options.json) {
        context.json({ trust: Object.fromEntries(trust), copying, groups: result.groups, factsReconciled: result.factsReconciled, versionsWritten: result.versionsWritten });
        return;
      }
      if (trust.length === 0) {
        context.err('no sources yet: ingest articles (newsfacts run) or import claims (newsfacts import) first');
        return;
      }
      context.out(table([['trust', 'source'], ...trust.map(([source, t]) => [t.toFixed(2), truncate(source, 80)])]));
      if (copying.length > 0) {
        context.out();
        context.out('likely copying (they share false values independent sources rarely would; their agreeing votes count about once; mirrors, identical on nearly every shared item, once exactly):');
        context.out(
          table([
            ['P', 'shared', 'same', 'same false', 'kind', 'sources'],
            ...copying.map((c) => [
              c.probability.toFixed(2),
              String(c.sharedItems),
              String(c.sameValues),
              String(c.sameFalse),
              c.mirror ? 'mirror' : 'copy',
              `${truncate(c.sourceA, 50)} ~ ${truncate(c.sourceB, 50)}`,
            ]),
          ]),
        );
      }
      context.err(
        `${trust.length} source${trust.length === 1 ? '' : 's'}, ${copying.length} copy relation${copying.length === 1 ? '' : 's'}` +
          `${result.groups > 1 ? ` over ${result.groups} fused groups` : ''}; ` +
          `${result.factsReconciled} facts re-reconciled, ${result.versionsWritten} versions written`,
      );
    });
}

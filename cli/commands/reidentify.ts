import type { Command } from 'commander';
import { completeClaims } from '../../extract/claim-completion.js';
import type { CliContext } from '../context.js';

interface ReidentifyOptions {
  json?: boolean;
}

export function registerReidentify(program: Command, context: CliContext): void {
  program
    .command('reidentify')
    .description(
      "work out every stored article's story and facts again from its claims with this version's identity rules (story formation, " +
        'keys, story scopes, entity resolution), one article per transaction: an article joins the stories it links to now and leaves ' +
        'those an older rule chained it into, claims whose key now names another fact count there, and each fact that lost or ' +
        'gained claims appends a version. Each fact\'s value key (one story\'s facts of one figure and one rarely coinciding value are one fact) is ' +
        'worked out again from its claims and reviews: a store written before value keys (migration 0057 leaves them empty) gets the facts a ' +
        'fresh ingest of its articles gets only after this. Old versions and every review stay readable; reviewers\' merges and moves stand. Safe to interrupt and run again',
    )
    .option('--json', 'print {articles, storiesChanged, claimsMoved, factsReconciled, versionsWritten} as JSON')
    .action(async (options: ReidentifyOptions) => {
      const store = await context.store({ existing: true });
      let last = 0;
      const result = await store.reidentify({
        // Claims of an older extractor get what this one puts on its claims from its own rules (the store reads no text).
        complete: completeClaims,
        onProgress: (done, total, phase) => {
          // One line per 5% (and the last) of each phase, on stderr: stdout stays the result.
          if (done === 1) last = 0;
          if (done === total || done - last >= Math.max(1, Math.ceil(total / 20))) {
            last = done;
            context.err(`reidentify: ${phase} ${done}/${total} articles`);
          }
        },
      });
      if (options.json) context.json(result);
      else context.out(`${result.articles} articles: ${result.storiesChanged} in another story, ${result.claimsMoved} claims now count for another fact, ${result.factsReconciled} facts reconciled, ${result.versionsWritten} versions written`);
    });
}

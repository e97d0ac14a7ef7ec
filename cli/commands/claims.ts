import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { ClaimKind } from '../../model/index.js';
import type { CliContext } from '../context.js';
import { formatValue, table, truncate } from '../format.js';

export function registerClaims(program: Command, context: CliContext): void {
  program
    .command('claims')
    .description('list stored claims, in document and text order')
    .option('--doc <doc>', 'only claims of this document (file name, canonical URL or article id)')
    .option('--kind <kind>', `only claims of this kind (${ClaimKind.options.join(', ')})`)
    .option('--fact <id>', 'only claims that feed this fact')
    .option('--json', 'print one JSON object per claim (JSON Lines), with its doc, source and supersededBy')
    .action(async (options: { doc?: string; kind?: string; fact?: string; json?: boolean }) => {
      const kind = options.kind === undefined ? undefined : ClaimKind.safeParse(options.kind);
      if (kind && !kind.success) throw new InputError(`--kind ${options.kind}`, `expected one of ${ClaimKind.options.join(', ')}`);
      const store = await context.store({ existing: true });
      const claims = await store.listClaims({ doc: options.doc, kind: kind?.data, factId: options.fact });
      // Where each claim comes from: its document (for --json and --doc), its outlet (what people read), and whether a
      // later version of its page replaced it.
      const views = new Map((await store.claimViews({ claimIds: claims.map((c) => c.id) })).map((v) => [v.claim.id, v]));
      if (options.json) {
        for (const claim of claims) {
          const view = views.get(claim.id);
          context.jsonLine({ doc: view?.doc ?? null, source: view?.source ?? null, supersededBy: view?.supersededBy ?? null, ...claim });
        }
        return;
      }
      if (claims.length === 0) {
        context.err('no claims match');
        return;
      }
      context.out(
        table([
          ['id', 'source', 'kind', 'quote', 'value', 'subject | predicate', 'hedge', 'status'],
          ...claims.map((c) => [
            c.id,
            truncate(views.get(c.id)?.source ?? views.get(c.id)?.doc ?? c.articleId, 28),
            c.kind,
            truncate(c.quote, 36),
            truncate(formatValue(c.value), 36),
            truncate(`${c.subject ?? '—'} | ${c.predicate ?? '—'}`, 48),
            c.hedge ?? '—',
            views.get(c.id)?.supersededBy ? `${c.status}, superseded` : c.status,
          ]),
        ]),
      );
      context.err(`${claims.length} claims. Review one with: newsfacts review <id> --accept | --reject | --correct <value>`);
    });
}

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
    .option('--json', 'print one JSON object per claim (JSON Lines)')
    .action(async (options: { doc?: string; kind?: string; fact?: string; json?: boolean }) => {
      const kind = options.kind === undefined ? undefined : ClaimKind.safeParse(options.kind);
      if (kind && !kind.success) throw new InputError(`--kind ${options.kind}`, `expected one of ${ClaimKind.options.join(', ')}`);
      const store = await context.store({ existing: true });
      const claims = await store.listClaims({ doc: options.doc, kind: kind?.data, factId: options.fact });
      const docs = new Map((await store.listArticles()).map((a) => [a.id, a.doc]));
      if (options.json) {
        for (const claim of claims) context.jsonLine({ doc: docs.get(claim.articleId) ?? null, ...claim });
        return;
      }
      if (claims.length === 0) {
        context.err('no claims match');
        return;
      }
      context.out(
        table([
          ['id', 'doc', 'kind', 'quote', 'value', 'subject | predicate', 'hedge', 'status'],
          ...claims.map((c) => [
            c.id,
            truncate(docs.get(c.articleId) ?? c.articleId, 28),
            c.kind,
            truncate(c.quote, 36),
            truncate(formatValue(c.value), 36),
            truncate(`${c.subject ?? '—'} | ${c.predicate ?? '—'}`, 48),
            c.hedge ?? '—',
            c.status,
          ]),
        ]),
      );
      context.err(`${claims.length} claims. Review one with: newsfacts review <id> --accept | --reject | --correct <value>`);
    });
}

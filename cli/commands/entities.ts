import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { EntityType } from '../../reconcile/entities.js';
import type { CliContext } from '../context.js';
import { formatValue, table, truncate } from '../format.js';

interface EntitiesOptions {
  type?: string;
  search?: string;
  limit?: string;
  identify?: boolean;
  json?: boolean;
}

/**
 * `newsfacts entities [id]`: the people, organisations, places and projects the stored articles name
 * (variants printed two ways joined into one entity), or one entity with its aliases, where each article
 * names it and the facts its claims support.
 */
export function registerEntities(program: Command, context: CliContext): void {
  program
    .command('entities')
    .argument('[id]', 'an entity id (e_…) to show with its mentions and facts')
    .description('list the entities (people, organisations, places, projects) the articles name, or one entity with its mentions and facts')
    .option('--type <type>', `only this type: ${EntityType.options.join(', ')}`)
    .option('--search <text>', 'only entities whose name or an alias contains this text (any case)')
    .option('--limit <n>', 'at most this many entities, most mentioned first', '100')
    .option('--identify', 'first record the entities of articles stored before entities existed (a store from an older version), then list')
    .option('--json', 'print {entities: [{id, type, name, aliases, mentions, articles}]}, or {entity, mentions: [{articleId, doc, title, outlet, published, claimId, quote, start, end, text}], facts: [{id, subject, predicate, status, value, claims}]} for one id')
    .action(async (id: string | undefined, options: EntitiesOptions) => {
      let type: EntityType | null = null;
      if (options.type !== undefined) {
        const parsed = EntityType.safeParse(options.type);
        if (!parsed.success) throw new InputError(options.type, `--type must be one of ${EntityType.options.join(', ')}`);
        type = parsed.data;
      }
      const limit = Number(options.limit ?? '100');
      if (!Number.isInteger(limit) || limit < 1) throw new InputError(String(options.limit), '--limit must be a positive integer');
      const store = await context.store({ existing: true });
      if (options.identify) {
        const { articles } = await store.identifyEntities();
        context.err(`entities recorded for ${articles} article(s) that had none`);
      }
      if (id !== undefined) {
        const found = await store.getEntity(id);
        if (!found) throw new InputError(id, 'no such entity (see newsfacts entities)');
        if (options.json) {
          context.json(found);
          return;
        }
        const { entity, mentions, facts } = found;
        context.out(`${entity.id}: ${entity.name} (${entity.type}), ${entity.mentions} mention(s) in ${entity.articles} article(s)`);
        context.out(`  also printed as: ${entity.aliases.filter((a) => a !== entity.name).join(', ') || '—'}`);
        context.out();
        context.out(table([['document', 'outlet', 'as printed', 'claim quote'], ...mentions.map((m) => [truncate(m.doc, 40), m.outlet ?? '—', m.text, truncate(m.quote ?? '', 60)])]));
        context.out();
        context.out(
          table([
            ['fact', 'status', 'subject | predicate', 'value'],
            ...facts.map((f) => [f.id, f.status, truncate(`${f.subject} | ${f.predicate}`, 50), truncate(formatValue(f.value), 30)]),
          ]),
        );
        return;
      }
      const entities = await store.listEntities({ type, search: options.search ?? null, limit });
      if (options.json) {
        context.json({ entities });
        return;
      }
      if (entities.length === 0) {
        context.err(type === null && options.search === undefined ? 'no entities yet: ingest articles first (newsfacts run <folder or URL>)' : 'no entity matches');
        return;
      }
      context.out(
        table([
          ['entity', 'type', 'name', 'mentions', 'articles', 'also printed as'],
          ...entities.map((e) => [e.id, e.type, truncate(e.name, 40), String(e.mentions), String(e.articles), truncate(e.aliases.filter((a) => a !== e.name).join(', '), 50)]),
        ]),
      );
    });
}

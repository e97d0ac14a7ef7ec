/**
 * Entities in the store, inside the caller's transaction: an article's entities (`articleEntities`) are
 * stored as variants with their aliases and mentions, each joined to every stored variant `sameEntity`
 * says is the same (found by indexed lookup keys, never a scan); the entities involved merge into the
 * smallest id (`entities.merged_into`). Plus the reads behind `newsfacts entities` and the API. Nothing
 * here opens or ends a transaction.
 */
import { z } from 'zod';
import { FactValue, type Article, type ClaimDraft } from '../model/index.js';
import { articleEntities, entityKey, EntitySketch, EntityType, lookupKeys, sameEntity, type ArticleEntity } from '../reconcile/entities.js';
import type { Database } from './database.js';
import { hashParts } from './ids.js';
import { decodeAll } from './rows.js';
import { queries } from './sql.js';

const CandidateRow = z.object({ id: z.string(), root_id: z.string(), sketch: EntitySketch });

/** What an article's entities did to the store's entities. */
export interface EntityAssignment {
  /** The entity (root id) of each of the article's entities, in `articleEntities` order. */
  roots: string[];
  /** Person keys (`p:…`) of the article's people whose entity absorbed another one now: their facts need resolving again. */
  mergedPersonKeys: string[];
}

/**
 * `e_` + hash of everything a variant holds, its printed name included: two articles describing an entity
 * alike share the row, and a row never holds a name that depends on which article came first.
 */
export function variantId(e: Pick<ArticleEntity, 'type' | 'name' | 'key' | 'keys' | 'orgs' | 'roles'>): string {
  return `e_${hashParts(e.type, e.name, e.key, e.keys.join('\u0001'), e.orgs.join('\u0001'), e.roles.join('\u0001')).slice(0, 16)}`;
}

/**
 * Stores an article's entities and joins them to the stored ones (under `entity-lock`, so two writers'
 * articles still meet). Cost per article: a few statements and one indexed lookup by the variants' keys,
 * whatever the store holds.
 */
export async function recordEntities(tx: Database, article: Article, claims: readonly { id: string; draft: ClaimDraft }[]): Promise<EntityAssignment> {
  const found = articleEntities({ text: article.text, claims });
  if (found.length === 0) return { roots: [], mergedPersonKeys: [] };
  await tx.query(queries['entity-lock']);
  const variants = found.map((e) => ({ id: variantId(e), entity: e }));
  const sketch = (e: ArticleEntity): EntitySketch => ({ type: e.type, name: e.name, key: e.key, words: e.words, keys: e.keys, orgs: e.orgs, roles: e.roles });
  const rows = [...new Map(variants.map((v) => [v.id, { id: v.id, type: v.entity.type, name: v.entity.name, key: v.entity.key, sketch: sketch(v.entity) }])).values()].sort((a, b) =>
    compareText(a.id, b.id),
  );
  const lookups = new Map(variants.map((v) => [v.id, lookupKeys(v.entity)]));
  const aliases = variants.flatMap((v) => [
    ...lookups.get(v.id)!.map((key) => ({ entity_id: v.id, key, alias: '', links: true })),
    ...v.entity.aliases.map((alias) => ({ entity_id: v.id, key: entityKey(v.entity.type, alias), alias, links: false })),
  ]);
  const mentions = variants.flatMap((v) =>
    v.entity.mentions.map((m) => ({
      id: `m_${hashParts(v.id, article.id, m.claimId ?? '', m.start ?? -1, m.end ?? -1, m.text).slice(0, 16)}`,
      entity_id: v.id,
      article_id: article.id,
      claim_id: m.claimId,
      start_offset: m.start,
      end_offset: m.end,
      text: m.text,
    })),
  );
  await tx.query(queries['entity-variants-insert'], [JSON.stringify(rows), JSON.stringify(aliases), JSON.stringify(mentions)]);

  // Entities are components of `sameEntity` over variants: union this article's variants with every stored
  // variant they are the same as (candidates share a lookup key), then fold each component into its smallest root.
  const keys = [...new Set([...lookups.values()].flat())].sort(compareText);
  const candidates = decodeAll(CandidateRow, await tx.query(queries['entity-candidates'], [keys]), tx.label, 'entity candidate row');
  const rootOf = new Map(candidates.map((c) => [c.id, c.root_id]));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    if (compareText(ra, rb) < 0) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const v of variants) {
    const own = rootOf.get(v.id) ?? v.id;
    for (const c of candidates) if (c.id !== v.id && sameEntity(v.entity, c.sketch)) union(own, c.root_id);
  }
  const absorbedBy = new Map<string, string[]>();
  for (const root of new Set([...variants.map((v) => rootOf.get(v.id) ?? v.id), ...candidates.map((c) => c.root_id)])) {
    const survivor = find(root);
    if (survivor !== root) absorbedBy.set(survivor, [...(absorbedBy.get(survivor) ?? []), root]);
  }
  for (const [survivor, absorbed] of [...absorbedBy].sort(([a], [b]) => compareText(a, b))) {
    await tx.query(queries['entity-merge'], [JSON.stringify(absorbed.sort(compareText)), survivor]);
  }
  const roots = variants.map((v) => find(rootOf.get(v.id) ?? v.id));
  const mergedPersonKeys = variants.filter((v, i) => v.entity.type === 'person' && absorbedBy.has(roots[i]!)).map((v) => v.entity.key);
  return { roots, mergedPersonKeys: [...new Set(mergedPersonKeys)].sort(compareText) };
}

const ArticleIdRow = z.object({ id: z.string() });
const StoryOfRow = z.object({ story_id: z.string() });

/** Articles with claims but no entities yet (reconciled before 0020), oldest id first. */
export async function articlesWithoutEntities(db: Database): Promise<string[]> {
  return decodeAll(ArticleIdRow, await db.query(queries['articles-without-entities']), db.label, 'article row').map((r) => r.id);
}

/** The story an article belongs to now, or null. */
export async function storyOfArticle(tx: Database, articleId: string): Promise<string | null> {
  const [row] = decodeAll(StoryOfRow, await tx.query(queries['story-of-article'], [articleId]), tx.label, 'story row');
  return row?.story_id ?? null;
}

const EntityRootRow = z.object({ key: z.string(), root_id: z.string(), variant_key: z.string() });

/**
 * For some person keys (`p:` + a person fact's subject words): the entity each names and the keys of all
 * that entity's variants (its other printed names).
 */
export async function personEntities(tx: Database, keys: readonly string[]): Promise<Map<string, { root: string; variantKeys: string[] }>> {
  const out = new Map<string, { root: string; variantKeys: string[] }>();
  if (keys.length === 0) return out;
  for (const r of decodeAll(EntityRootRow, await tx.query(queries['entity-roots-of-keys'], [[...new Set(keys)]]), tx.label, 'entity row')) {
    const held = out.get(r.key) ?? { root: r.root_id, variantKeys: [] };
    if (!held.variantKeys.includes(r.variant_key)) held.variantKeys.push(r.variant_key);
    out.set(r.key, held);
  }
  return out;
}

const Count = z.union([z.number(), z.string()]).transform(Number);
const Day = z.union([z.string(), z.date()]).nullable().transform((d) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10)));

/** An entity as listings show it. */
export const EntitySummary = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()),
  mentions: Count,
  articles: Count,
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** One place an article names an entity. */
export const EntityMentionView = z.object({
  articleId: z.string(),
  doc: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: Day,
  claimId: z.string().nullable(),
  /** The naming claim's quote, when a claim names it. */
  quote: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  text: z.string(),
});
export type EntityMentionView = z.infer<typeof EntityMentionView>;

const MentionRow = z
  .object({
    article_id: z.string(),
    doc: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    published: Day,
    claim_id: z.string().nullable(),
    quote: z.string().nullable(),
    start_offset: z.number().int().nullable(),
    end_offset: z.number().int().nullable(),
    text: z.string(),
  })
  .transform(
    (r): EntityMentionView => ({
      articleId: r.article_id,
      doc: r.doc,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      claimId: r.claim_id,
      quote: r.quote,
      start: r.start_offset,
      end: r.end_offset,
      text: r.text,
    }),
  );

/** A fact an entity's claims support. */
export const EntityFact = z.object({
  id: z.string(),
  subject: z.string(),
  predicate: z.string(),
  status: z.string(),
  value: FactValue.nullable(),
  /** The entity's claims that count for it. */
  claims: z.array(z.string()),
});
export type EntityFact = z.infer<typeof EntityFact>;

/** An entity with where it is named and the facts its claims support. */
export interface EntityDetail {
  entity: EntitySummary;
  mentions: EntityMentionView[];
  facts: EntityFact[];
}

/** Entities, most mentioned first; `type` and `search` (contained in a name or alias, any case) narrow it. */
export async function listEntities(db: Database, options: { type?: EntityType | null; search?: string | null; limit: number }): Promise<EntitySummary[]> {
  const rows = await db.query(queries['entities-list'], [options.type ?? null, options.search ?? null, options.limit, null]);
  return decodeAll(EntitySummary, rows, db.label, 'entity row');
}

/** One entity (a merged variant answers as its root) with its mentions and facts, or null. */
export async function getEntity(db: Database, id: string): Promise<EntityDetail | null> {
  const [entity] = decodeAll(EntitySummary, await db.query(queries['entities-list'], [null, null, 1, id]), db.label, 'entity row');
  if (!entity) return null;
  const mentions = decodeAll(MentionRow, await db.query(queries['entity-mentions'], [entity.id]), db.label, 'entity mention row');
  const facts = decodeAll(EntityFact, await db.query(queries['entity-facts'], [entity.id]), db.label, 'entity fact row');
  return { entity, mentions, facts };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

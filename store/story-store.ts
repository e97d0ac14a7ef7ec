/**
 * Stories in the store, inside the caller's transaction: an article joins the stories its signature
 * links it to (`storyLink`), which merge into the one with the smallest id, and the facts scoped to an
 * absorbed story are re-homed to their twins in the surviving story. Nothing here opens or ends a
 * transaction.
 */
import { z } from 'zod';
import { ClaimKind, FactValue, type Article } from '../model/index.js';
import { rescopeKey } from '../reconcile/fact-key.js';
import { scopeToken, storyIdOf, storyLink, StoryEntity, type StorySignature } from '../reconcile/story.js';
import type { Database } from './database.js';
import { factId } from './ids.js';
import { decode, decodeAll } from './rows.js';
import { queries } from './sql.js';

/** At most this many stored articles are compared with a new one (nearest in time first). */
const CANDIDATE_LIMIT = 400;

const StoryRow = z.object({ story_id: z.string() });
const CandidateRow = z.object({
  article_id: z.string(),
  story_id: z.string(),
  published: z.union([z.string(), z.date()]).nullable().transform((d) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10))),
  entities: z.array(StoryEntity),
  terms: z.array(z.string()),
  marks: z.array(z.string()).nullable(),
  same_cluster: z.boolean(),
});
type Candidate = z.output<typeof CandidateRow>;

/**
 * Candidate rows (up to `CANDIDATE_LIMIT` per new article, each with its entities and terms) checked by hand
 * against `CandidateRow`, which then decodes only a row that fails the check, for its error: the schema costs
 * several times the check on every row of every join.
 */
function decodeCandidates(rows: readonly unknown[], label: string): Candidate[] {
  return rows.map((row) => {
    const r = row as Record<string, unknown>;
    if (
      typeof r.article_id === 'string' &&
      typeof r.story_id === 'string' &&
      (r.published === null || typeof r.published === 'string') &&
      typeof r.same_cluster === 'boolean' &&
      Array.isArray(r.terms) &&
      r.terms.every((t) => typeof t === 'string') &&
      (r.marks === null || (Array.isArray(r.marks) && r.marks.every((m) => typeof m === 'string'))) &&
      Array.isArray(r.entities) &&
      r.entities.every(isStoryEntity)
    ) {
      return { article_id: r.article_id, story_id: r.story_id, published: r.published === null ? null : r.published.slice(0, 10), entities: r.entities, terms: r.terms, marks: r.marks as string[] | null, same_cluster: r.same_cluster };
    }
    return decode(CandidateRow, row, label, 'story candidate row');
  });
}

/** What `StoryEntity` accepts: exactly a key of two characters or more and a positive weight. */
function isStoryEntity(e: unknown): e is StoryEntity {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return false;
  const o = e as Record<string, unknown>;
  let n = 0;
  for (const _ in o) n++;
  return n === 2 && typeof o.key === 'string' && o.key.length >= 2 && typeof o.weight === 'number' && Number.isFinite(o.weight) && o.weight > 0;
}

const StoryFactRow = z.object({ id: z.string(), key: z.string(), subject: z.string(), predicate: z.string(), kind: ClaimKind.nullable(), story_id: z.string() });

/** Where an article landed: its story now, and the stories it joined into that one. */
export interface StoryAssignment {
  storyId: string;
  absorbed: string[];
}

/**
 * The story of an article: the one it already has, else it founds one (`storyIdOf`) and links it to
 * every stored article its signature links to; all the stories involved merge into the smallest id.
 * A near-duplicate of a stored article (same MinHash cluster) joins that article's story. Serialised
 * across writers (`story-lock`), so two articles of one event stored at once still meet.
 */
export async function joinStory(tx: Database, article: Article, signature: StorySignature): Promise<StoryAssignment> {
  await tx.query(queries['story-lock']);
  const [known] = decodeAll(StoryRow, await tx.query(queries['story-of-article'], [article.id]), tx.label, 'story row');
  if (known) return { storyId: known.story_id, absorbed: [] };
  const own = storyIdOf(article.id);
  const keys = signature.entities.map((e) => e.key);
  await tx.query(queries['story-insert'], [own, article.id, article.published, JSON.stringify(signature.entities), keys, signature.terms, signature.marks]);
  const roots = new Set([own]);
  // Near-duplicates (a syndicated copy) always share the story, whatever their signatures say.
  const candidates = decodeCandidates(await tx.query(queries['story-candidates'], [keys, article.id, article.published, CANDIDATE_LIMIT]), tx.label);
  for (const c of candidates) {
    if (c.same_cluster || storyLink(signature, { entities: c.entities, terms: c.terms, marks: c.marks, published: c.published })) roots.add(c.story_id);
  }
  const storyId = [...roots].sort(compareText)[0]!;
  const absorbed = [...roots].filter((r) => r !== storyId).sort(compareText);
  if (absorbed.length > 0) await tx.query(queries['story-merge'], [absorbed, storyId]);
  return { storyId, absorbed };
}

/** A fact to create in the surviving story, and the moves that point absorbed facts at their twins. */
export interface Rehoming {
  twins: { id: string; key: string; subject: string; predicate: string; kind: ClaimKind | null; story_id: string }[];
  moves: { id: string; mergedInto: string }[];
}

/**
 * The facts of absorbed stories, each paired with its twin in `storyId` (the same key in the new
 * scope). The caller creates the twins, resolves them like new keys and applies the moves, so every
 * claim of an absorbed story counts for the surviving story's fact.
 */
export async function rehomeFacts(tx: Database, absorbed: readonly string[], storyId: string): Promise<Rehoming> {
  if (absorbed.length === 0) return { twins: [], moves: [] };
  const rows = decodeAll(StoryFactRow, await tx.query(queries['facts-of-stories'], [JSON.stringify(absorbed)]), tx.label, 'fact row');
  const scope = scopeToken(storyId);
  const twins = new Map<string, Rehoming['twins'][number]>();
  const moves: Rehoming['moves'] = [];
  for (const f of rows) {
    const key = rescopeKey(f.key, scope);
    const id = factId(key);
    if (!twins.has(id)) twins.set(id, { id, key, subject: f.subject, predicate: f.predicate, kind: f.kind, story_id: storyId });
    moves.push({ id: f.id, mergedInto: id });
  }
  return { twins: [...twins.values()].sort((a, b) => compareText(a.id, b.id)), moves };
}

const Day = z.union([z.string(), z.date()]).nullable().transform((d) => (d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10)));

/** A story as listings show it: its articles, oldest first, and how many facts they report. */
export const StorySummary = z.object({
  id: z.string(),
  articles: z.array(z.object({ id: z.string(), doc: z.string(), title: z.string().nullable(), published: Day })),
  facts: z.union([z.number(), z.string()]).transform(Number),
  first: Day,
  last: Day,
});
export type StorySummary = z.infer<typeof StorySummary>;

const StoryRowIn = StorySummary.extend({ story_id: z.string() }).omit({ id: true });

/** One fact a story reports; `scoped`: the fact belongs to this story alone (a generic subject). */
export const StoryFact = z.object({
  id: z.string(),
  subject: z.string(),
  predicate: z.string(),
  status: z.string(),
  value: FactValue.nullable(),
  scoped: z.boolean(),
});
export type StoryFact = z.infer<typeof StoryFact>;

/** Every story, most recent first, at most `limit`. */
export async function listStories(db: Database, limit: number, only: string | null = null): Promise<StorySummary[]> {
  return decodeAll(StoryRowIn, await db.query(queries['stories-list'], [limit, only]), db.label, 'story row').map(({ story_id, ...rest }) => ({ id: story_id, ...rest }));
}

/** The facts a story's articles report, by subject. */
export async function storyFacts(db: Database, storyId: string): Promise<StoryFact[]> {
  return decodeAll(StoryFact, await db.query(queries['story-facts'], [storyId]), db.label, 'story fact row');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

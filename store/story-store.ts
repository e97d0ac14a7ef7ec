/**
 * Stories in the store, inside the caller's transaction: an article joins the stories its signature
 * links it to (`storyLink`), which merge into the one with the smallest id, and the facts scoped to an
 * absorbed story are re-homed to their twins in the surviving story. Nothing here opens or ends a
 * transaction.
 */
import { z } from 'zod';
import { ClaimKind, FactValue, type Article } from '../model/index.js';
import { rescopeKey } from '../reconcile/fact-key.js';
import { MIN_SHARED_NAMES, scopeToken, storyIdOf, storyLink, StoryEntity, type StorySignature } from '../reconcile/story.js';
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

const StoryFactRow = z.object({
  id: z.string(),
  key: z.string(),
  subject: z.string(),
  predicate: z.string(),
  kind: ClaimKind.nullable(),
  story_id: z.string(),
  value_key: z.string().nullable().default(null),
});

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
  await insertSignature(tx, own, article, signature);
  const roots = await linkedRoots(tx, article, signature, null);
  roots.add(own);
  return foldRoots(tx, roots, 'story-merge');
}

/** Records the story an article founds with its signature (`story-insert`). */
async function insertSignature(tx: Database, own: string, article: Article, signature: StorySignature): Promise<void> {
  const keys = signature.entities.map((e) => e.key);
  await tx.query(queries['story-insert'], [own, article.id, article.published, JSON.stringify(signature.entities), keys, signature.terms, signature.marks]);
}

/**
 * Stories that are one: all merge into the smallest id, on `merged_into` (`story-merge`, a join) or on a pass's
 * `pass_into` (`story-pass-merge`, story re-formation).
 */
async function foldRoots(tx: Database, roots: ReadonlySet<string>, merge: 'story-merge' | 'story-pass-merge'): Promise<StoryAssignment> {
  const sorted = [...roots].sort(compareText);
  const [storyId, ...absorbed] = sorted as [string, ...string[]];
  if (absorbed.length > 0) await tx.query(queries[merge], [absorbed, storyId]);
  return { storyId, absorbed };
}

/**
 * The root stories of the stored articles an article's signature links to. Near-duplicates (a syndicated copy)
 * always share the story, whatever their signatures say. With `pass`, only articles that pass has placed count,
 * each at the root of the pass its story is in (`stories.pass_into`).
 */
async function linkedRoots(tx: Database, article: Article, signature: StorySignature, pass: number | null): Promise<Set<string>> {
  const keys = signature.entities.map((e) => e.key);
  // Only candidates listing MIN_SHARED_NAMES of the keys can link (storyLink), so no other is sent.
  const candidates = decodeCandidates(await tx.query(queries['story-candidates'], [keys, article.id, article.published, CANDIDATE_LIMIT, MIN_SHARED_NAMES]), tx.label);
  const rootOf =
    pass === null
      ? new Map(candidates.map((c) => [c.article_id, c.story_id]))
      : new Map(
          candidates.length === 0
            ? []
            : decodeAll(PlacedRow, await tx.query(queries['story-placed'], [candidates.map((c) => c.article_id), pass]), tx.label, 'story row').map((r) => [r.article_id, r.root]),
        );
  const roots = new Set<string>();
  for (const c of candidates) {
    const root = rootOf.get(c.article_id);
    // A root found already gains nothing from another of its articles (the generated stream's largest story is
    // most of the nearest candidates): storyLink, the cost per candidate, runs only for roots not found yet.
    if (root === undefined || roots.has(root)) continue;
    if (c.same_cluster || storyLink(signature, { entities: c.entities, terms: c.terms, marks: c.marks, published: c.published })) roots.add(root);
  }
  return roots;
}

/**
 * Places an article in pass `pass` of story re-formation (`newsfacts reidentify`), its first phase: its signature
 * is worked out by this version's rules (the one it replaces is kept, `article_story_history`) and it links only to
 * articles the pass has placed already, so a chain an older rule made through articles that no longer link falls
 * apart, while the stories this version forms come together (the same whatever order articles arrive in). The
 * stories it links merge into the smallest id on `stories.pass_into`: the store's stories do not move until
 * `settleStory`, once every article is placed. An article placed already (a resumed pass) is left as it is; one
 * with no story yet (a store from before 0009) founds its own first.
 */
export async function placeStory(tx: Database, article: Article, signature: StorySignature, pass: number): Promise<void> {
  await tx.query(queries['story-lock']);
  const [row] = decodeAll(PlacementRow, await tx.query(queries['story-placement'], [article.id]), tx.label, 'story row');
  if (row && row.generation >= pass) return;
  const own = storyIdOf(article.id);
  if (row) {
    const keys = signature.entities.map((e) => e.key);
    await tx.query(queries['story-replace-signature'], [article.id, pass, JSON.stringify(signature.entities), keys, signature.terms, signature.marks, !sameSignature(row, signature)]);
  } else await insertSignature(tx, own, article, signature);
  const roots = await linkedRoots(tx, article, signature, pass);
  roots.add(row?.story_id ?? own);
  await foldRoots(tx, roots, 'story-pass-merge');
}

/** Where the second phase of a pass of story re-formation moved an article's story. */
export interface SettledStory {
  /** The story the article founded. */
  own: string;
  /** The root it was in until now. */
  before: string;
  /** The root the pass placed it in: its story now. */
  storyId: string;
}

/**
 * Moves an article's story to the root pass `pass` placed it in (`placeStory`), the second phase of the pass; the
 * signature and root it leaves are kept when they differ (`article_story_history`). `null` for an article with no story.
 */
export async function settleStory(tx: Database, articleId: string, pass: number): Promise<SettledStory | null> {
  const [row] = decodeAll(SettleRow, await tx.query(queries['story-settle'], [articleId, pass]), tx.label, 'story row');
  return row ? { own: row.story_id, before: row.before, storyId: row.root } : null;
}

const PlacedRow = z.object({ article_id: z.string(), root: z.string() });
const SettleRow = z.object({ story_id: z.string(), before: z.string(), root: z.string() });
const PlacementRow = z.object({
  story_id: z.string(),
  generation: z.number().int(),
  entities: z.array(StoryEntity),
  terms: z.array(z.string()),
  marks: z.array(z.string()).nullable(),
});

/** True when a stored signature is the one worked out now. */
function sameSignature(row: z.infer<typeof PlacementRow>, signature: StorySignature): boolean {
  return JSON.stringify([row.entities, row.terms, row.marks]) === JSON.stringify([signature.entities, signature.terms, signature.marks]);
}

/** A pass of story re-formation: the one an interrupted `reidentify` left open, else a new one; `placed` once its first phase is done. */
export async function openStoryPass(db: Database): Promise<{ id: number; placed: boolean }> {
  const [row] = decodeAll(PassRow, await db.query(queries['story-reformation-open']), db.label, 'story pass row');
  return row!;
}

/** Marks the first phase of a pass done: every stored article is placed. */
export async function storyPassPlaced(db: Database, pass: number): Promise<void> {
  await db.query(queries['story-reformation-placed'], [pass]);
}

/** Marks a pass of story re-formation finished: every stored article is in the story it was placed in. */
export async function closeStoryPass(db: Database, pass: number): Promise<void> {
  await db.query(queries['story-reformation-close'], [pass]);
}

const PassRow = z.object({ id: z.number().int(), placed: z.boolean() });

/** A fact to create in the surviving story, and the moves that point absorbed facts at their twins. */
export interface Rehoming {
  twins: { id: string; key: string; subject: string; predicate: string; kind: ClaimKind | null; story_id: string }[];
  /** `valueKey`: the moved fact's value key (0057), which its twin's is worked out with (`unanimousValueKey`). */
  moves: { id: string; mergedInto: string; valueKey: string | null }[];
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
    moves.push({ id: f.id, mergedInto: id, valueKey: f.value_key });
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

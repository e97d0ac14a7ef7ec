/**
 * Paged reads for reviewers and the HTTP API: facts with keyset pagination and
 * bitemporal filters, the review queue, and revisions (the optimistic-locking
 * tokens of facts and claims). Pure reads over a `Database`.
 */
import { z } from 'zod';
import { InputError, ValidationError } from '../errors.js';
import { ClaimKind, ClaimStatus, FactStatus, IsoDay, type Candidate, type Claim, type FactVersion, type Review } from '../model/index.js';
import { ReviewRow } from './fact-reconciler.js';
import type { Database } from './database.js';
import type { CandidateSummary, FactSummary } from './fact-views.js';
import { capped, ClaimRow, decode, decodeAll, FactSummaryRow } from './rows.js';
import { queries } from './sql.js';

export const FactPageQuery = z.strictObject({
  subject: z.string().min(1).optional(),
  predicate: z.string().min(1).optional(),
  status: FactStatus.optional(),
  /** Recorded time: the beliefs held then. @defaultValue now */
  asOf: z.date().optional(),
  /** Valid time: only facts with a value holding that day. */
  validAt: IsoDay.optional(),
  /** `attention`: contested, then needs-review, then those with a disputed value, then the rest; `subject`: by subject only. */
  sort: z.enum(['attention', 'subject']).default('attention'),
  limit: z.number().int().min(1).max(1000).default(50),
  cursor: z.string().min(1).optional(),
});
export type FactPageQuery = z.input<typeof FactPageQuery>;

/** A fact as a list shows it: its belief with a summary per candidate (no claim ids: its page has them). */
export interface FactPageItem extends FactSummary {
  /** Versions ever written + reviews of the fact: the fact's ETag. */
  revision: number;
  /** With `validAt`: the candidate whose valid interval holds the day. */
  valueAt: CandidateSummary | null;
}

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null on the last. */
  nextCursor: string | null;
}

export const ReviewQueueQuery = z.strictObject({
  status: ClaimStatus.default('pending'),
  kind: ClaimKind.optional(),
  limit: z.number().int().min(1).max(1000).default(50),
  cursor: z.string().min(1).optional(),
});
export type ReviewQueueQuery = z.input<typeof ReviewQueueQuery>;

/** A stored claim with where it comes from and its revision (1 + its reviews: its ETag). */
export interface ClaimView {
  claim: Claim;
  factId: string | null;
  /** The fact its evidence counts for after entity resolution. */
  rootId: string | null;
  doc: string;
  published: string | null;
  source: string | null;
  /** The later version of the claim's page that replaced its article (0021): the claim no longer counts. */
  supersededBy: string | null;
  revision: number;
}

export interface ReviewQueueEntry {
  view: ClaimView;
  /** 0: its fact is contested, 1: needs review, 2: other, 3: it feeds no fact. */
  rank: number;
}

const FactCursor = z.tuple([z.number().int(), z.string(), z.string()]);
const ClaimCursor = z.tuple([z.number().int(), z.number(), z.string(), z.number().int(), z.string()]);
const integer = z.union([z.number(), z.string()]).transform(Number).pipe(z.number().int());
const PageExtraRow = z.object({ rank: integer, revision: integer });
const RevisionRow = z.object({ id: z.string(), revision: integer });
const QueueExtraRow = z.object({ rank: integer, root_id: z.string().nullable() });
const CountRow = z.object({ count: integer });
/**
 * A page's rows decoded by zod's compiled parser (`z.compile`: generated code for this schema, the runtime parser
 * for any row it rejects, so the same values and the same errors): 51 rows of a first page 1.2 -> 0.4 CPU ms.
 */
const PageRow = z.compile(FactSummaryRow);

/**
 * One page of facts as they were believed at `asOf` (default now), filtered,
 * in keyset order, so pages stay stable while facts are added.
 *
 * @throws ValidationError when the query or its cursor is malformed.
 */
export async function pageFacts(db: Database, input: FactPageQuery): Promise<Page<FactPageItem>> {
  const q = parse(FactPageQuery, input, 'facts query');
  const after = q.cursor === undefined ? null : decodeCursor(FactCursor, q.cursor);
  // One rank a statement, from the cursor's, while the page has room: a page inside one rank asks only it, and a
  // status asks only the ranks it can be in.
  const rows: Record<string, unknown>[] = [];
  const [firstRank, lastRank] = q.sort !== 'attention' ? [0, 0] : q.status === 'contested' ? [0, 0] : q.status === 'needs-review' ? [1, 1] : q.status ? [2, 3] : [0, 3];
  for (let rank = Math.max(firstRank, after?.[0] ?? 0); rank <= lastRank && rows.length <= q.limit; rank++) {
    rows.push(
      ...(await db.query(queries['facts-page'], [
        q.subject ?? null,
        q.predicate ?? null,
        q.status ?? null,
        q.asOf?.toISOString() ?? null,
        q.validAt ?? null,
        q.sort,
        after?.[0] ?? null,
        after?.[1] ?? null,
        after?.[2] ?? null,
        q.limit + 1 - rows.length,
        rank,
      ])),
    );
  }
  const items = rows.slice(0, q.limit).map((row) => {
    const state = decode(PageRow, row, db.label, 'fact row');
    const extra = decode(PageExtraRow, row, db.label, 'fact row');
    // With a day asked, the version comes with every candidate (the day's value may be any of them), and so does
    // one written before 0040; the list shows the first LIST_CANDIDATES.
    const valueAt = q.validAt ? candidateValidAt(state.version, q.validAt) : null;
    const listed = state.version.candidatesOmitted > 0 ? null : capped(state.version.candidates);
    const version = listed ? { ...state.version, candidates: listed.candidates, candidatesOmitted: listed.omitted } : state.version;
    return { ...state, version, revision: extra.revision, valueAt, rank: extra.rank };
  });
  const last = items.at(-1);
  const nextCursor = rows.length > q.limit && last ? encodeCursor([last.rank, last.fact.subject, last.fact.id]) : null;
  return { items: items.map(({ rank: _rank, ...item }) => item), nextCursor };
}

/**
 * Claims in a review status (default `pending`), those whose fact is contested
 * or needs review first, then the least confident.
 */
export async function reviewQueue(db: Database, input: ReviewQueueQuery): Promise<Page<ReviewQueueEntry> & { total: number }> {
  const q = parse(ReviewQueueQuery, input, 'review queue query');
  const after = q.cursor === undefined ? null : decodeCursor(ClaimCursor, q.cursor);
  const rows = await db.query(queries['review-queue'], [q.status, q.kind ?? null, ...(after ?? [null, null, null, null, null]), q.limit + 1]);
  const [countRow] = await db.query(queries['claims-count'], [q.status, q.kind ?? null]);
  const page = rows.slice(0, q.limit);
  const revisions = await claimRevisions(db, page.map((r) => String((r as { id: unknown }).id)));
  const items = page.map((row): ReviewQueueEntry => {
    const c = decode(ClaimRow, row, db.label, 'claim row');
    const extra = decode(QueueExtraRow, row, db.label, 'claim row');
    return { view: { ...c, rootId: extra.root_id, revision: revisions.get(c.claim.id) ?? 1 }, rank: extra.rank };
  });
  const last = items.at(-1);
  const nextCursor =
    rows.length > q.limit && last
      ? encodeCursor([last.rank, last.view.claim.confidence, last.view.doc, last.view.claim.start, last.view.claim.id])
      : null;
  return { items, nextCursor, total: decode(CountRow, countRow, db.label, 'count row').count };
}

/** The claims of an article (or one claim by id with `claimId`), each with its revision. */
export async function claimViews(db: Database, filter: { articleId?: string; claimIds?: readonly string[] }): Promise<ClaimView[]> {
  const rows =
    filter.claimIds !== undefined
      ? await db.query(queries['claims-by-id'], [JSON.stringify(filter.claimIds)])
      : await db.query(queries['claims-list'], [filter.articleId ?? null, null, null]);
  const claims = decodeAll(ClaimRow, rows, db.label, 'claim row');
  const revisions = await claimRevisions(db, claims.map((c) => c.claim.id));
  const roots = await factRoots(db, claims.flatMap((c) => (c.factId ? [c.factId] : [])));
  return claims.map((c) => ({ ...c, rootId: c.factId ? (roots.get(c.factId) ?? c.factId) : null, revision: revisions.get(c.claim.id) ?? 1 }));
}

/** Revisions (ETags) of facts by id; unknown ids are absent. */
export async function factRevisions(db: Database, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = decodeAll(RevisionRow, await db.query(queries['fact-revisions'], [JSON.stringify([...new Set(ids)])]), db.label, 'revision row');
  return new Map(rows.map((r) => [r.id, r.revision]));
}

/** Revisions (ETags) of claims by id: 1 + their reviews. */
export async function claimRevisions(db: Database, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = decodeAll(RevisionRow, await db.query(queries['claim-revisions'], [JSON.stringify([...new Set(ids)])]), db.label, 'revision row');
  return new Map(rows.map((r) => [r.id, r.revision]));
}

/** Every review of some claims, oldest first. */
export async function claimReviews(db: Database, ids: readonly string[]): Promise<Review[]> {
  if (ids.length === 0) return [];
  return decodeAll(ReviewRow, await db.query(queries['claim-reviews'], [JSON.stringify([...new Set(ids)])]), db.label, 'review row');
}

/** The version that was current at recorded time `at` (`recordedFrom` inclusive, `recordedTo` exclusive), if any. */
export function versionAt(versions: readonly FactVersion[], at: Date): FactVersion | null {
  return versions.find((v) => v.recordedFrom <= at && (v.recordedTo === null || v.recordedTo > at)) ?? null;
}

/**
 * The candidate a version says held on `day`: current or superseded, with a
 * valid interval (`validFrom` inclusive, `validTo` exclusive) holding it.
 */
export function candidateValidAt<C extends Pick<Candidate, 'status' | 'validFrom' | 'validTo'>>(version: { candidates: readonly C[] }, day: string): C | null {
  return (
    version.candidates.find(
      (c) =>
        (c.status === undefined || c.status === 'current' || c.status === 'superseded') &&
        (c.validFrom === null || c.validFrom <= day) &&
        (c.validTo === null || day < c.validTo),
    ) ?? null
  );
}

const HistoryCursor = z.tuple([z.number().int().positive(), z.union([z.literal(0), z.literal(1)]), z.string().min(1)]);

/** The versions one page of a fact's history shows, each with the claim ids of its evidence that fall in the page. */
export interface HistoryPage {
  versions: { version: FactVersion; supporting: string[]; opposing: string[] }[];
  nextCursor: string | null;
}

/**
 * One page of a fact's history: its evidence is the sequence of every version's supporting, then opposing claims,
 * versions oldest first, and a page is the next `limit` of them after `cursor` (a key in that sequence: version,
 * stance, claim id; stable, since history is append-only). A page shows the versions its claims belong to and the
 * versions without evidence between them, so reading every page shows every version and every claim once (a
 * version whose evidence spans two pages shows on both, each with its part).
 *
 * @throws ValidationError when the cursor is malformed or names no claim of these versions.
 */
export function historyPage(versions: readonly FactVersion[], limit: number, cursor: string | undefined): HistoryPage {
  const after = cursor === undefined ? null : decodeCursor(HistoryCursor, cursor);
  let start = { seq: 0, stance: 0, index: 0 };
  if (after) {
    const [seq, stance, claimId] = after;
    const v = versions.find((x) => x.seq === seq);
    const index = v ? (stance === 0 ? v.supporting : v.opposing).indexOf(claimId) : -1;
    if (index < 0) throw new InputError(`cursor ${cursor!.slice(0, 40)}`, 'the cursor names a claim outside this fact\'s history; pass back nextCursor unchanged, with the same fact');
    start = { seq, stance, index: index + 1 };
  }
  const shown: HistoryPage['versions'] = [];
  let taken = 0;
  let last: [number, 0 | 1, string] | null = null;
  let more = false;
  for (const version of versions) {
    if (version.seq < start.seq) continue;
    const entry = { version, supporting: [] as string[], opposing: [] as string[] };
    const lists = [version.supporting, version.opposing] as const;
    for (const stance of [0, 1] as const) {
      const from = version.seq === start.seq ? (stance < start.stance ? lists[stance].length : stance === start.stance ? start.index : 0) : 0;
      for (let i = from; i < lists[stance].length && !more; i++) {
        if (taken === limit) {
          more = true;
          break;
        }
        (stance === 0 ? entry.supporting : entry.opposing).push(lists[stance][i]!);
        taken += 1;
        last = [version.seq, stance, lists[stance][i]!];
      }
    }
    const hasClaims = entry.supporting.length + entry.opposing.length > 0;
    // The cursor's own version shows again only for claims it has left; a version past the last claim taken waits for the next page.
    if (version.seq === start.seq && after && !hasClaims) continue;
    if (more && !hasClaims) break;
    shown.push(entry);
    if (more) break;
  }
  return { versions: shown, nextCursor: more && last ? encodeCursor(last) : null };
}

/** The version a history cursor points into, to read the history from there; `undefined` without a cursor. @throws ValidationError when malformed. */
export function historyCursorSeq(cursor: string | undefined): number | undefined {
  return cursor === undefined ? undefined : decodeCursor(HistoryCursor, cursor)[0];
}

async function factRoots(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query(queries['facts-roots-of'], [JSON.stringify([...new Set(ids)])]);
  return new Map(decodeAll(z.object({ id: z.string(), root_id: z.string() }), rows, db.label, 'fact row').map((r) => [r.id, r.root_id]));
}

function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor<S extends z.ZodType>(schema: S, cursor: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ValidationError(`cursor ${cursor.slice(0, 40)}`, 'cursor (pass back nextCursor unchanged)', parsed.error);
  return parsed.data;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(what, what, parsed.error);
  return parsed.data;
}

export interface ArticleSummary {
  id: string;
  doc: string;
  title: string | null;
  published: string | null;
  url: string | null;
  source: string | null;
  claims: number;
  /** Which version of its page (URL) it is, from 1 (0021); 1 for an article with no URL. */
  version: number;
  /** How many versions its page has. */
  versions: number;
  /** The article id of the next version of its page, whose claims replaced its claims; null for the latest. */
  supersededBy: string | null;
}

const ArticleSummaryRow = z
  .object({
    id: z.string(),
    doc: z.string(),
    title: z.string().nullable(),
    published: IsoDay.nullable(),
    url: z.string().nullable(),
    source_name: z.string().nullable(),
    claims: integer,
    version: integer,
    versions: integer,
    superseded_by: z.string().nullable(),
  })
  .transform(
    (r): ArticleSummary => ({
      id: r.id,
      doc: r.doc,
      title: r.title,
      published: r.published,
      url: r.url,
      source: r.source_name,
      claims: r.claims,
      version: r.version,
      versions: r.versions,
      supersededBy: r.superseded_by,
    }),
  );

/**
 * Articles without their text, by document name: every page once (the latest version of a URL, with how many it has),
 * or the article with id `articleId` whatever its version. Outlet and claim count.
 */
export async function articleSummaries(db: Database, articleId: string | null = null): Promise<ArticleSummary[]> {
  return decodeAll(ArticleSummaryRow, await db.query(queries['articles-summary'], [articleId]), db.label, 'article row');
}

/**
 * Re-identification: the facts of a stored database worked out again from its claims with the identity
 * rules of this version (keys, story scopes, entity resolution), one article per transaction. A claim
 * whose key now names another fact counts there; every fact that lost or gained claims is reconciled
 * and appends a version, so old versions and every review stay readable (nothing is rewritten). Claims a
 * reviewer moved stay where the reviewer put them, and a reviewer's merges stand (`planResolution`).
 *
 * Claims stored by an older extractor lack what this one puts on its claims (a date claim's `datedAtEvent`, a
 * claim's valid-time cues before 0014). The store reads no language: the wiring passes the extractor's own rules
 * as `complete` (`ClaimCompletion`), which work them out from the article's text read here anyway. Without it,
 * what a claim lacks counts as none.
 */
import { z } from 'zod';
import { ClaimKind, IsoDay, type Article, type Claim, type ClaimDraft, type TimeCues } from '../model/index.js';
import { ambiguousCounts, claimObservation } from '../reconcile/observation.js';
import { nameWords, scopeToken, storySignature } from '../reconcile/story.js';
import type { Database } from './database.js';
import { applyMerges, lockFacts, planResolution, reconcileRoots, revalueFacts, uniqueById, type EvidenceCache } from './fact-reconciler.js';
import { factId } from './ids.js';
import { ArticleRow, ClaimRow, decode, decodeAll } from './rows.js';
import { queries } from './sql.js';
import { placeStory, rehomeFacts, settleStory, type SettledStory } from './story-store.js';

const IdRow = z.object({ id: z.string() });
const PlannedRow = z.object({ id: z.string(), key: z.string(), subject: z.string(), predicate: z.string(), kind: ClaimKind.nullable(), story_id: z.string().nullable() });

const RootOfRow = z.object({ id: z.string(), root_id: z.string() });
/** A claim's stored valid-time cues (`article-claim-cues`); `cues_stored` false for a claim stored before 0014. */
const ClaimCuesRow = z.object({ id: z.string(), stated_valid_from: IsoDay.nullable(), stated_earlier: z.boolean(), stated_valid_to: IsoDay.nullable(), cues_stored: z.boolean() });

/**
 * The port through which the wiring gives `reidentify` the extractor's rules: `claims` (one article's, offsets in
 * `article.text`) back in the same order, each with what it lacked and its extractor now puts on a claim worked
 * out from the text (`completeClaims` in `extract/claim-completion.ts`); what a claim has it keeps.
 */
export type ClaimCompletion = <C extends ClaimDraft>(claims: readonly C[], article: { text: string; published: IsoDay | null }) => readonly C[];

/** What a pass over the store changed. */
export interface ReidentifyResult {
  articles: number;
  /** Articles now in another story than before (`placeStory`): a chain of two events undone, or two reports joined. */
  storiesChanged: number;
  /** Claims that now count for another fact (or for none, or for one where they counted for none). */
  claimsMoved: number;
  /** Facts reconciled again because they lost or gained claims or were merged. */
  factsReconciled: number;
  versionsWritten: number;
}

/** Every article id, oldest first: the order `reidentifyArticle` goes through them. */
export async function articleIds(db: Database): Promise<string[]> {
  return decodeAll(IdRow, await db.query(queries['articles-ids']), db.label, 'article row').map((r) => r.id);
}

/**
 * The first phase of a pass of story re-formation for one article, in one transaction: its signature worked out
 * again from its text and stored claims, and its place among the articles the pass has placed (`placeStory`).
 */
export async function placeArticle(db: Database, articleId: string, pass: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [articleRow] = await tx.query(queries['article-find'], [articleId]);
    if (!articleRow) return;
    const article: Article = decode(ArticleRow, articleRow, tx.label, 'article row');
    const claims = decodeAll(ClaimRow, await tx.query(queries['claims-list'], [article.id, null, null]), tx.label, 'claim row').map((r) => r.claim);
    await placeStory(tx, article, storySignature(article, claims), pass);
  });
}

/**
 * Re-identifies one article's claims, in one transaction, once pass `pass` has placed every article: the article's
 * story moves to the root the pass placed it in (`settleStory`); the facts of that story an old join took into
 * another story's stand alone again (a reviewer's merge stays), the facts of its own story, when that is not the
 * root, go to their twins in it (`rehomeFacts`); and each claim counts for the fact its key names now.
 */
export async function reidentifyArticle(
  db: Database,
  articleId: string,
  now: Date,
  pass: number,
  cache?: EvidenceCache,
  complete?: ClaimCompletion,
): Promise<Omit<ReidentifyResult, 'articles'>> {
  return db.transaction(async (tx) => {
    const none = { storiesChanged: 0, claimsMoved: 0, factsReconciled: 0, versionsWritten: 0 };
    const [articleRow] = await tx.query(queries['article-find'], [articleId]);
    if (!articleRow) return none;
    const article: Article = decode(ArticleRow, articleRow, tx.label, 'article row');
    const rows = decodeAll(ClaimRow, await tx.query(queries['claims-list'], [article.id, null, null]), tx.label, 'claim row');
    const story = await settleStory(tx, article.id, pass);
    if (!story) return none;
    const storyMoves = await storyFactMoves(tx, story);
    // A date claim of an extractor before rules@38 does not say whether its sentence writes it against its event,
    // and a claim stored before 0014 has no valid-time cues: the wiring's `complete` works them out from the text
    // read here anyway, so an old store's facts stay as they were; the cues are stored (once: `cues_stored`).
    const claims = complete ? await completed(tx, article, rows.map((r) => r.claim), complete) : rows.map((r) => r.claim);
    const scope = { token: scopeToken(story.storyId), names: nameWords(article.text), ambiguousCounts: ambiguousCounts(claims) };
    const moved = new Set(
      rows.length === 0 ? [] : decodeAll(IdRow, await tx.query(queries['identity-moves-standing'], [JSON.stringify(rows.map((r) => r.claim.id))]), tx.label, 'identity review row').map((r) => r.id),
    );
    const facts = new Map<string, { id: string; key: string; subject: string; predicate: string; kind: z.infer<typeof ClaimKind> | null; story_id: string | null }>();
    const keyed: { claim: string; from: string | null; to: string | null }[] = [];
    for (const [i, { factId: stored }] of rows.entries()) {
      const claim = claims[i]!;
      if (moved.has(claim.id)) continue;
      const o = claimObservation(claim, scope);
      const to = o ? factId(o.key) : null;
      if (o && to && !facts.has(to)) {
        const scoped = o.key.slice(0, o.key.indexOf('|')).split(' ').includes(scope.token);
        facts.set(to, { id: to, key: o.key, subject: o.subject, predicate: o.predicate, kind: o.kind, story_id: scoped ? story.storyId : null });
      }
      if (to !== stored) keyed.push({ claim: claim.id, from: stored, to });
    }
    // A claim whose fact resolved into the fact its key names now (a story that joined another, a person's
    // other printed name) counts there already: only a change of root is a change.
    const ends = [...new Set(keyed.flatMap((c) => [c.from, c.to]).filter((x): x is string => x !== null))];
    const rootOf = new Map(
      ends.length === 0 ? [] : decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(ends)]), tx.label, 'fact row').map((r) => [r.id, r.root_id]),
    );
    const root = (id: string | null) => (id === null ? null : (rootOf.get(id) ?? id));
    const changes = keyed.filter((c) => root(c.from) !== root(c.to));
    const storiesChanged = story.before !== story.storyId ? 1 : 0;
    // Every fact the article's claims count for, or left, has the value key its claims give now (`revalueFacts`): a
    // store written before 0057, or whose claims moved, gets the value identity a fresh ingest of its articles gets.
    const valued = [...new Set([...rows.map((r) => r.factId), ...keyed.flatMap((c) => [c.from, c.to])].filter((x): x is string => x !== null))];
    if (changes.length === 0 && storyMoves.moves.length === 0) {
      const revalued = await revalueFacts(tx, valued, now, { cache });
      return { ...none, storiesChanged, factsReconciled: revalued.roots.length, versionsWritten: revalued.versionsWritten };
    }
    const planned = uniqueById([...[...facts.values()].filter((f) => changes.some((c) => c.to === f.id)), ...storyMoves.twins]);
    const created = new Set(
      planned.length === 0 ? [] : (await tx.query(queries['facts-upsert'], [JSON.stringify(planned)])).map((r) => String((r as { id: unknown }).id)),
    );
    // A fact standing alone again resolves as a new key of its story does (a generic subject into the story's name).
    const detached = storyMoves.detached;
    const resolving = uniqueById([...planned, ...detached]);
    for (const f of detached) created.add(f.id);
    const { merges, roots } = resolving.length > 0 ? await planResolution(tx, resolving, created, story.storyId) : { merges: [], roots: [] };
    // The facts the claims leave and the facts re-homing takes members from, at their roots: they are reconciled
    // without them; a fact standing alone again is reconciled on its own.
    const left = [...new Set([...changes.map((c) => c.from), ...storyMoves.moves.map((m) => m.id)].filter((x): x is string => x !== null))];
    const leftRoots =
      left.length === 0 ? [] : decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(left)]), tx.label, 'fact row').map((r) => r.root_id);
    const touched = [...new Set([...roots, ...leftRoots, ...detached.map((f) => f.id)])];
    await lockFacts(tx, [...touched, ...planned.map((f) => f.id), ...merges.map((m) => m.id), ...storyMoves.moves.map((m) => m.id)]);
    for (const c of changes) await tx.query(queries['claim-set-fact'], [c.claim, c.to]);
    await applyMerges(tx, storyMoves.moves);
    await applyMerges(tx, merges);
    // A fact merged just now keeps its last version; only facts standing on their own are reconciled.
    // The last merge of a fact says where it is: resolution's, applied after the story moves.
    const into = new Map([...storyMoves.moves, ...merges].map((m) => [m.id, m.mergedInto]));
    const reconcile = touched.filter((id) => (into.get(id) ?? null) === null).sort();
    const versionsWritten = await reconcileRoots(tx, reconcile, now, { cache });
    const revalued = await revalueFacts(tx, valued, now, { cache });
    return {
      storiesChanged,
      claimsMoved: changes.length,
      factsReconciled: new Set([...reconcile, ...revalued.roots]).size,
      versionsWritten: versionsWritten + revalued.versionsWritten,
    };
  });
}

/**
 * An article's stored claims with what they lack completed by `complete`: each non-date claim carries its stored
 * cues (`stated`) unless it was stored before 0014 without them, and the cues `complete` works out for those are
 * stored (`claims-cues-set`, which writes only cues never stored).
 */
async function completed(tx: Database, article: Article, stored: readonly Claim[], complete: ClaimCompletion): Promise<readonly Claim[]> {
  const rows = decodeAll(ClaimCuesRow, await tx.query(queries['article-claim-cues'], [article.id]), tx.label, 'claim cues row');
  const cues = new Map(rows.map((r) => [r.id, r.cues_stored ? ({ validFrom: r.stated_valid_from, earlier: r.stated_earlier, validTo: r.stated_valid_to } satisfies TimeCues) : null]));
  const claims = stored.map((c) => {
    const stated = cues.get(c.id);
    return c.kind === 'date' || !stated ? c : { ...c, stated };
  });
  const done = complete(claims, article);
  const found = done.flatMap((c) => (c.kind !== 'date' && cues.get(c.id) === null && c.stated !== undefined ? [{ id: c.id, stated_valid_from: c.stated.validFrom, stated_earlier: c.stated.earlier, stated_valid_to: c.stated.validTo }] : []));
  if (found.length > 0) await tx.query(queries['claims-cues-set'], [JSON.stringify(found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))]);
  return done;
}

type PlannedFactRow = z.infer<typeof PlannedRow>;

/**
 * The fact merges that put a settled article's story facts where its story is now: the facts of its root an old
 * join merged into another story's facts stand alone again (`mergedInto: null`; not a reviewer's merge), and, when
 * its own story is not the root, its facts go to their twins in the root (created as `twins`). A fact already
 * counting for its twin's root is left alone, so a second pass merges nothing.
 */
async function storyFactMoves(tx: Database, story: SettledStory): Promise<{ moves: { id: string; mergedInto: string | null }[]; twins: PlannedFactRow[]; detached: PlannedFactRow[] }> {
  const away = decodeAll(PlannedRow, await tx.query(queries['facts-rehomed-away'], [story.storyId]), tx.label, 'fact row');
  const pinned = new Set(
    away.length === 0 ? [] : decodeAll(IdRow, await tx.query(queries['identity-merges-standing'], [JSON.stringify(away.map((f) => f.id))]), tx.label, 'identity review row').map((r) => r.id),
  );
  const detached = away.filter((f) => !pinned.has(f.id));
  const rehoming = story.own === story.storyId ? { twins: [], moves: [] } : await rehomeFacts(tx, [story.own], story.storyId);
  const ids = [...new Set(rehoming.moves.flatMap((m) => [m.id, m.mergedInto]))];
  const rootOf = new Map(
    ids.length === 0 ? [] : decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(ids)]), tx.label, 'fact row').map((r) => [r.id, r.root_id]),
  );
  const detachedIds = new Set(detached.map((f) => f.id));
  // A twin an old join merged elsewhere stands alone once detached: its root is itself.
  const rootAfter = (id: string) => (detachedIds.has(id) ? id : (rootOf.get(id) ?? id));
  const moves = rehoming.moves.filter((m) => !rootOf.has(m.mergedInto) || rootAfter(m.id) !== rootAfter(m.mergedInto));
  const needed = new Set(moves.map((m) => m.mergedInto));
  return {
    moves: [...detached.map((f) => ({ id: f.id, mergedInto: null })), ...moves],
    twins: rehoming.twins.filter((t) => needed.has(t.id)),
    detached,
  };
}

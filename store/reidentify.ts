/**
 * Re-identification: the facts of a stored database worked out again from its claims with the identity
 * rules of this version (keys, story scopes, entity resolution), one article per transaction. A claim
 * whose key now names another fact counts there; every fact that lost or gained claims is reconciled
 * and appends a version, so old versions and every review stay readable (nothing is rewritten). Claims a
 * reviewer moved stay where the reviewer put them, and a reviewer's merges stand (`planResolution`).
 */
import { z } from 'zod';
import { isDatedAtEvent } from '../extract/dated-at-event.js';
import { ClaimKind, type Article } from '../model/index.js';
import { ambiguousCounts, claimObservation } from '../reconcile/observation.js';
import { nameWords, scopeToken, storySignature } from '../reconcile/story.js';
import type { Database } from './database.js';
import { applyMerges, lockFacts, planResolution, reconcileRoots, type EvidenceCache } from './fact-reconciler.js';
import { factId } from './ids.js';
import { ArticleRow, ClaimRow, decode, decodeAll } from './rows.js';
import { queries } from './sql.js';
import { joinStory } from './story-store.js';

const IdRow = z.object({ id: z.string() });
const RootOfRow = z.object({ id: z.string(), root_id: z.string() });

/** What a pass over the store changed. */
export interface ReidentifyResult {
  articles: number;
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

/** Re-identifies one article's claims, in one transaction. */
export async function reidentifyArticle(
  db: Database,
  articleId: string,
  now: Date,
  cache?: EvidenceCache,
): Promise<Omit<ReidentifyResult, 'articles'>> {
  return db.transaction(async (tx) => {
    const [articleRow] = await tx.query(queries['article-find'], [articleId]);
    if (!articleRow) return { claimsMoved: 0, factsReconciled: 0, versionsWritten: 0 };
    const article: Article = decode(ArticleRow, articleRow, tx.label, 'article row');
    const rows = decodeAll(ClaimRow, await tx.query(queries['claims-list'], [article.id, null, null]), tx.label, 'claim row');
    // A store from before stories (0009) places the article in its story here; a placed one keeps its story.
    const story = await joinStory(tx, article, storySignature(article, rows.map((r) => r.claim)));
    // A date claim of an extractor before rules@38 does not say whether its sentence writes it against its event:
    // the extractor's own rule works it out from the text read here anyway, so an old store's facts stay as they were.
    const claims = rows.map(({ claim: c }) => (c.kind === 'date' && c.datedAtEvent === undefined ? { ...c, datedAtEvent: c.subject !== null && isDatedAtEvent(article.text, c.start, c.end, c.subject) } : c));
    const scope = { token: scopeToken(story.storyId), names: nameWords(article.text), ambiguousCounts: ambiguousCounts(claims) };
    const moved = new Set(
      rows.length === 0 ? [] : decodeAll(IdRow, await tx.query(queries['identity-moves-standing'], [JSON.stringify(rows.map((r) => r.claim.id))]), tx.label, 'identity review row').map((r) => r.id),
    );
    const facts = new Map<string, { id: string; key: string; subject: string; predicate: string; kind: z.infer<typeof ClaimKind> | null; story_id: string | null }>();
    const changes: { claim: string; from: string | null; to: string | null }[] = [];
    for (const { claim, factId: stored } of rows) {
      if (moved.has(claim.id)) continue;
      const o = claimObservation(claim, scope);
      const to = o ? factId(o.key) : null;
      if (o && to && !facts.has(to)) {
        const scoped = o.key.slice(0, o.key.indexOf('|')).split(' ').includes(scope.token);
        facts.set(to, { id: to, key: o.key, subject: o.subject, predicate: o.predicate, kind: o.kind, story_id: scoped ? story.storyId : null });
      }
      if (to !== stored) changes.push({ claim: claim.id, from: stored, to });
    }
    // A claim whose fact resolved into the fact its key names now (a story that joined another, a person's
    // other printed name) counts there already: only a change of root is a change.
    const ends = [...new Set(changes.flatMap((c) => [c.from, c.to]).filter((x): x is string => x !== null))];
    const rootOf = new Map(
      ends.length === 0 ? [] : decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(ends)]), tx.label, 'fact row').map((r) => [r.id, r.root_id]),
    );
    const root = (id: string | null) => (id === null ? null : (rootOf.get(id) ?? id));
    const real = changes.filter((c) => root(c.from) !== root(c.to));
    changes.length = 0;
    changes.push(...real);
    if (changes.length === 0) return { claimsMoved: 0, factsReconciled: 0, versionsWritten: 0 };
    const planned = [...facts.values()].filter((f) => changes.some((c) => c.to === f.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const created = new Set(
      planned.length === 0 ? [] : (await tx.query(queries['facts-upsert'], [JSON.stringify(planned)])).map((r) => String((r as { id: unknown }).id)),
    );
    const { merges, roots } = planned.length > 0 ? await planResolution(tx, planned, created, story.storyId) : { merges: [], roots: [] };
    // The facts the claims leave, at their roots: they are reconciled without them.
    const left = [...new Set(changes.map((c) => c.from).filter((x): x is string => x !== null))];
    const leftRoots =
      left.length === 0 ? [] : decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(left)]), tx.label, 'fact row').map((r) => r.root_id);
    const touched = [...new Set([...roots, ...leftRoots])];
    await lockFacts(tx, [...touched, ...planned.map((f) => f.id), ...merges.map((m) => m.id)]);
    for (const c of changes) await tx.query(queries['claim-set-fact'], [c.claim, c.to]);
    await applyMerges(tx, merges);
    // A fact merged just now keeps its last version; only facts standing on their own are reconciled.
    const merged = new Set(merges.filter((m) => m.mergedInto !== null).map((m) => m.id));
    const reconcile = touched.filter((id) => !merged.has(id)).sort();
    const versionsWritten = await reconcileRoots(tx, reconcile, now, { cache });
    return { claimsMoved: changes.length, factsReconciled: reconcile.length, versionsWritten };
  });
}

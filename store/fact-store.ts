import { z } from 'zod';
import { ConflictError, InputError, StaleRevisionError, ValidationError } from '../errors.js';
import {
  Article,
  ClaimDraft,
  ClaimKind,
  Hedge,
  IsoDay,
  ReviewInput as ReviewInputSchema,
  Source,
  type Claim,
  type FactExport,
  type FactValue,
  type FactVersion,
  type IdentityReviewInput,
  type Review,
  type TimeCues,
  type ReviewInput,
  type WithdrawalInput,
} from '../model/index.js';
import { CachedResponse } from '../ingest/fetch-cache.js';
import { bandKeys, DUPLICATE_CANDIDATES, DUPLICATE_THRESHOLD, minHashSignature, signatureSimilarity } from '../ingest/near-duplicate.js';
import { countArticleStages, listArticleStages, setArticleStage, type ArticleStage, type ArticleStageEntry } from './article-stages.js';
import type { Database } from './database.js';
import { FactBatchOptions, factBatches, toFactExport } from './fact-export.js';
import {
  ClaimFilter,
  FactAtQuery,
  FactFilter,
  HistoryPageQuery,
  importedValue,
  importRowIssue,
  toImportRow,
  type EvidenceClaim,
  type FactAt,
  type ImportResult,
  type ImportRow,
  type ReviewResult,
  type TrustResult,
  type FactDetail,
  type FactHistory,
  type FactState,
  type RecordClaimsResult,
  type StoreCounts,
} from './fact-views.js';
import { importKey } from '../reconcile/fact-key.js';
import { keyParts } from '../reconcile/identity.js';
import { identityValueKey, unanimousValueKey } from '../reconcile/value-identity.js';
import { applyMerges, EvidenceCache, loadEvidence, lockFacts, officeSiblings, planResolution, reconcileRoots, revalueFacts, ReviewRow, uniqueById } from './fact-reconciler.js';
import { EvidenceTable } from './evidence-table.js';
import { claimId, factId, hashParts } from './ids.js';
import { articleSummaries, candidateValidAt, historyCursorSeq, historyPage, type HistoryPage, claimReviews, claimRevisions, claimViews, factRevisions, pageFacts, reviewQueue, versionAt, type ArticleSummary, type ClaimView, type FactPageItem, type FactPageQuery, type Page, type ReviewQueueEntry, type ReviewQueueQuery } from './fact-pages.js';
import { ambiguousCounts, claimObservation, type Observation } from '../reconcile/observation.js';
import type { EntityType } from '../reconcile/entities.js';
import { nameWords, scopeToken, storySignature } from '../reconcile/story.js';
import type { EntityDetail, EntitySummary } from './entity-store.js';
import { closeStoryPass, joinStory, listStories, openStoryPass, rehomeFacts, storyFacts, storyPassPlaced, type StoryFact, type StorySummary } from './story-store.js';
import { COPY_THRESHOLD, discoverTruth, mirrorNames, TruthEvidence, type CopyRelation, type TruthResult } from '../reconcile/truth.js';
import { ArticleClusterRow, ArticleRow, ClaimRow, CountsRow, decode, decodeAll, DuplicateCandidateRow, FactRow, FactStateRow, FetchedRow, FoundRow, LockedFactRow, minhashHex, StoredVersionRow, toVersion } from './rows.js';
import { applyChanges, type Members } from './version-evidence.js';
import { withdrawReview } from './review-withdrawal.js';
import { articleIds, placeArticle, reidentifyArticle, type ClaimCompletion, type ReidentifyResult } from './reidentify.js';
import { identityReviewsOf, recordIdentityReview, withdrawIdentityReview, type IdentityReviewResult } from './identity-reviews.js';
import { entityStore } from './entity-store-loader.js';
import { queries } from './sql.js';


export const FactStoreOptions = z.strictObject({
  /** The clock for recorded time when a call passes no `now`. @defaultValue `() => new Date()` */
  now: z.custom<() => Date>((v) => typeof v === 'function').default(() => () => new Date()),
});
export type FactStoreOptions = z.input<typeof FactStoreOptions>;

const RecordClaimsOptions = z.strictObject({ now: z.date().optional() });

export const RefreshTrustOptions = z.strictObject({
  /** Recorded time of the versions written. @defaultValue the store's clock */
  now: z.date().optional(),
  /** Fuse the groups of facts this pattern finds in their subjects apart (e.g. `/^[^/]+/`: a day prefix). @defaultValue null: all together */
  fuseBy: z.instanceof(RegExp).nullable().default(null),
  /** How many wrong values an item may plausibly take (ACCU's n). @defaultValue 10 */
  falseValues: z.number().positive().default(10),
});
export type RefreshTrustOptions = z.input<typeof RefreshTrustOptions>;

/**
 * The fact store: articles, their claims, and the versioned facts the claims
 * reconcile into, over any `Database` (PGlite or PostgreSQL).
 *
 * History is append-only: a fact changes by closing its open version
 * (`recordedTo`) and appending the next, never by editing or deleting, and the
 * schema's triggers enforce it. Each write method is one transaction, so a
 * failure stores nothing of that call and loses nothing stored before.
 */
export class FactStore {
  private readonly now: () => Date;
  /**
   * Claims this store has decoded as evidence: a fact's next reconcile reads only what can change of them. Its
   * bounds (about 25 MB of claims, 15 MB of evidence keys, 26 MB of version states) hold a long story's counts:
   * one of 4,000 values is about 37,000 units of version state, and with 50,000 the hot ones evicted each other,
   * each replaying its whole `version_members` history at its next claim.
   */
  private readonly evidence = new EvidenceCache(50_000, 100_000, 400_000);

  constructor(
    private readonly db: Database,
    options: FactStoreOptions = {},
  ) {
    this.now = FactStoreOptions.parse(options).now;
  }

  /** Which backend this store runs on. */
  get kind(): Database['kind'] {
    return this.db.kind;
  }

  /**
   * Stores an article (and its outlet). Re-ingesting the same text (same
   * `contentHash`) is a no-op that returns the article as first stored, with
   * `inserted: false`, even if its doc, title or date differ this time.
   *
   * A new article is linked to its near-duplicate cluster in the same
   * transaction: its MinHash signature (`ingest/near-duplicate.ts`) is stored
   * with its LSH band keys, and when a stored article's signature is similar
   * enough (`DUPLICATE_THRESHOLD`), both carry that article's cluster id (the
   * id of the cluster's first article). Clustering is serialised by an
   * advisory lock so concurrent copies still find each other.
   *
   * @throws ValidationError when `article` or `source` fails its schema; InputError when
   *   `article.sourceId` names an unknown source.
   */
  async saveArticle(article: Article, source: Source | null): Promise<{ article: Article; inserted: boolean }> {
    const a = parseInput(Article, article, article?.id ?? 'article', 'article');
    const s = source === null ? null : parseInput(Source, source, a.id, 'source');
    // PGlite returns text without a leading U+FEFF: stored, every offset into it would be off by one.
    if (a.text.startsWith('\uFEFF')) throw new InputError(a.id, 'article text starts with a byte-order mark; strip it before saving (ingest does)');
    return this.db.transaction(async (tx) => {
      const inserted = await tx.query(queries['article-insert'], [
        a.id,
        a.doc,
        a.url,
        a.path,
        a.canonical,
        a.title,
        a.byline,
        a.published,
        a.lang,
        a.text,
        a.contentHash,
        s?.id ?? a.sourceId,
        s?.id ?? null,
        s?.name ?? null,
        s?.kind ?? null,
        s?.domain ?? null,
      ]);
      if (inserted.length > 0) {
        // A new text fetched from a known URL is the page's next version: its claims will replace the earlier
        // version's. Only fetched pages (no file path): files naming a URL in their manifest are copies, and the
        // order files arrive in says nothing about which text is newer.
        if (a.url !== null && a.path === null) {
          await tx.query(queries['article-url-lock'], [a.url]);
          await tx.query(queries['article-version-insert'], [a.id, a.url]);
        }
        await clusterArticle(tx, a);
        await setArticleStage(tx, a.id, 'ingested');
        return { article: decode(ArticleRow, inserted[0], tx.label, 'article row'), inserted: true };
      }
      const stored = await findArticle(tx, a.contentHash);
      if (!stored) throw new ConflictError(a.id, 'article id is taken by a different text (content hash collision in its first 16 hex digits)');
      return { article: stored, inserted: false };
    });
  }

  /**
   * Stores claims of a stored article and re-reconciles every fact they
   * observe, all in ONE transaction:
   *
   * 1. claim ids are deterministic (`c_` + hash(content hash, kind, start, end,
   *    extractor)), so claims stored before are skipped (a draft repeated within
   *    the call counts once, the first wins);
   * 2. each observed fact (`claimObservation`) is created if new, then locked
   *    (`SELECT … FOR UPDATE`, in id order), so concurrent writers of a fact
   *    queue and the second reconciles with the first one's claims;
   * 3. each fact is named after its oldest claim's wording (`nameFact`), so
   *    the final state does not depend on the order articles arrive in, and
   *    reconciled from all its claims; when the result differs
   *    from the open version (value, status, support, opposition, candidates,
   *    confidence or reason) that version is closed at `now` and the next
   *    `seq` appended with its evidence; otherwise nothing is written.
   *
   * Calling it again with the same input writes nothing. A failure rolls back
   * everything of the call.
   *
   * `drafts` are `ClaimDraft`s as validated where they were made (the extractor drops one that fails) and where
   * they crossed a boundary (a queued reconcile job's payload): they are not parsed a third time here.
   * They carry what reconciliation reads of their sentences, as the extractor puts it on them: a claim's
   * valid-time cues (`stated`) and a date claim's `datedAtEvent`. The store reads no text for them: a draft
   * without them (an older extractor's, one made by hand) counts as stating none (dated by its article, not
   * written against its event). The wiring completes older drafts with the extractor's own rules first
   * (`completeClaims` in `extract/claim-completion.ts`, called by the reconcile job).
   *
   * @param options.now recorded time of the versions written. @defaultValue the store's clock
   * @throws ValidationError when the options are malformed; InputError when the article
   *   is not stored or a draft breaks a schema constraint (e.g. `end <= start`);
   *   TransientError when the database connection fails or PostgreSQL aborts a deadlock (retry).
   */
  async recordClaims(articleId: string, drafts: readonly ClaimDraft[], options: { now?: Date } = {}): Promise<RecordClaimsResult> {
    const now = parseInput(RecordClaimsOptions, options, articleId, 'recordClaims options').now ?? this.now();
    return this.db.transaction(async (tx) => {
      const article = await findArticle(tx, articleId);
      if (!article || article.id !== articleId) throw new InputError(articleId, 'no such article in the store');

      // The article's story scopes its generic subjects; a story it joins to another re-homes that one's facts.
      const story = await joinStory(tx, article, storySignature(article, drafts));
      const planned = planClaims(article, drafts, story.storyId);
      // The article's people, organisations, places and projects join the stored entities; a person printed
      // two ways becomes one entity, whose facts then resolve into one.
      const entities = await (await entityStore()).recordEntities(tx, article, planned.map((p) => ({ id: p.id, draft: p.draft })));
      const rehoming = await rehomeFacts(tx, story.absorbed, story.storyId);
      // The facts the version of this page it replaces fed: its claims stop counting there (0021).
      const replaced = await rootsOf(tx, decodeAll(IdRow, await tx.query(queries['article-superseded-facts'], [article.id]), tx.label, 'fact row').map((r) => r.id));
      const facts = uniqueById([...planFacts(planned, story.storyId), ...rehoming.twins]);
      // The value keys (`identityValueKey`) each fact gains: its claims' here, and a twin's those of the facts it takes in.
      const valueClaims = claimValueKeys(planned, rehoming.moves);
      const created = new Set(
        facts.length === 0
          ? []
          : (
              await tx.query(queries['facts-upsert'], [JSON.stringify(facts.map((f) => ({ ...f, value_key: unanimousValueKey(undefined, valueClaims.get(f.id) ?? []) })))])
            ).map((r) => String((r as { id: unknown }).id)),
      );
      // Resolution reads before locking so that every fact it touches is locked in one id-ordered statement.
      // An article with no facts of its own may still join two printed names of a person, whose facts then meet.
      const { merges, roots, valueKeys } =
        facts.length > 0 || entities.mergedPersonKeys.length > 0
          ? await planResolution(tx, facts, created, story.storyId, entities.mergedPersonKeys, valueClaims)
          : { merges: [], roots: [], valueKeys: [] };
      // A holder named in an office may have left another office of the same organisation (`endByOfficeMoves`).
      const siblings = await officeSiblings(tx, facts);
      const locked = await lockFacts(tx, [...facts.map((f) => f.id), ...roots, ...siblings, ...replaced, ...merges.map((m) => m.id), ...rehoming.moves.map((m) => m.id)]);
      const inserted = planned.length === 0 ? [] : await tx.query(queries['claims-insert'], [article.id, JSON.stringify(planned.map(claimColumns))]);
      if (valueKeys.length > 0) await tx.query(queries['facts-value-keys-set'], [JSON.stringify(valueKeys)]);
      await setArticleStage(tx, article.id, 'reconciled', { extractor: drafts[0]?.extractor ?? null });
      if (facts.length === 0 && merges.length === 0 && replaced.length === 0) return { claimsInserted: inserted.length, factsTouched: 0, versionsWritten: 0 };
      await applyMerges(tx, rehoming.moves);
      await applyMerges(tx, merges);
      const reconciled = [...roots, ...siblings, ...replaced].filter((id) => !merges.some((m) => m.id === id && m.mergedInto !== null));
      // Every root was locked above and merges change no fact's name: that statement's rows serve (one round trip fewer).
      const versionsWritten = await reconcileRoots(tx, [...new Set(reconciled)].sort(compareText), now, { cache: this.evidence, locked });
      return { claimsInserted: inserted.length, factsTouched: facts.length, versionsWritten };
    });
  }

  /**
   * Records where an article is in the pipeline (`extracted`, or `failed` with
   * a reason); `saveArticle` and `recordClaims` record `ingested` and
   * `reconciled` themselves, in their transactions. Never moves an article backwards.
   */
  async markArticleStage(articleId: string, stage: 'extracted' | 'failed', details: { extractor?: string; reason?: string } = {}): Promise<void> {
    await setArticleStage(this.db, articleId, stage, details);
  }

  /** Articles in `stages` (e.g. the unfinished `ingested`, `extracted`), longest-waiting first. */
  async articlesInStage(stages: readonly ArticleStage[], limit?: number): Promise<ArticleStageEntry[]> {
    return listArticleStages(this.db, stages, limit);
  }

  /** How many articles are in each pipeline stage. */
  async stageCounts(): Promise<Record<ArticleStage, number>> {
    return countArticleStages(this.db);
  }

  /**
   * Every article with its near-duplicate cluster, clustered ones grouped;
   * `duplicatesOnly` keeps the articles that have a near-duplicate.
   */
  async listArticleClusters(options: { duplicatesOnly?: boolean } = {}): Promise<ArticleClusterRow[]> {
    const rows = await this.db.query(queries['article-clusters'], [options.duplicatesOnly ?? false]);
    return decodeAll(ArticleClusterRow, rows, this.db.label, 'article cluster row');
  }

  /** Every story (articles about one event), most recent first, with its articles and fact count. */
  async listStories(options: { limit?: number } = {}): Promise<StorySummary[]> {
    return listStories(this.db, options.limit ?? 1000);
  }

  /** One story with the facts its articles report, or null. A story merged into another answers as that one. */
  async getStory(id: string): Promise<{ story: StorySummary; facts: StoryFact[] } | null> {
    const [story] = await listStories(this.db, 1, id);
    return story ? { story, facts: await storyFacts(this.db, story.id) } : null;
  }

  /** Entities (people, organisations, places, projects), most mentioned first; `type` and `search` (name or alias, any case) narrow it. */
  async listEntities(options: { type?: EntityType | null; search?: string | null; limit?: number } = {}): Promise<EntitySummary[]> {
    return (await entityStore()).listEntities(this.db, { type: options.type ?? null, search: options.search ?? null, limit: options.limit ?? 1000 });
  }

  /**
   * Records the entities of the articles reconciled before entities were stored (0020): each such article's
   * stored claims and text through `recordEntities`, one transaction per article, oldest id first, and the
   * person facts its entities join resolve into one, as `recordClaims` does. An article that has entities is
   * skipped, so running it again changes nothing. Returns how many articles it looked at.
   */
  async identifyEntities(options: { now?: Date } = {}): Promise<{ articles: number }> {
    const now = parseInput(RecordClaimsOptions, options, 'identifyEntities', 'identifyEntities options').now ?? this.now();
    const { articlesWithoutEntities, recordEntities, storyOfArticle } = await entityStore();
    const pending = await articlesWithoutEntities(this.db);
    for (const id of pending) {
      await this.db.transaction(async (tx) => {
        const article = await findArticle(tx, id);
        if (!article) return;
        const claims = decodeAll(ClaimRow, await tx.query(queries['claims-list'], [id, null, null]), tx.label, 'claim row').map((r) => r.claim);
        const entities = await recordEntities(tx, article, claims.map((c) => ({ id: c.id, draft: c })));
        if (entities.mergedPersonKeys.length === 0) return;
        const { merges, roots } = await planResolution(tx, [], new Set(), await storyOfArticle(tx, id), entities.mergedPersonKeys);
        await lockFacts(tx, [...roots, ...merges.map((m) => m.id)]);
        await applyMerges(tx, merges);
        await reconcileRoots(tx, roots, now, { cache: this.evidence });
      });
    }
    return { articles: pending.length };
  }

  /** One entity with its mentions and the facts its claims support, or null. A variant merged into another answers as that one. */
  async getEntity(id: string): Promise<EntityDetail | null> {
    return (await entityStore()).getEntity(this.db, id);
  }

  /** `FetchCache` (ingest/fetch-cache.ts): the conditional-GET state of a URL, or null. */
  async lookupFetched(url: string): Promise<CachedResponse | null> {
    const [row] = await this.db.query(queries['fetched-find'], [url]);
    return row ? decode(FetchedRow, row, this.db.label, 'fetched page row') : null;
  }

  /** `FetchCache` (ingest/fetch-cache.ts): records the conditional-GET state of `entry.url`. */
  async rememberFetched(entry: CachedResponse): Promise<void> {
    const e = parseInput(CachedResponse, entry, entry?.url ?? 'fetched page', 'fetched page');
    await this.db.query(queries['fetched-upsert'], [
      e.url,
      e.finalUrl,
      e.etag,
      e.lastModified,
      e.contentType,
      e.charset,
      e.body,
      e.fetchedAt.toISOString(),
    ]);
  }

  /** Whether `extractor` (name@version) already stored claims for the article: lets ingest skip re-extraction. */
  async hasClaimsFrom(articleId: string, extractor: string): Promise<boolean> {
    const [row] = await this.db.query(queries['claims-exist'], [articleId, extractor]);
    return decode(FoundRow, row, this.db.label, 'claims-exist row').found;
  }

  /** An article by id, content hash or document name (the latest text of that doc); `null` if unknown. */
  async getArticle(idOrDoc: string): Promise<Article | null> {
    return findArticle(this.db, idOrDoc);
  }

  /** The latest article fetched from `url` (its final URL after redirects); `null` if none. */
  async articleByUrl(url: string): Promise<Article | null> {
    const [row] = await this.db.query(queries['article-by-url'], [url]);
    return row ? decode(ArticleRow, row, this.db.label, 'article row') : null;
  }

  /** Every article, by document name. */
  async listArticles(): Promise<Article[]> {
    return decodeAll(ArticleRow, await this.db.query(queries['article-list']), this.db.label, 'article row');
  }

  /** Stored claims in document and text order, filtered by document (or article id), kind and fact. */
  async listClaims(filter: ClaimFilter = {}): Promise<Claim[]> {
    const f = parseInput(ClaimFilter, filter, 'listClaims', 'claim filter');
    const rows = await this.db.query(queries['claims-list'], [f.doc ?? null, f.kind ?? null, f.factId ?? null]);
    return decodeAll(ClaimRow, rows, this.db.label, 'claim row').map((r) => r.claim);
  }

  /** Facts with their current version, by subject; `contested`, `status` and `subject` (contains, any case) narrow it. */
  async listFacts(filter: FactFilter = {}): Promise<FactState[]> {
    const states: FactState[] = [];
    for await (const batch of this.factBatches(filter)) states.push(...batch);
    return states;
  }

  /**
   * `listFacts` in batches (`store/fact-export.ts`), in `sort` order: a reader of every fact holds one batch at a
   * time, and each batch costs the same wherever it starts.
   * @throws ValidationError when the filter or options fail their schemas.
   */
  factBatches(filter: FactFilter = {}, options: FactBatchOptions = {}): AsyncGenerator<FactState[]> {
    const f = parseInput(FactFilter, filter, 'factBatches', 'fact filter');
    const o = parseInput(FactBatchOptions, options, 'factBatches', 'fact batch options');
    return factBatches(this.db, f, o);
  }

  /** `factBatches` as fact export lines (FORMAT.md), what `newsfacts facts --json` streams. */
  async *exportFactBatches(filter: FactFilter = {}, options: FactBatchOptions = {}): AsyncGenerator<FactExport[]> {
    for await (const batch of this.factBatches(filter, options)) yield batch.map(({ fact, version }) => toFactExport(fact, version));
  }

  /**
   * One fact, its current version and each candidate value's claims (quote, doc, source, trust), at most
   * `claimsPerCandidate` of each (its first by claim id; `candidate.claimIds` names all); `null` if unknown.
   */
  async getFact(id: string, options: { claimsPerCandidate?: number } = {}): Promise<FactDetail | null> {
    const [state] = await this.factStates(id, {});
    if (!state) return null;
    return { ...state, candidates: await this.candidateEvidence(state.version, options) };
  }

  /** A version's candidates, each with its claims as evidence, at most `claimsPerCandidate` of each (default all). */
  async candidateEvidence(version: FactVersion, options: { claimsPerCandidate?: number } = {}): Promise<FactDetail['candidates']> {
    const cap = options.claimsPerCandidate ?? Number.POSITIVE_INFINITY;
    const shown = version.candidates.map((c) => c.claimIds.slice(0, cap));
    const claims = await this.evidenceClaims(shown.flat());
    return version.candidates.map((candidate, i) => ({ candidate, claims: shown[i]!.flatMap((cid) => claims.get(cid) ?? []) }));
  }

  /**
   * A fact's history a page at a time (`query`: at most `limit` evidence claims, after `cursor`; `historyPage`):
   * the versions the page's claims belong to, oldest first, each with its supporting and opposing claims in the
   * page (quotes, documents, their sources' trust), the fact it merged into if any, its reviews and identity
   * reviews, and `nextCursor`; `null` if unknown. Each version's `reason` says why it holds its value and what it
   * supersedes. A hot fact's history (every claim of every version) no longer comes back whole.
   *
   * @throws ValidationError when the query or its cursor is malformed; InputError when the cursor is another fact's.
   */
  async factHistory(id: string, query: HistoryPageQuery = {}): Promise<FactHistory | null> {
    const q = parseInput(HistoryPageQuery, query, id, 'history page query');
    const [factRow] = await this.db.query(queries['fact-find'], [id]);
    if (!factRow) return null;
    const fact = decode(FactRow, factRow, this.db.label, 'fact row');
    const { merged_into } = decode(MergedRow, factRow, this.db.label, 'fact row');
    const page = await readHistoryPage(this.db, id, q.limit, q.cursor);
    const claims = await this.evidenceClaims(page.versions.flatMap((v) => [...v.supporting, ...v.opposing]));
    const pick = (ids: readonly string[]) => ids.flatMap((cid) => claims.get(cid) ?? []);
    const reviews = decodeAll(ReviewRow, await this.db.query(queries['reviews-of'], ['fact', id]), this.db.label, 'review row');
    return {
      fact,
      mergedInto: merged_into,
      versions: page.versions.map((v) => ({ version: v.version, supporting: pick(v.supporting), opposing: pick(v.opposing) })),
      nextCursor: page.nextCursor,
      reviews,
      identityReviews: await identityReviewsOf(this.db, [id]),
    };
  }

  /**
   * Bitemporal lookup: the version of a fact that was current at recorded time
   * `asOf` (default: now), and with `validAt` the value that version says held
   * on that day (its current or a superseded candidate whose valid interval,
   * `validFrom` inclusive to `validTo` exclusive, contains the day). `null` if
   * the fact is unknown.
   *
   * @throws ValidationError when the query fails `FactAtQuery`.
   */
  async factAt(id: string, query: FactAtQuery = {}): Promise<FactAt | null> {
    const q = parseInput(FactAtQuery, query, id, 'factAt query');
    const [factRow] = await this.db.query(queries['fact-find'], [id]);
    if (!factRow) return null;
    const fact = decode(FactRow, factRow, this.db.label, 'fact row');
    const versions = await readVersions(this.db, id);
    const version = versionAt(versions, q.asOf ?? this.now());
    const valid = version && q.validAt ? candidateValidAt(version, q.validAt) : null;
    return { fact, version, valid };
  }

  /**
   * Records a reviewer's decision and re-reconciles the fact it bears on, in one
   * transaction.
   *
   * - On a claim: `accept` makes it weigh double, `reject` leaves it out,
   *   `correct` replaces its value (and weighs double).
   * - On a fact (a merged fact's review goes to the fact it merged into):
   *   `accept` pins the current value, `correct` pins the given value, both
   *   with status `reviewed`; evidence the reviewer had not seen that disagrees
   *   with the pinned value later makes the fact `needs-review`, never changes
   *   its value. `reject` forbids the current value, so the next best is chosen.
   *   The latest review of a fact is the one that counts.
   *
   * With `expectedRevision` (the target's revision as the reviewer read it:
   * `factRevisions`, `claimRevisions`), a target that changed since is refused
   * with StaleRevisionError and nothing is written.
   *
   * @throws ValidationError when `input` fails `ReviewInput`; InputError when the
   *   target is unknown, or a fact with no value is accepted or rejected;
   *   StaleRevisionError when `expectedRevision` is not the target's revision.
   */
  async recordReview(input: ReviewInput, options: { now?: Date; expectedRevision?: number } = {}): Promise<ReviewResult> {
    const r = parseInput(ReviewInputSchema, input, input?.targetId ?? 'review', 'review');
    const now = options.now ?? this.now();
    return this.db.transaction(async (tx) => {
      let root: string;
      let targetId = r.targetId;
      let value = r.value;
      let seen: string[] = [];
      let claimFact: string | null = null;
      if (r.targetKind === 'claim') {
        const [row] = await tx.query(queries['claim-target'], [r.targetId]);
        if (!row) throw new InputError(r.targetId, 'no such claim (list them with `newsfacts claims`)');
        const target = decode(ClaimTargetRow, row, tx.label, 'claim row');
        if (!target.root_id) throw new InputError(r.targetId, 'the claim observes no fact, so a review of it changes nothing');
        root = target.root_id;
        claimFact = target.origin === 'claim' ? target.fact_id : null;
        await tx.query(queries['claim-set-status'], [r.targetId, CLAIM_STATUS[r.action]]);
      } else {
        const [row] = await tx.query(queries['fact-find'], [r.targetId]);
        if (!row) throw new InputError(r.targetId, 'no such fact (list them with `newsfacts facts`)');
        root = decode(MergedRow, row, tx.label, 'fact row').merged_into ?? r.targetId;
        targetId = root;
        const [state] = decodeAll(FactStateRow, await tx.query(queries['facts-current'], [root, null, null, null]), tx.label, 'fact row');
        if (r.action !== 'correct') {
          value = state?.version.value ?? null;
          if (value === null) throw new InputError(r.targetId, `the fact has no value to ${r.action}; correct it with a value instead`);
        }
        seen = [...((await loadEvidence(tx, [root], this.evidence)).get(root) ?? [])].map((e) => e.claimId).sort();
      }
      await lockFacts(tx, [root]);
      if (options.expectedRevision !== undefined) {
        // Checked under the fact's lock: a concurrent review of the same fact waits, then sees the new revision.
        const revisions = r.targetKind === 'claim' ? await claimRevisions(tx, [targetId]) : await factRevisions(tx, [targetId]);
        const current = revisions.get(targetId) ?? 0;
        if (current !== options.expectedRevision) throw new StaleRevisionError(r.targetId, options.expectedRevision, current);
      }
      const createdAt = now.toISOString();
      const id = `r_${hashParts(r.targetKind, targetId, r.action, JSON.stringify(value), r.reason ?? '', r.reviewer, createdAt).slice(0, 16)}`;
      const [inserted] = await tx.query(queries['review-insert'], [
        id,
        r.targetKind,
        targetId,
        r.action,
        value === null ? null : JSON.stringify(value),
        r.reason,
        r.reviewer,
        createdAt,
        JSON.stringify(seen),
        null,
      ]);
      await reconcileRoots(tx, [root], now, { cache: this.evidence });
      // A claim rejected or corrected may change its fact's value key, and so which facts of its story it is one with.
      if (claimFact !== null) await revalueFacts(tx, [claimFact], now, { cache: this.evidence });
      const [state] = decodeAll(FactStateRow, await tx.query(queries['facts-current'], [root, null, null, null]), tx.label, 'fact row');
      if (!state) throw new ConflictError(root, 'the reviewed fact has no version');
      return { review: decode(ReviewRow, inserted, tx.label, 'review row'), fact: state };
    });
  }

  /**
   * Takes back a review with a new, append-only review (`withdraw`): the target is reconciled as if
   * the withdrawn review had never been made. `expectedRevision` as for `recordReview`.
   * @throws InputError when the review is unknown or a withdrawal; ConflictError when already withdrawn;
   *   StaleRevisionError when the target changed since `expectedRevision`.
   */
  async withdrawReview(input: WithdrawalInput, options: { now?: Date; expectedRevision?: number } = {}): Promise<ReviewResult> {
    return withdrawReview(this.db, input, { now: options.now ?? this.now(), expectedRevision: options.expectedRevision });
  }

  /**
   * A reviewer's decision on identity, appended and reconciled in one transaction: `merge` makes
   * `factId` one fact with `intoFact` (entity resolution keeps it so), `move` makes a claim count for
   * `intoFact`, or for no fact when it is null. Undo with `withdrawIdentityReview`.
   * @throws InputError when the input fails its schema, a target is unknown, already one with the
   *   destination, or of another kind.
   */
  async recordIdentityReview(input: IdentityReviewInput, options: { now?: Date } = {}): Promise<IdentityReviewResult> {
    return recordIdentityReview(this.db, input, { now: options.now ?? this.now(), cache: this.evidence });
  }

  /**
   * Works out every article's story and facts again from its stored claims with this version's identity rules
   * (story formation, keys, story scopes, entity resolution), oldest first, in one pass of two phases: every
   * article is placed among stories (`placeArticle`: its signature again, linked to the articles placed before it),
   * then each article, one transaction each, moves to the story it was placed in with its facts, and its claims
   * count for the facts their keys name now (`reidentifyArticle`); each fact that lost or gained claims appends a
   * version. Old versions, replaced signatures and every review stay readable; claims a reviewer moved and facts a
   * reviewer merged stay as decided. An interrupted pass goes on where it stopped. `onProgress` is told after each
   * article of each phase (`stories`, then `facts`). `complete` (the wiring's: the extractor's rules,
   * `completeClaims`) works out what claims of an older extractor lack (a date's `datedAtEvent`, cues of claims
   * stored before 0014), as the store reads no text; without it, what a claim lacks counts as none.
   */
  async reidentify(options: { now?: Date; onProgress?: (done: number, total: number, phase: 'stories' | 'facts') => void; complete?: ClaimCompletion } = {}): Promise<ReidentifyResult> {
    const ids = await articleIds(this.db);
    const pass = await openStoryPass(this.db);
    if (!pass.placed) {
      for (const [i, id] of ids.entries()) {
        await placeArticle(this.db, id, pass.id);
        options.onProgress?.(i + 1, ids.length, 'stories');
      }
      await storyPassPlaced(this.db, pass.id);
    }
    const total: ReidentifyResult = { articles: ids.length, storiesChanged: 0, claimsMoved: 0, factsReconciled: 0, versionsWritten: 0 };
    for (const [i, id] of ids.entries()) {
      const r = await reidentifyArticle(this.db, id, options.now ?? this.now(), pass.id, this.evidence, options.complete);
      total.storiesChanged += r.storiesChanged;
      total.claimsMoved += r.claimsMoved;
      total.factsReconciled += r.factsReconciled;
      total.versionsWritten += r.versionsWritten;
      options.onProgress?.(i + 1, ids.length, 'facts');
    }
    await closeStoryPass(this.db, pass.id);
    return total;
  }

  /**
   * Takes back a merge or move with a new append-only review: its target returns to where it stood.
   * @throws InputError when the review is unknown or a withdrawal; ConflictError when already withdrawn.
   */
  async withdrawIdentityReview(input: { reviewId: string; reason?: string | null; reviewer?: string }, options: { now?: Date } = {}): Promise<IdentityReviewResult> {
    return withdrawIdentityReview(this.db, input, { now: options.now ?? this.now(), cache: this.evidence });
  }

  /**
   * Loads rows given as `source, object, attribute, value[, observed_at]` (the
   * shape of the classic truth-discovery data sets) and reconciles the facts
   * they observe, in one transaction. Per FORMAT.md the fact's subject is the
   * `object` and its predicate the `attribute`, verbatim (no entity resolution:
   * a data set's names are identifiers); a value that parses as a number is an
   * amount of unit `1`, anything else `{ text }`. `observed_at` is the claim's
   * valid time. Row ids hash the row, so importing a file twice writes nothing new.
   *
   * With `reconcile: false` the rows are only stored, for a bulk load that ends with one `refreshTrust`
   * (which reconciles every fact): reconciling each batch first would write versions only to replace them.
   *
   * @throws ValidationError when a row fails `ImportRow` (naming `file` and the row number).
   */
  async importClaims(rows: readonly ImportRow[], options: { now?: Date; file?: string; reconcile?: boolean } = {}): Promise<ImportResult> {
    const file = options.file ?? 'import';
    // Checked by hand, not parsed by zod row by row (a million-row import); a bad row is parsed for its error.
    const parsed = rows.map((row, i) => {
      const issue = importRowIssue(row);
      if (issue) throw new ValidationError(`${file} row ${i + 1}`, 'import row', issue);
      return toImportRow(row);
    });
    const now = options.now ?? this.now();
    const sources = new Map<string, Source>();
    const sourceIds = new Map<string, string>();
    const claims = new Map<string, { id: string; source_id: string; object: string; attribute: string; value: FactValue; observed_at: string | null; fact_id: string }>();
    const facts = new Map<string, { id: string; key: string; subject: string; predicate: string; kind: null }>();
    const factIds = new Map<string, string>();
    const values = new Map<string, FactValue>();
    for (const row of parsed) {
      let sourceId = sourceIds.get(row.source);
      if (sourceId === undefined) {
        sourceId = `s_import_${hashParts('import', row.source).slice(0, 16)}`;
        sourceIds.set(row.source, sourceId);
        sources.set(sourceId, { id: sourceId, name: row.source, kind: 'import', domain: null });
      }
      const key = importKey(row.object, row.attribute);
      let fid = factIds.get(key);
      if (fid === undefined) {
        fid = factId(key);
        factIds.set(key, fid);
        facts.set(fid, { id: fid, key, subject: row.object, predicate: row.attribute, kind: null });
      }
      const id = `i_${hashParts(row.source, row.object, row.attribute, row.value, row.observedAt ?? '').slice(0, 16)}`;
      if (!claims.has(id)) {
        let value = values.get(row.value);
        if (value === undefined) values.set(row.value, (value = importedValue(row.value)));
        claims.set(id, { id, source_id: sourceId, object: row.object, attribute: row.attribute, value, observed_at: row.observedAt, fact_id: fid });
      }
    }
    const factList = [...facts.values()].sort((a, b) => compareText(a.id, b.id));
    return this.db.transaction(async (tx) => {
      const sourceList = [...sources.values()].sort((a, b) => compareText(a.id, b.id));
      if (sourceList.length > 0) await tx.query(queries['sources-insert'], [JSON.stringify(sourceList)]);
      if (factList.length > 0) await tx.query(queries['facts-upsert'], [JSON.stringify(factList)]);
      const ids = factList.map((f) => f.id);
      const reconcile = options.reconcile ?? true;
      if (reconcile) await lockFacts(tx, ids);
      const list = [...claims.values()].sort((a, b) => compareText(a.id, b.id));
      const [counted] = list.length === 0 ? [] : await tx.query(queries['imports-insert'], [JSON.stringify(list)]);
      const inserted = counted === undefined ? 0 : decode(z.object({ inserted: z.number().int() }), counted, tx.label, 'import count').inserted;
      const versionsWritten = reconcile ? await reconcileRoots(tx, ids, now, { cache: this.evidence }) : 0;
      return { rows: parsed.length, claimsInserted: inserted, factsTouched: ids.length, versionsWritten };
    });
  }

  /**
   * Re-estimates every source's trust from all stored evidence
   * (`discoverTruth`: accuracy and copying, to a fixed point), stores it and
   * the copy relations found (pairs with P(dependent) ≥ `COPY_THRESHOLD`,
   * replacing the previous set), and re-reconciles every fact with the new
   * weights, in one transaction. Later per-article reconciliation reads both:
   * a source known to copy another that votes the same value adds little.
   * A batch job: run it after an import or a crawl, not per article.
   *
   * An item is a fact at one moment (its claims' valid day); a source's
   * accuracy is also estimated per predicate. Documents of one near-duplicate
   * cluster count once per item.
   *
   * With `fuseBy`, facts fall into groups by the first match of the pattern in
   * their subject (its first capture group, if it has one; no match: a group of
   * their own kind, `''`), as benchmarks fuse each day apart: no value of one
   * group votes in another, while accuracy, copying and mirrors are learned
   * over all groups at once (one day holds too little evidence of copying to
   * tell two camps of sources apart; see bench/README.md).
   *
   * @throws ValidationError when the options fail `RefreshTrustOptions`.
   */
  async refreshTrust(options: RefreshTrustOptions = {}): Promise<TrustResult> {
    const o = parseInput(RefreshTrustOptions, options, 'refreshTrust', 'refreshTrust options');
    const now = o.now ?? this.now();
    const clock = new PhaseClock();
    return this.db.transaction(async (tx) => {
      const roots = decodeAll(z.object({ id: z.string() }), await tx.query(queries['facts-roots']), tx.label, 'fact row').map((r) => r.id);
      // One body of evidence: items never span groups, and accuracy, copying and mirrors are learned over all of them.
      const truth = new TruthEvidence();
      const groups = new Set<string>();
      const chunk = 2000;
      // What is read here is reconciled in the second pass without reading it again (up to a bound, so memory
      // stays flat for any store); the facts are locked before their evidence is read, so it cannot change.
      let kept: EvidenceTable | null = new EvidenceTable();
      for (let i = 0; i < roots.length; i += chunk) {
        const slice = roots.slice(i, i + chunk);
        await lockFacts(tx, slice);
        const evidence = await loadEvidence(tx, slice, this.evidence);
        for (const [root, list] of evidence) kept?.put(root, list);
        if (kept && kept.size > KEPT_CLAIMS) kept = null;
        for (const [root, list] of evidence) {
          groups.add(o.fuseBy === null || list.length === 0 ? '' : fuseGroup(o.fuseBy, list[0]!.subject));
          for (const e of list) {
            if (e.status === 'rejected' || e.hedge === 'denied') continue;
            truth.add(`${root}@${e.observedAt ?? e.published ?? ''}`, e.source ?? e.doc, e.value, e.cluster, e.predicate);
          }
        }
      }
      clock.lap('read evidence');
      const result = discoverTruth(truth, { falseValues: o.falseValues });
      clock.lap('discoverTruth');
      const { trust, copying } = summarise([result]);
      const entries = [...trust].sort(([a], [b]) => compareText(a, b)).map(([source, t]) => ({ source, trust: Math.round(t * 1e6) / 1e6 }));
      if (entries.length > 0) await tx.query(queries['trust-upsert'], [JSON.stringify(entries), now.toISOString()]);
      await tx.query(queries['copying-clear']);
      if (copying.length > 0) {
        const rows = copying.map((c) => ({
          source_a: c.sourceA,
          source_b: c.sourceB,
          probability: c.probability,
          shared_items: c.sharedItems,
          same_values: c.sameValues,
          same_false: c.sameFalse,
          groups: c.groups,
          mirror: c.mirror,
        }));
        await tx.query(queries['copying-insert'], [JSON.stringify(rows), now.toISOString()]);
      }
      // Every fact is weighed with what was learned: trust (per predicate, then per source), copying and mirrors,
      // so that each fact's vote is the one discoverTruth took for it (bench:import counts the items they differ on).
      const weights = { trust: new Map([...result.trust, ...result.domainTrust]), dependence: result.dependence, mirrors: mirrorNames(result.mirrors) };
      const weigh = () => weights;
      let versionsWritten = 0;
      for (let i = 0; i < roots.length; i += chunk) {
        const slice = roots.slice(i, i + chunk);
        versionsWritten += await reconcileRoots(tx, slice, now, { weigh, cache: this.evidence, ...(kept ? { evidence: kept.get(slice) } : {}) });
      }
      clock.lap('reconcile');
      return {
        trust: Object.fromEntries(entries.map((e) => [e.source, e.trust])),
        copying: copying.map(({ groups: _, ...c }) => c),
        groups: Math.max(1, groups.size),
        factsReconciled: roots.length,
        versionsWritten,
        phases: clock.phases,
      };
    });
  }

  /** One page of facts as believed at `asOf` (default now), filtered and keyset-paginated (`store/fact-pages.ts`). */
  async pageFacts(query: FactPageQuery = {}): Promise<Page<FactPageItem>> {
    return pageFacts(this.db, query);
  }

  /** Claims in a review status, those whose fact is contested or needs review first, then the least confident. */
  async reviewQueue(query: ReviewQueueQuery = {}): Promise<Page<ReviewQueueEntry> & { total: number }> {
    return reviewQueue(this.db, query);
  }

  /** Claims by id (or all of one article) with where they come from and their revisions. */
  async claimViews(filter: { articleId?: string; claimIds?: readonly string[] }): Promise<ClaimView[]> {
    return claimViews(this.db, filter);
  }

  /** Articles without their text (every one, or the one with id `articleId`), with outlet and claim count. */
  async articleSummaries(articleId: string | null = null): Promise<ArticleSummary[]> {
    return articleSummaries(this.db, articleId);
  }

  /** The revision (ETag) of each fact: versions ever written + its reviews. Unknown ids are absent. */
  async factRevisions(ids: readonly string[]): Promise<Map<string, number>> {
    return factRevisions(this.db, ids);
  }

  /** Every review of some claims, oldest first. */
  async claimReviews(ids: readonly string[]): Promise<Review[]> {
    return claimReviews(this.db, ids);
  }

  /** The revision (ETag) of each claim: 1 + its reviews. */
  async claimRevisions(ids: readonly string[]): Promise<Map<string, number>> {
    return claimRevisions(this.db, ids);
  }

  /** Sizes: articles, claims (total and per kind), facts, contested facts, versions ever written. */
  async counts(): Promise<StoreCounts> {
    const [row] = await this.db.query(queries['counts']);
    const c = decode(CountsRow, row, this.db.label, 'counts row');
    const claimsByKind = Object.fromEntries(ClaimKind.options.map((kind) => [kind, c.claims_by_kind[kind] ?? 0])) as Record<ClaimKind, number>;
    return {
      articles: c.articles,
      claims: Object.values(claimsByKind).reduce((a, b) => a + b, 0),
      claimsByKind,
      facts: c.facts,
      contested: c.contested,
      versions: c.versions,
    };
  }

  /** `listFacts(filter)` as fact export lines (FORMAT.md), one per fact. */
  async exportFacts(filter: FactFilter = {}): Promise<FactExport[]> {
    const lines: FactExport[] = [];
    for await (const batch of this.exportFactBatches(filter)) lines.push(...batch);
    return lines;
  }

  private async factStates(id: string | null, f: FactFilter): Promise<FactState[]> {
    const rows = await this.db.query(queries['facts-current'], [id, f.status ?? null, f.subject ?? null, f.contested ?? null]);
    return decodeAll(FactStateRow, rows, this.db.label, 'fact row');
  }

  private async evidenceClaims(ids: readonly string[]): Promise<Map<string, EvidenceClaim>> {
    if (ids.length === 0) return new Map();
    const rows = decodeAll(EvidenceRow, await this.db.query(queries['fact-versions-evidence'], [JSON.stringify([...new Set(ids)])]), this.db.label, 'claim row');
    const sources = [...new Set(rows.map((r) => r.source ?? r.doc))];
    const trust = new Map(
      decodeAll(TrustRow, await this.db.query(queries['trust-read'], [JSON.stringify(sources)]), this.db.label, 'trust row').map((t) => [t.source, t.trust]),
    );
    return new Map(rows.map((r) => [r.claimId, { ...r, trust: trust.get(r.source ?? r.doc) ?? null }]));
  }
}

interface PlannedClaim {
  id: string;
  draft: ClaimDraft;
  observation: Observation | null;
  factId: string | null;
  /** The claim's valid-time cues (the extractor's `stated`), stored with it so reconciliation never re-reads the text. */
  cues: TimeCues;
}

function planClaims(article: Article, drafts: readonly ClaimDraft[], storyId: string): PlannedClaim[] {
  const planned = new Map<string, PlannedClaim>();
  const scope = { token: scopeToken(storyId), names: nameWords(article.text), ambiguousCounts: ambiguousCounts(drafts) };
  const none: TimeCues = { validFrom: null, earlier: false, validTo: null };
  for (const draft of drafts) {
    const id = claimId(article.contentHash, draft);
    if (planned.has(id)) continue;
    const observation = claimObservation(draft, scope);
    // Only a fact-observing claim that is not itself a date is dated by its sentence (a date claim's value is its time).
    // A draft without the extractor's cues states none (`recordClaims`).
    const cues = observation && draft.kind !== 'date' ? (draft.stated ?? none) : none;
    planned.set(id, { id, draft, observation, factId: observation ? factId(observation.key) : null, cues });
  }
  return [...planned.values()].sort((a, b) => compareText(a.id, b.id));
}

/**
 * Per fact, the value keys (`identityValueKey`) a batch brings it: those of its claims, and for a twin a story merge
 * made, the value keys of the facts moved into it (each already the key of all its claims).
 */
function claimValueKeys(planned: readonly PlannedClaim[], moves: readonly { mergedInto: string; valueKey: string | null }[]): Map<string, (string | null)[]> {
  const out = new Map<string, (string | null)[]>();
  const add = (id: string, key: string | null) => {
    const list = out.get(id);
    if (list) list.push(key);
    else out.set(id, [key]);
  };
  for (const p of planned) {
    if (!p.observation || !p.factId) continue;
    const o = p.observation;
    add(p.factId, identityValueKey(o.kind, keyParts(o.key).predicate, o.value));
  }
  for (const m of moves) add(m.mergedInto, m.valueKey);
  return out;
}

/** The facts a batch observes, sorted by id: the lock order every writer follows. */
function planFacts(planned: readonly PlannedClaim[], storyId: string) {
  const scope = scopeToken(storyId);
  const facts = new Map<string, { id: string; key: string; subject: string; predicate: string; kind: ClaimKind | null; story_id: string | null }>();
  for (const p of planned) {
    if (!p.observation || !p.factId || facts.has(p.factId)) continue;
    const o = p.observation;
    const scoped = o.key.slice(0, o.key.indexOf('|')).split(' ').includes(scope);
    facts.set(p.factId, { id: p.factId, key: o.key, subject: o.subject, predicate: o.predicate, kind: o.kind, story_id: scoped ? storyId : null });
  }
  return [...facts.values()].sort((a, b) => compareText(a.id, b.id));
}

function claimColumns(p: PlannedClaim) {
  const d = p.draft;
  return {
    id: p.id,
    kind: d.kind,
    start_offset: d.start,
    end_offset: d.end,
    quote: d.quote,
    subject: d.subject,
    predicate: d.predicate,
    value: d.value,
    qualifier: d.qualifier,
    attribution: d.attribution,
    hedge: d.hedge,
    extractor: d.extractor,
    rule: d.rule,
    confidence: d.confidence,
    fact_id: p.factId,
    stated_valid_from: p.cues.validFrom,
    stated_earlier: p.cues.earlier,
    stated_valid_to: p.cues.validTo,
    dated_at_event: d.kind === 'date' ? (d.datedAtEvent ?? null) : null,
    date_event: d.kind === 'date' ? (d.event ?? null) : null,
  };
}

const IdRow = z.object({ id: z.string() });
const RootOfRow = z.object({ id: z.string(), root_id: z.string() });

/** The facts some facts' claims count for (each itself, or the fact it merged into), each once, in id order. */
async function rootsOf(tx: Database, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = decodeAll(RootOfRow, await tx.query(queries['facts-roots-of'], [JSON.stringify(ids)]), tx.label, 'fact row');
  return [...new Set(rows.map((r) => r.root_id))].sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Claims `refreshTrust` keeps in memory between its passes (about 100 bytes each, `EvidenceTable`); a larger
 * store is read twice instead.
 */
const KEPT_CLAIMS = 4_000_000;

/** Wall and CPU time of successive phases of one call, for its result (where a bulk job's time goes). */
class PhaseClock {
  readonly phases: { phase: string; wallSeconds: number; cpuSeconds: number }[] = [];
  private wall = performance.now();
  private cpu = process.cpuUsage();

  lap(phase: string): void {
    const cpu = process.cpuUsage(this.cpu);
    this.phases.push({ phase, wallSeconds: round3((performance.now() - this.wall) / 1000), cpuSeconds: round3((cpu.user + cpu.system) / 1e6) });
    this.wall = performance.now();
    this.cpu = process.cpuUsage();
  }
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The group `fuseBy` puts a subject in: its first capture group if it has one, else the match; `''` when none. */
function fuseGroup(pattern: RegExp, subject: string): string {
  const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(subject);
  return m === null ? '' : (m[1] ?? m[0]);
}

/**
 * One view of several fused groups: a source's trust is its mean over the groups by the items it covers; a
 * pair's evidence is summed and its probability averaged by the items it shares in each.
 */
function summarise(results: readonly TruthResult[]): { trust: Map<string, number>; copying: (CopyRelation & { groups: number })[] } {
  if (results.length === 1) {
    const [r] = results as [TruthResult];
    return { trust: r.trust, copying: relationsOf([r]) };
  }
  const sums = new Map<string, [number, number]>();
  for (const r of results) {
    for (const [source, t] of r.trust) {
      const n = r.coverage.get(source) ?? 0;
      const acc = sums.get(source) ?? [0, 0];
      acc[0] += t * Math.max(n, 1e-9);
      acc[1] += Math.max(n, 1e-9);
      sums.set(source, acc);
    }
  }
  return { trust: new Map([...sums].map(([s, [a, n]]) => [s, a / n])), copying: relationsOf(results) };
}

function relationsOf(results: readonly TruthResult[]): (CopyRelation & { groups: number })[] {
  const pairs = new Map<string, { p: number; items: number; same: number; sameFalse: number; groups: number; mirror: boolean }>();
  for (const r of results) {
    const mirrors = mirrorNames(r.mirrors);
    for (const [key, o] of r.overlap) {
      const p = r.dependence.get(key) ?? 0;
      const acc = pairs.get(key) ?? { p: 0, items: 0, same: 0, sameFalse: 0, groups: 0, mirror: false };
      const [a, b] = key.split('\u0000') as [string, string];
      if (mirrors.has(a) && mirrors.get(a) === mirrors.get(b)) acc.mirror = true;
      acc.p += p * o.items;
      acc.items += o.items;
      acc.same += o.same;
      acc.sameFalse += o.sameFalse;
      acc.groups += 1;
      pairs.set(key, acc);
    }
  }
  const out: (CopyRelation & { groups: number })[] = [];
  for (const [key, a] of pairs) {
    const probability = a.items === 0 ? 0 : Math.round((a.p / a.items) * 1e6) / 1e6;
    if (probability < COPY_THRESHOLD) continue;
    const [sourceA, sourceB] = key.split('\u0000') as [string, string];
    out.push({ sourceA, sourceB, probability, sharedItems: a.items, sameValues: a.same, sameFalse: a.sameFalse, groups: a.groups, mirror: a.mirror });
  }
  return out.sort((x, y) => y.probability - x.probability || compareText(x.sourceA, y.sourceA) || compareText(x.sourceB, y.sourceB));
}

const MergedRow = z.object({ merged_into: z.string().nullable() });
const TrustRow = z.object({ source: z.string(), trust: z.union([z.number(), z.string()]).transform(Number) });
const ClaimTargetRow = z.object({ id: z.string(), origin: z.enum(['claim', 'import']), fact_id: z.string().nullable(), root_id: z.string().nullable() });
const CLAIM_STATUS = { accept: 'accepted', reject: 'rejected', correct: 'corrected' } as const;

/** A version's evidence claim (`fact-versions-evidence.sql`), before its source's trust is added. */
const EvidenceRow = z
  .object({
    id: z.string(),
    origin: z.enum(['claim', 'import']),
    article_id: z.string().nullable(),
    doc: z.string(),
    published: IsoDay.nullable(),
    source_name: z.string().nullable(),
    kind: ClaimKind.nullable(),
    quote: z.string(),
    start_offset: z.union([z.number(), z.string()]).transform(Number),
    end_offset: z.union([z.number(), z.string()]).transform(Number),
    attribution: z.string().nullable(),
    hedge: Hedge.nullable(),
    superseded_by: z.string().nullable(),
  })
  .transform((r) => ({
    claimId: r.id,
    origin: r.origin,
    articleId: r.article_id,
    doc: r.doc,
    published: r.published,
    source: r.source_name,
    kind: r.kind,
    quote: r.quote,
    start: r.start_offset,
    end: r.end_offset,
    attribution: r.attribution,
    hedge: r.hedge,
    supersededBy: r.superseded_by,
  }));

/** Links a just-inserted article to the cluster of its most similar stored near-duplicate, if any. */
async function clusterArticle(tx: Database, article: Article): Promise<void> {
  const signature = minHashSignature(article.text);
  const bands = bandKeys(signature);
  await tx.query(queries['article-cluster-lock']);
  const candidates = decodeAll(
    DuplicateCandidateRow,
    await tx.query(queries['article-duplicate-candidates'], [JSON.stringify(bands), article.id, DUPLICATE_CANDIDATES]),
    tx.label,
    'duplicate candidate row',
  );
  let best: { id: string; cluster: string | null; similarity: number } | null = null;
  for (const c of candidates) {
    const similarity = signatureSimilarity(signature, c.minhash);
    // Ties go to the older article (candidates come oldest first): the cluster keeps its first member's id.
    if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { id: c.id, cluster: c.cluster_id, similarity };
  }
  const cluster = best ? (best.cluster ?? best.id) : null;
  await tx.query(queries['article-cluster-set'], [article.id, minhashHex(signature), JSON.stringify(bands), cluster, JSON.stringify(best && !best.cluster ? [best.id] : [])]);
}

const ChangeRow = z.object({ seq: z.union([z.number(), z.string()]).transform(Number), slot: z.string(), claim_id: z.string(), added: z.boolean(), doc: z.string().nullable() });

/**
 * The versions of a fact, oldest first, as reconciliation wrote it: every one, or (`from`, `count`) at most
 * `count` from seq `from` on. A version stored as a delta (0018) gets its candidates' claims by replaying the
 * fact's membership changes up to it, so a range reads the changes up to its last version and builds the claim
 * lists of its own versions only (each lists every claim it counts: building them for every version of a hot
 * fact grows with the square of its claims).
 */
async function readVersions(db: Database, id: string, range: { from?: number; count?: number } = {}): Promise<FactVersion[]> {
  const rows = decodeAll(StoredVersionRow, await db.query(queries['fact-versions'], [id, range.from ?? 1, range.count ?? null]), db.label, 'version row');
  if (!rows.some((r) => r.evidence_form === 'delta')) return rows.map((r) => toVersion(r));
  const last = rows.at(-1)!.seq;
  const changes = decodeAll(ChangeRow, await db.query(queries['version-changes'], [id, last]), db.label, 'version change row');
  const docs = new Map(changes.flatMap((c) => (c.doc === null ? [] : [[c.claim_id, c.doc] as const])));
  const members: Members = new Map();
  let next = 0;
  return rows.map((r) => {
    const upTo = next;
    while (next < changes.length && changes[next]!.seq <= r.seq) next += 1;
    applyChanges(members, changes.slice(upTo, next));
    return toVersion(r, members, (claim) => docs.get(claim));
  });
}

/**
 * A page of a fact's history (`historyPage`) from the versions it can reach: those from the cursor's version on,
 * a few at first, more only when the page is not full yet, so a page costs the versions it shows (and replaying
 * the membership changes before them), not the fact's whole history.
 */
async function readHistoryPage(db: Database, id: string, limit: number, cursor: string | undefined): Promise<HistoryPage> {
  const from = historyCursorSeq(cursor) ?? 1;
  for (let count = 2; ; count *= 4) {
    const versions = await readVersions(db, id, { from, count });
    const page = historyPage(versions, limit, cursor);
    // Fewer versions than asked for: the history ends here. A page that found its next claim has all it shows.
    if (versions.length < count || page.nextCursor !== null) return page;
  }
}

async function findArticle(db: Database, idOrDoc: string): Promise<Article | null> {
  const [row] = await db.query(queries['article-find'], [idOrDoc]);
  return row ? decode(ArticleRow, row, db.label, 'article row') : null;
}

/** Parses a caller's input; a failure names the input (article id, method). */
function parseInput<S extends z.ZodType>(schema: S, value: unknown, input: string, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ValidationError(input, what, parsed.error);
  return parsed.data;
}

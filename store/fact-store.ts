import { z } from 'zod';
import { ConflictError, InputError, ValidationError } from '../errors.js';
import {
  Article,
  ClaimDraft,
  ClaimKind,
  Source,
  type Claim,
  type FactExport,
  type FactVersion,
} from '../model/index.js';
import type { Database } from './database.js';
import { toFactExport } from './fact-export.js';
import {
  ClaimFilter,
  FactFilter,
  type EvidenceClaim,
  type FactDetail,
  type FactHistory,
  type FactState,
  type RecordClaimsResult,
  type StoreCounts,
} from './fact-views.js';
import { claimId, factId, versionId } from './ids.js';
import { claimObservation, type Observation } from './observation.js';
import { nameFact, reconcileFact, type FactEvidence, type Reconciliation } from './reconcile.js';
import { ArticleRow, ClaimRow, CountsRow, FactRow, FactStateRow, FoundRow, LockedFactRow, VersionRow } from './rows.js';
import { queries } from './sql.js';

export const FactStoreOptions = z.strictObject({
  /** The clock for recorded time when a call passes no `now`. @defaultValue `() => new Date()` */
  now: z.custom<() => Date>((v) => typeof v === 'function').default(() => () => new Date()),
});
export type FactStoreOptions = z.input<typeof FactStoreOptions>;

const RecordClaimsOptions = z.strictObject({ now: z.date().optional() });

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
   * @throws ValidationError when `article` or `source` fails its schema; InputError when
   *   `article.sourceId` names an unknown source.
   */
  async saveArticle(article: Article, source: Source | null): Promise<{ article: Article; inserted: boolean }> {
    const a = parseInput(Article, article, article?.id ?? 'article', 'article');
    const s = source === null ? null : parseInput(Source, source, a.id, 'source');
    return this.db.transaction(async (tx) => {
      if (s) await tx.query(queries['source-insert'], [s.id, s.name, s.kind, s.domain]);
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
      ]);
      if (inserted.length > 0) return { article: decode(ArticleRow, inserted[0], tx.label, 'article row'), inserted: true };
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
   * @param options.now recorded time of the versions written. @defaultValue the store's clock
   * @throws ValidationError when a draft fails `ClaimDraft`; InputError when the article
   *   is not stored or a draft breaks a schema constraint (e.g. `end <= start`);
   *   TransientError when the database connection fails or PostgreSQL aborts a deadlock (retry).
   */
  async recordClaims(articleId: string, drafts: ClaimDraft[], options: { now?: Date } = {}): Promise<RecordClaimsResult> {
    const parsed = parseInput(z.array(ClaimDraft), drafts, articleId, 'claim drafts');
    const now = parseInput(RecordClaimsOptions, options, articleId, 'recordClaims options').now ?? this.now();
    return this.db.transaction(async (tx) => {
      const article = await findArticle(tx, articleId);
      if (!article || article.id !== articleId) throw new InputError(articleId, 'no such article in the store');

      const planned = planClaims(article, parsed);
      const facts = planFacts(planned);
      const factIds = facts.map((f) => f.id);
      let locked: LockedFactRow[] = [];
      if (facts.length > 0) {
        await tx.query(queries['facts-upsert'], [JSON.stringify(facts)]);
        locked = decodeAll(LockedFactRow, await tx.query(queries['facts-lock'], [JSON.stringify(factIds)]), tx.label, 'fact row');
      }
      const inserted = planned.length === 0 ? [] : await tx.query(queries['claims-insert'], [article.id, JSON.stringify(planned.map(claimColumns))]);
      if (facts.length === 0) return { claimsInserted: inserted.length, factsTouched: 0, versionsWritten: 0 };

      const evidence = groupEvidence(decodeAll(ClaimRow, await tx.query(queries['claims-evidence'], [JSON.stringify(factIds)]), tx.label, 'claim row'));
      const open = new Map(
        decodeAll(VersionRow, await tx.query(queries['versions-open'], [JSON.stringify(factIds)]), tx.label, 'version row').map((v) => [v.factId, v]),
      );
      let versionsWritten = 0;
      for (const row of locked) {
        const id = row.id;
        const factEvidence = evidence.get(id) ?? [];
        const name = nameFact(factEvidence);
        if (name && (name.subject !== row.subject || name.predicate !== row.predicate || name.kind !== row.kind)) {
          await tx.query(queries['fact-rename'], [id, name.subject, name.predicate, name.kind]);
        }
        const result = reconcileFact(factEvidence);
        const current = open.get(id);
        if (current && fingerprint(current) === fingerprint(result)) continue;
        await appendVersion(tx, id, current, result, now);
        versionsWritten++;
      }
      return { claimsInserted: inserted.length, factsTouched: facts.length, versionsWritten };
    });
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
    const f = parseInput(FactFilter, filter, 'listFacts', 'fact filter');
    return this.factStates(null, f);
  }

  /** One fact, its current version and each candidate value's claims (quote, doc, source); `null` if unknown. */
  async getFact(id: string): Promise<FactDetail | null> {
    const [state] = await this.factStates(id, {});
    if (!state) return null;
    const claims = await this.evidenceClaims(state.version.candidates.flatMap((c) => c.claimIds));
    return {
      ...state,
      candidates: state.version.candidates.map((candidate) => ({
        candidate,
        claims: candidate.claimIds.flatMap((cid) => claims.get(cid) ?? []),
      })),
    };
  }

  /** Every version of a fact, oldest first, with the claims each counted for and against; `null` if unknown. */
  async factHistory(id: string): Promise<FactHistory | null> {
    const [factRow] = await this.db.query(queries['fact-find'], [id]);
    if (!factRow) return null;
    const fact = decode(FactRow, factRow, this.db.label, 'fact row');
    const versions = decodeAll(VersionRow, await this.db.query(queries['fact-versions'], [id]), this.db.label, 'version row');
    const claims = await this.evidenceClaims(versions.flatMap((v) => [...v.supporting, ...v.opposing]));
    const pick = (ids: readonly string[]) => ids.flatMap((cid) => claims.get(cid) ?? []);
    return { fact, versions: versions.map((version) => ({ version, supporting: pick(version.supporting), opposing: pick(version.opposing) })) };
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
    return (await this.listFacts(filter)).map(({ fact, version }) => toFactExport(fact, version));
  }

  private async factStates(id: string | null, f: FactFilter): Promise<FactState[]> {
    const rows = await this.db.query(queries['facts-current'], [id, f.status ?? null, f.subject ?? null, f.contested ?? null]);
    return decodeAll(FactStateRow, rows, this.db.label, 'fact row');
  }

  private async evidenceClaims(ids: readonly string[]): Promise<Map<string, EvidenceClaim>> {
    if (ids.length === 0) return new Map();
    const rows = decodeAll(ClaimRow, await this.db.query(queries['claims-by-id'], [JSON.stringify([...new Set(ids)])]), this.db.label, 'claim row');
    return new Map(rows.map((r) => [r.claim.id, toEvidenceClaim(r)]));
  }
}

interface PlannedClaim {
  id: string;
  draft: ClaimDraft;
  observation: Observation | null;
  factId: string | null;
}

function planClaims(article: Article, drafts: readonly ClaimDraft[]): PlannedClaim[] {
  const planned = new Map<string, PlannedClaim>();
  for (const draft of drafts) {
    const id = claimId(article.contentHash, draft);
    if (planned.has(id)) continue;
    const observation = claimObservation(draft);
    planned.set(id, { id, draft, observation, factId: observation ? factId(observation.key) : null });
  }
  return [...planned.values()].sort((a, b) => compareText(a.id, b.id));
}

/** The facts a batch observes, sorted by id: the lock order every writer follows. */
function planFacts(planned: readonly PlannedClaim[]) {
  const facts = new Map<string, { id: string; key: string; subject: string; predicate: string; kind: ClaimKind }>();
  for (const p of planned) {
    if (!p.observation || !p.factId || facts.has(p.factId)) continue;
    const o = p.observation;
    facts.set(p.factId, { id: p.factId, key: o.key, subject: o.subject, predicate: o.predicate, kind: o.kind });
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
  };
}

function groupEvidence(rows: readonly ClaimRow[]): Map<string, FactEvidence[]> {
  const byFact = new Map<string, FactEvidence[]>();
  for (const row of rows) {
    if (!row.factId) continue;
    const list = byFact.get(row.factId) ?? [];
    list.push({ claim: row.claim, doc: row.doc, published: row.published, source: row.source });
    byFact.set(row.factId, list);
  }
  return byFact;
}

async function appendVersion(tx: Database, fid: string, current: FactVersion | undefined, result: Reconciliation, now: Date): Promise<void> {
  const recordedAt = now.toISOString();
  if (current) {
    const closed = await tx.query(queries['version-close'], [current.id, recordedAt]);
    // Unreachable while writers hold the fact lock; if it happens, retrying re-reads the new state.
    if (closed.length !== 1) throw new ConflictError(fid, `open version ${current.id} was closed by another writer`);
  }
  const seq = (current?.seq ?? 0) + 1;
  const vid = versionId(fid, seq);
  await tx.query(queries['version-insert'], [
    vid,
    fid,
    seq,
    result.status,
    result.value === null ? null : JSON.stringify(result.value),
    result.validFrom,
    result.validTo,
    recordedAt,
    result.confidence,
    result.reason,
    JSON.stringify(result.candidates),
  ]);
  const evidence = [
    ...result.supporting.map((claim_id) => ({ claim_id, stance: 'support' })),
    ...result.opposing.map((claim_id) => ({ claim_id, stance: 'oppose' })),
  ];
  if (evidence.length > 0) await tx.query(queries['evidence-insert'], [vid, JSON.stringify(evidence)]);
}

/**
 * What "the belief changed" compares: everything reconciliation decides, in a
 * canonical form (jsonb does not keep key order, the database may sort ids
 * by its collation).
 */
function fingerprint(v: Reconciliation | FactVersion): string {
  return stableStringify({
    status: v.status,
    value: v.value,
    validFrom: v.validFrom,
    validTo: v.validTo,
    confidence: v.confidence,
    reason: v.reason,
    supporting: [...v.supporting].sort(compareText),
    opposing: [...v.opposing].sort(compareText),
    candidates: v.candidates,
  });
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toEvidenceClaim(r: ClaimRow): EvidenceClaim {
  return {
    claimId: r.claim.id,
    articleId: r.claim.articleId,
    doc: r.doc,
    published: r.published,
    source: r.source,
    kind: r.claim.kind,
    quote: r.claim.quote,
    start: r.claim.start,
    end: r.claim.end,
    attribution: r.claim.attribution,
    hedge: r.claim.hedge,
  };
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

/** Decodes a row; a row that fails its schema means the schema and code disagree, so it names the database. */
function decode<S extends z.ZodType>(schema: S, row: unknown, label: string, what: string): z.output<S> {
  return parseInput(schema, row, label, what);
}

function decodeAll<S extends z.ZodType>(schema: S, rows: readonly unknown[], label: string, what: string): z.output<S>[] {
  return rows.map((row) => decode(schema, row, label, what));
}

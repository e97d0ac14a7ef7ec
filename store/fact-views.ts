/** What the store's read methods return, beyond the model's own shapes. */
import { z } from 'zod';
import { CopyRelation } from '../reconcile/truth.js';
import { Candidate, CandidateStatus, ClaimKind, Fact, FactStatus, FactValue, FactVersion, Hedge, IdentityReview, IsoDay, Review } from '../model/index.js';

/** A fact with its current belief. */
export const FactState = z.strictObject({ fact: Fact, version: FactVersion });
export type FactState = z.infer<typeof FactState>;

/**
 * A competing value as lists show it: how many claims and sources (documents) back it, never their ids, so a
 * list's size does not grow with a fact's evidence (a fact's page and `fact --history` name them).
 */
export const CandidateSummary = z.strictObject({
  value: FactValue,
  /** `current` (the fact's value), `contested`, `disputed` (outweighed) or `superseded`. */
  status: CandidateStatus,
  validFrom: IsoDay.nullable(),
  validTo: IsoDay.nullable(),
  weight: z.number().nonnegative(),
  /** How many claims back the value. */
  claims: z.number().int().nonnegative(),
  /** How many documents (articles, or import sources) back the value. */
  sources: z.number().int().nonnegative(),
});
export type CandidateSummary = z.infer<typeof CandidateSummary>;

/**
 * How many candidates a list shows per fact (`VersionSummary`): a fact of hundreds of values (a generic count
 * reported over many periods) made one page of 50 facts weigh 700 KB. The fact's page lists them all.
 */
export const LIST_CANDIDATES = 3;

/**
 * A version as lists show it: the belief without its evidence lists, its candidates as summaries (the fact's value
 * first, then contested, disputed, superseded), at most `LIST_CANDIDATES` of them, and how many more it has.
 */
export const VersionSummary = FactVersion.omit({ supporting: true, opposing: true, candidates: true }).extend({
  candidates: z.array(CandidateSummary),
  /** How many more candidates the version has than `candidates` shows (the fact's own page lists every one). */
  candidatesOmitted: z.number().int().nonnegative(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

/** A fact with a belief, as lists show it. */
export const FactSummary = z.strictObject({ fact: Fact, version: VersionSummary });
export type FactSummary = z.infer<typeof FactSummary>;

/** A claim as evidence: what it said and where. */
export const EvidenceClaim = z.strictObject({
  claimId: z.string(),
  /** `claim`: extracted from an article; `import`: a row of `newsfacts import` (no article). */
  origin: z.enum(['claim', 'import']),
  articleId: z.string().nullable(),
  doc: z.string(),
  published: IsoDay.nullable(),
  /** The outlet, when known. */
  source: z.string().nullable(),
  /** The source's estimated trust (`refreshTrust`); `null` until estimated (reconciliation then assumes 0.8). */
  trust: z.number().nullable(),
  /** `null` for imported rows. */
  kind: ClaimKind.nullable(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  attribution: z.string().nullable(),
  hedge: Hedge.nullable(),
  /** The article id of the later version of this claim's page that replaced it (an edited page, 0021): the claim no longer counts. */
  supersededBy: z.string().nullable(),
});
export type EvidenceClaim = z.infer<typeof EvidenceClaim>;

/** `getFact`: the current belief and, per candidate value, the claims behind it. */
export const FactDetail = z.strictObject({
  fact: Fact,
  version: FactVersion,
  candidates: z.array(z.strictObject({ candidate: Candidate, claims: z.array(EvidenceClaim) })),
});
export type FactDetail = z.infer<typeof FactDetail>;

/** One version of `factHistory`, with the claims it counted for and against its value. */
export const VersionDetail = z.strictObject({
  version: FactVersion,
  supporting: z.array(EvidenceClaim),
  opposing: z.array(EvidenceClaim),
});
export type VersionDetail = z.infer<typeof VersionDetail>;

export const FactHistory = z.strictObject({
  fact: Fact,
  /** The fact this one's claims count for, when its subject resolved into another's entity. */
  mergedInto: z.string().nullable(),
  /**
   * One page of the history (`HistoryPageQuery`): the versions whose evidence claims fall in the page, oldest first,
   * each with the page's supporting and opposing claims (its `version` always names all of them by id).
   */
  versions: z.array(VersionDetail),
  /** Pass back as `cursor` for the rest of the evidence; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Every review of the fact, oldest first. */
  reviews: z.array(Review),
  /** Reviewers' decisions on its identity (merges into or out of it, claims moved in or out), oldest first. */
  identityReviews: z.array(IdentityReview),
});
export type FactHistory = z.infer<typeof FactHistory>;

/** Evidence claims per page of a fact's history, and per candidate of a fact (`factHistory`, `getFact`). */
export const EVIDENCE_PAGE_DEFAULT = 100;

/**
 * A page of a fact's history: at most `limit` evidence claims (each version's supporting, then its opposing
 * claims, versions oldest first), starting after `cursor` (the `nextCursor` of the page before).
 */
export const HistoryPageQuery = z.strictObject({
  /** @defaultValue 100 (`EVIDENCE_PAGE_DEFAULT`) */
  limit: z.number().int().min(1).max(1000).default(EVIDENCE_PAGE_DEFAULT),
  cursor: z.string().min(1).optional(),
});
export type HistoryPageQuery = z.input<typeof HistoryPageQuery>;

export const ClaimFilter = z.strictObject({
  /** A document name or article id. */
  doc: z.string().min(1).optional(),
  kind: ClaimKind.optional(),
  factId: z.string().min(1).optional(),
});
export type ClaimFilter = z.infer<typeof ClaimFilter>;

export const FactFilter = z.strictObject({
  /** `true`: only contested facts; `false`: only the others. */
  contested: z.boolean().optional(),
  /** Text the subject contains, any case. */
  subject: z.string().min(1).optional(),
  status: FactStatus.optional(),
});
export type FactFilter = z.infer<typeof FactFilter>;

export const StoreCounts = z.strictObject({
  articles: z.number().int(),
  /** All claims. */
  claims: z.number().int(),
  /** Claims per kind; every kind is present, 0 when none. */
  claimsByKind: z.record(ClaimKind, z.number().int()),
  facts: z.number().int(),
  /** Facts whose current version is contested. */
  contested: z.number().int(),
  /** Versions ever written, closed ones included. */
  versions: z.number().int(),
});
export type StoreCounts = z.infer<typeof StoreCounts>;

export const RecordClaimsResult = z.strictObject({
  /** Claims new to the store (ones already stored by an earlier call are not counted). */
  claimsInserted: z.number().int(),
  /** Facts the drafts observe, all of which were reconciled. */
  factsTouched: z.number().int(),
  /** Facts whose belief changed, so got a new version. */
  versionsWritten: z.number().int(),
});
export type RecordClaimsResult = z.infer<typeof RecordClaimsResult>;

/**
 * `factAt`: the belief held at a recorded time (`asOf`, default now) and, with
 * `validAt`, the value that belief says held on that day.
 */
export const FactAt = z.strictObject({
  fact: Fact,
  /** The version current at `asOf`; null when the fact had no version yet. */
  version: FactVersion.nullable(),
  /** With `validAt`: the candidate (current or superseded) whose valid interval contains it, else null. */
  valid: Candidate.nullable(),
});
export type FactAt = z.infer<typeof FactAt>;

export const FactAtQuery = z.strictObject({
  /** Recorded time: what did we believe then? @defaultValue now */
  asOf: z.date().optional(),
  /** Valid time, `YYYY-MM-DD`: what held in the world that day? */
  validAt: IsoDay.optional(),
});
export type FactAtQuery = z.infer<typeof FactAtQuery>;

/** One row of `newsfacts import`: `source` says `value` for `attribute` of `object`. */
export const ImportRow = z.strictObject({
  source: z.string().trim().min(1),
  object: z.string().trim().min(1),
  attribute: z.string().trim().min(1),
  value: z.string(),
  observedAt: IsoDay.nullable().default(null),
});
export type ImportRow = z.input<typeof ImportRow>;

const IMPORT_ROW_KEYS = new Set(['source', 'object', 'attribute', 'value', 'observedAt']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `ImportRow.safeParse` at a million rows a minute: the schema's rules checked by hand, and a row that
 * breaks one parsed by the schema itself, for the error it reports (test/store/import-row.test.ts holds
 * the two to the same answers). `undefined` when the row passes.
 */
export function importRowIssue(row: unknown): z.ZodError | undefined {
  if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
    const r = row as Record<string, unknown>;
    let known = true;
    for (const key in r) if (!IMPORT_ROW_KEYS.has(key)) known = false;
    const word = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
    const day = r.observedAt === undefined || r.observedAt === null || (typeof r.observedAt === 'string' && ISO_DAY.test(r.observedAt));
    if (known && word(r.source) && word(r.object) && word(r.attribute) && typeof r.value === 'string' && day) return undefined;
  }
  const parsed = ImportRow.safeParse(row);
  return parsed.success ? undefined : parsed.error;
}

/** A row that passed `importRowIssue`, as `ImportRow` outputs it (names trimmed, `observedAt` null when absent). */
export function toImportRow(row: ImportRow): z.output<typeof ImportRow> {
  return { source: row.source.trim(), object: row.object.trim(), attribute: row.attribute.trim(), value: row.value, observedAt: row.observedAt ?? null };
}

export const ImportResult = z.strictObject({
  rows: z.number().int(),
  claimsInserted: z.number().int(),
  factsTouched: z.number().int(),
  versionsWritten: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ReviewResult = z.strictObject({
  review: Review,
  /** The fact the review applies to, in its belief after the review. */
  fact: FactState,
});
export type ReviewResult = z.infer<typeof ReviewResult>;

export const TrustResult = z.strictObject({
  /** Estimated trust per source, by source. */
  trust: z.record(z.string(), z.number()),
  /** The source pairs found dependent (one likely copies the other), most likely first. */
  copying: z.array(CopyRelation),
  /** Groups fused apart (`fuseBy`); 1 when everything is fused together. */
  groups: z.number().int().nonnegative(),
  factsReconciled: z.number().int(),
  versionsWritten: z.number().int(),
  /** Where the refresh's time went (reading evidence, discovering truth, reconciling): wall and this process's CPU. */
  phases: z.array(z.strictObject({ phase: z.string(), wallSeconds: z.number(), cpuSeconds: z.number() })).default([]),
});
export type TrustResult = z.infer<typeof TrustResult>;

/** Parses an imported value: a number (`1,234.5`, `-3e2`) is an amount of unit `1`, anything else text. */
export function importedValue(raw: string): z.infer<typeof FactValue> {
  const t = raw.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][+-]?\d+)?$/.test(t) || /^[+-]?\.\d+$/.test(t)) {
    const n = Number(t.replaceAll(',', ''));
    if (Number.isFinite(n)) return { amount: n, unit: '1' };
  }
  return { text: raw };
}

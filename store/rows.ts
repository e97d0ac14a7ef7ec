/**
 * Decoders of the rows our queries return: snake_case columns to the model's
 * shapes, validated on the way out of the database like any other boundary.
 */
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { Article, Candidate, Claim, ClaimKind, FactStatus, FactValue, IsoDay, Timestamp, type CandidateStatus, type Fact, type FactVersion } from '../model/index.js';
import { CandidateSummary, LIST_CANDIDATES, type FactSummary } from './fact-views.js';
import { applyChanges, decodeEvidence, StoredCandidate, type Members } from './version-evidence.js';

const text = z.string();
const nullableText = z.string().nullable();
/** `int4` arrives as a number, `int8`/`numeric` as a string depending on the driver. */
const integer = z.union([z.number(), z.string()]).transform(Number).pipe(z.number().int());
const float = z.union([z.number(), z.string()]).transform(Number).pipe(z.number());

export const ArticleRow = z
  .object({
    id: text,
    doc: text,
    url: nullableText,
    path: nullableText,
    canonical: nullableText,
    title: nullableText,
    byline: nullableText,
    published: IsoDay.nullable(),
    lang: nullableText,
    text: text,
    content_hash: text,
    source_id: nullableText,
  })
  .transform(
    (r): Article => ({
      id: r.id,
      doc: r.doc,
      url: r.url,
      path: r.path,
      canonical: r.canonical,
      title: r.title,
      byline: r.byline,
      published: r.published,
      lang: r.lang,
      text: r.text,
      contentHash: r.content_hash,
      sourceId: r.source_id,
    }),
  )
  .pipe(Article);

const claimColumns = {
  id: text,
  article_id: text,
  kind: text,
  start_offset: integer,
  end_offset: integer,
  quote: text,
  subject: nullableText,
  predicate: nullableText,
  value: z.unknown(),
  qualifier: nullableText,
  attribution: nullableText,
  hedge: nullableText,
  extractor: text,
  rule: text,
  confidence: float,
  status: text,
  fact_id: nullableText,
  /** A date claim's `datedAtEvent` (0043), where the query selects it; null when its extractor did not say. */
  dated_at_event: z.boolean().nullable().optional(),
  /** A date claim's `event` (0046), where the query selects it; null when its extractor did not name it (or no subject). */
  date_event: nullableText.optional(),
};

/**
 * A claim row joined with its article's doc, publish date, outlet name and,
 * where the query selects it (`claims-evidence`), near-duplicate cluster.
 */
export const ClaimRow = z
  .object({ ...claimColumns, doc: text, published: IsoDay.nullable(), source_name: nullableText, cluster_id: nullableText.optional(), superseded_by: nullableText.optional() })
  .transform((r) => ({
    claim: {
      id: r.id,
      articleId: r.article_id,
      status: r.status,
      kind: r.kind,
      value: r.value,
      start: r.start_offset,
      end: r.end_offset,
      quote: r.quote,
      subject: r.subject,
      predicate: r.predicate,
      attribution: r.attribution,
      hedge: r.hedge,
      qualifier: r.qualifier,
      extractor: r.extractor,
      rule: r.rule,
      confidence: r.confidence,
      ...(r.kind === 'date' && typeof r.dated_at_event === 'boolean' ? { datedAtEvent: r.dated_at_event } : {}),
      ...(r.kind === 'date' && typeof r.date_event === 'string' ? { event: r.date_event as string | null } : {}),
    },
    factId: r.fact_id,
    doc: r.doc,
    published: r.published,
    source: r.source_name,
    cluster: r.cluster_id ?? null,
    supersededBy: r.superseded_by ?? null,
  }))
  .pipe(
    z.object({
      claim: Claim,
      factId: nullableText,
      doc: text,
      published: IsoDay.nullable(),
      source: nullableText,
      /** The article's near-duplicate cluster (articles.cluster_id); null when it has no near-duplicate. */
      cluster: nullableText,
      /** The later version of the claim's page that replaced its article (0021), where the query selects it; the claim then no longer counts. */
      supersededBy: nullableText,
    }),
  );
export type ClaimRow = z.infer<typeof ClaimRow>;

/** The columns of a version that lists show too (`FactSummaryRow`). */
const versionHeadColumns = {
  id: text,
  fact_id: text,
  seq: integer,
  status: FactStatus,
  value: FactValue.nullable(),
  valid_from: IsoDay.nullable(),
  valid_to: IsoDay.nullable(),
  recorded_from: Timestamp,
  recorded_to: Timestamp.nullable(),
  confidence: float,
  reason: text,
  /** `full`: `Candidate`s with their claim lists; `delta` (0018): `StoredCandidate`s, whose claims are their slots' members. */
  candidates: z.array(z.unknown()),
  /** 'slots' (0036) only where a query reads a version as stored (`versions-open`); reads replay it as a 'delta' one. */
  evidence_form: z.enum(['full', 'delta', 'slots']).default('full'),
};

const versionColumns = {
  ...versionHeadColumns,
  supporting: z.array(text),
  opposing: z.array(text),
  fingerprint: nullableText.default(null),
  explicit_supporting: z.array(text).nullable().default(null),
  explicit_opposing: z.array(text).nullable().default(null),
  /** A `delta` version's [slot, claim id, doc] (facts-current, facts-page); null or absent otherwise. */
  members: z.array(z.tuple([text, text, nullableText])).nullable().default(null),
};

/** A `fact_versions` row as stored, before its evidence is put back together. */
export const StoredVersionRow = z.object(versionColumns);
export type StoredVersionRow = z.infer<typeof StoredVersionRow>;

/**
 * The version a row stores. A `delta` row's candidates, supporting and opposing claims come from its slots'
 * `members` and each claim's document (`docOf`); by default those the row itself carries (`members`).
 */
export function toVersion(r: StoredVersionRow, members?: Members, docOf?: (claimId: string) => string | undefined): FactVersion {
  let evidence: Pick<FactVersion, 'candidates' | 'supporting' | 'opposing'>;
  if (r.evidence_form === 'full') {
    evidence = { candidates: z.array(Candidate).parse(r.candidates), supporting: r.supporting, opposing: r.opposing };
  } else {
    let docs = docOf;
    if (!members) {
      if (r.members === null) throw new Error(`version ${r.id}: its evidence was not read with it (members)`);
      members = applyChanges(new Map(), r.members.map(([slot, claim_id]) => ({ slot, claim_id, added: true })));
      const byClaim = new Map(r.members.map(([, claim, doc]) => [claim, doc ?? undefined]));
      docs = (id) => byClaim.get(id);
    }
    evidence = decodeEvidence(
      z.array(StoredCandidate).parse(r.candidates),
      { supporting: r.explicit_supporting, opposing: r.explicit_opposing },
      members,
      docs ?? (() => undefined),
    );
  }
  return { ...versionHead(r), supporting: evidence.supporting, opposing: evidence.opposing, candidates: evidence.candidates };
}

/** The fields of a version that lists show too, from its row (`versionHeadColumns`). */
function versionHead(r: z.output<z.ZodObject<typeof versionHeadColumns>>) {
  return {
    id: r.id,
    factId: r.fact_id,
    seq: r.seq,
    status: r.status,
    value: r.value,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    recordedFrom: r.recorded_from,
    recordedTo: r.recorded_to,
    confidence: r.confidence,
    reason: r.reason,
  };
}

/** A `fact_versions` row with its evidence sets aggregated as jsonb arrays (or, 0018, its slots' members). */
export const VersionRow = StoredVersionRow.transform((r) => toVersion(r));

/** A fact joined with a version row, before the version's evidence is put back together (`facts-batch.sql`). */
export const StoredFactStateRow = z.object({ ...versionColumns, key: text, subject: text, predicate: text, fact_kind: ClaimKind.nullable() });
export type StoredFactStateRow = z.infer<typeof StoredFactStateRow>;

/** The fact of a `StoredFactStateRow`. */
export function toFact(r: StoredFactStateRow): Fact {
  return { id: r.fact_id, key: r.key, subject: r.subject, predicate: r.predicate, kind: r.fact_kind };
}

/** A fact joined with its current version (`facts-current.sql`). */
export const FactStateRow = StoredFactStateRow.transform((r): { fact: Fact; version: FactVersion } => ({ fact: toFact(r), version: toVersion(r) }));

/** Lists put a fact's value first, then what competes with it most: contested, disputed, superseded values. */
const LIST_ORDER: Record<CandidateStatus, number> = { current: 0, contested: 1, disputed: 2, superseded: 3 };

/**
 * A version's candidates as summaries, from the row alone: a `delta` version stores each candidate's claim and
 * document counts (0018); a `full` one (before 0018) its lists.
 */
export function candidateSummaries(form: 'full' | 'delta' | 'slots', stored: readonly unknown[]): CandidateSummary[] {
  return summarise(
    stored.map((raw) => {
      const c = form === 'full' ? Candidate.parse(raw) : StoredCandidate.parse(raw);
      return { ...c, ...('claimCount' in c ? { claims: c.claimCount, sources: c.sourceCount } : { claims: c.claimIds.length, sources: c.sources.length }) };
    }),
  );
}

/** Candidates as lists show them (`summariseCandidates`), from a decoded version's. */
export function summariseCandidates(candidates: readonly Candidate[]): CandidateSummary[] {
  return summarise(candidates.map((c) => ({ ...c, claims: c.claimIds.length, sources: c.sources.length })));
}

/**
 * The fact's value first, then contested, disputed and superseded values (each in the version's order). A
 * candidate stored without a status (the first versions) is `current` when chosen, else `contested`, as those
 * versions meant.
 */
function summarise(candidates: readonly (Pick<Candidate, 'value' | 'status' | 'validFrom' | 'validTo' | 'weight'> & { claims: number; sources: number })[]): CandidateSummary[] {
  const summaries = candidates.map(
    (c, i): CandidateSummary => ({ value: c.value, status: c.status ?? (i === 0 ? 'current' : 'contested'), validFrom: c.validFrom, validTo: c.validTo, weight: c.weight, claims: c.claims, sources: c.sources }),
  );
  const [chosen, ...others] = summaries;
  return chosen ? [chosen, ...others.map((c, i) => ({ c, i })).sort((a, b) => LIST_ORDER[a.c.status] - LIST_ORDER[b.c.status] || a.i - b.i).map(({ c }) => c)] : [];
}

/**
 * What a list shows of a version's candidates (`fact_versions.listed`, 0040): the first `LIST_CANDIDATES` of
 * `summariseCandidates`' order and how many more there are. Written with each version; a list reads it instead of
 * replaying every candidate.
 */
export const ListSummary = z.strictObject({ candidates: z.array(CandidateSummary), omitted: integer });
export type ListSummary = z.infer<typeof ListSummary>;

/** A version's `ListSummary`, from its candidates as it stores them. */
export function listSummary(stored: readonly StoredCandidate[]): ListSummary {
  // `capped(summarise(…))` without ordering every candidate: the first, then the next `LIST_CANDIDATES - 1` by
  // (list order, place), picked one pass per status (a long story's count has thousands of superseded values).
  const picked: number[] = stored.length > 0 ? [0] : [];
  const statusOf = (i: number): CandidateStatus => stored[i]!.status ?? (i === 0 ? 'current' : 'contested');
  for (const status of LIST_STATUSES) {
    for (let i = 1; i < stored.length && picked.length < LIST_CANDIDATES; i++) if (statusOf(i) === status) picked.push(i);
  }
  const candidates = picked.map((i): CandidateSummary => {
    const c = stored[i]!;
    return { value: c.value, status: statusOf(i), validFrom: c.validFrom, validTo: c.validTo, weight: c.weight, claims: c.claimCount, sources: c.sourceCount };
  });
  return { candidates, omitted: Math.max(0, stored.length - LIST_CANDIDATES) };
}

/** The statuses in `LIST_ORDER`. */
const LIST_STATUSES = (Object.keys(LIST_ORDER) as CandidateStatus[]).sort((a, b) => LIST_ORDER[a] - LIST_ORDER[b]);

/** The first `LIST_CANDIDATES` of some summaries in list order, and how many more there are. */
export function capped(summaries: readonly CandidateSummary[]): ListSummary {
  return { candidates: summaries.slice(0, LIST_CANDIDATES), omitted: Math.max(0, summaries.length - LIST_CANDIDATES) };
}

/**
 * A fact with its version as lists show it (`facts-page.sql`): counts per candidate, no evidence lists. A version
 * with its `listed` (0040) carries those; one without, every candidate (`candidatesOmitted` 0: `pageFacts` cuts it).
 */
export const FactSummaryRow = z
  .object({
    ...versionHeadColumns,
    key: text,
    subject: text,
    predicate: text,
    fact_kind: ClaimKind.nullable(),
    listed: ListSummary.nullable().default(null),
  })
  .transform(
    (r): FactSummary => ({
      fact: { id: r.fact_id, key: r.key, subject: r.subject, predicate: r.predicate, kind: r.fact_kind },
      version: {
        ...versionHead(r),
        ...(r.listed
          ? { candidates: r.listed.candidates, candidatesOmitted: r.listed.omitted }
          : { candidates: candidateSummaries(r.evidence_form, r.candidates), candidatesOmitted: 0 }),
      },
    }),
  );

export const FactRow = z.object({ id: text, key: text, subject: text, predicate: text, kind: ClaimKind.nullable() });

export const CountsRow = z.object({
  articles: integer,
  facts: integer,
  contested: integer,
  versions: integer,
  claims_by_kind: z.record(z.string(), integer),
});

export const FoundRow = z.object({ found: z.boolean() });
/** A fact row as `facts-lock.sql` returns it. */
export const LockedFactRow = z.object({ id: text, key: text, subject: text, predicate: text, kind: ClaimKind.nullable() });
export type LockedFactRow = z.infer<typeof LockedFactRow>;

/** An article with its near-duplicate cluster (`article-clusters.sql`). */
export const ArticleClusterRow = z
  .object({
    id: text,
    doc: text,
    url: nullableText,
    canonical: nullableText,
    title: nullableText,
    published: IsoDay.nullable(),
    source_name: nullableText,
    cluster_id: nullableText,
    cluster_size: integer,
    versions: integer,
  })
  .transform((r) => ({
    id: r.id,
    doc: r.doc,
    url: r.url,
    canonical: r.canonical,
    title: r.title,
    published: r.published,
    source: r.source_name,
    cluster: r.cluster_id,
    clusterSize: r.cluster_size,
    /** How many versions its page (URL) has; the row is the latest (0021). */
    versions: r.versions,
  }));
export type ArticleClusterRow = z.infer<typeof ArticleClusterRow>;

/**
 * A stored article's signature, to confirm a near-duplicate candidate (`article-duplicate-candidates.sql`): its
 * slots as stored (0054: each an unsigned 32-bit integer, big-endian), read back as numbers.
 */
export const DuplicateCandidateRow = z
  .object({ id: text, cluster_id: nullableText, minhash_slots: z.instanceof(Uint8Array) })
  .transform((r) => ({ id: r.id, cluster_id: r.cluster_id, minhash: minhashFromBytes(r.minhash_slots) }));

/** A MinHash signature as `article-cluster-set` stores it (0054): each slot as 8 hexadecimal digits, in order. */
export function minhashHex(signature: readonly number[]): string {
  let hex = '';
  for (const slot of signature) hex += (slot >>> 0).toString(16).padStart(8, '0');
  return hex;
}

/** The slots of a stored signature (`minhashHex`'s bytes). */
export function minhashFromBytes(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const slots = new Array<number>(bytes.byteLength >>> 2);
  for (let i = 0; i < slots.length; i++) slots[i] = view.getUint32(i * 4);
  return slots;
}

/** Conditional-GET state of one URL (`fetched-find.sql`). */
export const FetchedRow = z
  .object({
    url: text,
    final_url: text,
    etag: nullableText,
    last_modified: nullableText,
    content_type: text,
    charset: nullableText,
    body: z.instanceof(Uint8Array),
    fetched_at: z.date(),
  })
  .transform((r) => ({
    url: r.url,
    finalUrl: r.final_url,
    etag: r.etag,
    lastModified: r.last_modified,
    contentType: r.content_type,
    charset: r.charset,
    body: Uint8Array.from(r.body),
    fetchedAt: r.fetched_at,
  }));

/** Decodes a row; a row that fails its schema means the schema and code disagree, so it names the database (`label`). */
export function decode<S extends z.ZodType>(schema: S, row: unknown, label: string, what: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new ValidationError(label, what, parsed.error);
  return parsed.data;
}

export function decodeAll<S extends z.ZodType>(schema: S, rows: readonly unknown[], label: string, what: string): z.output<S>[] {
  return rows.map((row) => decode(schema, row, label, what));
}

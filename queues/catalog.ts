import { z } from 'zod';
import { completeClaims, lacksCues } from '../extract/claim-completion.js';
import { EXTRACTOR_VERSION } from '../extract/version.js';
import { buildArticle, DocumentRef, type ArticleSource } from '../ingest/index.js';
import { ClaimDraft } from '../model/index.js';
import { InputError, ValidationError } from '../errors.js';
import { jobId, MAX_CLAIMS_PER_ARTICLE, type JobContext, type JobDefinition, type JobName, type JobRequest } from './job.js';

export const IngestPayload = DocumentRef;
export type IngestPayload = z.infer<typeof IngestPayload>;

export const ExtractPayload = z.strictObject({ articleId: z.string().min(1) });
export type ExtractPayload = z.infer<typeof ExtractPayload>;

export const ReconcilePayload = z.strictObject({
  articleId: z.string().min(1),
  extractor: z.string().min(1),
  claims: z.array(ClaimDraft),
});
export type ReconcilePayload = z.infer<typeof ReconcilePayload>;

/**
 * ingest: load one document, store it as an article (a no-op when its content
 * hash is known), and hand it to extract unless this extractor already did it.
 */
const ingest: JobDefinition<typeof IngestPayload> = {
  schema: IngestPayload,
  async handler(ref, { store, sources }) {
    const source = pickSource(sources, ref.location);
    const raw = await source.load(ref);
    if (raw.notModified && raw.url) {
      // A 304 for a page whose article this extractor already did: nothing to parse or store.
      const known = await store.articleByUrl(raw.url);
      if (known && (await store.hasClaimsFrom(known.id, EXTRACTOR_VERSION))) {
        return { summary: { articleId: known.id, doc: known.doc, inserted: false, skipped: true, notModified: true }, next: [] };
      }
    }
    const { article, source: outlet } = buildArticle(raw);
    const saved = await store.saveArticle(article, outlet);
    const done = !saved.inserted && (await store.hasClaimsFrom(saved.article.id, EXTRACTOR_VERSION));
    return {
      summary: { articleId: saved.article.id, doc: saved.article.doc, inserted: saved.inserted, skipped: done },
      next: done ? [] : [extractRequest(saved.article.id)],
    };
  },
};

let extractorLoading: Promise<typeof import('../extract/index.js')> | undefined;

/**
 * The extractor, loaded on first use: the NLP lexicons cost a second or more, and ingest-only workers never need
 * them. The promise is kept, as each `import()` call resolves its specifier again through the loader's hooks (under
 * tsx on another thread, about 1 ms of CPU a call).
 */
function extractor(): Promise<typeof import('../extract/index.js')> {
  extractorLoading ??= import('../extract/index.js');
  return extractorLoading;
}

/** extract: article → claim drafts. Pure work; the drafts travel to reconcile in its payload. */
const extract: JobDefinition<typeof ExtractPayload> = {
  schema: ExtractPayload,
  async handler({ articleId }, { store, logger, maxClaimsPerArticle = MAX_CLAIMS_PER_ARTICLE }) {
    const article = await store.getArticle(articleId);
    if (!article) throw new InputError(articleId, 'no such article in the store');
    const { extractClaims } = await extractor();
    const { claims, more } = extractUpTo((text) => extractClaims({ text, published: article.published }), article.text, maxClaimsPerArticle);
    if (more) {
      logger.warn(
        { article: articleId, doc: article.doc, extracted: more.extracted, kept: claims.length, readChars: more.readChars, textChars: article.text.length },
        `${article.doc}: ${more.readChars < article.text.length ? `over ${maxClaimsPerArticle} claims in its first ${more.readChars} of ${article.text.length} characters` : `${more.extracted} claims`}, keeping the first ${claims.length}`,
      );
    }
    // The drafts travel in the reconcile job; the store notes that the article waits for them.
    await store.markArticleStage(articleId, 'extracted', { extractor: EXTRACTOR_VERSION });
    return {
      summary: { articleId, doc: article.doc, claims: claims.length, ...(more ? { claimsLeftOut: more.extracted - claims.length, ...(more.readChars < article.text.length ? { charsNotRead: article.text.length - more.readChars } : {}) } : {}) },
      next: [reconcileRequest({ articleId, extractor: EXTRACTOR_VERSION, claims })],
    };
  },
};

/**
 * Texts longer than this are extracted window by window, each ending at a
 * paragraph (or line, or sentence) break, and the reading stops once the claim
 * cap is reached: a 9 MB text then costs the memory and time of its first
 * windows, not of the whole text at once. No news article comes near it, so
 * their claims never depend on it; within a window, the extractor sees only
 * that window (a surname in a later window no longer meets its full name).
 */
export const EXTRACT_WINDOW_CHARS = 256 * 1024;

/**
 * The first `max` claims of `text` in text order, extracted whole or window by
 * window (see {@link EXTRACT_WINDOW_CHARS}); `more` tells how many were found and
 * how much was read when the cap cut the list, else it is null.
 */
export function extractUpTo(
  extract: (text: string) => ClaimDraft[],
  text: string,
  max: number,
  windowChars: number = EXTRACT_WINDOW_CHARS,
): { claims: ClaimDraft[]; more: { extracted: number; readChars: number } | null } {
  const found: ClaimDraft[] = [];
  let from = 0;
  while (from < text.length && found.length <= max) {
    const to = windowEnd(text, from, windowChars);
    const drafts = from === 0 && to === text.length ? extract(text) : extract(text.slice(from, to));
    for (const d of drafts) found.push(from === 0 ? d : { ...d, start: d.start + from, end: d.end + from });
    from = to;
  }
  // In text order, so the claims kept are the same on every run.
  if (found.length <= max) return { claims: found, more: null };
  const claims = [...found].sort((a, b) => a.start - b.start || a.end - b.end).slice(0, max);
  return { claims, more: { extracted: found.length, readChars: from } };
}

/** Where a window starting at `from` ends: the last paragraph, line or sentence break within `size`, else `from + size`. */
function windowEnd(text: string, from: number, size: number): number {
  if (text.length - from <= size) return text.length;
  const limit = from + size;
  for (const brk of ['\n\n', '\n', '. ']) {
    const at = text.lastIndexOf(brk, limit - brk.length);
    if (at > from + size / 2) return at + brk.length;
  }
  return limit;
}

/**
 * reconcile: store the claims and re-reconcile every fact they touch, in one transaction. Drafts of an older
 * extractor (a job queued before an upgrade) lack cues this one puts on its claims: the extractor's own rules
 * work them out from the article first (`completeClaims`), as the store reads no text.
 */
const reconcile: JobDefinition<typeof ReconcilePayload> = {
  schema: ReconcilePayload,
  async handler({ articleId, claims: drafts }, { store, now }) {
    let claims = drafts;
    if (drafts.some(lacksCues)) {
      const article = await store.getArticle(articleId);
      if (!article) throw new InputError(articleId, 'no such article in the store');
      claims = [...completeClaims(drafts, article)];
    }
    const result = await store.recordClaims(articleId, claims, { now: now() });
    const byKind: Record<string, number> = {};
    for (const claim of claims) byKind[claim.kind] = (byKind[claim.kind] ?? 0) + 1;
    return { summary: { articleId, claims: claims.length, byKind, ...result }, next: [] };
  },
};

/**
 * The job catalog: every job name maps to its payload schema and handler, and
 * the mapped type makes a missing handler a compile error. The BullMQ workers
 * and the in-process runner both run jobs through `runJob` below.
 */
export const jobCatalog: { [N in JobName]: JobDefinition<z.ZodType> } = { ingest, extract, reconcile } as const;

export function ingestRequest(ref: z.input<typeof IngestPayload>): JobRequest {
  const payload = IngestPayload.parse(ref);
  return { name: 'ingest', id: jobId('ingest', payload.location), payload };
}

export function extractRequest(articleId: string): JobRequest {
  return { name: 'extract', id: jobId('extract', articleId, EXTRACTOR_VERSION), payload: { articleId } };
}

export function reconcileRequest(payload: ReconcilePayload): JobRequest {
  return { name: 'reconcile', id: jobId('reconcile', payload.articleId, payload.extractor), payload };
}

/**
 * Parses a job's payload against its schema, then runs its handler. A payload
 * that fails its schema is an input error naming the job and the field: it
 * fails at once and is never retried. `parsed`: the payload is a handler's own
 * output in this process (a request its builder typed, whose claims the
 * extractor validated where it made them), crossing no boundary, so it is not
 * parsed again (the in-process runner's chained jobs). A payload read from a
 * queue is always parsed.
 */
export async function runJob(
  name: JobName,
  id: string,
  payload: unknown,
  context: Parameters<JobDefinition<z.ZodType>['handler']>[1],
  options: { parsed?: boolean } = {},
) {
  const definition = jobCatalog[name];
  if (options.parsed) return definition.handler(payload, context);
  const parsed = definition.schema.safeParse(payload);
  if (!parsed.success) throw new ValidationError(`job ${name} ${id}`, `${name} payload`, parsed.error);
  return definition.handler(parsed.data, context);
}

function pickSource(sources: readonly ArticleSource[], location: string): ArticleSource {
  const source = sources.find((s) => s.accepts(location));
  if (!source) throw new InputError(location, 'no article source can read this location');
  return source;
}

/**
 * Notes in the store that a job failed for good, so that `newsfacts articles
 * --stage failed` shows the article and its reason and `recover --failed` can
 * resume it. Jobs without an article yet (ingest) have nothing to note: the
 * failed job itself keeps the location and reason.
 */
export async function recordFailure(store: JobContext['store'], request: Pick<JobRequest, 'name' | 'payload'>, error: Error): Promise<void> {
  const articleId = (request.payload as { articleId?: unknown } | null)?.articleId;
  if (request.name === 'ingest' || typeof articleId !== 'string') return;
  await store.markArticleStage(articleId, 'failed', { reason: `${request.name}: ${error.message}` });
}

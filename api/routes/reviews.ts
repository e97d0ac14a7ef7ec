import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { InputError } from '../../errors.js';
import type { Claim } from '../../model/index.js';
import { splitSentences, type Sentence } from '../../extract/sentence.js';
import type { ClaimView, FactStore } from '../../store/index.js';
import type { ApiDeps } from '../server.js';
import {
  ClaimIdParams,
  ClaimItem,
  ErrorBody,
  FactIdParams,
  FactItem,
  IfMatchHeaders,
  ReviewBody,
  ReviewQueuePage,
  ReviewQueueQuery,
  ReviewIdParams,
  ReviewResponse,
  WithdrawalBody,
} from '../schemas.js';
import { security, type Access, type Api } from '../types.js';
import { formatValue } from '../../lexicon/value-grammar.js';
import { reviewerOf } from '../auth.js';
import { correctionValue } from '../correction.js';
import { presentFactItem, presentReview } from '../present.js';
import { etag, revisionOf } from './etag.js';

export function registerReviewRoutes(api: Api, deps: ApiDeps, read: Access, write: Access): void {
  const { store } = deps;
  registerWithdrawal(api, store, write);

  api.get(
    '/api/review-queue',
    {
      ...read,
      schema: {
        tags: ['review'],
        summary: 'Claims awaiting review: those feeding contested facts first, then the least confident',
        description:
          'Each claim in its sentence (span offsets inside it), its article\'s headline and URL, and the fact it feeds with the competing values. Claims of a page version a later one replaced are left out. `total` counts all pages.',
        security: security(read),
        querystring: ReviewQueueQuery,
        response: { 200: ReviewQueuePage, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => {
      const page = await store.reviewQueue(request.query);
      const texts = new Map<string, { text: string; sentences: readonly Sentence[]; title: string | null; url: string | null }>();
      const facts = new Map<string, z.infer<typeof FactItem> | null>();
      const items = [];
      for (const { view } of page.items) {
        if (!texts.has(view.claim.articleId)) {
          const found = await store.getArticle(view.claim.articleId);
          const text = found?.text ?? view.claim.quote;
          texts.set(view.claim.articleId, { text, sentences: splitSentences(text), title: found?.title ?? null, url: found?.url ?? found?.canonical ?? null });
        }
        const article = texts.get(view.claim.articleId)!;
        if (view.rootId && !facts.has(view.rootId)) facts.set(view.rootId, await factItem(store, view.rootId));
        items.push({
          claim: claimItem(view),
          context: sentenceAround(article.text, view.claim, article.sentences),
          article: { title: article.title, url: article.url },
          fact: view.rootId ? (facts.get(view.rootId) ?? null) : null,
        });
      }
      return { items, nextCursor: page.nextCursor, total: page.total };
    },
  );

  api.get(
    '/api/claims/:id',
    {
      ...read,
      schema: {
        tags: ['review'],
        summary: 'One claim with its revision (ETag)',
        description: 'The claim as extracted (or as a reviewer corrected it), its status, the fact it feeds, and its revision: send it as `If-Match` with a review of the claim.',
        security: security(read),
        params: ClaimIdParams,
        response: { 200: ClaimItem, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const [view] = await store.claimViews({ claimIds: [request.params.id] });
      if (!view) throw new InputError(request.params.id, 'no such claim');
      void reply.header('etag', etag(view.revision));
      return claimItem(view);
    },
  );

  const reviewSchema = <P extends typeof ClaimIdParams | typeof FactIdParams>(params: P, summary: string, description: string) => ({
    ...write,
    schema: {
      tags: ['review'],
      summary,
      description,
      security: [{ bearer: [] }],
      params,
      headers: IfMatchHeaders,
      body: ReviewBody,
      response: { 200: ReviewResponse, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 428: ErrorBody },
    },
  });

  /** Records the review under the revision the reviewer saw; answers with the fact (and claim) after it. */
  const review = async (targetKind: 'claim' | 'fact', id: string, request: FastifyRequest, body: z.infer<typeof ReviewBody>) => {
    const expectedRevision = requireRevision(request, id);
    // Text is read by the value grammar in the kind of the value it corrects (400 naming the problem otherwise).
    const value =
      body.action === 'correct' && body.value !== undefined && body.value !== null
        ? await correctionValue(store, targetKind, id, body.value)
        : typeof body.value === 'object'
          ? (body.value ?? null)
          : null;
    const result = await store.recordReview(
      { targetKind, targetId: id, action: body.action, value, reason: body.reason ?? null, reviewer: reviewerOf(request) ?? body.reviewer ?? 'api' },
      { expectedRevision },
    );
    const fact = await requireFactItem(store, result.fact.fact.id);
    const [view] = targetKind === 'claim' ? await store.claimViews({ claimIds: [id] }) : [];
    return { review: presentReview(result.review), fact, claim: view ? claimItem(view) : null };
  };

  api.post(
    '/api/claims/:id/reviews',
    reviewSchema(
      ClaimIdParams,
      "Accept, reject or correct a claim; If-Match must carry the claim's revision",
      'A stale revision gets 409 and changes nothing. The fact the claim feeds is re-reconciled.',
    ),
    async (request, reply) => {
      const result = await review('claim', request.params.id, request, request.body);
      if (result.claim) void reply.header('etag', etag(result.claim.revision));
      return result;
    },
  );

  api.post(
    '/api/facts/:id/reviews',
    reviewSchema(
      FactIdParams,
      "Accept (pin), reject or correct a fact's value; If-Match must carry the fact's revision",
      'A pinned fact is flagged needs-review, never overturned, when new evidence disagrees. A stale revision gets 409.',
    ),
    async (request, reply) => {
      const result = await review('fact', request.params.id, request, request.body);
      void reply.header('etag', etag(result.fact.revision));
      return result;
    },
  );
}

/** Registers `POST /api/reviews/:id/withdrawal`: take a review back with a new review. */
function registerWithdrawal(api: Api, store: FactStore, write: Access): void {
  api.post(
    '/api/reviews/:id/withdrawal',
    {
      ...write,
      schema: {
        tags: ['review'],
        summary: 'Withdraw a review: a new review that takes it back, so its target is reconciled as if it had never been made',
        description:
          'History stays append-only: the withdrawal is a review of its own (`action: withdraw`, `withdraws: <id>`) and the withdrawn one shows `withdrawnBy`. ' +
          "If-Match is optional here: when sent, it must carry the target's current revision. A review already withdrawn gets 409.",
        security: [{ bearer: [] }],
        params: ReviewIdParams,
        headers: IfMatchHeaders,
        body: WithdrawalBody,
        response: { 200: ReviewResponse, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const header = request.headers['if-match'];
      const expectedRevision = typeof header === 'string' && header.trim() !== '' ? revisionOf(header, request.params.id) : undefined;
      const result = await store.withdrawReview(
        { reviewId: request.params.id, reason: request.body.reason ?? null, reviewer: reviewerOf(request) ?? request.body.reviewer ?? 'api' },
        { expectedRevision },
      );
      const fact = await requireFactItem(store, result.fact.fact.id);
      const claimId = result.review.targetKind === 'claim' ? result.review.targetId : null;
      const [view] = claimId ? await store.claimViews({ claimIds: [claimId] }) : [];
      void reply.header('etag', etag(view ? view.revision : fact.revision));
      return { review: presentReview(result.review), fact, claim: view ? claimItem(view) : null };
    },
  );
}

/** @throws an HTTP 428 error when If-Match is missing: a review must say which revision it saw. */
function requireRevision(request: FastifyRequest, target: string): number {
  const header = request.headers['if-match'];
  if (typeof header !== 'string' || header.trim() === '') {
    throw Object.assign(new Error(`${target}: send If-Match with the revision you reviewed (the ETag of GET on it)`), { statusCode: 428 });
  }
  return revisionOf(header, target);
}

export function claimItem(view: ClaimView): z.infer<typeof ClaimItem> {
  const c: Claim = view.claim;
  return {
    id: c.id,
    articleId: c.articleId,
    doc: view.doc,
    published: view.published,
    source: view.source,
    kind: c.kind,
    value: c.value,
    valueText: formatValue(c.value),
    start: c.start,
    end: c.end,
    quote: c.quote,
    subject: c.subject,
    predicate: c.predicate,
    attribution: c.attribution,
    hedge: c.hedge,
    qualifier: c.qualifier,
    rule: c.rule,
    confidence: c.confidence,
    supersededBy: view.supersededBy,
    status: c.status,
    factId: view.rootId ?? view.factId,
    revision: view.revision,
  };
}

/** A fact's current belief as lists show it; null when unknown or without a version. */
export async function factItem(store: FactStore, id: string): Promise<z.infer<typeof FactItem> | null> {
  const at = await store.factAt(id);
  if (!at?.version) return null;
  const revision = (await store.factRevisions([id])).get(id) ?? 1;
  return presentFactItem({ fact: at.fact, version: at.version, revision, valueAt: null });
}

async function requireFactItem(store: FactStore, id: string): Promise<z.infer<typeof FactItem>> {
  const item = await factItem(store, id);
  if (!item) throw new InputError(id, 'no such fact');
  return item;
}

/** The sentence holding a claim (or the claim alone if the text does not have it), with the span inside it. */
export function sentenceAround(
  text: string,
  claim: { start: number; end: number; quote: string },
  sentences: readonly Sentence[] = splitSentences(text),
): { text: string; start: number; end: number } {
  if (text.slice(claim.start, claim.end) !== claim.quote) return { text: claim.quote, start: 0, end: claim.quote.length };
  const first = sentences.find((s) => s.end > claim.start) ?? { start: claim.start, end: claim.end };
  const last = sentences.find((s) => s.end >= claim.end) ?? first;
  const start = Math.min(first.start, claim.start);
  const end = Math.max(last.end, claim.end);
  return { text: text.slice(start, end), start: claim.start - start, end: claim.end - start };
}

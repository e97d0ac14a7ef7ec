import { z } from 'zod';
import { InputError } from '../../errors.js';
import { candidateValidAt, EVIDENCE_PAGE_DEFAULT, type FactStore } from '../../store/index.js';
import type { ApiDeps } from '../server.js';
import { ErrorBody, FactDetailBody, FactDetailQuery, FactIdParams, FactPage, FactsQuery } from '../schemas.js';
import { security, type Access, type Api } from '../types.js';
import { evidenceInContext } from '../evidence.js';
import { formatValue } from '../../lexicon/value-grammar.js';
import { presentFactListItem, presentReview } from '../present.js';
import { etag } from './etag.js';

export function registerFactRoutes(api: Api, deps: ApiDeps, read: Access): void {
  api.get(
    '/api/facts',
    {
      ...read,
      schema: {
        tags: ['facts'],
        summary: 'Facts as believed now or at `as_of`, contested and disputed first, each with a summary of its competing values; cursor-paginated',
        description:
          'Each item is a fact with its belief (value, status, valid interval, confidence) and, per competing value, its status and how many claims and sources back it; no claim ids and no reason, so a page stays small. `GET /api/facts/{id}` has the evidence and the reason. Pages follow `nextCursor`.',
        security: security(read),
        querystring: FactsQuery,
        response: { 200: FactPage, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await deps.store.pageFacts({
        subject: q.subject,
        predicate: q.predicate,
        status: q.status,
        validAt: q.valid_at,
        asOf: q.as_of === undefined ? undefined : new Date(q.as_of),
        sort: q.sort,
        limit: q.limit,
        cursor: q.cursor,
      });
      return { ...page, items: page.items.map(presentFactListItem) };
    },
  );

  api.get(
    '/api/facts/:id',
    {
      ...read,
      schema: {
        tags: ['facts'],
        summary: 'One fact: its belief (now or at `as_of`), candidates with evidence quotes and sources, its versions a page at a time, and reviews',
        description:
          'Every competing value with its quotes in context (sentence, outlet, headline, date, URL; at most `limit` per value, each value names all its claims in `claimIds`), the fact\'s versions oldest first a page at a time (at most `limit` supporting and opposing claims per page; follow `nextCursor` with `cursor` for the rest), and the reviews of the fact and of the claims shown. The `ETag` is the fact\'s revision, for `If-Match` on a review.',
        security: security(read),
        params: FactIdParams,
        querystring: FactDetailQuery,
        response: { 200: FactDetailBody, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const detail = await factDetail(deps.store, request.params.id, request.query);
      void reply.header('etag', etag(detail.revision));
      return detail;
    },
  );
}

/**
 * Everything the page and API show of one fact, its history a page at a time (`limit` evidence claims after
 * `cursor`) and at most `limit` quotes per competing value. @throws InputError (404) when unknown.
 */
export async function factDetail(store: FactStore, id: string, query: Partial<z.infer<typeof FactDetailQuery>> = {}): Promise<z.infer<typeof FactDetailBody>> {
  const limit = query.limit ?? EVIDENCE_PAGE_DEFAULT;
  const history = await store.factHistory(id, { limit, cursor: query.cursor });
  if (!history) throw new InputError(id, 'no such fact');
  const root = history.mergedInto ?? id;
  // The belief now, or the one held at `as_of`, with at most `limit` quotes per value.
  const at = query.as_of === undefined ? await store.getFact(id, { claimsPerCandidate: limit }) : await store.factAt(id, { asOf: new Date(query.as_of) });
  const version = at?.version ?? null;
  const bare = at === null ? [] : 'candidates' in at ? at.candidates : version ? await store.candidateEvidence(version, { claimsPerCandidate: limit }) : [];
  const inContext = await evidenceInContext(store, bare.flatMap((c) => c.claims));
  let offset = 0;
  const candidates = bare.map((c) => ({ candidate: c.candidate, claims: inContext.slice(offset, (offset += c.claims.length)) }));
  const revision = (await store.factRevisions([root])).get(root) ?? 1;
  const paged = history.versions.flatMap((v) => [...v.supporting, ...v.opposing].map((c) => c.claimId));
  return {
    fact: history.fact,
    mergedInto: history.mergedInto,
    revision,
    version,
    valueAt: version && query.valid_at ? candidateValidAt(version, query.valid_at) : null,
    candidates: candidates.map((c) => ({ ...c, valueText: formatValue(c.candidate.value) })),
    versions: history.versions.map((v) => ({ ...v, valueText: formatValue(v.version.value) })),
    nextCursor: history.nextCursor,
    // The fact's own reviews and those of the claims this page shows or its values count, oldest first.
    reviews: [...history.reviews, ...(await store.claimReviews([...paged, ...candidates.flatMap((c) => c.candidate.claimIds)]))].sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
    ).map(presentReview),
  };
}

/**
 * Reviewers' decisions on fact identity (issue 17): two facts are one, a claim belongs to another fact or
 * to none, and taking either back. Each is appended (`identity_reviews`) and the facts it changes are
 * reconciled at once; the answer carries them in their belief after it.
 */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FactStore, IdentityReviewResult } from '../../store/index.js';
import type { ApiDeps } from '../server.js';
import { reviewerOf } from '../auth.js';
import { ClaimIdParams, ErrorBody, FactIdParams, IdentityReviewIdParams, IdentityReviewResponse, MoveBody, SameAsBody, WithdrawalBody } from '../schemas.js';
import { type Access, type Api } from '../types.js';
import { factItem } from './reviews.js';

export function registerIdentityRoutes(api: Api, deps: ApiDeps, write: Access): void {
  const { store } = deps;
  const responses = { 200: IdentityReviewResponse, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody };
  const who = (request: FastifyRequest, body: { reviewer?: string }) => reviewerOf(request) ?? body.reviewer ?? 'api';

  /** A decision route: the token first, then the body; it answers with the facts the decision changed. */
  const decision = <P extends typeof FactIdParams | typeof ClaimIdParams, B extends typeof SameAsBody | typeof MoveBody>(
    url: string,
    params: P,
    body: B,
    summary: string,
    description: string,
    record: (id: string, body: z.infer<B>, reviewer: string) => Promise<IdentityReviewResult>,
  ) =>
    api.post(url, { ...write, schema: { tags: ['review'], summary, description, security: [{ bearer: [] }], params, body, response: responses } }, async (request) => {
      const input = request.body as z.infer<B>;
      return present(store, await record((request.params as { id: string }).id, input, who(request, input)));
    });

  decision(
    '/api/facts/:id/same-as',
    FactIdParams,
    SameAsBody,
    'Say this fact is the same as another: its claims count there from now on',
    'Appends a merge decision and reconciles the fact it joins; entity resolution keeps it whatever later articles say. ' +
      'Facts of different kinds (a person and a figure) are never one: 400. Undo with POST /api/identity-reviews/{id}/withdrawal.',
    (id, body, reviewer) => store.recordIdentityReview({ action: 'merge', factId: id, intoFact: (body as z.infer<typeof SameAsBody>).into, reason: body.reason ?? null, reviewer }),
  );

  decision(
    '/api/claims/:id/move',
    ClaimIdParams,
    MoveBody,
    'Say a claim is about another fact, or (into: null) about no fact the store keeps',
    'Appends a move decision and reconciles the fact the claim left and the one it joined. Undo with POST /api/identity-reviews/{id}/withdrawal.',
    (id, body, reviewer) => store.recordIdentityReview({ action: 'move', claimId: id, intoFact: (body as z.infer<typeof MoveBody>).into, reason: body.reason ?? null, reviewer }),
  );

  api.post(
    '/api/identity-reviews/:id/withdrawal',
    {
      ...write,
      schema: {
        tags: ['review'],
        summary: 'Take back a same-as or move decision: its target returns to where it stood before',
        description: 'History stays append-only: the withdrawal is a decision of its own (`action: withdraw`), and the withdrawn one shows `withdrawnBy`. Already withdrawn: 409.',
        security: [{ bearer: [] }],
        params: IdentityReviewIdParams,
        body: WithdrawalBody,
        response: responses,
      },
    },
    async (request) => {
      const result = await store.withdrawIdentityReview({ reviewId: request.params.id, reason: request.body.reason ?? null, reviewer: who(request, request.body) });
      return present(store, result);
    },
  );
}

async function present(store: FactStore, result: IdentityReviewResult): Promise<z.infer<typeof IdentityReviewResponse>> {
  const facts = [];
  for (const state of result.facts) {
    const item = await factItem(store, state.fact.id);
    if (item) facts.push(item);
  }
  return { review: result.review, facts };
}

import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The Fastify instance routes are declared on: zod schemas give the types. */
export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/**
 * Route options adding an access check (`TokenGate.guard`), or nothing for open routes. The check runs
 * `onRequest`, before the body is read or validated: a request without a token gets 401, never 400.
 */
export interface Access {
  onRequest?: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;
}

/** The OpenAPI `security` of a route with this access. */
export const security = (access: Access) => (access.onRequest ? [{ bearer: [] }] : []);

import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The Fastify instance routes are declared on: zod schemas give the types. */
export type Api = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** Route options adding an access check (`TokenGate.guard`), or nothing for open routes. */
export interface Access {
  preHandler?: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
}

/** The OpenAPI `security` of a route with this access. */
export const security = (access: Access) => (access.preHandler ? [{ bearer: [] }] : []);

import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The cookie the page sets so that bull-board's own page (which sends no header) passes the token check. */
export const TOKEN_COOKIE = 'newsfacts_token';

/**
 * Bearer-token checks. Tokens are compared as SHA-256 digests with
 * `timingSafeEqual`, so neither a token's length nor its prefix leaks through
 * response times.
 */
/** The reviewer a request's token names (set by `TokenGate.guard`); null for an unnamed token. */
const identities = new WeakMap<FastifyRequest, string | null>();

/** Who a request that passed the token check acts for: the token's name, or null when the token names no one. */
export function reviewerOf(request: FastifyRequest): string | null {
  return identities.get(request) ?? null;
}

export class TokenGate {
  private readonly digests: { digest: Buffer; name: string | null }[];

  constructor(tokens: readonly (string | { name: string | null; token: string })[]) {
    this.digests = tokens
      .map((t) => (typeof t === 'string' ? { name: null, token: t } : t))
      .filter((t) => t.token.length > 0)
      .map((t) => ({ digest: digest(t.token), name: t.name }));
  }

  /** Whether any token is configured: with none, every write is refused. */
  get configured(): boolean {
    return this.digests.length > 0;
  }

  matches(candidate: string | undefined): boolean {
    return this.identify(candidate) !== undefined;
  }

  /** The matching token's name (null when it has none), or undefined when no token matches. */
  identify(candidate: string | undefined): string | null | undefined {
    if (candidate === undefined || candidate.length === 0) return undefined;
    const d = digest(candidate);
    // Compare against every token, so the time does not say which one matched.
    let found: string | null | undefined;
    for (const known of this.digests) if (timingSafeEqual(d, known.digest) && found === undefined) found = known.name;
    return found;
  }

  /** The token a request carries: `Authorization: Bearer …`, or with `cookie: true` the page's cookie. */
  static tokenOf(request: FastifyRequest, options: { cookie: boolean }): string | undefined {
    const header = request.headers.authorization;
    if (typeof header === 'string') {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      return match?.[1];
    }
    if (!options.cookie) return undefined;
    for (const part of (request.headers.cookie ?? '').split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === TOKEN_COOKIE) return decodeURIComponent(value.join('='));
    }
    return undefined;
  }

  /** An onRequest hook that answers 401 unless the request carries a known token. */
  guard(options: { cookie: boolean } = { cookie: false }) {
    return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
      const name = this.identify(TokenGate.tokenOf(request, options));
      if (name !== undefined) {
        identities.set(request, name);
        return undefined;
      }
      const message = this.configured
        ? 'a valid bearer token is required (Authorization: Bearer <token>)'
        : 'no API tokens are configured (set NEWSFACTS_API_TOKENS), so writes are refused';
      // Returning the reply ends the request here: the body is never read.
      return reply.code(401).header('www-authenticate', 'Bearer realm="newsfacts"').send({ statusCode: 401, error: 'Unauthorized', message });
    };
  }
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

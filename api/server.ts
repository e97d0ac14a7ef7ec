/**
 * The HTTP API and the reviewers' page, on Fastify. Every request and response
 * has a zod schema (`api/schemas.ts`); the same schemas validate requests,
 * check responses on the way out, and generate `/openapi.json`.
 *
 * `/docs` is the API reference (Swagger UI) for that document.
 *
 * Reads may be open or need a token; writes always need a bearer token.
 * Errors answer with `{ statusCode, error, message }` and never a stack trace.
 */
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import { ConfigError, ConflictError, InputError, outageOf, StaleRevisionError, TransientError } from '../errors.js';
import { OutageLog } from '../queues/outage-log.js';
import type { JobQueues, ScheduleBook } from '../queues/index.js';
import type { FactStore } from '../store/index.js';
import { TokenGate } from './auth.js';
import { registerPage } from './page.js';
import { responseSerializerCompiler } from './response-serializer.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerFactRoutes } from './routes/facts.js';
import { registerJobRoutes, type Ingestion } from './routes/jobs.js';
import { registerReviewRoutes } from './routes/reviews.js';
import { registerIdentityRoutes } from './routes/identity.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerStoryRoutes } from './routes/stories.js';
import { HealthBody } from './schemas.js';

/**
 * The hash of the style element Swagger UI's bundle inserts when it starts (the one inline style of `/docs`),
 * as Chromium reports it; `test/web/review.browser.test.ts` fails if a new bundle inserts another.
 */
const SWAGGER_UI_STYLE_HASH = 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';

export const ApiOptions = z.strictObject({
  /**
   * Bearer tokens accepted for writes (and for reads when `readAccess` is `token`): a bare token, or one
   * with the reviewer `name` its reviews are recorded under.
   */
  tokens: z
    .array(z.union([z.string().min(1).transform((token) => ({ name: null, token })), z.strictObject({ name: z.string().min(1).nullable(), token: z.string().min(1) })]))
    .default([]),
  /** `open`: anyone may read; `token`: reads need a token too. */
  readAccess: z.enum(['open', 'token']).default('open'),
  /** Requests per minute per client address; 0 turns the limit off (benchmarks). */
  rateLimitPerMinute: z.number().int().min(0).default(600),
  /** Largest request body accepted, in bytes. */
  bodyLimitBytes: z.number().int().positive().default(64 * 1024),
  /**
   * Folders whose files and subfolders `POST /api/ingest` may read
   * (`NEWSFACTS_INGEST_ROOTS`). @defaultValue none: the API ingests URLs only
   */
  ingestRoots: z.array(z.string().min(1)).default([]),
});
export type ApiOptions = z.input<typeof ApiOptions>;

export interface ApiDeps {
  store: FactStore;
  /** Queues ingestion on BullMQ, or runs it in this process when there is no Redis. */
  ingestion: Ingestion;
  /** The BullMQ queues and schedules; null without Redis (schedules then answer 503). */
  queues: { jobQueues: JobQueues; schedules: ScheduleBook } | null;
  logger?: Logger;
}

/** Builds the server (not listening yet): call `listen`, or `inject` in tests. */
export async function buildApi(deps: ApiDeps, options: ApiOptions = {}): Promise<FastifyInstance> {
  const o = ApiOptions.parse(options);
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger | undefined,
    bodyLimit: o.bodyLimitBytes,
    // Behind no proxy by default: the client address is the socket's.
    trustProxy: false,
    // Ids in paths can be long URLs (articles by canonical URL).
    routerOptions: { maxParamLength: 2000 },
  });
  app.setValidatorCompiler(validatorCompiler);
  // Responses are checked against their schemas on the way out, as zod would, and written without a parsed copy.
  app.setSerializerCompiler(responseSerializerCompiler);
  // A database outage fails every request until it ends: one warning when it starts and one line
  // when a request succeeds again, not a stack per request.
  const outages = new OutageLog(app.log as unknown as Logger);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const body = errorBody(error);
    const service = outageOf(error);
    if (service) outages.down(service, error.message);
    else if (body.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    void reply.code(body.statusCode).send(body);
  });
  app.addHook('onResponse', async (_request, reply) => {
    if (reply.statusCode < 500 && outages.isDown('database')) outages.up('database');
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  const gate = new TokenGate(o.tokens);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'newsfacts', version: '1', description: 'Reviewed, reconciled, versioned facts from news articles.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
    hideUntagged: false,
  });
  if (o.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: o.rateLimitPerMinute,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        error: 'Too Many Requests',
        message: `rate limit: ${context.max} requests a minute; retry in ${Math.ceil(context.ttl / 1000)} s`,
      }),
    });
  }

  await app.register(async (scope) => {
    // Strict headers for the API and our page; bull-board (below) brings its own scripts and styles.
    await scope.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          formAction: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      },
    });
    const api = scope.withTypeProvider<ZodTypeProvider>();
    // onRequest, not preHandler: the token is checked before the body is parsed or validated.
    const read = o.readAccess === 'token' ? { onRequest: gate.guard() } : {};
    const write = { onRequest: gate.guard() };
    api.get(
      '/api/health',
      {
        schema: {
          tags: ['meta'],
          summary: 'Liveness: the store and whether queues are attached',
          description: 'Always open (no token). `store` names the backend (`pglite` or `postgres`); `queues` says whether ingestion goes to BullMQ workers.',
          response: { 200: HealthBody },
        },
      },
      async () => ({ ok: true as const, store: deps.store.kind, queues: deps.queues !== null }),
    );
    api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    registerFactRoutes(api, deps, read);
    registerReviewRoutes(api, deps, read, write);
    registerIdentityRoutes(api, deps, write);
    registerArticleRoutes(api, deps, read);
    registerStoryRoutes(api, deps, read);
    registerEntityRoutes(api, deps, read);
    registerJobRoutes(api, deps, read, write, o.ingestRoots);
    registerPage(scope);
    // The API reference (Swagger UI, served from node_modules) for the same document as /openapi.json, under the
    // same strict CSP: its page loads its scripts and styles as files. The one style element its bundle inserts
    // at start-up is allowed by its hash, on these routes only; anything else inline is still refused.
    await scope.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { deepLinking: true, docExpansion: 'list', validatorUrl: null, tryItOutEnabled: false },
      theme: { title: 'newsfacts API' },
      logLevel: 'warn',
      transformStaticCSP: (header: string) => header.replace("style-src 'self'", `style-src 'self' '${SWAGGER_UI_STYLE_HASH}'`),
    });
  });

  if (deps.queues) {
    const jobQueues = deps.queues.jobQueues;
    await app.register(async (scope) => {
      scope.addHook('onRequest', gate.guard({ cookie: true }));
      const [{ createBullBoard }, { BullMQAdapter }, { FastifyAdapter }] = await Promise.all([
        import('@bull-board/api'),
        import('@bull-board/api/bullMQAdapter'),
        import('@bull-board/fastify'),
      ]);
      const serverAdapter = new FastifyAdapter();
      serverAdapter.setBasePath('/admin/queues');
      createBullBoard({ queues: (['ingest', 'extract', 'reconcile'] as const).map((n) => new BullMQAdapter(jobQueues.queue(n))), serverAdapter });
      await scope.register(serverAdapter.registerPlugin(), { prefix: '/admin/queues' });
    });
  }
  return app;
}

/** Maps an error to its response: the status our error classes imply, one line, no stack. */
export function errorBody(error: unknown): { statusCode: number; error: string; message: string; currentRevision?: number } {
  // The database's own words name its user, host, port and database: clients get one generic line.
  const sqlstate = databaseCode(error);
  if (sqlstate !== undefined && !(error instanceof StaleRevisionError)) {
    if (error instanceof TransientError) return { statusCode: 503, error: 'Service Unavailable', message: 'the database is unavailable; retry later' };
    if (error instanceof ConflictError) return { statusCode: 409, error: 'Conflict', message: 'the write conflicted with another; read again and retry' };
    if (error instanceof InputError) return { statusCode: 400, error: 'Bad Request', message: `the database refused a value of this request (SQLSTATE ${sqlstate})` };
    return { statusCode: 500, error: 'Internal Server Error', message: 'internal error (logged on the server)' };
  }
  if (error instanceof TransientError && error.service === 'database') {
    return { statusCode: 503, error: 'Service Unavailable', message: 'the database is unavailable; retry later' };
  }
  if (error instanceof StaleRevisionError) {
    return { statusCode: 409, error: 'Conflict', message: error.message, currentRevision: error.current };
  }
  if (error instanceof ConflictError) return { statusCode: 409, error: 'Conflict', message: error.message };
  if (error instanceof ConfigError) return { statusCode: 503, error: 'Service Unavailable', message: error.message };
  if (error instanceof InputError) {
    const notFound = /: no such /.test(error.message);
    return notFound ? { statusCode: 404, error: 'Not Found', message: error.message } : { statusCode: 400, error: 'Bad Request', message: error.message };
  }
  if (isZodValidation(error)) {
    const first = error.validation[0];
    const where = [error.validationContext, ...(first?.instancePath ? [first.instancePath.replace(/^\//, '').replaceAll('/', '.')] : [])].join(' ');
    return { statusCode: 400, error: 'Bad Request', message: `invalid ${where}: ${first?.message ?? 'does not match its schema'}` };
  }
  if (isResponseSerializationError(error)) return { statusCode: 500, error: 'Internal Server Error', message: 'the response did not match its schema' };
  const fastifyError = error as Partial<FastifyError>;
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500) {
    return { statusCode: status, error: httpReason(status), message: typeof fastifyError.message === 'string' ? fastifyError.message : httpReason(status) };
  }
  return { statusCode: 500, error: 'Internal Server Error', message: 'internal error (logged on the server)' };
}

function isZodValidation(error: unknown): error is FastifyError & { validation: { instancePath?: string; message?: string }[]; validationContext?: string } {
  return hasZodFastifySchemaValidationErrors(error);
}

function httpReason(status: number): string {
  const reasons: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    428: 'Precondition Required',
    429: 'Too Many Requests',
  };
  return reasons[status] ?? 'Client Error';
}

/** The SQLSTATE or socket code of an error the store mapped from the driver (kept as its `cause`), if any. */
function databaseCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; severity?: unknown } | undefined) : undefined;
  if (!cause || typeof cause !== 'object') return undefined;
  // PostgreSQL errors (pg and PGlite) carry a five-character SQLSTATE and a severity.
  return typeof cause.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code) && cause.severity !== undefined ? cause.code : undefined;
}

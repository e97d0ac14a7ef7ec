import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { inProcessIngestion } from '../../api/ingestion.js';
import { buildApi, type ApiDeps, type ApiOptions } from '../../api/server.js';
import { FileSource } from '../../ingest/index.js';
import type { DatabaseKind } from '../../store/index.js';
import { FactStore } from '../../store/index.js';
import { SEEDS } from '../store/seed-claims.js';
import { openBackend, storeTest } from '../store/store-fixture.js';

export const TOKEN = 'test-token-0123456789';

/** Loads the seeds' claims (as the conflict tests write them) with a clock one second apart per article. */
export async function loadSeeds(store: FactStore): Promise<void> {
  let tick = Date.parse('2026-03-01T00:00:00Z');
  for (const seed of SEEDS) {
    await store.saveArticle(seed.article, seed.source);
    await store.recordClaims(seed.article.id, seed.drafts, { now: new Date((tick += 1000)) });
  }
}

/** An API over `store` with no Redis, quiet logs, and the given options (a test token by default). */
export async function apiOver(store: FactStore, options: ApiOptions = {}, deps: Partial<ApiDeps> = {}): Promise<FastifyInstance> {
  const logger = pino({ level: 'silent' });
  const sourcesFor = (published: string | null) => [new FileSource({ published })];
  return buildApi(
    {
      store,
      ingestion: inProcessIngestion({ store, sources: sourcesFor(null), logger, now: () => new Date() }, sourcesFor),
      queues: null,
      logger,
      ...deps,
    },
    { tokens: [TOKEN], rateLimitPerMinute: 0, ...options },
  );
}

/** A test with a fresh store on `kind` (`store`) and an API over it (`app`) that loads the seeds first. */
export function apiTest(kind: DatabaseKind) {
  return storeTest(kind).extend<{ app: FastifyInstance }>({
    app: async ({ store }, use) => {
      await loadSeeds(store);
      const app = await apiOver(store);
      try {
        await use(app);
      } finally {
        await app.close();
      }
    },
  });
}

/**
 * Runs `use` with an API (options and deps as given) over a fresh embedded store holding the seeds,
 * and closes both whatever happens.
 */
export async function withSeededApi<T>(
  options: ApiOptions,
  deps: Partial<ApiDeps>,
  use: (app: FastifyInstance, store: FactStore) => Promise<T>,
): Promise<T> {
  const backend = await openBackend('pglite');
  const store = new FactStore(backend.db);
  try {
    await loadSeeds(store);
    const app = await apiOver(store, options, deps);
    try {
      return await use(app, store);
    } finally {
      await app.close();
    }
  } finally {
    await backend.dispose();
  }
}

export const auth = { authorization: `Bearer ${TOKEN}` };

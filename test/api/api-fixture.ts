import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { test as base } from 'vitest';
import { inProcessIngestion } from '../../api/ingestion.js';
import { buildApi, type ApiDeps, type ApiOptions } from '../../api/server.js';
import { FileSource } from '../../ingest/index.js';
import type { DatabaseKind } from '../../store/index.js';
import { FactStore } from '../../store/index.js';
import { SEEDS } from '../store/seed-claims.js';
import { openBackend, type Backend } from '../store/store-fixture.js';

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

export interface ApiFixtures {
  backend: Backend;
  store: FactStore;
  /** The API over a store holding the seeds' claims. */
  app: FastifyInstance;
}

/** A test with a fresh store on `kind` holding the seeds, and an API over it. */
export function apiTest(kind: DatabaseKind) {
  return base.extend<ApiFixtures>({
    backend: async ({}, use) => {
      const backend = await openBackend(kind);
      try {
        await use(backend);
      } finally {
        await backend.dispose();
      }
    },
    store: async ({ backend }, use) => {
      const store = new FactStore(backend.db);
      await loadSeeds(store);
      await use(store);
    },
    app: async ({ store }, use) => {
      const app = await apiOver(store);
      try {
        await use(app);
      } finally {
        await app.close();
      }
    },
  });
}

export const auth = { authorization: `Bearer ${TOKEN}` };

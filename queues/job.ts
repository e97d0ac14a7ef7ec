import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ArticleSource } from '../ingest/index.js';
import type { FactStore } from '../store/index.js';

/** The pipeline's stages; each has its own queue. */
export type JobName = 'ingest' | 'extract' | 'reconcile';

/** A request to run a job: what a handler asks for next, or what a user enqueues. */
export interface JobRequest {
  name: JobName;
  /** Deterministic: the same work always gets the same id, so enqueuing twice is harmless. */
  id: string;
  payload: unknown;
}

/** What a handler needs from the outside world, injected by the runner. */
export interface JobContext {
  store: FactStore;
  sources: readonly ArticleSource[];
  logger: Logger;
  now: () => Date;
  /**
   * Most claims one article may hand to reconcile; beyond it the rest are left
   * out with a warning naming the article, so one huge text (the size limit is
   * 10 MiB) cannot hold a reconcile transaction, or a job payload, unbounded.
   * @defaultValue {@link MAX_CLAIMS_PER_ARTICLE}
   */
  maxClaimsPerArticle?: number;
}

/** Default of `JobContext.maxClaimsPerArticle`: far above a news article's few dozen claims. */
export const MAX_CLAIMS_PER_ARTICLE = 5_000;

export interface JobResult {
  /** A small JSON summary kept with the job (BullMQ return value) and used for progress. */
  summary: Record<string, unknown>;
  /**
   * The jobs this one hands on to. Stages chain by explicit enqueue rather than
   * a BullMQ flow: the next stage's payload (e.g. the extracted claims) only
   * exists once this one has run, and a flow fixes its children up front.
   */
  next: JobRequest[];
}

/** One entry of the job catalog: the payload's schema and the handler that runs it. */
export interface JobDefinition<S extends z.ZodType> {
  schema: S;
  handler: (payload: z.output<S>, context: JobContext) => Promise<JobResult>;
}

/** Job ids are hashes of the work's identity: BullMQ ids must not contain ':' and should stay short. */
export function jobId(name: JobName, ...identity: string[]): string {
  return `${name}-${createHash('sha256').update(identity.join('\u0000')).digest('hex').slice(0, 24)}`;
}

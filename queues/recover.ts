import { EXTRACTOR_VERSION } from '../extract/version.js';
import { UNFINISHED_STAGES, type ArticleStage, type FactStore } from '../store/index.js';
import { extractRequest } from './catalog.js';
import { jobId, type JobRequest } from './job.js';
import type { JobQueues } from './job-queues.js';

/** What a recovery pass found and did. */
export interface RecoverResult {
  /** Unfinished articles the store listed. */
  articles: number;
  /** Of those, the ones whose extract job was (re-)enqueued. */
  enqueued: number;
  /** Of those, the ones with a job still waiting, running or delayed: left alone. */
  inFlight: number;
}

/** Job states in which an article's work is still under way. */
const IN_FLIGHT = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/**
 * The requests that resume the unfinished articles: one extract request each
 * (with the same deterministic id as the pipeline's), from which reconcile follows.
 * Extraction is pure and cheap next to losing the article, so `extracted`
 * articles, whose drafts travelled in a job Redis may have lost, are re-extracted too.
 */
export async function unfinishedRequests(store: FactStore, options: { failed?: boolean } = {}): Promise<JobRequest[]> {
  const stages: ArticleStage[] = [...UNFINISHED_STAGES, ...(options.failed ? (['failed'] as const) : [])];
  return (await store.articlesInStage(stages)).map((entry) => extractRequest(entry.articleId));
}

/**
 * Re-enqueues every article the store says is unfinished and no queue is
 * working on: after Redis lost its data (restarted without persistence,
 * flushed), a queue was purged, or a job failed or stalled for good. An article
 * whose extract or reconcile job is still waiting, running or delayed is left
 * alone; finished or failed jobs kept under its ids are removed first, since a
 * kept id would make the add a no-op. Safe to run at any time and from any
 * number of processes: the worst case is a job run twice, and every job is idempotent.
 *
 * @param options.failed also resume articles whose work failed for good (after fixing the cause).
 */
export async function recoverUnfinished(store: FactStore, queues: JobQueues, options: { failed?: boolean } = {}): Promise<RecoverResult> {
  const requests = await unfinishedRequests(store, options);
  const result: RecoverResult = { articles: requests.length, enqueued: 0, inFlight: 0 };
  for (const request of requests) {
    const { articleId } = request.payload as { articleId: string };
    const related = [
      { queue: queues.queue('extract'), id: request.id },
      { queue: queues.queue('reconcile'), id: jobId('reconcile', articleId, EXTRACTOR_VERSION) },
    ];
    const states = await Promise.all(related.map((r) => r.queue.getJobState(r.id)));
    if (states.some((state) => IN_FLIGHT.has(state))) {
      result.inFlight += 1;
      continue;
    }
    for (const [i, r] of related.entries()) if (states[i] !== 'unknown') await r.queue.remove(r.id);
    await queues.enqueueQuietly([request]);
    result.enqueued += 1;
  }
  return result;
}

import type { ArticleSource } from '../ingest/index.js';
import { InProcessRunner, locationOf, planIngest, queueOf, type JobContext, type JobQueues } from '../queues/index.js';
import type { Ingestion } from './routes/jobs.js';

/** Ingestion on BullMQ: the locations become queued ingest jobs (deterministic ids: queuing twice is harmless). */
/** `sourcesFor(published)`: the sources that expand locations, local files dated `published` when given. */
export type SourcesFor = (published: string | null) => readonly ArticleSource[];

export function queuedIngestion(jobQueues: JobQueues, sourcesFor: SourcesFor): Ingestion {
  return {
    async ingest(locations, options) {
      const plan = await planIngest(locations, sourcesFor(options.published ?? null));
      const outcomes = await jobQueues.enqueue(plan.requests);
      return {
        mode: 'queued',
        jobs: outcomes.map((o) => ({ id: o.request.id, queue: o.queue, state: o.state, location: locationOf(o.request) })),
        failures: plan.failures,
      };
    },
  };
}

/**
 * Ingestion with no Redis: the server runs the same job handlers itself, one
 * request at a time (the embedded store serves one writer), and answers when done.
 */
export function inProcessIngestion(context: JobContext, sourcesFor: SourcesFor): Ingestion {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    ingest(locations, options) {
      const run = queue.then(async () => {
        const plan = await planIngest(locations, sourcesFor(options.published ?? null));
        const jobs: { id: string; queue: string; state: string; location: string }[] = [];
        const failures = [...plan.failures];
        await new InProcessRunner(context).run(plan.requests, (event) => {
          jobs.push({ id: event.request.id, queue: queueOf(event.request.name), state: event.type, location: locationOf(event.request) });
          if (event.type === 'failed') failures.push({ input: locationOf(event.request), error: event.error.message });
        });
        return { mode: 'ran' as const, jobs, failures };
      });
      queue = run.catch(() => {});
      return run;
    },
  };
}

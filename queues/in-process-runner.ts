import { outageOf } from '../errors.js';
import { recordFailure, runJob } from './catalog.js';
import type { JobContext, JobRequest, JobResult } from './job.js';

/** What the runner reports as it goes, for progress lines. */
export type RunEvent =
  | { type: 'completed'; request: JobRequest; result: JobResult }
  | { type: 'failed'; request: JobRequest; error: Error };

export interface RunOutcome {
  completed: number;
  failed: { request: JobRequest; error: Error }[];
  /** Given requests not started because the run was interrupted (`signal`); 0 when it ran to the end. */
  notStarted: number;
}

export interface InProcessRunOptions {
  /**
   * Interrupts the run: the request in hand and the jobs it chains (the rest of
   * its article) finish, and no further given request starts. What is done is
   * stored, so a rerun skips it and does the rest.
   */
  signal?: AbortSignal;
}

/**
 * Runs jobs in this process, with no Redis: the one-shot mode of `newsfacts run`.
 * It executes the same catalog handlers as the BullMQ workers, depth first so
 * that each article goes through ingest → extract → reconcile before the next
 * starts (progress then reads per article), and it drops a request whose id it
 * has already run, as BullMQ does with a duplicate job id.
 *
 * A failed job is reported and the run goes on: one bad file never stops a batch.
 * An outage (the database cannot be reached) is not one job's failure: it ends
 * the run by rethrowing, so the command stops with one line naming the
 * database. Everything stored so far stays; a rerun (or `newsfacts recover`)
 * completes the rest.
 */
export class InProcessRunner {
  constructor(private readonly context: JobContext) {}

  async run(requests: JobRequest[], onEvent: (event: RunEvent) => void = () => {}, options: InProcessRunOptions = {}): Promise<RunOutcome> {
    const seen = new Set<string>();
    const stack = [...requests].reverse();
    const given = new Set(requests);
    // Requests a handler returned here: their payloads never left this process, so they are not parsed again.
    const chained = new WeakSet<JobRequest>();
    const outcome: RunOutcome = { completed: 0, failed: [], notStarted: 0 };
    while (stack.length > 0) {
      if (options.signal?.aborted && given.has(stack[stack.length - 1]!)) {
        // Chained jobs sit above the given requests, so the article in hand is finished by now.
        outcome.notStarted = stack.filter((r) => given.has(r) && !seen.has(r.id)).length;
        break;
      }
      const request = stack.pop()!;
      if (seen.has(request.id)) continue;
      seen.add(request.id);
      let result: JobResult;
      try {
        result = await runJob(request.name, request.id, request.payload, this.context, { parsed: chained.has(request) });
      } catch (caught) {
        if (outageOf(caught)) throw caught;
        const error = caught instanceof Error ? caught : new Error(String(caught));
        await recordFailure(this.context.store, request, error).catch(() => {});
        outcome.failed.push({ request, error });
        onEvent({ type: 'failed', request, error });
        continue;
      }
      outcome.completed += 1;
      onEvent({ type: 'completed', request, result });
      for (const next of [...result.next].reverse()) {
        chained.add(next);
        stack.push(next);
      }
    }
    return outcome;
  }
}

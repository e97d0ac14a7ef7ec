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
 * starts (progress then reads per article), and it drops a given request whose
 * id it has already run, and a job its article chained twice, as BullMQ does
 * with a duplicate job id (see `run` for what it keeps).
 *
 * A failed job is reported and the run goes on: one bad file never stops a batch.
 * An outage (the database cannot be reached) is not one job's failure: it ends
 * the run by rethrowing, so the command stops with one line naming the
 * database. Everything stored so far stays; a rerun (or `newsfacts recover`)
 * completes the rest.
 */
export class InProcessRunner {
  constructor(private readonly context: JobContext) {}

  /**
   * Runs `requests` in order, each with the jobs it chains before the next. They are read one at a time: given
   * an iterator that lets go of what it yielded (`drain`), the run holds only the article in hand, not the
   * whole list (100,000 ingest requests of a folder are about 65 MB).
   */
  async run(requests: Iterable<JobRequest>, onEvent: (event: RunEvent) => void = () => {}, options: InProcessRunOptions = {}): Promise<RunOutcome> {
    const given = requests[Symbol.iterator]();
    // Ids of the given requests run (a repeated one is dropped), and of the jobs the one in hand chained. A job
    // chained by an earlier article is not looked for: its article is stored by then, and a copy of it (the same
    // text at another location) is found done at ingest, which chains nothing.
    const givenSeen = new Set<string>();
    const chainSeen = new Set<string>();
    // Requests a handler returned here: their payloads never left this process, so they are not parsed again.
    const chained = new WeakSet<JobRequest>();
    const outcome: RunOutcome = { completed: 0, failed: [], notStarted: 0 };
    const stack: JobRequest[] = [];
    for (;;) {
      if (stack.length === 0) {
        const next = given.next();
        if (next.done) break;
        if (givenSeen.has(next.value.id)) continue;
        if (options.signal?.aborted) {
          // Chained jobs ran before the next given request is read, so the article in hand is finished by now.
          const left = new Set([next.value.id]);
          for (let r = given.next(); !r.done; r = given.next()) if (!givenSeen.has(r.value.id)) left.add(r.value.id);
          outcome.notStarted = left.size;
          break;
        }
        givenSeen.add(next.value.id);
        chainSeen.clear();
        stack.push(next.value);
      }
      const request = stack.pop()!;
      if (chained.has(request)) {
        if (chainSeen.has(request.id)) continue;
        chainSeen.add(request.id);
      }
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

/** The items of `items` in order, each let go of (removed from the array) as it is yielded. */
export function* drain<T>(items: T[]): Generator<T> {
  items.reverse();
  while (items.length > 0) yield items.pop()!;
}

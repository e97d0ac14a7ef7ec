import type { ArticleSource } from '../ingest/index.js';
import { ingestRequest } from './catalog.js';
import type { JobRequest } from './job.js';

export interface IngestPlan {
  requests: JobRequest[];
  /** Locations that could not be expanded (missing folder, bad URL), with why. */
  failures: { input: string; error: string }[];
}

/**
 * Expands locations (pages, feeds, files, folders) into ingest job requests
 * with the first source that accepts each. One bad location is reported and
 * the others go on.
 */
export async function planIngest(locations: readonly string[], sources: readonly ArticleSource[]): Promise<IngestPlan> {
  const plan: IngestPlan = { requests: [], failures: [] };
  for (const location of locations) {
    try {
      const source = sources.find((s) => s.accepts(location));
      if (!source) throw new Error(`${location}: no source reads this location`);
      for (const ref of await source.discover(location)) plan.requests.push(ingestRequest(ref));
    } catch (error) {
      plan.failures.push({ input: location, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return plan;
}

/** Where a job request reads from (its payload's `location`), else its id. */
export function locationOf(request: JobRequest): string {
  const payload = request.payload as { location?: unknown };
  return typeof payload.location === 'string' ? payload.location : request.id;
}

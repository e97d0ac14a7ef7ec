import { z } from 'zod';
import { InputError } from '../errors.js';
import type { ArticleSource } from '../ingest/index.js';
import { ingestRequest } from './catalog.js';
import { jobId, type JobRequest } from './job.js';

/** The payload of a `discover` job: what a schedule tick asks to expand. */
export const DiscoverPayload = z.strictObject({
  /** A folder, a file, a page URL (feeds and sitemaps come with a later issue). */
  source: z.string().min(1),
  /** The schedule that fired it, to record its last run; null when enqueued by hand. */
  schedule: z.string().min(1).nullable().default(null),
});
export type DiscoverPayload = z.infer<typeof DiscoverPayload>;

/**
 * Expands a source into ingest requests, one per document behind it.
 *
 * Each request's id is the ingest id salted with `tick`, the id of the
 * discover job: the same tick run twice (a retry, a worker killed mid-job)
 * enqueues nothing new, while the next tick does re-read the source, which
 * is what a schedule is for. Re-reading unchanged content is a no-op in the
 * store (articles are keyed by content hash).
 *
 * @throws InputError naming the source when no article source accepts it, or
 *   whatever the source's `discover` throws.
 */
export async function discoverSource(payload: DiscoverPayload, sources: readonly ArticleSource[], tick: string): Promise<JobRequest[]> {
  const source = sources.find((s) => s.accepts(payload.source));
  if (!source) throw new InputError(payload.source, 'no article source can read this location');
  const refs = await source.discover(payload.source);
  return refs.map((ref) => {
    const request = ingestRequest(ref);
    return { ...request, id: jobId('ingest', ref.location, tick) };
  });
}

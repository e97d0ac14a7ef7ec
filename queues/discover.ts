import { z } from 'zod';
import { InputError } from '../errors.js';
import { canonicalUrl, type ArticleSource } from '../ingest/index.js';
import { ingestRequest } from './catalog.js';
import { jobId, type JobRequest } from './job.js';

/** The payload of a `discover` job: what a schedule tick asks to expand. */
export const DiscoverPayload = z.strictObject({
  /** A folder, a file, a page URL, or a feed or sitemap URL (expanded into its articles). */
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
 * A feed or sitemap expands into the articles it lists, and a source that
 * remembers what it delivered (`unseen`: the web source's fetch cache) drops
 * the ones already fetched, so each tick enqueues only new URLs. A single
 * page given as the source is always re-read: watching it is the point.
 *
 * @throws InputError naming the source when no article source accepts it, or
 *   whatever the source's `discover` throws.
 */
export async function discoverSource(payload: DiscoverPayload, sources: readonly ArticleSource[], tick: string): Promise<JobRequest[]> {
  const source = sources.find((s) => s.accepts(payload.source));
  if (!source) throw new InputError(payload.source, 'no article source can read this location');
  const listed = await source.discover(payload.source);
  const single = listed.length === 1 && sameLocation(listed[0]!.location, payload.source);
  const refs = source.unseen && !single ? await source.unseen(listed) : listed;
  return refs.map((ref) => {
    const request = ingestRequest(ref);
    return { ...request, id: jobId('ingest', ref.location, tick) };
  });
}

function sameLocation(a: string, b: string): boolean {
  return a === b || (canonicalUrl(a) ?? a) === (canonicalUrl(b) ?? b);
}

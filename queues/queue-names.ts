import { InputError } from '../errors.js';
import type { JobName } from './job.js';

/**
 * One BullMQ queue per pipeline stage, so that workers can be scaled per stage
 * (`newsfacts worker --queues extract`) and a slow fetch never blocks extraction.
 */
export const QUEUE_NAMES = ['ingest', 'extract', 'reconcile'] as const satisfies readonly JobName[];
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * Job names carried by the queues. `discover` rides on the ingest queue: it
 * expands a scheduled source (a folder, a page, later a feed) into ingest jobs,
 * and it is I/O of the same kind as ingest, so the same workers run it.
 */
export type QueueJobName = JobName | 'discover';

/** Which queue a job name travels on. */
export function queueOf(name: QueueJobName): QueueName {
  return name === 'discover' ? 'ingest' : name;
}

/**
 * The BullMQ key prefix every queue of one deployment shares.
 * @defaultValue `newsfacts`
 */
export const DEFAULT_PREFIX = 'newsfacts';

/** Parses `--queues ingest,extract` into queue names. */
export function parseQueueNames(list: string): QueueName[] {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = names.filter((n) => !(QUEUE_NAMES as readonly string[]).includes(n));
  if (unknown.length > 0) throw new InputError('--queues', `unknown queue ${unknown.join(', ')} (expected ${QUEUE_NAMES.join(', ')})`);
  if (names.length === 0) throw new InputError('--queues', `names no queue (expected ${QUEUE_NAMES.join(', ')})`);
  return [...new Set(names)] as QueueName[];
}

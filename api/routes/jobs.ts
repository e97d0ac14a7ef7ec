import { z } from 'zod';
import { ConfigError, InputError } from '../../errors.js';
import { Interval } from '../../queues/index.js';
import { checkIngestLocations } from '../ingest-locations.js';
import type { ApiDeps } from '../server.js';
import {
  ErrorBody,
  IngestRequestBody,
  IngestResponse,
  JobCountsBody,
  ScheduleAddBody,
  ScheduleItem,
  ScheduleList,
  ScheduleNameParams,
} from '../schemas.js';
import { security, type Access, type Api } from '../types.js';

/** Ingestion as the server offers it: queued on BullMQ with Redis, run in this process without. */
export interface Ingestion {
  ingest(locations: readonly string[], options: { published?: string }): Promise<z.infer<typeof IngestResponse>>;
}

export function registerJobRoutes(api: Api, deps: ApiDeps, read: Access, write: Access, ingestRoots: readonly string[] = []): void {
  const schedules = () => {
    if (!deps.queues) throw new ConfigError('schedules need Redis: start the server with REDIS_URL set');
    return deps.queues.schedules;
  };

  api.post(
    '/api/ingest',
    {
      ...write,
      schema: {
        tags: ['jobs'],
        summary: 'Ingest pages, feeds, sitemaps, files or folders',
        description:
          'With Redis the jobs are queued (202) for the workers; without, the server runs them before answering (200). ' +
          'Locations are URLs, or files and folders under NEWSFACTS_INGEST_ROOTS (none by default).',
        security: [{ bearer: [] }],
        body: IngestRequestBody,
        response: { 200: IngestResponse, 202: IngestResponse, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      await checkIngestLocations(request.body.locations, ingestRoots);
      const result = await deps.ingestion.ingest(request.body.locations, { published: request.body.published });
      void reply.code(result.mode === 'queued' ? 202 : 200);
      return result;
    },
  );

  api.get(
    '/api/jobs',
    {
      ...read,
      schema: {
        tags: ['jobs'],
        summary: 'Job counts per queue and state, and the store’s sizes',
        description: 'Per queue (ingest, extract, reconcile): waiting, active, delayed, completed and failed jobs; `queues` is null without Redis. `store` counts articles, claims per kind, facts and versions.',
        security: security(read),
        response: { 200: JobCountsBody, 401: ErrorBody },
      },
    },
    async () => ({ queues: deps.queues ? await deps.queues.jobQueues.counts() : null, store: await deps.store.counts() }),
  );

  api.get(
    '/api/schedules',
    {
      ...read,
      schema: {
        tags: ['jobs'],
        summary: 'Scheduled ingestion, with next and last runs',
        description: 'Every schedule with its source, its interval or cron, when it runs next and how its last run went. 503 without Redis.',
        security: security(read),
        response: { 200: ScheduleList, 401: ErrorBody, 503: ErrorBody },
      },
    },
    async () => ({ items: (await schedules().list()).map(scheduleItem) }),
  );

  api.post(
    '/api/schedules',
    {
      ...write,
      schema: {
        tags: ['jobs'],
        summary: 'Add or replace a schedule (every interval, or cron in a time zone)',
        description: 'Give exactly one of `every` (500ms, 30s, 15m, 2h, 1d) or `cron` (with `tz`, default UTC). A schedule of the same name is replaced. 503 without Redis.',
        security: [{ bearer: [] }],
        body: ScheduleAddBody,
        response: { 201: ScheduleItem, 400: ErrorBody, 401: ErrorBody, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const book = schedules();
      let info;
      if (b.every !== undefined) {
        const every = Interval.safeParse(b.every);
        if (!every.success) throw new InputError(`schedule ${b.name}`, `every: ${every.error.issues[0]?.message ?? 'invalid interval'}`);
        info = await book.add({ name: b.name, source: b.source, everyMs: every.data });
      } else {
        info = await book.add({ name: b.name, source: b.source, cron: b.cron!, tz: b.tz ?? 'UTC' });
      }
      void reply.code(201);
      return scheduleItem(info);
    },
  );

  api.delete(
    '/api/schedules/:name',
    {
      ...write,
      schema: {
        tags: ['jobs'],
        summary: 'Remove a schedule',
        description: 'Stops the schedule; jobs it already queued still run. 404 when no schedule has that name.',
        security: [{ bearer: [] }],
        params: ScheduleNameParams,
        response: { 204: z.null().describe('removed'), 401: ErrorBody, 404: ErrorBody, 503: ErrorBody },
      },
    },
    async (request, reply) => {
      const removed = await schedules().remove(request.params.name);
      if (!removed) throw new InputError(`schedule ${request.params.name}`, 'no such schedule');
      return reply.code(204).send(null);
    },
  );
}

function scheduleItem(info: { name: string; source: string; every: string | null; cron: string | null; nextRun: Date | null; lastRun: z.infer<typeof ScheduleItem>['lastRun'] }) {
  return { name: info.name, source: info.source, every: info.every, cron: info.cron, nextRun: info.nextRun?.toISOString() ?? null, lastRun: info.lastRun };
}

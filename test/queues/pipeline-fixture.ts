import { QueueEvents } from 'bullmq';
import { pino } from 'pino';
import { FileSource, type ArticleSource } from '../../ingest/index.js';
import { BullmqRunner } from '../../queues/bullmq-runner.js';
import type { JobQueues } from '../../queues/job-queues.js';
import type { QueueName } from '../../queues/queue-names.js';
import { bullmqConnection } from '../../queues/redis-connection.js';
import { ScheduleBook } from '../../queues/scheduler.js';
import { redisTest } from './redis-fixture.js';
import { openPgliteStore, type OpenStore } from './store-fixture.js';

export interface PipelineFixtures {
  db: OpenStore;
  /** Starts a runner on all three queues over the test's queues and store; closed after the test. */
  startRunner: (sources?: ArticleSource[]) => Promise<BullmqRunner>;
  /** QueueEvents of one queue, ready before any job is added; closed after the test. */
  events: (queue: QueueName) => Promise<QueueEvents>;
}

/** A Redis test with a PGlite store and runners over both, all cleaned up after. */
export const pipelineTest = redisTest.extend<PipelineFixtures>({
  db: async ({}, use) => {
    const db = await openPgliteStore();
    await use(db);
    await db.close();
  },
  startRunner: async ({ queues, redis, db }, use) => {
    const runners: BullmqRunner[] = [];
    await use(async (sources = [new FileSource()]) => {
      const runner = new BullmqRunner(
        {
          queues,
          schedules: new ScheduleBook(queues, redis),
          context: { store: db.store, sources, logger: pino({ level: 'silent' }), now: () => new Date() },
        },
        { concurrency: 2, retry: { baseDelayMs: 10, jitter: 0 } },
      );
      await runner.start();
      runners.push(runner);
      return runner;
    });
    for (const runner of runners) await runner.close(true);
  },
  events: async ({ queues }, use) => {
    const opened: QueueEvents[] = [];
    await use(async (queue) => {
      const events = new QueueEvents(queue, { connection: bullmqConnection(queues.options.redisUrl), prefix: queues.options.prefix });
      await events.waitUntilReady();
      opened.push(events);
      return events;
    });
    for (const events of opened) await events.close();
  },
});

/** Resolves once every queue is idle: nothing waiting, running or delayed. */
export async function settle(queues: JobQueues): Promise<void> {
  for (;;) {
    const counts = await queues.counts();
    const busy = Object.values(counts).reduce((n, c) => n + c.waiting + c.active + c.delayed, 0);
    if (busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}


import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Interval, ScheduleBook } from '../../queues/scheduler.js';
import { pipelineTest } from './pipeline-fixture.js';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

describe('Interval', () => {
  it('reads a number and a unit', () => {
    expect(['1s', '15m', '2h', '1d', '1500ms'].map((s) => Interval.parse(s))).toEqual([1_000, 900_000, 7_200_000, 86_400_000, 1_500]);
  });
  it('refuses no unit, and less than a second', () => {
    expect(Interval.safeParse('15').success).toBe(false);
    expect(Interval.safeParse('500ms').success).toBe(false);
  });
});

describe('ScheduleBook', () => {
  pipelineTest('an --every 1s schedule fires, is listed with its next and last run, and stops when removed', async ({ queues, redis, startRunner, events }) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'newsfacts-schedule-'));
    try {
      await writeFile(path.join(folder, 'note.txt'), 'Tokyo said on Friday it would invest $550 billion in the United States.');
      const book = new ScheduleBook(queues, redis);
      const ingestEvents = await events('ingest');
      const fired = new Promise<string>((resolve) => {
        ingestEvents.on('completed', ({ jobId }) => {
          if (jobId.startsWith('repeat:every-second:')) resolve(jobId);
        });
      });
      const added = await book.add({ name: 'every-second', everyMs: 1_000, source: folder });
      expect(added).toMatchObject({ name: 'every-second', every: '1s', source: folder });
      expect(added.nextRun).toBeInstanceOf(Date);
      await startRunner();
      const tickId = await fired;

      const [listed] = await book.list();
      expect(listed).toMatchObject({ name: 'every-second', every: '1s', lastRun: { jobId: tickId, ok: true, result: '1 document enqueued' } });
      expect(listed?.nextRun).toBeInstanceOf(Date);

      expect(await book.remove('every-second')).toBe(true);
      expect(await book.list()).toEqual([]);
      // No tick is left pending: the scheduler's next job went with it.
      const pending = await queues.queue('ingest').getJobs(['delayed', 'waiting', 'prioritized']);
      expect(pending.filter((job) => job.name === 'discover')).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  pipelineTest('refuses a bad cron expression naming the schedule', async ({ queues, redis }) => {
    const book = new ScheduleBook(queues, redis);
    await expect(book.add({ name: 'nightly', cron: 'every night', source: SEEDS })).rejects.toThrow(/^schedule nightly: cannot be scheduled/);
  });
});

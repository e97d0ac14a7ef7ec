/**
 * A claim draft is validated where it is made (the extractor) and where it crosses a boundary (a queued job's
 * payload); a reconcile job chained inside one process is not parsed again, one read from a queue always is.
 */
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import { InProcessRunner, reconcileRequest, runJob } from '../../queues/index.js';
import { article, figure } from '../store/samples.js';
import { openPgliteStore } from './store-fixture.js';

describe('reconcile payloads', () => {
  test('one from a queue is parsed: a claim that breaks the draft schema fails the job, naming the field, and stores nothing', { timeout: 120_000 }, async () => {
    const { store, close } = await openPgliteStore();
    try {
      const a = article('harbour.txt', 'The harbour toll is 4%.', '2026-02-02');
      await store.saveArticle(a, null);
      const good = figure(a, '4%', { amount: 4, unit: '%' }, 'harbour toll', 'rate');
      // As a queue hands it over: JSON, whatever a producer wrote.
      const payload = JSON.parse(JSON.stringify({ articleId: a.id, extractor: good.extractor, claims: [good, { ...good, start: -1 }] })) as unknown;
      const context = { store, sources: [], logger: pino({ level: 'silent' }), now: () => new Date() };
      await expect(runJob('reconcile', 'r-1', payload, context)).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/claims\.1\.start/) });
      // A request given to the in-process runner is parsed too (only those its own handlers return are not).
      const outcome = await new InProcessRunner(context).run([{ name: 'reconcile', id: 'r-2', payload }]);
      expect(outcome.failed.map((f) => f.error.name)).toEqual(['ValidationError']);
      expect(await store.listClaims()).toEqual([]);
      // The valid draft alone goes through.
      await runJob('reconcile', 'r-3', reconcileRequest({ articleId: a.id, extractor: good.extractor, claims: [good] }).payload, context);
      expect((await store.listClaims()).map((c) => c.quote)).toEqual(['4%']);
    } finally {
      await close();
    }
  });
});

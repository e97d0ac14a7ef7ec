/**
 * A claim draft is validated where it is made (the extractor) and where it crosses a boundary (a queued job's
 * payload); a reconcile job chained inside one process is not parsed again, one read from a queue always is.
 * A draft of an older extractor is completed by the reconcile job with the extractor's rules before the store sees it.
 */
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../../model/index.js';
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

describe('reconcile of an older extractor\'s drafts', () => {
  test('the job works out the cues its drafts lack from the article (the store reads no text)', { timeout: 120_000 }, async () => {
    const { store, close } = await openPgliteStore();
    try {
      const a = article('quay.txt', 'The quay fee is 7%, imposed in March 2025. It opened on Friday at a ceremony.', '2025-05-02');
      await store.saveArticle(a, null);
      const fee = figure(a, '7%', { amount: 7, unit: '%' }, 'quay fee', 'rate');
      const at = (quote: string) => a.text.indexOf(quote);
      const date = (quote: string, day: string, subject: string | null) =>
        ({ ...figure(a, quote, { amount: 1, unit: 'x' }, subject ?? 'x', 'date'), kind: 'date', value: { date: day }, subject, start: at(quote), end: at(quote) + quote.length }) as ClaimDraft;
      // As a rules@37 extractor queued them: no `stated`, no `datedAtEvent`.
      const claims = [fee, date('March 2025', '2025-03', null), date('Friday', '2025-05-02', 'opening')];
      const context = { store, sources: [], logger: pino({ level: 'silent' }), now: () => new Date() };
      await runJob('reconcile', 'r-1', JSON.parse(JSON.stringify(reconcileRequest({ articleId: a.id, extractor: 'newsfacts-rules@37', claims }).payload)), context);
      expect((await store.exportFacts()).find((f) => f.subject === 'quay fee')).toMatchObject({ value: { amount: 7, unit: '%' }, valid_from: '2025-03-01' });
      expect((await store.listClaims({ kind: 'date' })).map((c) => [c.quote, c.kind === 'date' ? c.datedAtEvent : null])).toEqual([
        ['March 2025', false],
        ['Friday', false],
      ]);
    } finally {
      await close();
    }
  });
});

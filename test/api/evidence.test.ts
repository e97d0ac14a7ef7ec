/**
 * Evidence in context over HTTP: a fact's quotes come with the sentence around them (span inside it) and
 * their article's headline and URL; the review queue names each claim's article the same way.
 */
import { describe, expect } from 'vitest';
import { FactDetailBody, ReviewQueuePage } from '../../api/schemas.js';
import { article, figure, outlet } from '../store/samples.js';
import { storeTest } from '../store/store-fixture.js';
import { apiOver, auth } from './api-fixture.js';

describe('evidence in context', () => {
  storeTest('pglite')('a fact quote carries its sentence, headline and URL; the queue item its article', async ({ store }) => {
    const source = outlet('Harbour Gazette');
    const text = 'The port reopened on Monday. Officials said the harbour handled 1,200 ships last year, a record. Trade groups welcomed it.';
    const a = { ...article('gazette-port.html', text, '2026-04-02', source.id), url: 'https://gazette.example/port-record', title: 'Port sets a record' };
    await store.saveArticle(a, source);
    await store.recordClaims(a.id, [figure(a, '1,200 ships', { amount: 1200, unit: 'ship' }, 'harbour', 'ships handled')], { now: new Date('2026-04-03T00:00:00Z') });
    const app = await apiOver(store);
    try {
      const queue = ReviewQueuePage.parse((await app.inject({ url: '/api/review-queue', headers: auth })).json());
      const item = queue.items.find((i) => i.claim.quote === '1,200 ships')!;
      expect(item.article).toEqual({ title: 'Port sets a record', url: 'https://gazette.example/port-record' });
      expect(item.fact).not.toBeNull();
      // Lists show competing values as the value grammar writes them, one text per candidate.
      expect(item.fact!.candidateTexts).toEqual([item.fact!.valueText]);
      expect(item.fact!.valueText).toBe(item.claim.valueText);

      const res = await app.inject({ url: `/api/facts/${item.fact!.fact.id}`, headers: auth });
      expect(res.statusCode).toBe(200);
      const detail = FactDetailBody.parse(res.json());
      const [quote] = detail.candidates.flatMap((c) => c.claims);
      expect(quote).toMatchObject({ quote: '1,200 ships', source: 'Harbour Gazette', title: 'Port sets a record', url: 'https://gazette.example/port-record', published: '2026-04-02' });
      expect(quote!.sentence).toEqual({ text: 'Officials said the harbour handled 1,200 ships last year, a record.', start: 35, end: 46 });
      expect(quote!.sentence!.text.slice(quote!.sentence!.start, quote!.sentence!.end)).toBe('1,200 ships');
    } finally {
      await app.close();
    }
  }, 120_000);
});

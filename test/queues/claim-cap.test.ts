import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, test } from 'vitest';
import { buildArticle } from '../../ingest/index.js';
import { extractRequest, extractUpTo } from '../../queues/catalog.js';
import { extractClaims } from '../../extract/index.js';
import { InProcessRunner } from '../../queues/in-process-runner.js';
import { openPgliteStore } from './store-fixture.js';

const TEXT = [
  'Acme Corp said on Monday it will invest $2 billion in a new plant in Ohio.',
  'The plant will employ 1,500 people, the company said.',
  'Ohio offered $300 million in tax credits, Governor Mike DeWine said.',
  'Shares of Acme rose 4% on Tuesday.',
].join('\n');

describe('claims per article', () => {
  test('beyond the cap the first claims in text order are kept, with one warning naming the article', { timeout: 120_000 }, async () => {
    const { store, close } = await openPgliteStore();
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    try {
      const { article, source } = buildArticle({
        location: '/in/acme.txt', doc: 'acme.txt', format: 'text', bytes: new TextEncoder().encode(TEXT),
        url: null, path: '/in/acme.txt', published: '2026-03-02', outlet: null, title: null,
      });
      await store.saveArticle(article, source);
      const outcome = await new InProcessRunner({ store, sources: [], logger, now: () => new Date(), maxClaimsPerArticle: 2 }).run([extractRequest(article.id)]);
      expect(outcome.failed).toEqual([]);
      const claims = await store.listClaims({ doc: article.id });
      expect(claims).toHaveLength(2);
      expect(Math.max(...claims.map((c) => c.start))).toBeLessThan(TEXT.indexOf('Ohio offered'));
      expect(lines.filter((l) => l.includes('acme.txt') && l.includes('keeping the first 2'))).toHaveLength(1);
      expect((await store.stageCounts()).reconciled).toBe(1);
    } finally {
      await close();
    }
  });

  test('a long text is read window by window at paragraph breaks, offsets kept, and reading stops at the cap', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Acme Corp said on Monday it will invest $${i + 2} billion in plant ${i + 1} in Ohio. The plant will employ ${(i + 1) * 100} people.`);
    const text = paragraphs.join('\n\n');
    const extract = (t: string) => extractClaims({ text: t, published: '2026-03-02' });
    const whole = extractUpTo(extract, text, 5_000, text.length);
    expect(whole.more).toBeNull();
    const windowed = extractUpTo(extract, text, 5_000, 300);
    expect(windowed.more).toBeNull();
    // Every window ends at a paragraph break, and each paragraph stands alone: the same claims at the same offsets.
    const spans = (claims: { start: number; end: number; quote: string }[]) => claims.map((c) => [c.start, c.end, c.quote]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(spans(windowed.claims)).toEqual(spans(whole.claims));
    for (const claim of windowed.claims) expect(text.slice(claim.start, claim.end)).toBe(claim.quote);

    const capped = extractUpTo(extract, text, 3, 300);
    expect(capped.claims).toHaveLength(3);
    expect(capped.more!.readChars).toBeLessThan(text.length);
    expect(capped.more!.extracted).toBeGreaterThan(3);
    expect(capped.claims.map((c) => c.start)).toEqual(spans(whole.claims).slice(0, 3).map((s) => s[0]));
  });
});

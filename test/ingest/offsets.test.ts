/**
 * Offsets survive decoding and storage: whatever a text file starts with
 * (several BOMs) and however its lines end (LF, CRLF, CR alone) or its
 * accents are composed (NFC, NFD), the text stored is the text built, and
 * every claim's quote is exactly `text.slice(start, end)` of the stored text,
 * on both store adapters.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { extractClaims } from '../../extract/index.js';
import { buildArticle } from '../../ingest/index.js';
import type { RawDocument } from '../../ingest/raw-document.js';
import { BACKENDS, storeTest } from '../store/store-fixture.js';

const SENTENCES = [
  'Japan agreed to invest $550 billion in the United States, officials said on Friday.',
  'Prime Minister Shigeru Ishiba said the deal would cut tariffs to 15% from 25%.',
  'Zürich-based Nestlé said sales rose 4.2% to 22.7 billion francs in March.',
  'The café in Ōsaka opened on 12 May 2025 with 40 staff.',
];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\r'];

const textFile = fc
  .record({
    boms: fc.integer({ min: 0, max: 3 }),
    lines: fc.array(fc.record({ sentence: fc.constantFrom(...SENTENCES), end: fc.constantFrom(...LINE_ENDS) }), { minLength: 1, maxLength: 5 }),
    form: fc.constantFrom('NFC', 'NFD'),
  })
  .map(({ boms, lines, form }) => '\uFEFF'.repeat(boms) + lines.map((l) => l.sentence + l.end).join('').normalize(form as 'NFC' | 'NFD'));

function rawText(text: string, n: number): RawDocument {
  return {
    location: `/corpus/doc-${n}.txt`,
    doc: `doc-${n}.txt`,
    format: 'text',
    bytes: new TextEncoder().encode(text),
    url: null,
    path: `/corpus/doc-${n}.txt`,
    published: '2025-09-19',
    outlet: null,
    title: null,
  };
}

describe.each(BACKENDS)('offsets into the stored text [%s]', (kind) => {
  const test = storeTest(kind);

  test('leading BOMs are dropped, CR/CRLF and NFD kept, and every quote is its slice of the stored text', { timeout: 180_000 }, async ({ store }) => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(textFile, async (file) => {
        n += 1;
        const { article, source } = buildArticle(rawText(file, n));
        expect(article.text.startsWith('\uFEFF')).toBe(false);
        expect(article.text).toBe(file.replace(/^\uFEFF+/, ''));
        await store.saveArticle(article, source);
        const stored = (await store.getArticle(article.id))!;
        expect(stored.text).toBe(article.text);
        const claims = extractClaims({ text: stored.text, published: stored.published });
        expect(claims.length).toBeGreaterThan(0);
        for (const claim of claims) expect(claim.quote).toBe(stored.text.slice(claim.start, claim.end));
      }),
      { numRuns: 10 },
    );
  });

  test('a text that still starts with a BOM is refused rather than stored shifted', async ({ store }) => {
    const { article, source } = buildArticle(rawText('Tokyo said so on Friday.', 0));
    const error = await store.saveArticle({ ...article, text: `\uFEFF${article.text}` }, source).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/starts with a byte-order mark/);
  });
});

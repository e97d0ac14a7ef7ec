/**
 * An office styled with no place ("Prime Minister Ana Lund") is the office of its article's story: successive
 * holders across the story's articles supersede one another; another story's holder is another fact.
 */
import { describe, expect } from 'vitest';
import { extractClaims } from '../../extract/index.js';
import type { Article } from '../../model/index.js';
import type { FactStore } from '../../store/index.js';
import { article } from './samples.js';
import { BACKENDS, storeTest } from './store-fixture.js';

const T = (n: number) => new Date(Date.UTC(2026, 2, 1, 0, 0, n));

const before = article(
  'lund.txt',
  'Prime Minister Ana Lund met Halvard Shipping executives and Transport Minister Per Olsen in Bergen on Friday to discuss the Nordvik port expansion. Lund said the port would add 2,000 jobs.',
  '2025-05-10',
);
const after = article(
  'strand.txt',
  'Prime Minister Eva Strand, sworn in after her election victory, visited Bergen with Transport Minister Per Olsen to review the Nordvik port expansion with Halvard Shipping. Strand said the port would add 2,500 jobs.',
  '2025-06-20',
);
const elsewhere = article('berg.txt', 'Prime Minister Tomas Berg opened a children\u2019s hospital in Valdoria on Monday. Berg said it cost $40 million.', '2025-06-01');

async function record(store: FactStore, a: Article, n: number): Promise<void> {
  await store.saveArticle(a, null);
  await store.recordClaims(a.id, extractClaims({ text: a.text, published: a.published }), { now: T(n) });
}

describe.each(BACKENDS)('the office of a story\u2019s setting [%s]', (kind) => {
  const test = storeTest(kind);

  for (const [name, order] of [['in order', [before, after, elsewhere]], ['the later article first', [elsewhere, after, before]]] as const) {
    test(`a later holder supersedes the earlier one; another story's is another fact (${name})`, async ({ store }) => {
      for (const [i, a] of order.entries()) await record(store, a, i + 1);
      const offices = (await store.exportFacts()).filter((f) => f.subject === 'prime minister' && f.predicate === 'holder');
      expect(offices).toHaveLength(2);
      const story = offices.find((f) => f.sources.includes('strand.txt'))!;
      expect(story).toMatchObject({ value: { text: 'Eva Strand' }, alternatives: [{ value: { text: 'Ana Lund' }, status: 'superseded', sources: ['lund.txt'] }] });
      expect(offices.find((f) => f !== story)).toMatchObject({ value: { text: 'Tomas Berg' }, sources: ['berg.txt'], alternatives: [] });
    });
  }
});

/**
 * A thing's status as a fact: the extractor's status claims of two articles of one story, reconciled by the store.
 * A later report's stage supersedes the earlier one over valid time, and a heading that overstates its body
 * gives no value (the body's stage stands).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extractClaims } from '../../extract/index.js';
import type { FactExport } from '../../model/index.js';
import { FactStore } from '../../store/index.js';
import { article, outlet } from './samples.js';
import { BACKENDS, openBackend, type Backend } from './store-fixture.js';

const FIRST =
  'Port Hale council approves harbour plan\n' +
  'Port Hale councillors are close to finalizing the harbour plan, Mayor Ines Varga said on Monday. ' +
  'The $40 million plan of the Hale Harbour Authority would rebuild the old ferry quay and dredge the channel. ' +
  'Varga said the council would meet again next week to discuss the quay, the channel and the cost.';
const SECOND =
  'Port Hale council backs harbour rebuild\n' +
  'The Port Hale council approved the harbour plan on Thursday, Mayor Ines Varga said. ' +
  'The $40 million plan of the Hale Harbour Authority will rebuild the old ferry quay and dredge the channel. ' +
  'Varga said work on the quay and the channel would start in the spring.';

describe.each(BACKENDS)('status facts [%s]', (kind) => {
  let backend: Backend;
  let facts: FactExport[];
  beforeAll(async () => {
    backend = await openBackend(kind);
    const store = new FactStore(backend.db);
    const source = outlet('Harbour Gazette');
    let tick = Date.parse('2024-04-01T00:00:00Z');
    for (const [doc, text, published] of [
      ['first.txt', FIRST, '2024-03-04'],
      ['second.txt', SECOND, '2024-03-14'],
    ] as const) {
      const a = article(doc, text, published, source.id);
      await store.saveArticle(a, source);
      await store.recordClaims(a.id, extractClaims({ text, published }), { now: new Date((tick += 1000)) });
    }
    facts = await store.exportFacts();
  }, 120_000);
  afterAll(async () => {
    await backend?.dispose();
  });

  test('the later stage is current and the earlier one superseded where it began; the heading adds nothing', () => {
    const status = facts.filter((f) => f.predicate === 'status');
    expect(status).toHaveLength(1);
    expect(status[0]).toMatchObject({
      subject: 'harbour plan',
      status: 'settled',
      value: { text: 'approved' },
      valid_from: '2024-03-14',
      sources: ['second.txt'],
      alternatives: [{ value: { text: 'close to final' }, status: 'superseded', valid_from: '2024-03-04', sources: ['first.txt'] }],
    });
  });
});

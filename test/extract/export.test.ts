import { describe, expect, it } from 'vitest';
import { extractClaims, toClaimsExport } from '../../extract/index.js';
import { ClaimsExport } from '../../model/export.js';

describe('toClaimsExport', () => {
  it('produces the exact FORMAT.md shape with the text hash', () => {
    const text = 'Acme Corp pledged $2 billion on Friday.';
    const out = toClaimsExport('a.txt', '2024-05-10', text, extractClaims({ text, published: '2024-05-10' }));
    expect(ClaimsExport.parse(out)).toEqual(out);
    // sha256("Acme Corp pledged $2 billion on Friday.")
    expect(out.text_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.claims.find((c) => c.kind === 'figure')).toMatchObject({ text: '$2 billion', start: 18, end: 28, value: { amount: 2e9, unit: 'USD' } });
    expect(Object.keys(out.claims[0]!).sort()).toEqual(['attribution', 'end', 'hedge', 'kind', 'predicate', 'start', 'subject', 'text', 'value']);
  });

  it('hashes the text itself', () => {
    const a = toClaimsExport('a', null, 'x', []);
    const b = toClaimsExport('a', null, 'y', []);
    expect(a.text_sha256).toBe('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
    expect(b.text_sha256).not.toBe(a.text_sha256);
  });
});

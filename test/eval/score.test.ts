import { describe, expect, it } from 'vitest';
import { aggregate, goldSpan, maxMatching, nameKey, roleMatches, scoreDocument } from '../../eval/score.js';
import type { ClaimsExport, ExportedClaim, GoldDoc } from '../../model/export.js';

const TEXT = 'Acme pledged $5 billion. Later Acme pledged $5 billion again, and 25% more.';
const base = { subject: null, predicate: null, attribution: null, hedge: null } as const;

function fig(text: string, nth: number, value: ExportedClaim['value'], extra: Partial<ExportedClaim> = {}): ExportedClaim {
  const start = goldSpan(TEXT, text, nth)!.start;
  return { kind: 'figure', start, end: start + text.length, text, value, ...base, ...extra } as ExportedClaim;
}
function exportOf(claims: ExportedClaim[]): ClaimsExport {
  return { doc: 'd.txt', published: '2024-01-01', text_sha256: '0'.repeat(64), claims };
}
function gold(claims: GoldDoc['claims']): GoldDoc {
  return { doc: 'd.txt', published: '2024-01-01', claims };
}

describe('goldSpan', () => {
  it('picks the nth occurrence', () => {
    expect(goldSpan(TEXT, '$5 billion', 1)).toEqual({ start: 44, end: 54 });
    expect(goldSpan(TEXT, '$5 billion', 2)).toBeNull();
  });
});

describe('figures', () => {
  const g = gold([
    { kind: 'figure', quote: '$5 billion', nth: 0, value: { amount: 5e9, unit: 'USD' }, about: ['pledge'] },
    { kind: 'figure', quote: '$5 billion', nth: 1, value: { amount: 5e9, unit: 'USD' }, about: ['pledge'] },
  ]);

  it('matches on span overlap and value within 0.5%', () => {
    const s = scoreDocument(g, TEXT, exportOf([fig('$5 billion', 0, { amount: 5.02e9, unit: 'USD' }), fig('$5 billion', 1, { amount: 5.1e9, unit: 'USD' })]));
    expect(s.kinds.figure).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('requires the same currency but lets any two count nouns agree', () => {
    const s = scoreDocument(g, TEXT, exportOf([fig('$5 billion', 0, { amount: 5e9, unit: 'JPY' })]));
    expect(s.kinds.figure.tp).toBe(0);
    const counts = gold([{ kind: 'figure', quote: '25%', nth: 0, value: { amount: 25, unit: 'job' } }]);
    expect(scoreDocument(counts, TEXT, exportOf([fig('25%', 0, { amount: 25, unit: 'position' })])).kinds.figure.tp).toBe(1);
    expect(scoreDocument(counts, TEXT, exportOf([fig('25%', 0, { amount: 25, unit: '%' })])).kinds.figure.tp).toBe(0);
  });

  it('matches ranges on both ends', () => {
    const r = gold([{ kind: 'figure', quote: '25%', nth: 0, value: { min: 20, max: 25, unit: '%' } }]);
    expect(scoreDocument(r, TEXT, exportOf([fig('25%', 0, { min: 20, max: 25, unit: '%' })])).kinds.figure.tp).toBe(1);
    expect(scoreDocument(r, TEXT, exportOf([fig('25%', 0, { amount: 25, unit: '%' })])).kinds.figure.tp).toBe(0);
  });

  it('matches each predicted claim at most once', () => {
    const wide = { kind: 'figure', start: 13, end: 54, text: TEXT.slice(13, 54), value: { amount: 5e9, unit: 'USD' }, ...base } as ExportedClaim;
    expect(scoreDocument(g, TEXT, exportOf([wide])).kinds.figure).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('scores subject accuracy from about words in subject or predicate', () => {
    const s = scoreDocument(g, TEXT, exportOf([
      fig('$5 billion', 0, { amount: 5e9, unit: 'USD' }, { subject: 'Acme', predicate: 'pledged amount' }),
      fig('$5 billion', 1, { amount: 5e9, unit: 'USD' }, { subject: 'Acme', predicate: 'amount' }),
    ]));
    expect(s.figureSubject).toEqual({ correct: 1, total: 2, value: 0.5 });
  });
});

describe('dates', () => {
  const d = (text: string, date: string | null): ExportedClaim => {
    const start = TEXT.indexOf(text);
    return { kind: 'date', start, end: start + text.length, text, value: { date }, ...base };
  };
  it('compares the date string exactly, and a gold null accepts any value', () => {
    const g = gold([
      { kind: 'date', quote: 'Later', nth: 0, value: { date: '2024-01' } },
      { kind: 'date', quote: 'again', nth: 0, value: { date: null } },
    ]);
    const s = scoreDocument(g, TEXT, exportOf([d('Later', '2024-01-05'), d('again', '1999')]));
    expect(s.kinds.date).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('persons', () => {
  const p = (name: string, role: string | null, start: number): ExportedClaim => ({ kind: 'person', start, end: start + 4, text: TEXT.slice(start, start + 4), value: { name, role, org: null }, ...base });

  it('groups by name ignoring case, accents, punctuation and word order', () => {
    expect(nameKey('Akazawa Ryosei')).toBe(nameKey('ryosei AKAZAWA'));
    expect(nameKey('José Pérez-Luna')).toBe(nameKey('Jose Perez Luna'));
    const g = gold([{ kind: 'person', quote: 'Acme', nth: 0, value: { name: 'Ryōsei Akazawa', role: null } }]);
    const s = scoreDocument(g, TEXT, exportOf([p('Akazawa Ryosei', null, 0), p('akazawa ryosei', null, 31), p('Someone Else', null, 0)]));
    expect(s.kinds.person).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('scores role accuracy on non-stop words, ignoring null gold roles', () => {
    expect(roleMatches('Secretary of Commerce', 'U.S. Secretary of Commerce')).toBe(true);
    expect(roleMatches('Commerce Secretary', 'Secretary')).toBe(false);
    const g = gold([
      { kind: 'person', quote: 'Acme', nth: 0, value: { name: 'Ann Lee', role: 'Trade Minister' } },
      { kind: 'person', quote: 'Acme', nth: 1, value: { name: 'Bo Kim', role: null } },
    ]);
    const s = scoreDocument(g, TEXT, exportOf([p('Ann Lee', 'Minister', 0), p('Ann Lee', 'Minister', 31), p('Ann Lee', 'Trade Minister', 31), p('Bo Kim', 'CEO', 0)]));
    // The group's role is the one most of its claims give: "Minister".
    expect(s.personRole).toEqual({ correct: 0, total: 1, value: 0 });
  });
});

describe('projects', () => {
  const pr = (name: string, subject: string | null): ExportedClaim => ({ kind: 'project', start: 0, end: 4, text: 'Acme', value: { name, sponsor: null, sector: null, location: null, amount: null }, ...base, subject });
  it('groups by name and matches a group when an about word is in its name or subject', () => {
    const g = gold([
      { kind: 'project', quote: 'Acme', nth: 0, value: { name: 'Acme wind farm' }, about: ['wind'] },
      { kind: 'project', quote: 'Acme', nth: 0, value: { name: 'Acme mine' }, about: ['mine'] },
    ]);
    const s = scoreDocument(g, TEXT, exportOf([pr('Acme wind farm', null), pr('Acme wind farm', null), pr('copper site', 'copper mine'), pr('port', null)]));
    expect(s.kinds.project).toMatchObject({ tp: 2, fp: 1, fn: 0 });
  });
});

describe('matching and aggregation', () => {
  it('finds the maximum matching, not a greedy one', () => {
    // Gold 0 could take 0 or 1; gold 1 only 0. Greedy would strand gold 1.
    expect(maxMatching([[0, 1], [0]], 2)).toEqual([1, 0]);
  });

  it('ignores kinds it does not score and sums counts across documents', () => {
    const other = { kind: 'event', start: 0, end: 1, text: 'A', value: {} } as unknown as ExportedClaim;
    const g = gold([{ kind: 'figure', quote: '25%', nth: 0, value: { amount: 25, unit: '%' } }]);
    const one = scoreDocument(g, TEXT, exportOf([fig('25%', 0, { amount: 25, unit: '%' }), other]));
    const two = scoreDocument(g, TEXT, exportOf([]));
    const sum = aggregate([one, two]);
    expect(sum.kinds.figure).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(sum.kinds.figure.f1).toBeCloseTo(2 / 3);
  });
});

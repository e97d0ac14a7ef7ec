import { describe, expect, test } from 'vitest';
import type { ClaimDraft } from '../../model/index.js';
import { articleEntities, contextAgrees, entityKey, entityKeys, givenNamesAgree, lookupKeys, sameEntity, surnamesAgree, type ArticleEntity, type EntitySketch } from '../../reconcile/entities.js';

const base = { attribution: null, hedge: 'asserted' as const, qualifier: null, extractor: 'test@1', rule: 'test', confidence: 0.9, subject: null, predicate: null };

/** A person claim on the first occurrence of `quote` in `text`. */
function person(text: string, quote: string, name: string, role: string | null, org: string | null): ClaimDraft {
  const start = text.indexOf(quote);
  return { ...base, kind: 'person', start, end: start + quote.length, quote, predicate: 'role', value: { name, role, org } };
}

function figure(text: string, quote: string, subject: string): ClaimDraft {
  const start = text.indexOf(quote);
  return { ...base, kind: 'figure', start, end: start + quote.length, quote, subject, predicate: 'count', value: { amount: 3, unit: 'person' } };
}

const entities = (text: string, drafts: ClaimDraft[]) => articleEntities({ text, claims: drafts.map((draft, i) => ({ id: `c${i}`, draft })) });
const named = (list: ArticleEntity[], type: ArticleEntity['type']) => list.filter((e) => e.type === type).map((e) => e.name);

function sketch(type: EntitySketch['type'], name: string, context: { orgs?: string[]; roles?: string[]; keys?: string[] } = {}): EntitySketch {
  const words = name.toLowerCase().replace(/\./g, '').split(/\s+/);
  const key = entityKey(type, name);
  const keys = [key, ...(type === 'person' && words.length > 1 ? [`p~${words.at(-1)}`] : []), ...(context.keys ?? [])].sort();
  return { type, name, key, words, keys, orgs: (context.orgs ?? []).map((o) => entityKey('organisation', o)), roles: context.roles ?? [] };
}

describe('articleEntities: one article', () => {
  test('a surname printed alone is a mention of the one person with that name', () => {
    const text = 'Chidi Okafor, the harbour master of Port Elmore Authority, closed the quay. Okafor said ships would wait.';
    const found = entities(text, [person(text, 'Chidi Okafor, the harbour master of Port Elmore Authority', 'Chidi Okafor', 'harbour master', 'Port Elmore Authority')]);
    const okafor = found.find((e) => e.type === 'person')!;
    expect(okafor.name).toBe('Chidi Okafor');
    expect(okafor.aliases).toEqual(['Chidi Okafor', 'Okafor']);
    expect(okafor.mentions.filter((m) => m.claimId === null).map((m) => text.slice(m.start!, m.end!))).toEqual(['Chidi Okafor', 'Okafor']);
    expect(okafor.mentions.some((m) => m.claimId === 'c0')).toBe(true);
    expect(okafor.orgs).toEqual([entityKey('organisation', 'Port Elmore Authority')]);
    expect(named(found, 'organisation')).toEqual(['Port Elmore Authority']);
  });

  test('a surname two people of the article share stays with neither', () => {
    const text = 'Lena Brandt and her brother Otto Brandt run the bakery. Brandt declined to comment.';
    const found = entities(text, [person(text, 'Lena Brandt', 'Lena Brandt', 'owner', null), person(text, 'Otto Brandt', 'Otto Brandt', 'owner', null)]);
    expect(named(found, 'person').sort()).toEqual(['Lena Brandt', 'Otto Brandt']);
    expect(found.every((e) => !e.aliases.includes('Brandt'))).toBe(true);
  });

  test('a shorter organisation name resolves into the longer one that holds its words', () => {
    const text = 'The Harlow Shipping Co. bought two ferries. Harlow Shipping will pay cash, the Harlow Shipping board said.';
    const found = entities(text, [person(text, 'Harlow Shipping Co.', 'Mira Voss', 'chief executive', 'The Harlow Shipping Co.')]);
    const orgs = found.filter((e) => e.type === 'organisation');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.aliases).toContain('Harlow Shipping');
  });

  test('an acronym the article spells out is the organisation, and one it never spells out is nothing', () => {
    const text = 'The National Rail Safety Board (NRSB) opened an inquiry. The NRSB expects a report; the CEO of the line was not told.';
    const found = entities(text, []);
    const orgs = found.filter((e) => e.type === 'organisation');
    expect(orgs.map((o) => o.name)).toEqual(['National Rail Safety Board']);
    expect(orgs[0]!.aliases).toContain('NRSB');
    expect(orgs[0]!.keys).toContain('o:nrsb');
  });

  test('places by their words, and a figure subject naming an organisation is a claim mention of it', () => {
    const text = 'Floods hit Clare County on Monday. The Western Water Board said three people died.';
    const found = entities(text, [figure(text, 'three people died', 'Western Water Board deaths')]);
    expect(named(found, 'place')).toEqual(['Clare County']);
    const board = found.find((e) => e.name === 'Western Water Board')!;
    expect(board.type).toBe('organisation');
    expect(board.mentions.some((m) => m.claimId === 'c0')).toBe(true);
  });

  test('the result does not depend on the order of the claims', () => {
    const text = 'Chidi Okafor of Port Elmore Authority met Lena Brandt of Brandt Bakeries Ltd. Okafor agreed.';
    const claims = [person(text, 'Chidi Okafor of Port Elmore Authority', 'Chidi Okafor', null, 'Port Elmore Authority'), person(text, 'Lena Brandt of Brandt Bakeries Ltd', 'Lena Brandt', null, 'Brandt Bakeries Ltd')];
    const a = articleEntities({ text, claims: claims.map((draft, i) => ({ id: `c${i}`, draft })) });
    const b = articleEntities({ text, claims: [...claims].reverse().map((draft, i) => ({ id: `c${1 - i}`, draft })) });
    expect(b).toEqual(a);
  });
});

describe('sameEntity: across articles', () => {
  test('name order and written-out abbreviations meet', () => {
    expect(sameEntity(sketch('person', 'Okafor Chidi'), sketch('person', 'Chidi Okafor'))).toBe(true);
    expect(sameEntity(sketch('organisation', 'U.S. Steel'), sketch('organisation', 'United States Steel'))).toBe(true);
    expect(sameEntity(sketch('organisation', 'NRSB'), sketch('organisation', 'National Rail Safety Board', { keys: ['o:nrsb'] }))).toBe(true);
  });

  test('never across types', () => {
    expect(sameEntity(sketch('person', 'Jordan Hale'), sketch('organisation', 'Jordan Hale'))).toBe(false);
    expect(sameEntity(sketch('place', 'Georgia'), sketch('person', 'Georgia'))).toBe(false);
  });

  test('a misspelt given name meets only with the same surname and an agreeing context', () => {
    const fire = { orgs: ['Elmore Fire Service'], roles: ['assistant', 'chief'] };
    expect(sameEntity(sketch('person', 'Marek Tull', fire), sketch('person', 'Mareck Tull', fire))).toBe(true);
    expect(sameEntity(sketch('person', 'Jonah Tull', { roles: ['deputy', 'chief'] }), sketch('person', 'Jon Tull', { roles: ['chief', 'operations'] }))).toBe(true);
    // The same spelling doubt without context: two people.
    expect(sameEntity(sketch('person', 'Marek Tull'), sketch('person', 'Mareck Tull'))).toBe(false);
    // Different organisations: two people.
    expect(sameEntity(sketch('person', 'Marek Tull', { orgs: ['Elmore Fire Service'] }), sketch('person', 'Mareck Tull', { orgs: ['Tull Farms'] }))).toBe(false);
    // A different surname never.
    expect(sameEntity(sketch('person', 'Marek Tull', fire), sketch('person', 'Marek Toll', fire))).toBe(false);
  });

  test('a surname misspelt after its first letters meets with the same given name and an agreeing context', () => {
    const crew = { roles: ['first', 'officer'] };
    expect(sameEntity(sketch('person', 'Tomas Garrow', crew), sketch('person', 'Tomas Garro', { roles: ['senior', 'first', 'officer'] }))).toBe(true);
    // Stored under a key the misspelling shares (`entityKeys`), so the store's lookup finds it.
    const keysOf = (name: string) => entityKeys({ type: 'person', key: entityKey('person', name), words: name.toLowerCase().split(' ') });
    expect(keysOf('Tomas Garrow').filter((k) => keysOf('Tomas Garro').includes(k))).toEqual(['p^tomas garr']);
    // Without a context that agrees, another given name, or a difference within the first letters: two people.
    expect(sameEntity(sketch('person', 'Tomas Garrow'), sketch('person', 'Tomas Garro'))).toBe(false);
    expect(sameEntity(sketch('person', 'Tomas Garrow', crew), sketch('person', 'Luis Garro', crew))).toBe(false);
    expect(sameEntity(sketch('person', 'Tomas Garrow', crew), sketch('person', 'Tomas Barrow', crew))).toBe(false);
    // Two edits apart: two families (`Hansen`, `Hanssens`).
    expect(sameEntity(sketch('person', 'Ida Hansen', crew), sketch('person', 'Ida Hanssens', crew))).toBe(false);
    expect(surnamesAgree('garrow', 'garro')).toBe(true);
    expect(surnamesAgree('hall', 'halls')).toBe(true);
    expect(surnamesAgree('lee', 'lees')).toBe(false);
  });

  test('two people who only share a surname stay apart, even at one company', () => {
    const acme = { orgs: ['Acme'], roles: ['director'] };
    expect(sameEntity(sketch('person', 'Nora Pike', acme), sketch('person', 'Walter Pike', acme))).toBe(false);
    expect(sameEntity(sketch('person', 'Pike', acme), sketch('person', 'Nora Pike', acme))).toBe(false);
  });

  test('the same given name and surname with a middle name or without', () => {
    expect(sameEntity(sketch('person', 'Ana Maria Lopez'), sketch('person', 'Ana Lopez'))).toBe(true);
  });

  test('given names and contexts', () => {
    expect(givenNamesAgree('r', 'rosa')).toBe(true);
    expect(givenNamesAgree('jon', 'jonathan')).toBe(true);
    expect(givenNamesAgree('katrin', 'katryn')).toBe(true);
    expect(givenNamesAgree('nora', 'walter')).toBe(false);
    expect(contextAgrees({ orgs: [], roles: ['chief'] }, { orgs: ['o:acme'], roles: ['chief'] })).toBe(true);
    expect(contextAgrees({ orgs: [], roles: [] }, { orgs: ['o:acme'], roles: ['chief'] })).toBe(false);
  });

  test('symmetric', () => {
    const pairs: [EntitySketch, EntitySketch][] = [
      [sketch('person', 'Marek Tull', { roles: ['chief'] }), sketch('person', 'Mareck Tull', { roles: ['chief'] })],
      [sketch('organisation', 'NRSB'), sketch('organisation', 'National Rail Safety Board', { keys: ['o:nrsb'] })],
      [sketch('person', 'Nora Pike'), sketch('person', 'Walter Pike')],
      [sketch('person', 'Tomas Garrow', { roles: ['officer'] }), sketch('person', 'Tomas Garro', { roles: ['officer'] })],
    ];
    for (const [a, b] of pairs) expect(sameEntity(a, b)).toBe(sameEntity(b, a));
  });
});

describe('capitalisedRuns', () => {
  test('a name ends at a sentence or line end, not at an abbreviation', async () => {
    const { capitalisedRuns } = await import('../../reconcile/entities.js');
    const runs = (t: string) => capitalisedRuns(t).map((r) => r.text);
    expect(runs('He joined Harlow Shipping Co. in May.')).toEqual(['Harlow Shipping Co.', 'May']);
    expect(runs('She is the CEO.\n\nIn March she left.')).toEqual(['CEO', 'March']);
    expect(runs('Investors bought U.S. Steel. Officials at Bank of Elmore said so')).toEqual(['Investors', 'U.S. Steel', 'Officials', 'Bank of Elmore']);
  });

  test('a name ends where its last word does, however far the same word occurs again', async () => {
    const { capitalisedRuns } = await import('../../reconcile/entities.js');
    const text = 'Leaders of Pine Valley and the coast met. Later the mayor of Pine Valley spoke.';
    // "Pine Valley and" loses its joiner; the run stops at the first "Valley", not the next one.
    expect(capitalisedRuns(text).map((r) => [r.text, text.slice(r.start, r.end)])).toEqual([
      ['Leaders of Pine Valley', 'Leaders of Pine Valley'],
      ['Later', 'Later'],
      ['Pine Valley', 'Pine Valley'],
    ]);
  });

  test('a run of more capitalised words than a name has is a heading, not a name', async () => {
    const { capitalisedRuns } = await import('../../reconcile/entities.js');
    expect(capitalisedRuns('Read More About The Ten Best Places To Eat In Town This Summer Now.').map((r) => r.text)).toEqual([]);
  });
});

describe('lookupKeys: what the store files a variant under', () => {
  const names = ['Chidi Okafor', 'Chidy Okafor', 'Chidi N. Okafor', 'Amaka Okafor', 'C. Okafor', 'Chidi Okafur', 'Okafor Chidi', 'John Coward', 'John Cowar', 'Jon Coward'];
  const contexts = [{}, { orgs: ['Port Elmore Authority'] }, { orgs: ['Harbour Board'] }, { roles: ['master'] }, { roles: ['chief'], orgs: ['Harbour Board'] }];
  const people = names.flatMap((name) =>
    contexts.map((context) => {
      const made = sketch('person', name, context);
      return { ...made, keys: entityKeys(made) };
    }),
  );

  test('two variants sameEntity joins always share a lookup key', () => {
    let joined = 0;
    for (const a of people) {
      for (const b of people) {
        if (!sameEntity(a, b)) continue;
        joined += 1;
        const shared = lookupKeys(a).filter((k) => lookupKeys(b).includes(k));
        expect(shared, `${a.name} ${JSON.stringify(a.orgs)} ${JSON.stringify(a.roles)} / ${b.name} ${JSON.stringify(b.orgs)} ${JSON.stringify(b.roles)}`).not.toEqual([]);
      }
    }
    // Not only the same names: spellings that meet by context are among the pairs.
    expect(joined).toBeGreaterThan(people.length * 3);
  });

  test('a surname alone files nobody: two people who share only it share no key', () => {
    const a = people.find((p) => p.name === 'Chidi Okafor' && p.orgs.length === 0 && p.roles.length === 0)!;
    const b = people.find((p) => p.name === 'Amaka Okafor' && p.orgs.length === 0 && p.roles.length === 0)!;
    expect(lookupKeys(a)).toEqual(['p:chidi okafor', 'p^chidi okaf', 'p~okafor chidi']);
    expect(lookupKeys(a).filter((k) => lookupKeys(b).includes(k))).toEqual([]);
    const withRole = people.find((p) => p.name === 'Chidi Okafor' && p.roles.includes('master'))!;
    expect(lookupKeys(withRole)).toContain('p~okafor#master');
    const organisation = sketch('organisation', 'Port Elmore Authority');
    expect(lookupKeys(organisation)).toEqual(organisation.keys);
  });
});

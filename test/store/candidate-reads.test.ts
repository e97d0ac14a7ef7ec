/**
 * Candidate reads that PGlite, which keeps no statistics, must answer by index lookups (issue 13): `facts-related`
 * (0050's index of predicate and word), `facts-person-roles`, `entity-candidates` and `version-members`, and `version-close`'s lookup
 * of the versions it ends; and `facts-attested`, read from the story or from the facts by the story's size. Each is held here to what it documents, over a small random store on both backends: the
 * same rows as a plain filter of every row would give.
 */
import { describe, expect } from 'vitest';
import type { Database } from '../../store/index.js';
import { queries } from '../../store/sql.js';
import { BACKENDS, storeTest } from './store-fixture.js';

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): { int: (n: number) => number; pick: <T>(xs: readonly T[]) => T; some: <T>(xs: readonly T[], most: number) => T[] } {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const some = <T>(xs: readonly T[], most: number) => [...new Set(Array.from({ length: int(most + 1) }, () => pick(xs)))];
  return { int, pick, some };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const WORDS = ['ana', 'bell', 'cole', 'dunn', 'east', 'fund', 'grid', 'hale'];
// Predicates with spaces and one that is also a subject word, so a predicate and a word never read as one another.
const PREDICATES = ['role chair', 'amount', 'count', 'bell'];
const STORIES = ['s_01', 's_02', 's_03'];

interface StoredFact {
  id: string;
  key: string;
  predicate: string;
  words: string[];
  kind: string | null;
  story: string | null;
}

describe.each(BACKENDS)('candidate reads [%s]', (kind) => {
  const test = storeTest(kind);

  test('facts-related answers each question with the facts of its predicate whose words include its words, in its story or named, and its exact keys', { timeout: 120_000 }, async ({ db }) => {
    const r = random(13);
    for (const id of STORIES) await db.query(`INSERT INTO stories (id) VALUES ($1)`, [id]);
    const facts = new Map<string, StoredFact>();
    for (let n = 0; facts.size < 160 && n < 1000; n++) {
      const story = r.int(3) === 0 ? null : r.pick(STORIES);
      const words = r.some(WORDS, 3);
      if (words.length === 0) words.push(r.pick(WORDS));
      const predicate = r.pick(PREDICATES);
      const tokens = story === null ? words : [...words, `~${story}`];
      const key = `${[...tokens].sort(cmp).join(' ')}|${predicate}`;
      if ([...facts.values()].some((f) => f.key === key)) continue;
      const id = `f_${String(facts.size).padStart(4, '0')}`;
      const fact = { id, key, predicate, words: tokens, kind: r.int(8) === 0 ? null : 'figure', story };
      facts.set(id, fact);
      await db.query(`INSERT INTO facts (id, key, subject, predicate, kind, story_id) VALUES ($1, $2, $3, $4, $5, $6)`, [id, key, words.join(' '), predicate, fact.kind, story]);
    }
    const keys = [...facts.values()].map((f) => f.key);
    let answers = 0;
    for (let round = 0; round < 40; round++) {
      const story = r.int(4) === 0 ? null : r.pick(STORIES);
      const questions = Array.from({ length: 1 + r.int(5) }, (_, i) => ({
        i,
        predicate: r.pick(PREDICATES),
        words: r.some(WORDS, 2),
        keys: [...r.some(keys, 2), ...(r.int(2) === 0 ? ['nobody|amount'] : [])],
      }));
      const rows = (await db.query(queries['facts-related'], [JSON.stringify(questions), story])) as { i: number; id: string; story_id: string | null }[];
      const expected = questions.flatMap((q) =>
        [...facts.values()]
          .filter(
            (f) =>
              f.kind !== null &&
              (((f.story === null || f.story === story) && f.predicate === q.predicate && q.words.every((w) => f.words.includes(w))) || q.keys.includes(f.key)),
          )
          .map((f) => ({ i: q.i, id: f.id, story_id: f.story }))
          .sort((a, b) => cmp(a.id, b.id)),
      );
      expect(rows.map((x) => ({ i: x.i, id: x.id, story_id: x.story_id })), `round ${round}`).toEqual(expected);
      answers += rows.length;
    }
    // The questions found something (the comparison is not of empty lists).
    expect(answers).toBeGreaterThan(100);
  });

  test("facts-person-roles returns each subject's person facts of a post (`role`, `role <post>`), whatever else shares its words", { timeout: 120_000 }, async ({ db }) => {
    const r = random(23);
    const predicates = ['role', 'role coach', 'role chair', 'roles', 'rolex', 'amount'];
    const facts: { id: string; subject: string; predicate: string; kind: string }[] = [];
    const keys = new Set<string>();
    for (let n = 0; facts.length < 120 && n < 1000; n++) {
      const subject = [...new Set(r.some(WORDS.slice(0, 5), 2).concat(r.pick(WORDS)))].sort(cmp).join(' ');
      const predicate = r.pick(predicates);
      if (keys.has(`${subject}|${predicate}`)) continue;
      keys.add(`${subject}|${predicate}`);
      const fact = { id: `f_${String(facts.length).padStart(4, '0')}`, subject, predicate, kind: r.int(4) === 0 ? 'figure' : 'person' };
      facts.push(fact);
      await db.query(`INSERT INTO facts (id, key, subject, predicate, kind) VALUES ($1, $2, $3, $4, $5)`, [fact.id, `${subject}|${predicate}`, subject, predicate, fact.kind]);
    }
    const subjects = [...new Set(facts.map((f) => f.subject))];
    let found = 0;
    for (let round = 0; round < 25; round++) {
      const asked = [...r.some(subjects, 3), 'nobody'];
      const rows = (await db.query(queries['facts-person-roles'], [asked])) as { id: string }[];
      const expected = facts
        .filter((f) => f.kind === 'person' && (f.predicate === 'role' || f.predicate.startsWith('role ')) && asked.includes(f.subject))
        .map((f) => f.id)
        .sort(cmp);
      expect(rows.map((x) => x.id), `round ${round}`).toEqual(expected);
      found += rows.length;
    }
    expect(found).toBeGreaterThan(20);
  });

  test('entity-candidates returns every variant with a linking alias among the keys, once, with its root', { timeout: 120_000 }, async ({ db }) => {
    const r = random(17);
    const keys = WORDS.map((w) => `p:${w}`);
    const aliases: { entity: string; key: string; links: boolean }[] = [];
    const roots = new Map<string, string>();
    for (let n = 0; n < 60; n++) {
      const id = `e_${String(n).padStart(3, '0')}`;
      const merged = n > 5 && r.int(3) === 0 ? `e_${String(r.int(n)).padStart(3, '0')}` : null;
      roots.set(id, merged ?? id);
      await db.query(`INSERT INTO entities (id, type, name, key, sketch, merged_into) VALUES ($1, 'person', $1, $1, $2, $3)`, [id, JSON.stringify({ n }), merged]);
      for (const key of r.some(keys, 3)) {
        const links = r.int(4) !== 0;
        aliases.push({ entity: id, key, links });
        await db.query(`INSERT INTO entity_aliases (entity_id, key, alias, links) VALUES ($1, $2, '', $3)`, [id, key, links]);
      }
    }
    for (let round = 0; round < 30; round++) {
      const asked = [...r.some(keys, 3), ...(r.int(2) === 0 ? ['p:nobody'] : [])];
      const rows = (await db.query(queries['entity-candidates'], [asked])) as { id: string; root_id: string }[];
      const ids = [...new Set(aliases.filter((a) => a.links && asked.includes(a.key)).map((a) => a.entity))].sort(cmp);
      expect(
        rows.map((x) => [x.id, x.root_id]),
        `round ${round}`,
      ).toEqual(ids.map((id) => [id, roots.get(id)!]));
    }
  });

  test('facts-attested names the facts with a claim of theirs or of a fact merged into them in the story, read from either side', { timeout: 180_000 }, async ({ db }) => {
    const r = random(29);
    // Roots: a large story (70 stories merged into it: read from the facts) and two small ones (read whole).
    const large = 's_large';
    const roots = [large, 's_small', 's_tiny'];
    const rootOf = new Map<string, string>();
    for (const root of roots) {
      await db.query(`INSERT INTO stories (id) VALUES ($1)`, [root]);
      rootOf.set(root, root);
    }
    for (let n = 0; n < 76; n++) {
      const id = `s_m${String(n).padStart(3, '0')}`;
      const root = n < 70 ? large : n < 74 ? 's_small' : 's_tiny';
      await db.query(`INSERT INTO stories (id, merged_into) VALUES ($1, $2)`, [id, root]);
      rootOf.set(id, root);
    }
    const stories = [...rootOf.keys()];
    const articleRoot = new Map<string, string>();
    for (let n = 0; n < 120; n++) {
      const id = `a_${String(n).padStart(4, '0')}`;
      // A root first, so each has articles, then one of its stories.
      const root = roots[r.int(3)]!;
      const story = r.pick(stories.filter((id) => rootOf.get(id) === root));
      await db.query(`INSERT INTO articles (id, doc, text, content_hash) VALUES ($1, $1, 'text', $2)`, [id, n.toString(16).padStart(64, '0')]);
      await db.query(`INSERT INTO article_stories (article_id, story_id, entities, entity_keys, terms) VALUES ($1, $2, '[]', '{}', '{}')`, [id, story]);
      articleRoot.set(id, rootOf.get(story)!);
    }
    const articles = [...articleRoot.keys()];
    // Facts, some merged into earlier ones; each with 0-3 claims in random articles.
    const factRoot = new Map<string, string>();
    const claimRoots = new Map<string, Set<string>>();
    for (let n = 0; n < 90; n++) {
      const id = `f_${String(n).padStart(4, '0')}`;
      const merged = n > 10 && r.int(2) === 0 ? factRoot.get(`f_${String(r.int(n)).padStart(4, '0')}`)! : null;
      await db.query(`INSERT INTO facts (id, key, subject, predicate, kind, merged_into) VALUES ($1, $1, 'x', 'amount', 'figure', $2)`, [id, merged]);
      factRoot.set(id, merged ?? id);
      for (let c = r.int(4); c > 0; c--) {
        const article = r.pick(articles);
        await db.query(
          `INSERT INTO claims (id, article_id, kind, start_offset, end_offset, quote, value, extractor, rule, confidence, fact_id)
           VALUES ($1, $2, 'figure', 0, 1, 'q', '{}', 'test', 'test', 1, $3)`,
          [`c_${n}_${c}`, article, id],
        );
        const set = claimRoots.get(merged ?? id) ?? new Set<string>();
        set.add(articleRoot.get(article)!);
        claimRoots.set(merged ?? id, set);
      }
    }
    const factRoots = [...new Set(factRoot.values())];
    const found = new Map(roots.map((root) => [root, 0]));
    for (let round = 0; round < 30; round++) {
      const story = roots[round % 3]!;
      const asked = [...r.some(factRoots, 12), 'f_nobody'];
      const rows = (await db.query(queries['facts-attested'], [JSON.stringify(asked), story])) as { id: string }[];
      const expected = [...new Set(asked)].filter((id) => claimRoots.get(id)?.has(story)).sort(cmp);
      expect(rows.map((x) => x.id).sort(cmp), `round ${round}, ${story}`).toEqual(expected);
      found.set(story, found.get(story)! + rows.length);
    }
    // Both sides found facts (the comparisons are not of empty lists).
    for (const root of roots) expect(found.get(root), root).toBeGreaterThan(3);
  });

  test("version-members replays each fact's membership changes, the latest change of a claim in a slot deciding", { timeout: 120_000 }, async ({ db }) => {
    const r = random(19);
    const slots = ['0', '1', '2'];
    const claims = Array.from({ length: 12 }, (_, n) => `c_${String(n).padStart(2, '0')}`);
    const changes: { fact: string; seq: number; slot: string; claim: string; added: boolean }[] = [];
    const facts = Array.from({ length: 8 }, (_, n) => `f_${String(n).padStart(2, '0')}`);
    for (const fact of facts) {
      await db.query(`INSERT INTO facts (id, key, subject, predicate, kind) VALUES ($1, $2, $1, 'amount', 'figure')`, [fact, `${fact}|amount`]);
      const versions = 1 + r.int(6);
      for (let seq = 1; seq <= versions; seq++) {
        const version = `v_${fact}_${seq}`;
        await insertVersion(db, version, fact, seq, seq === versions);
        const seen = new Set<string>();
        for (let k = r.int(6); k > 0; k--) {
          const slot = r.pick(slots);
          const claim = r.pick(claims);
          if (seen.has(`${slot} ${claim}`)) continue;
          seen.add(`${slot} ${claim}`);
          const added = r.int(3) !== 0;
          changes.push({ fact, seq, slot, claim, added });
          await db.query(`INSERT INTO version_members (version_id, slot, claim_id, added) VALUES ($1, $2, $3, $4)`, [version, slot, claim, added]);
        }
      }
    }
    let members = 0;
    for (let round = 0; round < 12; round++) {
      const asked = [...r.some(facts, 4), 'f_none'];
      const rows = (await db.query(queries['version-members'], [JSON.stringify(asked)])) as { fact_id: string; slot: string; claim_id: string }[];
      const latest = new Map<string, { seq: number; added: boolean; fact: string; slot: string; claim: string }>();
      for (const c of changes.filter((x) => asked.includes(x.fact))) {
        const at = `${c.fact} ${c.slot} ${c.claim}`;
        if ((latest.get(at)?.seq ?? 0) < c.seq) latest.set(at, c);
      }
      const expected = [...latest.values()]
        .filter((c) => c.added)
        .map((c) => [c.fact, c.slot, c.claim])
        .sort((a, b) => cmp(a[0]!, b[0]!) || cmp(a[1]!, b[1]!) || cmp(a[2]!, b[2]!));
      expect(rows.map((x) => [x.fact_id, x.slot, x.claim_id]), `round ${round}`).toEqual(expected);
      members += rows.length;
    }
    expect(members).toBeGreaterThan(20);
  });

  test('version-close ends only the open versions among those asked, and names them', async ({ db }) => {
    const facts = ['f_a', 'f_b', 'f_c'];
    for (const fact of facts) {
      await db.query(`INSERT INTO facts (id, key, subject, predicate, kind) VALUES ($1, $2, $1, 'amount', 'figure')`, [fact, `${fact}|amount`]);
      await insertVersion(db, `v_${fact}_1`, fact, 1, false);
      await insertVersion(db, `v_${fact}_2`, fact, 2, true);
    }
    const at = '2026-01-02T03:04:05.000Z';
    const closed = (await db.query(queries['version-close'], [JSON.stringify(['v_f_a_2', 'v_f_b_1', 'v_f_c_2', 'v_none']), at])) as { id: string }[];
    expect(closed.map((r) => r.id).sort(cmp)).toEqual(['v_f_a_2', 'v_f_c_2']);
    const open = (await db.query(`SELECT id FROM fact_versions WHERE recorded_to IS NULL ORDER BY id`)) as { id: string }[];
    expect(open.map((r) => r.id)).toEqual(['v_f_b_2']);
    const ended = (await db.query(`SELECT id FROM fact_versions WHERE recorded_to = $1::timestamptz ORDER BY id`, [at])) as { id: string }[];
    expect(ended.map((r) => r.id)).toEqual(['v_f_a_2', 'v_f_c_2']);
    // A second close of the same versions finds them closed.
    expect(await db.query(queries['version-close'], [JSON.stringify(['v_f_a_2']), at])).toEqual([]);
  });
});

/** A bare version row (0018's delta form): only what version_members' key and the replay's order need. */
async function insertVersion(db: Database, id: string, fact: string, seq: number, open: boolean): Promise<void> {
  await db.query(
    `INSERT INTO fact_versions (id, fact_id, seq, status, recorded_from, recorded_to, confidence, reason, candidates, evidence_form)
     VALUES ($1, $2, $3, 'settled', now(), $4, 1, 'test', '[]', 'delta')`,
    [id, fact, seq, open ? null : new Date().toISOString()],
  );
}

/**
 * Entities: the people, organisations, places and projects an article names, each with its mentions
 * (claims and text spans) and aliases. Pure.
 *
 * Within an article a short mention resolves to the one full mention it abbreviates: a surname to the
 * person (`Okafor` → `Chidi Okafor`), a shorter organisation name to the longer one containing its words
 * (`Acme` → `Acme Holdings Inc.`), an acronym to the name whose initials it spells (`NTSB` → `National
 * Transportation Safety Board`). Ambiguous short mentions (two people sharing a surname) stay apart.
 *
 * Across articles an article's entity is a *variant* (`EntitySketch`: a name with its context) and two
 * variants are one entity when `sameEntity` says so: a symmetric test of the two sketches alone. An
 * entity is a connected component of that relation, so the entities of a set of articles do not depend
 * on the order the articles arrive in; `entityKeys` are the keys a variant is stored and looked up under,
 * and two variants `sameEntity` joins always share one.
 */
import { z } from 'zod';
import { isOrganization, isPlace } from '../lexicon/vocabulary.js';
import type { ClaimDraft } from '../model/index.js';
import { normaliseWords } from './fact-key.js';
import { editDistance, givenNamesAgree, JOINERS, nameWords, spelledAlike } from './person-name.js';

export { givenNamesAgree, nameWords, spelledAlike };

export const EntityType = z.enum(['person', 'organisation', 'place', 'project']);
export type EntityType = z.infer<typeof EntityType>;

/** One place an article names an entity: a claim (its whole quote) and/or a span of the text. */
export const EntityMention = z.strictObject({
  /** The claim that names it (by the id the caller gave the claim), or null for a span of the text alone. */
  claimId: z.string().nullable(),
  /** UTF-16 offsets into the article text, end exclusive; null when the name is not found verbatim in the text. */
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  /** The name as written there. */
  text: z.string().min(1),
});
export type EntityMention = z.infer<typeof EntityMention>;

/** An entity as one article describes it: what cross-article identity compares (`sameEntity`). */
export const EntitySketch = z.strictObject({
  type: EntityType,
  /** Its name in the article (the full mention: most mentions, then longest, then first in the text). */
  name: z.string().min(1),
  /** `entityKey(type, name)`. */
  key: z.string().min(1),
  /** The name's words in order, folded (lower case, no accents or punctuation): a person's given name and surname. */
  words: z.array(z.string()),
  /** The keys it is stored and looked up under (`entityKeys`), sorted. */
  keys: z.array(z.string()),
  /** A person's organisations as the article gives them (`entityKey('organisation', org)`), sorted. */
  orgs: z.array(z.string()),
  /** A person's role words as the article gives them (`chief`, `operations`), sorted. */
  roles: z.array(z.string()),
});
export type EntitySketch = z.infer<typeof EntitySketch>;

/** An article's entity: its sketch, the surface forms the article uses and where. */
export const ArticleEntity = EntitySketch.extend({
  /** Every surface form the article uses for it (`Chidi Okafor`, `Okafor`), sorted. */
  aliases: z.array(z.string().min(1)),
  mentions: z.array(EntityMention),
});
export type ArticleEntity = z.infer<typeof ArticleEntity>;

/** What entity resolution reads of an article: its text and its claims, each with the id the caller knows it by. */
export interface EntityInput {
  text: string;
  claims: readonly { id: string; draft: ClaimDraft }[];
}

/** Words that end an organisation's name without naming it: `Acme Holdings Inc.` is `Acme Holdings`. */
const ORG_SUFFIXES = new Set(['co', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'company', 'ag', 'sa', 'nv', 'gmbh']);

/**
 * The head nouns that make a capitalised name an organisation (`… Commission`, `… Bank`, `… Fire
 * Rescue`): generic institution words, in any news topic.
 */
const ORG_HEADS = new Set([
  ...ORG_SUFFIXES,
  ...'group holdings bank ministry department agency commission council committee association union federation university college institute school hospital party court authority office bureau service services board foundation fund trust police army navy force forces rescue parliament senate congress assembly administration government club league team airlines airways motors industries partners capital securities exchange network media press times news post journal'.split(' '),
]);

/** The head nouns that make a capitalised name a place (`… County`, `… Province`). */
const PLACE_HEADS = new Set('county city state province region district prefecture island islands republic kingdom valley beach town village'.split(' '));

/** Words that open a capitalised run without belonging to the name (`The`, `In`, titles of address). */
const NOT_NAME_WORDS = new Set(
  'a an the this that these those it its he she they we i his her their our and but or so if when while after before since as at by in on of to from with for about according also mr mrs ms dr prof sir'.split(' '),
);


/** Role words too common to say two roles are alike. */
const ROLE_FILLERS = new Set(['of', 'the', 'a', 'an', 'for', 'at', 'and', 'in', 'on', 'to', 'former', 'new', 'senior', 'then', 'who', 'is', 'was', 's']);

const PREFIX: Record<EntityType, string> = { person: 'p', organisation: 'o', place: 'l', project: 'j' };


/**
 * The identity key of a name of a type: its normalised words (`normaliseWords`: `U.S.` = `United States`),
 * sorted so name order does not matter, without `the` and an organisation's legal suffix.
 */
export function entityKey(type: EntityType, name: string): string {
  let words = normaliseWords(name);
  if (type === 'organisation') {
    while (words.length > 1 && ORG_SUFFIXES.has(words[words.length - 1]!)) words = words.slice(0, -1);
  }
  return `${PREFIX[type]}:${[...new Set(words)].sort().join(' ')}`;
}

/** The initials of a multi-word name's significant words (`Securities and Exchange Commission` → `sec`), or null. */
export function acronymOf(name: string): string | null {
  const words = nameWords(name).filter((w) => !JOINERS.has(w) && !ORG_SUFFIXES.has(w));
  if (words.length < 2) return null;
  return words.map((w) => w[0]).join('');
}

/** True for a word written as an acronym: two or more capitals, optionally dotted (`SEC`, `U.N.`). */
function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$/u.test(word) || /^(?:\p{Lu}\.){2,}$/u.test(word);
}

/**
 * The keys a variant is stored and looked up under: its own key; an organisation's acronym when the article
 * spelled it out (`o:sec`); a person's surname (`p~okafor`), under which spelling variants of the given name
 * are compared; a person's given name with the first `SURNAME_STEM` letters of the surname (`p^john cowa`), under
 * which spelling variants of the surname are. Two variants `sameEntity` joins always share one of these.
 */
export function entityKeys(sketch: Pick<EntitySketch, 'type' | 'key' | 'words'> & { acronyms?: readonly string[] }): string[] {
  const keys = new Set([sketch.key]);
  if (sketch.type === 'person' && sketch.words.length >= 2) {
    const surname = sketch.words[sketch.words.length - 1]!;
    keys.add(`p~${surname}`);
    // The given name with the surname's first letters: where a surname misspelt further on is looked up (`surnamesAgree`).
    if (surname.length >= SURNAME_STEM) keys.add(`p^${sketch.words[0]} ${surname.slice(0, SURNAME_STEM)}`);
  }
  for (const a of sketch.acronyms ?? []) keys.add(`${PREFIX[sketch.type]}:${a}`);
  return [...keys].sort(compareText);
}

/**
 * The keys the store files a variant under and looks it up by (`entity_aliases`), narrower than `entityKeys` for a
 * person: a surname alone (`p~okafor`) gathers every person of that surname, and a common one, or the generator's
 * recurring ones, gathered hundreds of unrelated people per lookup, a cost growing with the store (issue 13). Two
 * people of one surname but different keys are one entity only with the same given name, or with given names that
 * agree and a context that agrees (`sameEntity`), which needs a shared organisation or a shared role word
 * (`contextAgrees`), so they always share one of `p~<surname> <given>`, `p~<surname>@<organisation key>` or
 * `p~<surname>#<role word>`. Every other key is `entityKeys`'s. Two variants `sameEntity` joins always share one.
 */
export function lookupKeys(sketch: Pick<EntitySketch, 'type' | 'keys' | 'words' | 'orgs' | 'roles'>): string[] {
  if (sketch.type !== 'person' || sketch.words.length < 2) return [...sketch.keys];
  const surname = `p~${sketch.words[sketch.words.length - 1]!}`;
  const keys = new Set(sketch.keys.filter((k) => !k.startsWith('p~')));
  keys.add(`${surname} ${sketch.words[0]!}`);
  for (const org of sketch.orgs) keys.add(`${surname}@${org}`);
  for (const role of sketch.roles) keys.add(`${surname}#${role}`);
  return [...keys].sort(compareText);
}

/**
 * True when two variants (from any two articles) are one entity. Symmetric, and a function of the two
 * sketches alone (which keeps entities independent of arrival order). Never across types.
 *
 * - the same key: the same name in any order (`Okafor Chidi` = `Chidi Okafor`), `U.S. Steel` = `United
 *   States Steel`;
 * - an organisation, place or project: one's key is a stored key of the other (an acronym the other's
 *   article spelled out);
 * - people with two or more name words and the same surname: the same given name with a different middle
 *   (`Ana Maria Lopez` = `Ana Lopez`), or a given name spelt differently (`givenNamesAgree`) when the
 *   context agrees (`contextAgrees`). Two people who only share a surname stay apart;
 * - people with the same given name and a surname spelt differently (`surnamesAgree`: `John Coward` / `John
 *   Cowar`) when the context agrees.
 */
export function sameEntity(a: EntitySketch, b: EntitySketch): boolean {
  if (a.type !== b.type) return false;
  if (a.key === b.key) return true;
  if (a.type !== 'person') return b.keys.includes(a.key) || a.keys.includes(b.key);
  if (a.words.length < 2 || b.words.length < 2) return false;
  if (a.words[a.words.length - 1] !== b.words[b.words.length - 1]) {
    // One surname printed two ways (`John Coward` / `John Cowar`): the same given name, and a context that agrees.
    return a.words[0] === b.words[0] && surnamesAgree(a.words[a.words.length - 1]!, b.words[b.words.length - 1]!) && contextAgrees(a, b);
  }
  if (a.words[0] === b.words[0]) return true;
  return givenNamesAgree(a.words[0]!, b.words[0]!) && contextAgrees(a, b);
}

/** Letters a misspelt surname keeps from the start (the lookup key `p^…` of `entityKeys`). */
const SURNAME_STEM = 4;

/**
 * Two surnames that may be one name printed two ways: one edit apart after the same first `SURNAME_STEM` letters
 * (`Coward` / `Cowar`, `Mohammed` / `Mohamed`). Two different families with the same start (`Hanson` / `Hansen`) are
 * kept apart by the caller's context test, not here.
 */
export function surnamesAgree(a: string, b: string): boolean {
  return a.length >= SURNAME_STEM && b.length >= SURNAME_STEM && a.slice(0, SURNAME_STEM) === b.slice(0, SURNAME_STEM) && editDistance(a, b) <= 1;
}



/**
 * Two people's contexts say one person: they share an organisation, or, unless both name organisations
 * and none is shared, a role word (`assistant chief of operations` / `assistant fire chief`).
 */
export function contextAgrees(a: Pick<EntitySketch, 'orgs' | 'roles'>, b: Pick<EntitySketch, 'orgs' | 'roles'>): boolean {
  if (a.orgs.some((o) => b.orgs.includes(o))) return true;
  if (a.orgs.length > 0 && b.orgs.length > 0) return false;
  return a.roles.some((r) => b.roles.includes(r));
}


/**
 * The name an entity goes by among its names: the one with most mentions, then the longest, then the
 * first in code-unit order (for an article, its text order is passed as `position`).
 */
export function canonicalName(names: readonly { name: string; mentions: number; position?: number }[]): string {
  const ranked = [...names].sort(
    (x, y) => y.mentions - x.mentions || y.name.length - x.name.length || (x.position ?? 0) - (y.position ?? 0) || compareText(x.name, y.name),
  );
  return ranked[0]!.name;
}

interface Raw {
  type: EntityType;
  text: string;
  claimId: string | null;
  start: number | null;
  end: number | null;
  role?: string | null;
  org?: string | null;
}

/**
 * The entities an article names, with their mentions and aliases, sorted by key. Names come from the
 * claims (a person claim's name, role and organisation; a project's name, sponsor and location; the
 * capitalised names in a claim's subject or attribution) and from the capitalised names of the text that
 * name an organisation (an institution word at their end, or one compromise's lexicon knows) or a place
 * (every word a place compromise knows). Every occurrence of an entity's names in the text is a mention.
 */
export function articleEntities(input: EntityInput): ArticleEntity[] {
  const raws: Raw[] = [];
  const text = input.text;
  const spanOf = (name: string, near: { start: number; end: number } | null): { start: number | null; end: number | null } => {
    if (near) {
      const at = text.slice(near.start, near.end).indexOf(name);
      if (at >= 0) return { start: near.start + at, end: near.start + at + name.length };
    }
    return { start: null, end: null };
  };
  const personNames = new Set<string>();
  for (const { id, draft } of input.claims) {
    const near = { start: draft.start, end: draft.end };
    const add = (type: EntityType, name: string | null, extra: Partial<Raw> = {}) => {
      const clean = name === null ? '' : tidyName(name);
      if (clean === '' || nameWords(clean).length === 0) return;
      raws.push({ type, text: clean, claimId: id, ...spanOf(clean, near), ...extra });
    };
    if (draft.kind === 'person') {
      const org = orgName(draft.value.org);
      add('person', draft.value.name, { role: draft.value.role, org });
      personNames.add(tidyName(draft.value.name));
      add('organisation', org);
    } else if (draft.kind === 'project') {
      add('project', draft.value.name);
      add('organisation', orgName(draft.value.sponsor));
      add('place', orgName(draft.value.location));
    }
  }
  // Subjects and attributions name entities with capitalised words; typed like the text's names.
  for (const { id, draft } of input.claims) {
    for (const field of [draft.subject, draft.attribution]) {
      if (!field) continue;
      for (const run of capitalisedRuns(field)) {
        const type = personNames.has(run.text) ? 'person' : typeOfName(run.text);
        if (type) raws.push({ type, text: run.text, claimId: id, ...spanOf(run.text, { start: draft.start, end: draft.end }) });
      }
    }
  }
  // The text's own names that say what they are, and a person's surname or given name printed alone.
  const personWords = new Map<string, Set<string>>();
  for (const n of personNames) {
    const words = n.split(/\s+/);
    if (words.length < 2) continue;
    for (const w of [words[0]!, words[words.length - 1]!]) personWords.set(w, new Set([...(personWords.get(w) ?? []), n]));
  }
  const untyped: { text: string; start: number; end: number }[] = [];
  for (const run of capitalisedRuns(text)) {
    if (personNames.has(run.text)) continue;
    const owners = personWords.get(run.text);
    if (owners) {
      if (owners.size === 1) raws.push({ type: 'person', text: run.text, claimId: null, start: run.start, end: run.end });
      continue;
    }
    const type = typeOfName(run.text);
    if (type) raws.push({ type, text: run.text, claimId: null, start: run.start, end: run.end });
    else untyped.push(run);
  }
  // A shorter form of an organisation the article names (`Harlow Shipping` of `Harlow Shipping Co.`).
  const orgWords = raws.filter((r) => r.type === 'organisation').map((r) => new Set(entityKey('organisation', r.text).slice(2).split(' ')));
  for (const run of untyped) {
    const words = new Set(entityKey('organisation', run.text).slice(2).split(' '));
    if (orgWords.some((o) => isStrictSubset(words, o) || (words.size === o.size && [...words].every((w) => o.has(w))))) {
      raws.push({ type: 'organisation', text: run.text, claimId: null, start: run.start, end: run.end });
    }
  }

  // A sponsor, attribution or subject that names one of the article's people is that person, not an organisation.
  const personKeys = new Set([...personNames].map((n) => entityKey('person', n)));
  for (const r of raws) {
    if (r.type === 'person' || r.type === 'project') continue;
    if (personKeys.has(entityKey('person', r.text)) || personWords.get(r.text)?.size === 1) r.type = 'person';
  }

  // Group by key, then resolve short forms into the one long form they abbreviate.
  const groups = new Map<string, Raw[]>();
  for (const r of raws) {
    const key = entityKey(r.type, r.text);
    if (key.endsWith(':')) continue;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const parent = resolveShortForms(groups);
  // An acronym that spells out no organisation of the article may be a title or a measure (`CEO`, `GDP`).
  for (const [key, list] of groups) if (list.every((r) => r.type === 'organisation' && isAcronym(r.text)) && !parent.has(key)) groups.delete(key);
  const merged = new Map<string, Raw[]>();
  for (const [key, list] of groups) {
    const root = rootOf(parent, key);
    merged.set(root, [...(merged.get(root) ?? []), ...list]);
  }

  const out: ArticleEntity[] = [];
  for (const list of merged.values()) out.push(buildEntity(list, text, parent, groups));
  return out.sort((x, y) => compareText(x.key, y.key));
}

function buildEntity(list: readonly Raw[], text: string, parent: ReadonlyMap<string, string>, groups: ReadonlyMap<string, Raw[]>): ArticleEntity {
  const type = list[0]!.type;
  // Mentions in the text: every occurrence of each surface form, besides the claims'.
  const surfaces = [...new Set(list.map((r) => r.text))].sort((a, b) => b.length - a.length || compareText(a, b));
  const spans: EntityMention[] = [];
  const taken: [number, number][] = [];
  for (const s of surfaces) {
    for (const at of occurrences(text, s)) {
      if (taken.some(([a, b]) => at < b && at + s.length > a)) continue;
      taken.push([at, at + s.length]);
      spans.push({ claimId: null, start: at, end: at + s.length, text: s });
    }
  }
  const claimMentions = new Map<string, EntityMention>();
  for (const r of list) {
    if (r.claimId === null) continue;
    const k = `${r.claimId}\u0000${r.text}`;
    if (!claimMentions.has(k)) claimMentions.set(k, { claimId: r.claimId, start: r.start, end: r.end, text: r.text });
  }
  const mentions = [...spans, ...claimMentions.values()].sort(
    (a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || compareText(a.claimId ?? '', b.claimId ?? '') || compareText(a.text, b.text),
  );
  // The full name: a short form never names the entity while its long form is there.
  const fullForms = surfaces.filter((s) => !parent.has(entityKey(type, s)));
  const names = (fullForms.length > 0 ? fullForms : surfaces).map((s) => ({
    name: s,
    mentions: spans.filter((m) => m.text === s).length + [...claimMentions.values()].filter((m) => m.text === s).length,
    position: text.indexOf(s) < 0 ? Infinity : text.indexOf(s),
  }));
  const name = canonicalName(names);
  const key = entityKey(type, name);
  const words = nameWords(name);
  const acronyms = new Set<string>();
  if (type === 'organisation') {
    // An acronym the article spells out is a name of the entity: other articles may print only it.
    for (const [k, members] of groups) if (rootOf(parent, k) === rootOf(parent, key) && k !== key && members.some((m) => isAcronym(m.text))) acronyms.add(k.slice(2));
    const own = acronymOf(name);
    if (own && surfaces.some((s) => isAcronym(s))) acronyms.add(own);
  }
  const orgs = new Set<string>();
  const roles = new Set<string>();
  for (const r of list) {
    if (r.org) orgs.add(entityKey('organisation', r.org));
    for (const w of nameWords(r.role ?? '')) if (!ROLE_FILLERS.has(w)) roles.add(w);
  }
  return {
    type,
    name,
    key,
    words,
    keys: entityKeys({ type, key, words, acronyms: [...acronyms] }),
    orgs: [...orgs].sort(compareText),
    roles: [...roles].sort(compareText),
    aliases: [...new Set(list.map((r) => r.text))].sort(compareText),
    mentions,
  };
}

/**
 * Within one article, each short form's long form (by key): a one-word person key to the one person whose
 * name holds that word as surname or given name; an organisation, place or project key whose words are a
 * strict subset of exactly one other key's of that type (the smallest such, every other containing it);
 * an acronym to the one organisation whose initials it spells. Ambiguous short forms stay apart.
 */
function resolveShortForms(groups: ReadonlyMap<string, readonly Raw[]>): Map<string, string> {
  const parent = new Map<string, string>();
  const keys = [...groups.keys()].sort(compareText);
  const wordsOf = (key: string) => new Set(key.slice(2).split(' '));
  for (const key of keys) {
    const type = groups.get(key)![0]!.type;
    const own = wordsOf(key);
    const longer = keys.filter((k) => k !== key && groups.get(k)![0]!.type === type && isStrictSubset(own, wordsOf(k)));
    if (type === 'person' && own.size === 1) {
      // A surname or a given name alone: the one full name holding it (a person's name words are few).
      if (longer.length === 1) parent.set(key, longer[0]!);
      continue;
    }
    const smallest = longer.filter((b) => !longer.some((c) => c !== b && isStrictSubset(wordsOf(c), wordsOf(b))));
    if (smallest.length === 1 && longer.every((b) => b === smallest[0] || isStrictSubset(wordsOf(smallest[0]!), wordsOf(b)))) {
      parent.set(key, smallest[0]!);
      continue;
    }
    if (type === 'organisation' && own.size === 1 && groups.get(key)!.some((r) => isAcronym(r.text))) {
      const acronym = [...own][0]!;
      const spelled = keys.filter((k) => k !== key && groups.get(k)![0]!.type === 'organisation' && groups.get(k)!.some((r) => acronymOf(r.text) === acronym));
      if (spelled.length === 1) parent.set(key, spelled[0]!);
    }
  }
  return parent;
}

function rootOf(parent: ReadonlyMap<string, string>, key: string): string {
  let root = key;
  // Short forms resolve into strictly longer keys (or an acronym into a multi-word name), so no loop.
  while (parent.has(root)) root = parent.get(root)!;
  return root;
}

/** What a capitalised name not named by a person claim is: an organisation or place by its words, else null. */
function typeOfName(name: string): EntityType | null {
  const words = name.split(/\s+/);
  const folded = nameWords(name);
  if (folded.length === 0) return null;
  const last = folded[folded.length - 1]!;
  if (folded.length >= 2 && ORG_HEADS.has(last)) return 'organisation';
  if (folded.length >= 2 && PLACE_HEADS.has(last)) return 'place';
  const significant = words.filter((w) => !JOINERS.has(w.toLowerCase()));
  if (significant.length > 0 && significant.every((w) => isPlace(w.replace(/[.’']/g, '')))) return 'place';
  if (significant.length > 0 && (isOrganization(name) || (significant.length === 1 && isOrganization(significant[0]!)))) return 'organisation';
  if (significant.length === 1 && isAcronym(significant[0]!)) return 'organisation';
  return null;
}

/** The most words a name runs to, joiners included (`Committee on Foreign Investment in the United States` has 8). */
const MAX_NAME_WORDS = 10;

/** Runs of capitalised words (with joiners inside) in a text, without leading function words or titles of address. */
export function capitalisedRuns(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const token = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.&-]*|[^\s\p{L}\p{M}]|\n/gu;
  // Each word with its own offsets: trimming joiners off either end must not lose where the name stops.
  let run: { t: string; start: number; end: number }[] | null = null;
  const flush = () => {
    if (!run) return;
    const words = run;
    run = null;
    while (words.length > 0 && (NOT_NAME_WORDS.has(words[0]!.t.toLowerCase().replace(/\.$/, '')) || JOINERS.has(words[0]!.t.toLowerCase()))) words.shift();
    while (words.length > 0 && JOINERS.has(words[words.length - 1]!.t.toLowerCase())) words.pop();
    // A name is a few words; a longer run of capitals is a heading or a list, not one name.
    if (words.length === 0 || words.length > MAX_NAME_WORDS) return;
    const last = words[words.length - 1]!;
    const start = words[0]!.start;
    let surface = text.slice(start, last.end).replace(/[’']s$/u, '');
    // A sentence's closing full stop is not part of the last word (an abbreviation's is: `Co.`, `U.S.`).
    if (surface.endsWith('.') && !isAbbreviation(last.t)) surface = surface.slice(0, -1);
    if (surface !== '') out.push({ text: surface, start, end: start + surface.length });
  };
  for (const m of text.matchAll(token)) {
    const t = m[0];
    const at = m.index ?? 0;
    if (/^\p{Lu}/u.test(t)) {
      (run ??= []).push({ t, start: at, end: at + t.length });
      // A possessive ends a name; so does a full stop, unless the word is an abbreviation (`U.S.`, `Co.`, `St.`).
      if (/[’']s$/u.test(t) || (/\.$/.test(t) && !isAbbreviation(t))) flush();
    } else if (run && JOINERS.has(t.toLowerCase()) && /^\p{Ll}/u.test(t)) {
      run.push({ t, start: at, end: at + t.length });
    } else flush();
  }
  flush();
  return out;
}

/** The name in an organisation or place field: its longest capitalised run (`operations for Acme Rail` → `Acme Rail`), or null. */
function orgName(field: string | null): string | null {
  if (!field) return null;
  const runs = capitalisedRuns(field);
  if (runs.length === 0) return null;
  return runs.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
}

/** A word whose full stop abbreviates (`U.S.`, `Co.`, `Inc.`, `Jr.`, `St.`): it does not end a sentence or a name. */
function isAbbreviation(word: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(word) || /^(?:\p{L}\.){2,}$/u.test(word) || ORG_SUFFIXES.has(word.slice(0, -1).toLowerCase()) || /^\p{Lu}\p{Ll}?\.$/u.test(word);
}

function tidyName(name: string): string {
  return name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[’']s$/u, '')
    .replace(/[,;:]+$/, '')
    .trim();
}

/** Start offsets of `needle` in `text` at word boundaries. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : text[at - 1]!;
    const after = text[at + needle.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

function isStrictSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size >= b.size) return false;
  for (const w of a) if (!b.has(w)) return false;
  return true;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

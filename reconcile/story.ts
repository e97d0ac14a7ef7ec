/**
 * Stories: articles about the same event over time. Pure.
 *
 * An article's story signature is the set of named entities it is about (people, organisations,
 * places, named things), weighted by how much they identify an event: a person's full name or a
 * multi-word name says more than one capitalised word. Two articles belong to one story when they
 * share enough weight of salient entities (`storyLink`); a story is a connected component of that
 * relation, so membership does not depend on the order articles arrive in.
 *
 * Generic subjects ("people", "death toll", "the deal") are scoped to their article's story
 * (`scopeToken`), so the same words in two unrelated stories never name one fact.
 */
import { z } from 'zod';
import type { ClaimDraft, IsoDay } from '../model/index.js';
import { isSpanUnit } from './fact-key.js';
import { valueKey } from './value-key.js';
import { editDistance } from './person-name.js';

/** One entity of an article's signature. */
export const StoryEntity = z.strictObject({
  /** The name, lower case, accent- and punctuation-free (`normaliseName`). */
  key: z.string().min(2),
  /** How much sharing it says about two articles being about one event. */
  weight: z.number().positive(),
});
export type StoryEntity = z.infer<typeof StoryEntity>;

export const StorySignature = z.strictObject({
  entities: z.array(StoryEntity),
  /** The article's most frequent content words (crudely stemmed): what happened, in common nouns and verbs. */
  terms: z.array(z.string()),
  /**
   * The particulars it reports that another report of the same event repeats (`storyMarks`): its distinctive
   * figures and the days it names. `null` for a signature stored before marks were (it corroborates any link,
   * as every link was then).
   */
  marks: z.array(z.string()).nullable(),
  published: z.string().nullable(),
});
export type StorySignature = z.infer<typeof StorySignature>;

/** At most this many entities describe an article: its most salient ones. */
export const SIGNATURE_SIZE = 24;
/** At most this many content words describe an article. */
export const TERMS_SIZE = 30;
/** Link score at or above which two articles are one story (`storyScore`). */
export const LINK_SCORE = 7.5;
/** Shared entity weight two articles need whatever their words: topic words alone never make a story. */
export const MIN_NAME_WEIGHT = 2;
/**
 * Distinct entities two articles need to share: one name is an actor (a club, a party, a company, a head
 * of government), and an actor is in many events; an event is an actor with someone or somewhere else
 * (two clubs, a person and a place, a buyer and its target). A surname beside its full name is one entity.
 */
export const MIN_SHARED_NAMES = 2;
/**
 * Content words two articles need whatever their names: names say who, words say what happened. A
 * head of government, a club or a star is named in many unrelated events; two articles about one of
 * them that share fewer words than this are two events (a speech and a summit, two games of a team).
 */
export const MIN_SHARED_TERMS = 5;
/** What one shared content word adds to the score. */
export const TERM_WEIGHT = 0.5;
/**
 * Articles published further apart than this are one event only if they share `FAR_NAME_WEIGHT` of names.
 * An event is reported over days and weeks; months later the same one place or organisation with the same
 * kind of news (a company's next quarterly results, another storm in one city, a club's next game, another
 * speech of one head of government) is another event. Without this bound single-link stories chain: every
 * article that shares one recurring name and a few words with the one before joins, and a backlog of
 * thousands of articles about recurring actors becomes one story whose generic facts meet again.
 */
export const NEAR_DAYS = 31;
/** Shared name weight two articles over `NEAR_DAYS` apart need: a person and another name, or two multi-word names. */
export const FAR_NAME_WEIGHT = 4;
/**
 * Articles published at most this many days apart may be one event on the least evidence (`MIN_SHARED_NAMES`
 * names and no shared particular): two reports of one happening a day or two apart. Further apart, two
 * articles that share only two names and no particular (`storyMarks`) are an actor's two events: a club and
 * its coach in this week's game and next week's, a province and its governor in two storms, a company and its
 * chief executive in a deal and the results. Without this bound those links chain every event of a recurring
 * pair into one story.
 */
export const WEAK_LINK_DAYS = 2;
/**
 * Distinct names two articles over `NEAR_DAYS` apart need when they share no particular: months apart, an actor
 * with two others is a recurring fixture (two clubs and a coach, a company, its chief and its regulator).
 */
export const FAR_NAMES = 4;
/**
 * Distinct names two articles over `NEAR_DAYS` apart need whatever particular they share. Two names are a recurring
 * pair (a province and its governor, a club and its coach, a company and its chief executive), in many events, and
 * months apart a figure two of its events report alike (a toll, a crowd, a magnitude) is chance; a saga keeps more
 * of its cast (a buyer, its target and a person). On 52,000 generated articles such links (two names and a shared
 * figure, over a month apart) were 24,900 of 28,700 links between two events, chaining 949 events into one story of
 * 4,596 articles; none links two articles of one cluster in the real sets (stories, seeds, clusters, html-dev).
 */
export const FAR_MIN_NAMES = 3;
/** At most this many marks describe an article. */
export const MARKS_SIZE = 40;
/** Articles published further apart than this need `FAR_EXTRA` more score: a follow-up a year on must share more. */
export const FAR_DAYS = 365;
export const FAR_EXTRA = 2;

const PERSON_WEIGHT = 3;
const MULTIWORD_WEIGHT = 2;
const SINGLE_WEIGHT = 1;

/**
 * Capitalised words that name no event when they stand alone: function words opening a sentence,
 * calendar words, titles and generic nouns that news capitalises in headlines. Language-general
 * (English news), never one story's words.
 */
const NOT_A_NAME = new Set(
  (
    'a an the this that these those it its he she they we i you his her their our my your there here ' +
    'and but or so yet for nor if when while after before since until as at by in on of to from with without into onto over under about ' +
    'according also although because both each either every few many more most much neither no none not now only other same some such than then though ' +
    'what which who whom whose why how where all any however meanwhile moreover instead still later earlier yet even just ' +
    'while whereas despite during thus therefore meantime nonetheless nevertheless overall indeed ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'today yesterday tomorrow morning evening night week month year ' +
    'mr mrs ms dr prof sir st ' +
    'president vice prime minister secretary chairman chairwoman chair chief executive officer ceo cfo coo cto director manager ' +
    'mayor governor senator representative rep sen gov judge justice ambassador envoy spokesman spokeswoman spokesperson ' +
    'sheriff commissioner chancellor premier deputy assistant attorney inspector police officer chief head founder ' +
    'treasurer trustee lawmaker leader speaker superintendent principal professor doctor captain commander admiral ' +
    'king queen prince princess pope general gen col lt sgt captain coach ' +
    'inc corp co ltd llc plc group company news report reports update updated breaking live photo video watch read more ' +
    'new first last next former late says said say will would could should can may might must ' +
    'north south east west northern southern eastern western central ' +
    'am pm et gmt utc'
  ).split(' '),
);

/** Joining words allowed inside a multi-word name: `Bank of America`, `Champlain Towers South`. */
const NAME_JOINERS = new Set(['of', 'de', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'del', 'da', 'di', 'bin', 'al', 'and', '&']);

interface Mention {
  key: string;
  words: number;
  position: number;
}

/**
 * The entities an article is about: person names from its person claims, and capitalised names in
 * its title and text, ranked by salience (mentions, with the title and opening counting double),
 * at most `SIGNATURE_SIZE`.
 */
export function storySignature(
  article: { title: string | null; text: string; published: IsoDay | null },
  claims: readonly ClaimDraft[],
): StorySignature {
  // People the extractor found: their full name, and their surname alone for articles that only use it.
  const persons = new Set<string>();
  const surnames = new Map<string, string>();
  for (const c of claims) {
    if (c.kind !== 'person') continue;
    const key = normaliseName(c.value.name);
    const words = key.split(' ').filter(Boolean);
    if (words.length < 2) continue;
    persons.add(key);
    surnames.set(words[words.length - 1]!, key);
  }
  const score = new Map<string, { weight: number; salience: number }>();
  const add = (key: string, weight: number, salience: number) => {
    const held = score.get(key);
    if (held) {
      held.salience += salience;
      held.weight = Math.max(held.weight, weight);
    } else score.set(key, { weight, salience });
  };
  const body = article.text;
  const opening = Math.min(body.length, 400);
  for (const m of nameMentions(body)) {
    const salience = m.position < opening ? 2 : 1;
    const person = persons.has(m.key) ? m.key : m.words === 1 ? surnames.get(m.key) : undefined;
    if (person) add(person, PERSON_WEIGHT, salience);
    else add(m.key, m.words > 1 ? MULTIWORD_WEIGHT : SINGLE_WEIGHT, salience);
  }
  const aliases = new Set<string>();
  for (const key of persons) {
    add(key, PERSON_WEIGHT, score.has(key) ? 0 : 1);
    aliases.add(key.split(' ').pop()!);
    // Another article may name the person by surname only: that is weaker evidence of one story.
    add(key.split(' ').pop()!, SINGLE_WEIGHT, 1);
  }
  // A headline repeats what the article is about: its names count once more (headlines are often
  // title-cased, so only names the body also has are taken from it).
  const title = normaliseName(article.title ?? '');
  if (title !== '') for (const [key, s] of score) if (` ${title} `.includes(` ${key} `)) s.salience += 2;
  const ranked = [...score.entries()]
    // One passing mention of a single word, outside the opening, is not what the article is about.
    .filter(([key, s]) => key.length >= 2 && (s.salience >= 2 || key.includes(' ') || aliases.has(key)))
    .sort(([ka, a], [kb, b]) => b.salience * b.weight - a.salience * a.weight || compareText(ka, kb))
    .slice(0, SIGNATURE_SIZE);
  return {
    entities: ranked.map(([key, s]) => ({ key, weight: s.weight })).sort((a, b) => compareText(a.key, b.key)),
    terms: contentTerms(body),
    marks: storyMarks(claims, article.published),
    published: article.published,
  };
}

/**
 * The particulars of an article that a second report of the same event repeats and a report of another event
 * seldom does: its figures (`valueKey`), except spans of time (`5 years`, an age, a tenure), percentages (rates and
 * shares recur from event to event: an index's fall, an inflation rate, a turnout) and whole counts under ten, which
 * many events share; and the days it names (`2024-03-05`), except its own publication day, which every article of
 * that day names. At most `MARKS_SIZE`, sorted. Denied claims count: a denial repeats the
 * figure it denies.
 */
export function storyMarks(claims: readonly ClaimDraft[], published: IsoDay | null): string[] {
  const marks = new Set<string>();
  for (const c of claims) {
    if (c.kind === 'figure') {
      const v = c.value;
      if (isSpanUnit(v.unit) || v.unit === '%') continue;
      if ('amount' in v && Number.isInteger(v.amount) && Math.abs(v.amount) < 10) continue;
      marks.add(valueKey(v));
    } else if (c.kind === 'date' && c.value.date !== null && /^\d{4}-\d{2}-\d{2}$/.test(c.value.date) && c.value.date !== published) {
      marks.add(`day:${c.value.date}`);
    }
  }
  return [...marks].sort(compareText).slice(0, MARKS_SIZE);
}

/** True when two signatures share a mark (`storyMarks`), or either was stored before marks were. */
function corroborated(a: StorySignature, b: StorySignature): boolean {
  if (a.marks === null || b.marks === null) return true;
  const own = new Set(a.marks);
  return b.marks.some((m) => own.has(m));
}

/**
 * How strongly two signatures say "one event": the weight of the entities they share. A single word
 * that is a word of a longer shared name (`velez` beside `anna velez`, a surname beside the full name)
 * is the same entity again and adds nothing; it counts when the longer name is not shared.
 */
export function sharedWeight(a: StorySignature, b: StorySignature): number {
  return sharedNames(a, b).weight;
}

/**
 * The entities two signatures share, counted as `sharedWeight` counts them: their weight and how many. A name of
 * two or more words printed with one word spelt two ways (`Marjo Soebiandono`, `Mardjo Soebiandono`: a letter more,
 * less or other in a word of five letters or more, `spelledTwoWays`) is one entity: a transliteration or a misprint,
 * counted when the two share `MIN_SHARED_NAMES` names printed alike as well.
 */
function sharedNames(a: StorySignature, b: StorySignature): { weight: number; count: number } {
  const weights = new Map(a.entities.map((e) => [e.key, e.weight]));
  const pairs: { key: string; weight: number }[] = b.entities.filter((e) => weights.has(e.key)).map((e) => ({ key: e.key, weight: Math.min(weights.get(e.key)!, e.weight) }));
  const keys = new Set(pairs.map((p) => p.key));
  // Only beside `MIN_SHARED_NAMES` names printed alike: the store's candidates for a link are the stories that share
  // that many keys (`story-candidates.sql`), so a variant adds weight to a link, never makes one of too few names.
  const variants =
    pairs.length < MIN_SHARED_NAMES
      ? []
      : variantPairs(
          a.entities.filter((e) => !keys.has(e.key)),
          b.entities.filter((e) => !keys.has(e.key)),
        );
  const longer = [...pairs.map((p) => ` ${p.key} `), ...variants.flatMap(([x, y]) => [` ${x.key} `, ` ${y.key} `])];
  let weight = 0;
  let count = 0;
  for (const p of pairs) {
    // A name inside a longer shared name is that entity again (`velez` in `anna velez`, `port hale` in `port hale stags`).
    if (longer.some((l) => l.length > p.key.length + 2 && l.includes(` ${p.key} `))) continue;
    weight += p.weight;
    count += 1;
  }
  for (const [x, y] of variants) {
    weight += Math.min(x.weight, y.weight);
    count += 1;
  }
  // Only beside MIN_SHARED_NAMES names printed alike, as a variant: a surname one article prints alone and the other
  // prints with its given name (`Rice`, `Tracie Rice`) is that person, even when the other's signature has no room
  // left for the surname alone (a digest of many stories).
  if (pairs.length >= MIN_SHARED_NAMES) {
    const paired = new Set([...keys, ...variants.flatMap(([x, y]) => [x.key, y.key])]);
    for (const [x, y] of surnamePairs(a.entities.filter((e) => !paired.has(e.key)), b.entities.filter((e) => !paired.has(e.key)))) {
      weight += Math.min(x.weight, y.weight);
      count += 1;
    }
  }
  return { weight, count };
}

/**
 * A one-word name of one signature that is the surname of a person of the other (`rice`, `tracie rice`: a person's
 * key is the only one of `PERSON_WEIGHT`), each name paired at most once, whichever signature comes first.
 */
function surnamePairs(a: readonly StoryEntity[], b: readonly StoryEntity[]): [StoryEntity, StoryEntity][] {
  const out: [StoryEntity, StoryEntity][] = [];
  const used = new Set<string>();
  const take = (singles: readonly StoryEntity[], persons: readonly StoryEntity[], flip: boolean) => {
    for (const single of singles) {
      if (single.key.includes(' ') || used.has(single.key)) continue;
      const person = persons.find((p) => p.weight >= PERSON_WEIGHT && !used.has(p.key) && p.key.endsWith(` ${single.key}`));
      if (!person) continue;
      used.add(single.key);
      used.add(person.key);
      out.push(flip ? [person, single] : [single, person]);
    }
  };
  take(a, b, false);
  take(b, a, true);
  return out;
}

/**
 * Names of one signature each that are one name spelt two ways (`spelledTwoWays`), paired one to one in the order of
 * their keys, so the pairs are the same whichever signature comes first.
 */
function variantPairs(a: readonly StoryEntity[], b: readonly StoryEntity[]): [StoryEntity, StoryEntity][] {
  const candidates: { x: StoryEntity; y: StoryEntity; order: string }[] = [];
  for (const x of a) {
    if (!x.key.includes(' ')) continue;
    for (const y of b) if (spelledTwoWays(x.key, y.key)) candidates.push({ x, y, order: [x.key, y.key].sort(compareText).join('|') });
  }
  candidates.sort((p, q) => compareText(p.order, q.order));
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  const out: [StoryEntity, StoryEntity][] = [];
  for (const { x, y } of candidates) {
    if (usedA.has(x.key) || usedB.has(y.key)) continue;
    usedA.add(x.key);
    usedB.add(y.key);
    out.push([x, y]);
  }
  return out;
}

/**
 * True for two names of the same two or more words but one, that one five letters or more in both, with the same
 * first letter and one letter inserted, dropped or replaced (`marjo soebiandono`, `mardjo soebiandono`). Shorter
 * words are other names as often as misprints (`john smith`, `joan smith`).
 */
export function spelledTwoWays(x: string, y: string): boolean {
  if (x === y) return false;
  const xs = x.split(' ');
  const ys = y.split(' ');
  if (xs.length < 2 || xs.length !== ys.length) return false;
  const differ = xs.flatMap((w, i) => (w === ys[i] ? [] : [[w, ys[i]!] as const]));
  if (differ.length !== 1) return false;
  const [u, v] = differ[0]!;
  return u.length >= 5 && v.length >= 5 && u[0] === v[0] && /^\p{L}+$/u.test(u) && /^\p{L}+$/u.test(v) && editDistance(u, v) === 1;
}

/**
 * How strongly two articles say "one event": shared entity weight (`names`) plus `TERM_WEIGHT` per
 * shared content word (`terms`, their count); `entities`: how many distinct entities they share.
 */
export function storyScore(a: StorySignature, b: StorySignature): { names: number; entities: number; terms: number; score: number } {
  const { weight: names, count: entities } = sharedNames(a, b);
  const own = new Set(a.terms);
  const terms = b.terms.filter((t) => own.has(t)).length;
  return { names, entities, terms, score: names + TERM_WEIGHT * terms };
}

/**
 * True when two articles are about one event: they share at least `MIN_SHARED_NAMES` distinct named
 * entities weighing `MIN_NAME_WEIGHT` (`FAR_MIN_NAMES` weighing `FAR_NAME_WEIGHT` when published over `NEAR_DAYS` apart) and
 * `MIN_SHARED_TERMS` content words, and reach `LINK_SCORE` (plus `FAR_EXTRA` when published over
 * `FAR_DAYS` apart); and, when they share only `MIN_SHARED_NAMES` names over `WEAK_LINK_DAYS` apart or
 * fewer than `FAR_NAMES` over `NEAR_DAYS` apart, a mark (`storyMarks`: a figure or a day both report).
 * Symmetric, and a function of the two articles alone (never of what else is
 * stored), so stories, its connected components, do not depend on the order articles arrive in. An
 * undated article is near every other.
 */
export function storyLink(a: StorySignature, b: StorySignature): boolean {
  const { names, entities, terms, score } = storyScore(a, b);
  if (entities < MIN_SHARED_NAMES || names < MIN_NAME_WEIGHT || terms < MIN_SHARED_TERMS) return false;
  const apart = a.published !== null && b.published !== null ? Math.abs(days(a.published) - days(b.published)) : 0;
  if (apart > NEAR_DAYS && (names < FAR_NAME_WEIGHT || entities < FAR_MIN_NAMES)) return false;
  if (score < LINK_SCORE + (apart > FAR_DAYS ? FAR_EXTRA : 0)) return false;
  // Beyond a day or two the least evidence, and beyond a month fewer than FAR_NAMES names, needs a particular of the event.
  const enough = apart > NEAR_DAYS ? entities >= FAR_NAMES : apart <= WEAK_LINK_DAYS || entities > MIN_SHARED_NAMES;
  return enough || corroborated(a, b);
}

/** The story id an article founds: stories merge into the smallest id of their members. */
export function storyIdOf(articleId: string): string {
  return `s_${articleId.replace(/^a_/, '')}`;
}

/**
 * The subject word that scopes a fact to a story. It is added to the subject words of the fact key, so
 * two stories' facts never share a key and never resolve into each other (no word subset).
 */
export function scopeToken(storyId: string): string {
  return `~${storyId}`;
}

/** True for a key word that is a story scope (`scopeToken`), not a word of the subject. */
export function isScopeToken(word: string): boolean {
  return word.startsWith('~s_');
}

/** Every word of every capitalised name in a text (`nameMentions`), folded: what `isGenericSubject` checks against. */
export function nameWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of nameMentions(text)) for (const w of m.key.split(' ')) if (!NAME_JOINERS.has(w) && w.length >= 2) words.add(w);
  return words;
}

/**
 * True when a subject names no entity of its own (`people`, `death toll`, `the deal`, `years`): such a
 * subject means something only within its story, so its facts are scoped to the story. A subject with
 * a name in it (`U.S. tariff on Japanese cars`, `Twitter acquisition`) says what it is about wherever
 * it appears: an acronym, a capitalised word after the first, or a word the article capitalises as a
 * name (`names`, from `nameWords`) makes it specific.
 */
export function isGenericSubject(subject: string, names: ReadonlySet<string>): boolean {
  const words = subject.split(/[\s/]+/).filter((w) => /\p{L}/u.test(w));
  return !words.some((w, i) => {
    const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[’']s$/u, '');
    if (/^\p{Lu}[\p{Lu}.&-]+$/u.test(bare) && bare.replace(/[^\p{Lu}]/gu, '').length >= 2) return true;
    if (i > 0 && /^\p{Lu}/u.test(bare)) return true;
    return /^\p{Lu}/u.test(bare) && fold(bare).split(/[^\p{L}\p{N}]+/u).some((part) => names.has(part));
  });
}

/** Capitalised name sequences in a text, normalised, with the word count and offset of each. */
export function nameMentions(text: string): Mention[] {
  const out: (Mention & { opening: boolean })[] = [];
  // A hyphen between spaces is a dash (`YALA, Thailand - Suspected insurgents`, a dateline's or an aside's): it ends a name.
  const token = /[\p{Lu}][\p{L}\p{M}'’.-]*[\p{L}\p{M}]|[\p{Lu}]\.?|[\p{Ll}]+|&|[.,!?:;"“”()\n—–]|(?<=\s)--?(?=\s)/gu;
  let run: { words: string[]; start: number; sentenceStart: boolean } | null = null;
  let atSentenceStart = true;
  const flush = () => {
    if (!run) return;
    while (run.words.length > 0 && NAME_JOINERS.has(run.words[run.words.length - 1]!.toLowerCase())) run.words.pop();
    const words = run.words;
    // The first word of a sentence is capitalised anyway: keep it only as part of a longer name.
    if (words.length > 0 && run.sentenceStart && NOT_A_NAME.has(fold(words[0]!))) words.shift();
    const parts = words.map((w) => spelledOut(fold(w).replace(/\./g, '').replace(/[^\p{L}\p{N}&]+/gu, ' ').trim())).filter(Boolean);
    const meaningful = parts.filter((w) => !NOT_A_NAME.has(w) && !NAME_JOINERS.has(w));
    if (meaningful.length > 0 && !(run.sentenceStart && parts.length === 1 && isCommonOpening(parts[0]!))) {
      out.push({ key: parts.join(' '), words: meaningful.length, position: run.start, opening: run.sentenceStart && parts.length === 1 });
    }
    run = null;
  };
  for (const m of text.matchAll(token)) {
    const t = m[0];
    if (/^(?:[.,!?:;"“”()\n—–]|--?)$/.test(t)) {
      flush();
      if (/^[.!?:;\n]$/.test(t)) atSentenceStart = true;
      continue;
    }
    const capital = /^\p{Lu}/u.test(t);
    if (capital && NOT_A_NAME.has(fold(t.replace(/\.$/, '')))) {
      // A title or calendar word ends a name (`County Mayor Daniella Levine Cava` is two names).
      flush();
    } else if (capital) {
      const word = t.replace(/[’']s$/u, '');
      if (!run) run = { words: [], start: m.index ?? 0, sentenceStart: atSentenceStart };
      run.words.push(word);
      if (/[’']s$/u.test(t)) flush();
    } else if (run && NAME_JOINERS.has(t) && run.words.length > 0) {
      run.words.push(t);
    } else {
      flush();
    }
    atSentenceStart = false;
  }
  flush();
  // One capitalised word opening a sentence ("Turnout was high") is a name only if the text also
  // capitalises it elsewhere, or never writes it in lower case ("Japan said …").
  const inside = new Set(out.filter((m) => !m.opening).flatMap((m) => m.key.split(' ')));
  const lower = new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
  // A word every kind of news opens sentences with (`Shares fell`, `Officials said`) is no name there either.
  const opener = (key: string) => GENERIC_TERMS.has(key) || GENERIC_TERMS.has(key.replace(/(?:ies|es|s)$/, ''));
  return out
    .filter((m) => !m.opening || inside.has(m.key) || (!lower.has(m.key) && !opener(m.key)))
    .map(({ key, words, position }) => ({ key, words, position }));
}

/**
 * Words of five letters or more that say little about which event an article reports: reporting
 * verbs, calendar and quantity words, and the vocabulary every business or political story shares.
 */
const GENERIC_TERMS = new Set(
  (
    'about above according across added adding after again against ahead almost along already also although among amid another around ' +
    'because become been before being below between billion both bring called cannot could during earlier early either every expected ' +
    'first following former further given going great group having however including instead itself known large later latest least ' +
    'likely little local looking major makes making might million months morning nearly never night number often other others ' +
    'people percent place point possible previous quarter rather really recent recently report reported reporters reports right ' +
    'saying second several should since small something still taken their there these thing things think third those though three ' +
    'through today together total under until using various where whether which while whole within without would years yesterday ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december ' +
    'company companies chief executive officer official officials statement spokesman spokeswoman spokesperson analyst analysts ' +
    'government president minister country countries world national public political market markets business agreed agreement ' +
    'expect expects announced announcement interview press conference update updated breaking news story stories photo image images ' +
    'share shares percentage compared increase increased decrease higher lower level levels plans plan planned continue continued ' +
    'meeting members member week weeks month hours minutes times'
  ).split(' '),
);

/** The article's `TERMS_SIZE` most frequent content words, crudely stemmed, ties in code-unit order. */
export function contentTerms(text: string): string[] {
  const counts = new Map<string, number>();
  for (const word of fold(text).match(/\p{L}{5,}/gu) ?? []) {
    if (GENERIC_TERMS.has(word)) continue;
    const stem = word.replace(/(?:ies|es|s|ed|ing)$/, '');
    if (GENERIC_TERMS.has(stem)) continue;
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || compareText(a, b))
    .slice(0, TERMS_SIZE)
    .map(([stem]) => stem)
    .sort(compareText);
}

/** Lower-case, accent-free, punctuation-free words of a name (`U.S.` → `us`, `Miami-Dade` → `miami dade`). */
export function normaliseName(name: string): string {
  return fold(name)
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && !NOT_A_NAME.has(w))
    .map(spelledOut)
    .join(' ');
}

/** Abbreviations a place name is written with or without (`Mt Everest`, `Mount Everest`; `Ft. Worth`), spelled out. */
const NAME_ABBREVIATIONS: Readonly<Record<string, string>> = { mt: 'mount', ft: 'fort' };

function spelledOut(word: string): string {
  return NAME_ABBREVIATIONS[word] ?? word;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’']s\b/g, '');
}

/** A single word that opens many sentences without naming anything. */
function isCommonOpening(word: string): boolean {
  return NOT_A_NAME.has(word) || word.length <= 2;
}

function days(day: string): number {
  const [y = '1970', m = '01', d = '01'] = day.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

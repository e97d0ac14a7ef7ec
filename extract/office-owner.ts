/**
 * Whose office a title is when the title names no organisation or country (`Prime Minister Shigeru Ishiba`,
 * `President Bush`): news styles its own country's leaders so, and an office fact needs the owner. Only owners the
 * article states for this title are taken, never the country it names most (measured wrong for about a third of
 * html-dev's bare national styles: a visiting leader, a foreign leader quoted):
 *
 * - the same person with the same title and an owner elsewhere in the article (`Prime Minister Yasuo Fukuda` …
 *   `Fukuda, Japan's prime minister`);
 * - a side named right before the title (`On the Japanese side, Prime Minister Sanae Suga stated`);
 * - for a prime minister, the one country before the title in its sentence that has one, written as a modifier or an
 *   owner (`With U.S.-Japan tariff talks entering a critical phase, Prime Minister Shigeru Ishiba`: the United States
 *   has none; `the Iraqi government of Prime Minister …`), and no other country with a prime minister named more often
 *   in the article. A country after a preposition with nothing after it (`due to leave for China`, `backed by
 *   Syria and Iran`, `returned to New Zealand`) is where someone goes or who acts, not whose the title is, and a
 *   president is left out: most countries have one, so a sentence's other country is as often the visited one.
 */
import { sentenceAt, type Sentence } from './sentence.js';
import { sentenceTokens } from './phrase.js';
import { isPossessive, type Token } from './token.js';
import { countryNamed, mayHavePrimeMinister } from '../lexicon/countries.js';
import { STOP_WORDS, isCountryWord } from '../lexicon/vocabulary.js';
import { ROLE_MODIFIER, TITLE_HEAD } from './title.js';
import { portfolioOf } from '../lexicon/offices.js';

/** The mention fields this reads and writes (`PersonMention`'s). */
interface OwnedMention {
  start: number;
  name: string;
  role: string | null;
  org: string | null;
}

/** A title that is its own office with no owner in it, and words that say when (`former`, `new`). */
const BARE_TITLE = /^(?:(?:former|late|new|current|then|incoming)\s+|ex-|then-)?(\p{L}[\p{L}\s-]*)$/iu;
/** A prime minister's title alone. */
const PRIME_MINISTER = /^prime minister$/i;
/** Words after which a country is what a verb or preposition reaches (`leave for China`), not a modifier. */
const PREPOSITION = /^(?:to|for|from|in|into|at|by|with|against|toward|towards|across|over|of|on|via|between|than|and|or)$/i;

/**
 * Sets the organisation of each person mention whose role is a title with no owner, when the article states it by one
 * of the rules above; the rest are left as they are.
 */
export function inferTitleOwners(text: string, sentences: readonly Sentence[], mentions: OwnedMention[]): void {
  let named: Map<string, number> | null = null;
  for (const m of mentions) {
    if (m.org !== null || !m.role) continue;
    const sentence = sentenceAt(sentences, m.start);
    const title = bareTitleOf(m.role);
    if (!sentence || title === null) continue;
    // A surname written alone (`Clark said`) has its title elsewhere: only the title's own sentence says whose it is.
    const at = titleStart(text, sentence, m);
    if (at === null) continue;
    const side = sideBefore(text, sentence, at);
    if (side !== null) m.org = side;
    else if (PRIME_MINISTER.test(title)) m.org = primeMinisterCountry(sentence, at, () => (named ??= primeMinisterCountries(sentences)));
  }
  samePersonOwners(mentions);
  articleCountryOwners(sentences, mentions);
}

/** Words before a title that say when it was held, not which (`former Justice Minister`, `then-President`). */
const WHEN = /^(?:former|late|new|current|then|incoming|ex|now)$/i;
/** A head of state styled by the capitalised title alone (`President`, `PRESIDENT`), after the words that say when. */
const HEAD_OF_STATE = /^(?:President|PRESIDENT)$/;

/** The title words of a role without the words that say when (`then-Interior Minister` → `Interior`, `Minister`). */
function titleWordsOf(role: string): string[] {
  return role
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/^(?:then|ex)-/i, ''))
    .filter((w) => w.length > 0 && !WHEN.test(w));
}

/**
 * A minister of a portfolio with no owner in the role (`Justice Minister`, `foreign minister`, `Minister of Foreign
 * Affairs`): portfolio words and `minister` only, never a prime, chief or first minister (their own rules), a minister
 * of state (a junior post, several at once) or one that is not the holder (`deputy`, `acting`).
 */
function isPortfolioMinister(role: string): boolean {
  const words = titleWordsOf(role);
  const lower = words.map((w) => w.toLowerCase());
  const head = lower.indexOf('minister');
  if (head < 0 || lower.indexOf('minister', head + 1) >= 0) return false;
  const portfolio = head === lower.length - 1 ? portfolioOf(words.slice(0, head)) : head === 0 && /^(?:of|for)$/.test(lower[1] ?? '') ? portfolioOf(words.slice(2)) : null;
  return portfolio !== null && portfolio !== 'state' && !/^state\b/.test(portfolio);
}

/**
 * The country an article is about, when it says so by how it names countries: for `dominant`, the one it names more
 * than twice as often as any other (`Georgia` 7 times beside `Russia` once); else only a country it names alone.
 * `null` for an article that names none.
 */
function articleCountry(counts: ReadonlyMap<string, number>, dominant: boolean): string | null {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  if (ranked.length === 1) return ranked[0]![0];
  return dominant && ranked[0]![1] > 2 * ranked[1]![1] ? ranked[0]![0] : null;
}

/**
 * A government's post the article names with no owner anywhere, whose owner the article states by the country it is
 * about (`articleCountry`): news styles its own country's officers without the country, and a foreign one with it.
 *
 * - A minister of a portfolio (`Justice Minister Brigitte Mabandla` in an article whose one country is South Africa,
 *   `Information Minister X` in one that names Pakistan five times and the United States once) is the minister of the
 *   country the article names alone or more than twice as often as any other.
 * - A head of state styled `President X` is that of the one country the article names, and only then: a bare
 *   `President Bush` is as often a visiting or foreign president in an article about another country (html-dev:
 *   the country named most was wrong for 2 of 12, the one country named for none).
 */
function articleCountryOwners(sentences: readonly Sentence[], mentions: OwnedMention[]): void {
  // Not a title the extractor gave an organisation, even its own portfolio (`Minister of Economy`, org `Economy`): read
  // so, the seeds' minister who moves from one portfolio to another is a person's change of role (eval/seeds-facts.json
  // J-06: `Japan's Minister of Economy` after `Economic Revitalization Minister`), measured, not two offices.
  const wanted = mentions.filter((m) => m.org === null && m.role !== null && !/\b(?:vice|deputy|assistant|acting|interim|co)\b/i.test(m.role));
  const ministers = wanted.filter((m) => isPortfolioMinister(m.role!));
  const presidents = wanted.filter((m) => {
    const words = titleWordsOf(m.role!);
    return words.length === 1 && HEAD_OF_STATE.test(words[0]!);
  });
  if (ministers.length === 0 && presidents.length === 0) return;
  const counts = articleCountries(sentences);
  const minister = articleCountry(counts, true);
  const president = articleCountry(counts, false);
  for (const m of ministers) if (minister !== null) m.org = minister;
  for (const m of presidents) if (president !== null) m.org = president;
}

/** `Prime Minister`, `former president`: the title of a role of title words alone (no owner in it), lower-case; else null. */
function bareTitleOf(role: string): string | null {
  const m = BARE_TITLE.exec(role.trim());
  if (!m) return null;
  const words = m[1]!.toLowerCase().split(/\s+/);
  return words.every((w) => TITLE_HEAD.test(w) || ROLE_MODIFIER.test(w)) ? words.join(' ') : null;
}

/** Where the title of a mention starts when its role is written right before the name (`Prime Minister Ana Lund`); else null. */
function titleStart(text: string, sentence: Sentence, m: OwnedMention): number | null {
  const at = text.lastIndexOf(m.role!, m.start);
  return at >= sentence.start && at < m.start && m.start - (at + m.role!.length) <= 2 ? at : null;
}

/** `On the Japanese side, Prime Minister …`: the side named right before the title, opening its sentence or clause. */
function sideBefore(text: string, sentence: Sentence, at: number): string | null {
  const before = text.slice(sentence.start, at);
  const m = /(?:^|[,;:]\s*)On the (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) side,\s*$/u.exec(before);
  return m ? countryOf(m[1]!) : null;
}

/**
 * The one country before `at` in its sentence that may have a prime minister, written as a modifier or owner, when no
 * other such country is named more often in the article (`named`: each one's count); else null.
 */
function primeMinisterCountry(sentence: Sentence, at: number, named: () => Map<string, number>): string | null {
  const found = new Set(countriesIn(sentenceTokens(sentence).filter((t) => t.end <= at)).filter((c) => !c.object && mayHavePrimeMinister(c.country)).map((c) => c.country));
  if (found.size !== 1) return null;
  const country = [...found][0]!;
  const counts = named();
  const own = counts.get(country) ?? 0;
  return [...counts.values()].every((n) => n <= own) ? country : null;
}

/** How often the article names each country that may have a prime minister, in any form. */
function primeMinisterCountries(sentences: readonly Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [country, n] of articleCountries(sentences)) if (mayHavePrimeMinister(country)) counts.set(country, n);
  return counts;
}

/** How often the article names each country, in any form (`Japan`, `Japanese`, `South Korea`, `Iraqis`). */
export function articleCountries(sentences: readonly Sentence[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const c of countriesIn(sentenceTokens(s))) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  return counts;
}

/** Each country a run of tokens names (`U.S.`, `Japanese`, `South Korea`, `Iraqis`), and whether it is no owner here: a preposition's bare object, or another title's owner. */
function countriesIn(tokens: readonly Token[]): { country: string; object: boolean }[] {
  const out: { country: string; object: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let n = 0;
    let country: string | null = null;
    for (const len of [3, 2, 1]) {
      if (i + len > tokens.length) continue;
      const words = tokens.slice(i, i + len);
      if (!words.every((t) => /^\p{Lu}/u.test(t.text))) continue;
      country = len === 1 ? countryOf(words[0]!.text) : countryNamed(words.map((t) => t.text).join(' '));
      if (country) {
        n = len;
        break;
      }
    }
    if (!country) continue;
    // The word the country's phrase follows, over `the` and up to two lower-case modifiers (`in northern Iraq`, `to
    // neighbouring Syria`).
    let p = i - 1;
    for (let k = 0; k < 2 && p >= 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[p]!.text) && !STOP_WORDS.has(tokens[p]!.text) && !PREPOSITION.test(tokens[p]!.text); k++) p -= 1;
    if (tokens[p]?.text.toLowerCase() === 'the') p -= 1;
    const prev = tokens[p];
    const next = tokens[i + n];
    // `for China and India`, `to New Zealand from Europe`: nothing modified after it. `With U.S.-Japan tariff talks`,
    // `Japan's`, `Iraqi officials` modify what follows.
    const modifies = next !== undefined && (isPossessive(next.text) || next.text === '-' || (/^\p{Ll}[\p{Ll}-]*$/u.test(next.text) && !STOP_WORDS.has(next.text)));
    // `Norwegian Prime Minister Ana Lund met Prime Minister …`: a country styling another title is that title's owner.
    const styles = tokens.slice(i + n, i + n + 4).some((t) => TITLE_HEAD.test(t.text) && /^\p{Lu}/u.test(t.text));
    out.push({ country, object: styles || (prev !== undefined && PREPOSITION.test(prev.text) && !modifies) });
    i += n - 1;
  }
  return out;
}

/** The country a word names (`Japanese`, `U.S.`, `Iraqis`, `Americans`), by the name `countryNamed` gives; null for none. */
function countryOf(word: string): string | null {
  const w = word.replace(/[’']s?$/u, '');
  const named = countryNamed(w) ?? (/s$/.test(w) ? countryNamed(w.slice(0, -1)) : null);
  if (named) return named;
  if (/^(?:Americans?|USA)$/.test(w)) return 'United States';
  return isCountryWord(w) ? w : null;
}

/**
 * A person the article gives one title with an owner (`Fukuda, Japan's prime minister`, `Japanese Prime Minister Yasuo
 * Fukuda`) and elsewhere without (`Prime Minister Yasuo Fukuda`): the bare mentions take that owner when the article
 * gives that person exactly one for that title.
 */
function samePersonOwners(mentions: OwnedMention[]): void {
  const owners = new Map<string, Set<string>>();
  const keyOf = (name: string, title: string) => `${name}\u0000${title}`;
  for (const m of mentions) {
    const title = m.role ? bareTitleOf(m.role) : null;
    if (title === null || m.org === null) continue;
    const k = keyOf(m.name, title);
    const set = owners.get(k);
    if (set) set.add(m.org);
    else owners.set(k, new Set([m.org]));
  }
  for (const m of mentions) {
    const title = m.role && m.org === null ? bareTitleOf(m.role) : null;
    if (title === null) continue;
    const orgs = owners.get(keyOf(m.name, title));
    if (orgs && orgs.size === 1) m.org = [...orgs][0]!;
  }
}

/**
 * Small general lexicons shared by the rules, plus the word lists compromise
 * ships (first names, countries, places, organisations). Nothing here names a
 * person or phrase from a particular article.
 */
import nlp from 'compromise';
import { countryNamed, DEMONYMS, DEMONYM_WORDS } from './countries.js';

type LexiconTag = string | string[];
const LEXICON: Record<string, LexiconTag> = (nlp as unknown as { model(): { one: { lexicon: Record<string, LexiconTag> } } }).model().one.lexicon;

function tagsOf(word: string): string[] {
  // Accented spellings fall back to the plain form the lexicon lists ("José" → "jose").
  const tag = LEXICON[word.toLowerCase()] ?? LEXICON[word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
  if (tag === undefined) return [];
  return Array.isArray(tag) ? tag : [tag];
}

/** True when compromise's lexicon lists `word` as a given name. */
export function isFirstName(word: string): boolean {
  return tagsOf(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

/** The sex compromise's lexicon gives a given name (`female` for `Hillary`), or null when it gives none or both. */
export function givenNameSex(word: string): 'female' | 'male' | null {
  const tags = tagsOf(word);
  const female = tags.includes('FemaleName');
  const male = tags.includes('MaleName');
  return female === male ? null : female ? 'female' : 'male';
}

/** True when compromise's lexicon lists `word` as a family name (`Sasaki`, `Zhang`). */
export function isLastName(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

/** True when compromise's lexicon lists `word` as a country, city, region or other place. */
export function isPlace(word: string): boolean {
  return tagsOf(word).some((t) => ['Country', 'City', 'Region', 'Place', 'Continent'].includes(t));
}

/** True when compromise's lexicon lists `word` as a country. */
export function isCountry(word: string): boolean {
  return tagsOf(word).includes('Country');
}

/** True when compromise's lexicon lists `word` as a verb in its base or present form (`initiate`, `build`). */
export function isBaseVerb(word: string): boolean {
  return tagsOf(word).some((t) => t === 'Infinitive' || t === 'PresentTense' || t === 'Imperative');
}

/** True when compromise's lexicon lists `word` as a person's occupation or kind (`astronaut`, `comedian`, `politicians`). */
export function isPersonNoun(word: string): boolean {
  return tagsOf(word).includes('Actor');
}

/**
 * True when compromise's lexicon lists `word` as a function word, a verb in the present or a plural noun (`the`, `is`,
 * `does`, `stars`): capitalised at a sentence's start, never the first word of a person's name (a verb in the past is: `Said Jalili`).
 */
export function isGrammarWord(word: string): boolean {
  return tagsOf(word).some((t) => ['Determiner', 'Copula', 'Pronoun', 'Preposition', 'Conjunction', 'PresentTense', 'Plural'].includes(t));
}

/** True when compromise's lexicon lists `word`, and not as a name (`Forces`, `Big`, `Fri`; not `Daniel`, `Tani`, `Henson`). */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'].includes(t));
}

/** True when compromise's lexicon lists `word` as an organisation. */
export function isOrganization(word: string): boolean {
  return tagsOf(word).includes('Organization');
}

export { IRREGULAR_PLURALS, isPluralNoun, singularize, STOP_WORDS } from './words.js';

export { DEMONYMS, demonymOf, isCountryName } from './countries.js';

/**
 * The country a capitalised word names, as a name: the word itself for a country (`Norway`), its country for a
 * demonym this module knows (`Norwegian` → `Norway`, `U.S.` → `United States`), the demonym as written for one only
 * the lexicon knows; `null` for any other word.
 */
export function countryOfWord(word: string): string | null {
  return countryNamed(word) ?? (isCountryWord(word) ? word : null);
}

/** True for a country name or its demonym (`Japan`, `Japanese`). */
export function isCountryWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in DEMONYMS || DEMONYM_WORDS.has(w) || isCountry(word) || tagsOf(word).includes('Demonym');
}

/** True for names of the United States, which is usually the imposing side in trade copy. */
export function isUnitedStates(word: string): boolean {
  return ['us', 'u.s.', 'usa', 'u.s.a.', 'america', 'united states'].includes(word.toLowerCase());
}

// Synonyms folded so the same measured thing in different articles keys alike.
const PRODUCT_SYNONYMS: Array<[RegExp, string]> = [
  [/\b(?:auto|car|vehicle|automobile|automotive)[- ]parts?\b/gi, 'car parts'],
  [/\b(?:autos?|cars?|vehicles?|automobiles?|automotive|motor vehicles?)\b(?![- ]parts?\b)/gi, 'cars'],
  [/\b(?:aluminium)\b/gi, 'aluminum'],
  [/\b(?:chips?|semiconductors?)\b/gi, 'semiconductors'],
  [/\b(?:drugs|medicines|pharmaceuticals?)\b/gi, 'pharmaceuticals'],
];

/** Folds product synonyms (`autos`, `vehicles`, `automobiles` → `cars`). */
export function normalizeProduct(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PRODUCT_SYNONYMS) out = out.replace(pattern, replacement);
  return out.replace(/\bcars(?: and cars)+\b/g, 'cars').replace(/\bcars cars\b/g, 'cars');
}

/** Words naming a tariff. */
/**
 * The last word of a political group's name (`Democratic Progressive Party`, `National Front`, `the Conservatives`):
 * written after `the`, such a name still heads its clause as a name does (`The Nationalist Party won 81 seats`).
 */
export const POLITICAL_GROUP_WORD = String.raw`(?:Party|Front|Alliance|Coalition|Movement|Bloc|Congress|League|Union|Democrats|Republicans|Conservatives|Liberals|Socialists|Greens|Nationalists)`;

export const TARIFF_NOUN = /^(?:tariffs?|duty|duties|levy|levies|charges?|tax|taxes|rates?)$/i;

/** True when the text mentions a tariff, duty or levy. */
export function mentionsTariff(text: string): boolean {
  return /\b(?:tariffs?|duty|duties|levy|levies|customs)\b/i.test(text);
}

/** Folds `U.S.` to `US` and squeezes spaces: names and subjects compare alike. */
export function tidy(text: string): string {
  return text
    .replace(/\bU\.S\.(?:A\.)?/g, 'US')
    .replace(/[’']s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

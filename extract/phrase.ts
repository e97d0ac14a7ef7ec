/**
 * Noun-phrase helpers over tokens: the phrase after or before a position, an
 * owner written as a possessive, the capitalised name heading a clause. The
 * subject rules for figures, dates and projects are built from these.
 */
import { isCapitalized, isPossessive, isWord, tokenize, type Token } from './token.js';
import type { Sentence } from './sentence.js';
import { STOP_WORDS } from '../lexicon/vocabulary.js';

// Figure, date, person and project rules all walk the same sentence: tokenise it once.
const TOKENS = new WeakMap<Sentence, Token[]>();

/** Tokens of a sentence with absolute offsets (cached per sentence object; do not mutate). */
export function sentenceTokens(sentence: Sentence): Token[] {
  let tokens = TOKENS.get(sentence);
  if (!tokens) {
    tokens = tokenize(sentence.text).map((t) => ({ ...t, start: t.start + sentence.start, end: t.end + sentence.start }));
    TOKENS.set(sentence, tokens);
  }
  return tokens;
}

/** Index of the first token starting at or after `pos` (binary search: tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last token ending at or before `pos`, or -1. */
export function tokenIndexBefore(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Adjectives and determiners skipped when looking for an owner before a figure. */
const PRE_MODIFIER = /^(?:a|an|the|its|their|his|her|planned|proposed|ambitious|recent|new|total|estimated|additional|initial|massive|whopping|potential|previously|threatened|existing|reported|promised|pledged|expected|roughly|about|around|nearly|some|first|latest|own|record|annual|so-called)$/i;

/** Words that end a noun phrase because they are verbs or adverbs more often than nouns. */
function looksVerbal(word: string): boolean {
  const w = word.toLowerCase();
  return /(?:ed|ly)$/.test(w) && !/(?:need|seed|speed|feed|bed|shed|red)$/.test(w);
}

/** A word that can sit inside a noun phrase (not a stop word, punctuation or verb form). */
export function isPhraseWord(token: Token | undefined): boolean {
  if (!token) return false;
  const w = token.text;
  if (!isWord(w) && !/^\d/.test(w)) return false;
  // Acronyms are names even when they spell a stop word ("US").
  if (!/^\p{Lu}{2,}$/u.test(w) && STOP_WORDS.has(w.toLowerCase())) return false;
  return !looksVerbal(w);
}

/** The run of phrase words starting at token `i` (at most `max`). */
export function phraseAfter(tokens: readonly Token[], i: number, max = 5): Token[] {
  const out: Token[] = [];
  for (let k = i; k < tokens.length && out.length < max; k++) {
    const t = tokens[k]!;
    if (!isPhraseWord(t)) break;
    if (/^\d/.test(t.text)) break;
    out.push(t);
  }
  return out;
}

/** The run of phrase words ending at token `i` (inclusive), read backwards (at most `max`). */
export function phraseBefore(tokens: readonly Token[], i: number, max = 4): Token[] {
  const out: Token[] = [];
  for (let k = i; k >= 0 && out.length < max; k--) {
    const t = tokens[k]!;
    if (!isPhraseWord(t)) break;
    out.unshift(t);
  }
  return out;
}

/** The capitalised words before a possessive marker at token `i` (`Nippon Steel` in `Nippon Steel’s`). */
export function nameBeforePossessive(tokens: readonly Token[], i: number): string | null {
  if (!tokens[i] || !isPossessive(tokens[i]!.text)) return null;
  const words: string[] = [];
  for (let k = i - 1; k >= 0 && words.length < 4; k--) {
    const t = tokens[k]!;
    if (!isWord(t.text) || !isCapitalized(t.text)) break;
    if (words.length > 0 && /^(?:The|A|An|His|Her|Its|Their|And|But|Under|In|On|For)$/.test(t.text)) break;
    words.unshift(t.text);
  }
  return words.length > 0 ? words.join(' ') : null;
}

/**
 * The owner written just before a figure: `Japan’s planned $550 billion` →
 * `Japan`. Skips a few determiners and adjectives between the two.
 */
export function ownerBefore(tokens: readonly Token[], pos: number): string | null {
  let i = tokenIndexBefore(tokens, pos);
  for (let skipped = 0; i >= 0 && skipped < 3; skipped++) {
    const t = tokens[i]!;
    if (isPossessive(t.text)) return nameBeforePossessive(tokens, i);
    if (!PRE_MODIFIER.test(t.text)) return null;
    i -= 1;
  }
  return i >= 0 ? nameBeforePossessive(tokens, i) : null;
}

/**
 * The capitalised name heading the clause that contains `pos`, when a verb
 * group separates it from `pos`: `Nippon Steel proposes a $14 billion` →
 * `Nippon Steel`; `Beijing promised in 2020 to buy` → `Beijing`.
 */
export function clauseSubjectBefore(tokens: readonly Token[], pos: number): string | null {
  let i = tokenIndexBefore(tokens, pos);
  let steps = 0;
  while (i >= 0 && steps < 7) {
    const t = tokens[i]!;
    if (isCapitalized(t.text) && isWord(t.text) && !/^(?:The|A|An)$/.test(t.text)) break;
    if (!isWord(t.text) && !/^\d{4}$/.test(t.text)) return null;
    i -= 1;
    steps += 1;
  }
  if (i < 0 || steps === 0 || steps >= 7) return null;
  const words: string[] = [];
  let k = i;
  for (; k >= 0 && words.length < 4; k--) {
    const t = tokens[k]!;
    if (!isWord(t.text) || !isCapitalized(t.text)) break;
    words.unshift(t.text);
  }
  // Only a name at a clause boundary is the clause subject.
  const before = tokens[k];
  if (before && !/^[,;:(“"—–-]$/.test(before.text) && !/^(?:that|and|but|although|while|as)$/i.test(before.text)) return null;
  while (words.length > 0 && /^(?:The|A|An|Although|While|But|And|As|If|When)$/.test(words[0]!)) words.shift();
  return words.length > 0 ? words.join(' ') : null;
}

/** Joins tokens back into the text they came from, with single spaces and no possessive marks. */
export function phraseText(tokens: readonly Token[]): string {
  return tokens.filter((t) => !isPossessive(t.text)).map((t) => t.text).join(' ');
}

/**
 * Word tokens with their UTF-16 offsets: the unit every rule walks over.
 * Possessive `'s` is split off so that `Japan’s` yields `Japan` + `’s`, which
 * lets owner and name rules see the bare noun.
 */

/** One token of a text, `text === source.slice(start, end)`. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Order matters: dotted abbreviations (U.S.) before words, numbers keep their
// separators so `12,000` and `1.7` stay whole, hyphenated words stay one token.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\d&]*(?:-[\p{L}\p{M}\d]+)*|['’]s\b|\d+(?:[.,]\d+)*|\S/gu;

/** Tokenises `text` between `from` and `to` (defaults: the whole string). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + (m.index ?? 0);
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** True for a token that starts with an upper-case letter. */
export function isCapitalized(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

/** True for a token made of letters (with inner hyphens or dots). */
export function isWord(token: string): boolean {
  return /^\p{L}/u.test(token);
}

/** True for the possessive marker token (`'s` or `’s`). */
export function isPossessive(token: string): boolean {
  return token === "'s" || token === '’s';
}

/**
 * Finding a changing set of names in a text as whole words, without building a regular expression per text.
 *
 * `new RegExp('(?<![\\p{L}])(?:Lund|Ito)(?![\\p{L}])', 'giu')` costs 0.4–0.7 ms of CPU to compile (Unicode property
 * classes and case folding), every time its source is new: V8 caches compiled expressions by source, and the names
 * differ from article to article. Three such expressions per article were about a tenth of extraction's CPU
 * (`bench/README.md`, session 23). This scan gives the same matches as that expression.
 */

/** One occurrence: where it starts, the alternative that matched (as given), and the text as written. */
export interface WordMatch {
  index: number;
  word: string;
  text: string;
}

const LETTER = /^\p{L}$/u;

/** Whether the code point that starts at `i` is a letter (`\p{L}`); false outside the text. */
function letterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether the code point that ends right before `i` is a letter (what `(?<![\p{L}])` rejects at `i`). */
export function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return letterAt(text, start);
}

/**
 * Every occurrence of any of `words` in `text` with no letter right before or after it, left to right and never
 * overlapping; where several fit at one place, the first of `words` that does, as a regular expression's alternation
 * would choose (`(?<![\p{L}])(?:w1|w2|…)(?![\p{L}])` with the `g` and `u` flags, and `i` when `ignoreCase`).
 * Case is compared by `toLowerCase`, which differs from Unicode simple case folding only on a few letters no name
 * list here holds (`ẞ`, a Turkish dotted `İ`).
 */
export function wholeWordMatches(text: string, words: readonly string[], options: { ignoreCase?: boolean } = {}): WordMatch[] {
  const fold = options.ignoreCase ? (s: string) => s.toLowerCase() : (s: string) => s;
  // The alternatives by their first character (folded), each list in the given order.
  const byFirst = new Map<string, { word: string; folded: string }[]>();
  for (const word of words) {
    if (word.length === 0) continue;
    const folded = fold(word);
    const first = folded[0]!;
    const list = byFirst.get(first);
    if (list) list.push({ word, folded });
    else byFirst.set(first, [{ word, folded }]);
  }
  const out: WordMatch[] = [];
  if (byFirst.size === 0) return out;
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirst.get(fold(text[i]!));
    if (!candidates || letterBefore(text, i)) continue;
    for (const { word, folded } of candidates) {
      const end = i + word.length;
      if (end > text.length || fold(text.slice(i, end)) !== folded || letterAt(text, end)) continue;
      out.push({ index: i, word, text: text.slice(i, end) });
      i = end - 1;
      break;
    }
  }
  return out;
}

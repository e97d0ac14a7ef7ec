/**
 * Sentence segmentation with offsets. Rules scope their context to one
 * sentence (and sometimes its predecessor), so the splitter errs towards
 * splitting on line breaks: headlines, bullets and teasers are their own units.
 */

/** A sentence span of the article text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATION = /(?:\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|Co|Corp|Inc|Ltd|Jr|Sr|St|No|vs|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Mt|Ft|etc|approx)\.)$/u;
// "by Nov. 17": a month abbreviation before a day number is part of the date.
const MONTH_ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;
// "1:30 a.m. Thursday", "9 p.m. EDT": a time of day runs on into its day or zone; before anything else it may end a sentence.
const TIME_OF_DAY = /\b[ap]\.m\.$/i;
const DAY_OR_ZONE = /^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|JST)\b/;
// "George W. Bush": a middle initial between a capitalised word and a name, not a sentence's end. A word that
// mostly opens sentences after it ("Plan B. The", "World War I. Then") still ends one.
const MIDDLE_INITIAL = /\b\p{Lu}\p{Ll}+ \p{Lu}\.$/u;
const NAME_AFTER = /^\s*\p{Lu}\p{Ll}+/u;
const OPENER = /^\s*(?:The|A|An|And|But|Or|So|Yet|He|She|It|They|We|I|You|His|Her|Its|Their|Our|This|That|These|Those|There|Then|In|On|At|For|From|With|By|As|Of|To|If|When|While|After|Before|Meanwhile|However|Although|Still|Now|Some|Many|Most|All|No|Not|One)\b/;
// Longest tail read for an abbreviation; one char more than the longest so `\b` sees what precedes it.
const ABBREVIATION_WINDOW = 32;
const BOUNDARY = /[.!?]+["”’)\]]*\s+(?=["“‘(\[]?[\p{Lu}\d$€£¥])/gu;

/** Splits `text` into sentences; every character except line breaks belongs to one. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = /[^\n]+/g;
  for (const line of text.matchAll(lines)) {
    const lineStart = line.index ?? 0;
    const lineText = line[0];
    let from = 0;
    for (const m of lineText.matchAll(BOUNDARY)) {
      const stop = (m.index ?? 0) + m[0].trimEnd().length;
      // Only the tail can hold an abbreviation; reading from `from` would make a line of
      // "Mr. Smith and Dr. Jones " × n quadratic, since `from` stays put while abbreviations skip.
      const head = lineText.slice(Math.max(from, (m.index ?? 0) + 1 - ABBREVIATION_WINDOW), (m.index ?? 0) + 1);
      // "the U.S. Senate" must not split, but "in the U.S. The" rarely occurs in news copy.
      if (ABBREVIATION.test(head)) continue;
      if (MONTH_ABBREVIATION.test(head) && /^\s*\d/.test(lineText.slice(stop))) continue;
      if (TIME_OF_DAY.test(head) && DAY_OR_ZONE.test(lineText.slice(stop))) continue;
      if (MIDDLE_INITIAL.test(head) && NAME_AFTER.test(lineText.slice(stop)) && !OPENER.test(lineText.slice(stop))) continue;
      push(out, text, lineStart + from, lineStart + stop);
      from = (m.index ?? 0) + m[0].length;
    }
    push(out, text, lineStart + from, lineStart + lineText.length);
  }
  return out;
}

/**
 * Longest sentence the rules see. News sentences stay far below it; text
 * without boundaries (tables, debris, one huge line) is cut into pieces of
 * this size at a space, so every per-sentence rule runs in bounded time and
 * extraction stays linear in the length of the text.
 */
export const MAX_SENTENCE_CHARS = 2000;

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  while (end - start > MAX_SENTENCE_CHARS) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
    let cut = space > start + MAX_SENTENCE_CHARS / 2 ? space : start + MAX_SENTENCE_CHARS;
    // Never split a surrogate pair: offsets must stay on code-point boundaries.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1;
    push(out, text, start, cut);
    start = cut;
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

/** The sentence containing offset `pos`, or undefined when `pos` is in a gap. */
export function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

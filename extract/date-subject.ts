/**
 * The event a date is the date of, when the sentence names one: `his
 * January inauguration` → `inauguration`, `a final decision by the president
 * is anticipated by June 5` → `final decision by the president`.
 */
import { phraseAfter, phraseBefore, phraseText, sentenceTokens, tokenIndexAt, tokenIndexBefore } from './phrase.js';
import type { Sentence } from './sentence.js';
import { isPossessive } from './token.js';
import { tidy } from './vocabulary.js';

const EVENT = /^(?:decision|meeting|summit|call|talks|negotiations|visit|election|inauguration|announcement|vote|deadline|deal|agreement|discussion|interview|review|hearing|launch|signing|conference|trip|ceremony|statement|speech|memo|memorandum|report|round|pledge|victory|deliberations|approval|ruling|release|results|payment|disbursement)$/i;

/** The event phrase for a date at [start, end) in `sentence`, or null. */
export function describeDate(sentence: Sentence, start: number, end: number): string | null {
  const tokens = sentenceTokens(sentence);
  // A date used as a modifier: "Tuesday’s announcement", "the 2019 negotiations".
  let at = tokenIndexAt(tokens, end);
  if (tokens[at] && isPossessive(tokens[at]!.text)) at += 1;
  const after = phraseAfter(tokens, at, 4);
  const headAfter = after.findIndex((t) => EVENT.test(t.text));
  if (headAfter >= 0) return tidy(phraseText(after.slice(0, headAfter + 1)));
  // Otherwise the nearest event noun before it in the sentence, with a short "by/of/on X" tail.
  for (let i = tokenIndexBefore(tokens, start); i >= 0; i--) {
    if (!EVENT.test(tokens[i]!.text)) continue;
    const mods = phraseBefore(tokens, i, 3);
    let text = phraseText(mods);
    const prep = tokens[i + 1];
    if (prep && /^(?:by|of|on|with|between)$/i.test(prep.text)) {
      let k = i + 2;
      if (tokens[k]?.text.toLowerCase() === 'the') k += 1;
      // The tail never runs into the date itself ("decision by June 5").
      const tail = phraseAfter(tokens, k, 3).filter((t) => t.end <= start);
      if (tail.length > 0) text = `${text} ${prep.text} ${tokens[i + 2]!.text.toLowerCase() === 'the' ? 'the ' : ''}${phraseText(tail)}`;
    }
    return tidy(text);
  }
  return null;
}

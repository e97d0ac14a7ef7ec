/**
 * The event a date is the date of, when the sentence names one: `his
 * January inauguration` → `inauguration`, `a final decision by the president
 * is anticipated by June 5` → `final decision by the president`, `the tower
 * collapsed at about 1:30 a.m. Thursday` → `collapse`.
 */
import nlp from 'compromise';
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
  return eventVerb(sentence.text.slice(0, start - sentence.start));
}

/**
 * A verb right before the date, over a time of day and a preposition (`collapsed at around 1:30 a.m. on`,
 * `to collapse about 1:30 a.m.`, `erupted early`): the date is when that happened.
 */
const VERB_BEFORE =
  /(?:^|[^\p{L}-])(to\s+)?(\p{Ll}[\p{Ll}-]+)\s+(?:(?:at|on|in|around|about|approximately|roughly|shortly|just|early|late)\s+)*(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\s+(?:(?:local time|[A-Z]{2,4})\s+)?(?:(?:on|in)\s+)?)?$/u;
/**
 * Verbs whose date is not an event's own: speech and reports (the date is the statement's), light or
 * aspectual verbs that say nothing without their subject (`began Thursday`: began what?), and changes,
 * whose date is the period they are measured over (`tripled this year`).
 */
const NOT_AN_EVENT =
  /^(?:say|tell|announce|report|add|note|confirm|state|write|post|tweet|claim|warn|argue|explain|deny|reply|respond|comment|insist|acknowledge|disclose|reveal|indicate|suggest|predict|estimate|expect|update|ask|agree|decline|refuse|be|have|do|get|go|come|make|take|give|put|set|keep|let|see|begin|start|end|continue|resume|finish|stop|remain|stay|become|seem|plan|want|try|need|hold|leave|return|show|find|use|call|include|follow|appear|happen|occur|double|triple|quadruple|rise|fall|grow|increase|decrease|climb|drop|surge|jump|plunge|soar|slump|gain|lose|decline|shrink|slip|edge)$/;
const INFINITIVES = new Map<string, string | null>();

/** The infinitive of a past-tense verb (or of an infinitive after `to`) ending `before`, when it names an event. */
function eventVerb(before: string): string | null {
  const m = VERB_BEFORE.exec(before);
  if (!m) return null;
  // "It rained in April": an empty subject names no event.
  if (/(?:^|[^\p{L}])(?:it|there)\s+(?:\p{Ll}+ly\s+)?$/iu.test(before.slice(0, m.index + m[0].indexOf(m[2]!)))) return null;
  const word = m[2]!;
  const key = `${m[1] ? 'to ' : ''}${word}`;
  if (INFINITIVES.has(key)) return INFINITIVES.get(key)!;
  const forms = (nlp(word) as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } }).verbs().conjugate()[0];
  const infinitive = forms?.Infinitive ?? null;
  // A past tense that differs from the infinitive: the conjugator gives any noun a "past tense" of itself
  // ("budget"), so a form like "cut" that never changes is left out with them.
  const past = word === forms?.PastTense && word !== infinitive;
  const isEvent = infinitive !== null && !NOT_AN_EVENT.test(infinitive) && (m[1] ? word === infinitive : past);
  const out = isEvent ? infinitive : null;
  if (INFINITIVES.size < 10_000) INFINITIVES.set(key, out);
  return out;
}

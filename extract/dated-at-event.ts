/**
 * Whether a sentence writes a date right against the event its claim names (`the 2004 ruling`, `died Wednesday`):
 * what the extractor says on each date claim (`datedAtEvent`), so that reconciliation never reads the text, and the
 * event a date claim's subject keys (`dateEvent`), which reconciliation keys it by. No lexicon, so that `reidentify`
 * can work the cue out for claims of older extractors without loading compromise's.
 */
import { DAY_PART, OCCASION_DETERMINER, OCCASION_PREPOSITION, RECORDING } from '../lexicon/calendar.js';
import { normaliseWords } from '../lexicon/key-words.js';

/** Words between an event and its date that make the date another thing's: a deadline, a span's end, an order. */
const NOT_EVENT_LINK = /^(?:by|until|till|through|before|after|since|from|to|between|than|and|or|but)$/i;

/**
 * True when the event a date claim's `subject` keys (`dateEvent`: one word) is written against the date at [start, end): up to four words before it
 * with no break and no word of a deadline or span between (`died Wednesday`, `died of cancer last Wednesday`,
 * `a hearing in March 2005`, `approval Saturday`), or right after it, over a possessive, a score and one more word
 * (`the 2004 ruling`, `Tuesday's hearing`, `Sunday's 110-98 victory`), or in the occasion a phrase right after
 * it places the date in (`on Tuesday during a hearing on …`, `Friday in the Hawks' 99-97 win`). The word is matched by its stem, as the
 * extractor names a verb's event by its lemma (`died` → `die`, `negotiations` → `negotiation`).
 */
export function isDatedAtEvent(text: string, start: number, end: number, subject: string): boolean {
  const word = normaliseWords(dateEvent(subject))[0];
  if (word === undefined) return false;
  const stem = word.length > 3 ? word.replace(/e$/, '') : word;
  // A statement is written against its date by the verb that reports it (`said Saturday`); a result by any of its words
  // (`won Sunday`, `Sunday's victory`: `normaliseWords` gives `win` for each).
  const isEvent = (w: string) =>
    (w.toLowerCase().startsWith(stem) && w.length <= stem.length + 4) || (word === 'statement' && /^(?:said|says)$/i.test(w)) || (word === 'announcement' && /^announc/i.test(w)) || (word === RESULT && RESULT_FORM.test(w)) || (word === 'release' && RECORDING_WORD.test(w));
  const before = /(?:^|[.!?;:,()"“”])([^.!?;:,()"“”]*)$/u.exec(text.slice(Math.max(0, start - 60), start))?.[1] ?? '';
  const near = before.split(/\s+/).filter(Boolean).slice(-5);
  const at = near.findLastIndex(isEvent);
  if (at >= 0 && !near.slice(at + 1).some((w) => NOT_EVENT_LINK.test(w))) return true;
  const after = /^(?:[’']s)?\s+(?:\d{1,3}[-–]\d{1,3}\s+)?(?:([\p{L}-]+)\s+)?([\p{L}-]+)/u.exec(text.slice(end, end + 60));
  if (after !== null && (isEvent(after[2]!) || (after[1] !== undefined && isEvent(after[1])))) return true;
  // A date opening its sentence dates the verb of the clause after it (`In August, the tenant filed a lawsuit`, `On
  // Monday, police arrested two men`): over the comma and a short subject, with no other break (never a deadline's
  // `By Friday,` or a span's `Since 2004,`).
  if (SENTENCE_OPENING.test(before)) {
    const clause = OPENING_CLAUSE.exec(text.slice(end, end + 80))?.[1] ?? '';
    if (clause.split(/\s+/).filter(Boolean).slice(0, 6).some(isEvent)) return true;
  }
  // The occasion the date is placed in (`on Tuesday during a hearing on …`, `Friday in the Hawks' 99-97 win`).
  const occasion = OCCASION_AFTER.exec(text.slice(end, end + 90))?.[1] ?? '';
  const words = occasion.split(/\s+/).filter(Boolean);
  const stop = words.findIndex((w) => OCCASION_END.test(w));
  return words.slice(0, stop < 0 ? 6 : Math.min(stop, 6)).some(isEvent);
}

/** Before a date that opens its sentence: nothing, or a preposition or a time word (`In`, `On`, `Early last`). */
const SENTENCE_OPENING = /^\s*["“‘']?\s*(?:(?:back|early|late|later|earlier|also|but|and|then)\s+)?(?:(?:in|on|at|during)\s+)?(?:(?:early|late|last|this|mid)\s+)?$/i;
/** After such a date: a part of the day, its comma, then the clause up to its next break (its first word the subject's). */
const OPENING_CLAUSE = /^(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*([^.!?;:,()"“”]*)/iu;

/** A game's or a contest's result as `normaliseWords` keys it (`victory`, `defeat` and `win` are one word). */
const RESULT = 'win';
/** A recording, which the extractor dates as a release when a day follows it (`in a new audiotape Saturday`). */
const RECORDING_WORD = new RegExp(`^(?:${RECORDING}|message)s?$`, 'i');
/** The words that write a result against its date. */
const RESULT_FORM = /^(?:win|wins|won|winning|victory|victories|defeat|defeats|defeated|defeating|beat|beats|beating|edged|edging|routed|routing|downed|blanked|thrashed|trounced|outlasted|whipped)$/i;

/**
 * The event a date claim's subject keys: a result with lower-case modifiers (`shootout win`, `narrow victory`, `first
 * victory`) is the result alone, as a one-word event, keyed by its day in a story (`claimObservation`): the modifier
 * says how it was won, not which game, so `Friday's 124-120 victory` and `Friday in the 124-120 shootout win` meet, and
 * `his first victory in 1995` stays another day's. A subject with a name or a figure says whose, and is left as it is.
 */
export function dateEvent(subject: string): string {
  const words = normaliseWords(subject);
  if (words.length < 2 || words.length > 3 || /[\p{Lu}\p{N}]/u.test(subject)) return subject;
  const written = subject.trim().split(/\s+/);
  const head = written[written.length - 1]!;
  // Any event with lower-case modifiers is its head noun (`presidential election`, `separate hearing`, `state funeral`):
  // in a story it is keyed by its day, the day saying which. A verb with its particle (`step down`) or a phrase
  // ending in a preposition's object (`deal on January`) is left as written.
  if (words[words.length - 1] === RESULT) return head;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head) || PARTICLE_OR_FUNCTION.test(head) || written.some((w) => /^(?:of|on|in|at|by|for|with|to|from|the|a|an)$/i.test(w))) return subject;
  return head;
}

/** A verb's particle or a function word: no event noun a date's subject ends in. */
const PARTICLE_OR_FUNCTION = /^(?:down|up|out|off|through|over|back|away|in|on|ahead|forward|aside)$/i;

/** A part of the day, an occasion's preposition and its determiner after a date, then the occasion's words. */
const OCCASION_AFTER = new RegExp(String.raw`^\s+(?:${DAY_PART}\s+)?${OCCASION_PREPOSITION}\s+${OCCASION_DETERMINER}\s+([^.!?;:,()"“”]*)`, 'iu');
/** A preposition that ends the occasion's noun phrase. */
const OCCASION_END = /^(?:on|of|with|over|near|for|to|from|by|after|before|against|into|that|which|who)$/i;

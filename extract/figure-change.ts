/**
 * Subjects read from the verb and noun phrase around a figure rather than
 * from the words right next to it:
 * - a change or level (`growth could slow to about 4%`, `raised tariffs on
 *   Chinese goods to 145%`, `raise output by 137,000 barrels`);
 * - a noun with an `of` complement (`a growth target of around 5%`, `losses
 *   of between $800 million and $1.2 billion`);
 * - a price paid (`buy a 50% stake in ... for €1.2 billion`).
 * Each returns null when its construction is absent, so callers can try the
 * next rule.
 */
import { isPhraseWord, phraseBefore, phraseText, tokenIndexBefore } from './phrase.js';
import type { Sentence } from './sentence.js';
import { isCapitalized, isPossessive, isWord, type Token } from './token.js';
import { STOP_WORDS, TARIFF_NOUN, tidy } from '../lexicon/vocabulary.js';

/** Verbs whose subject is the thing that changed or reached a level (`exports rose to`, `GDP reached`). */
const INTRANSITIVE = /^(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|grew|grow|grows|grown|growing|slow|slows|slowed|slowing|climbed|climb|climbs|jumped|jump|jumps|surged|surge|surges|dropped|drop|drops|declined|decline|declines|increased|decreased|reached|reach|reaches|hit|hits|totaled|totalled|total|totals|stood|stands|slipped|slips|slid|gained|gains|shrank|shrunk|shrinks|expanded|contracted|soared|soars|plunged|plunges|tumbled|tumbles|eased|eases|edged|edges|amounted|came|jumping|climbing|sank|sinks|tops|topped|top|exceeded|exceeds|exceed|surpassed|surpasses|cost|costs|weakened|weakens|strengthened|strengthens|advanced|retreated|rallied|rebounded|widened|narrowed|accelerated|decelerated|doubled|tripled|halved|lost|loses|losing|shed|sheds)$/i;
/** Verbs whose object is the thing changed (`raised tariffs ... to 145%`, `cut its forecast by 2%`). */
const TRANSITIVE = /^(?:raised|raise|raises|raising|cut|cuts|cutting|lowered|lower|lowers|lowering|reduced|reduce|reduces|reducing|lifted|lift|lifts|lifting|brought|bring|brings|bringing|boosted|boost|boosts|boosting|trimmed|trim|trims|increase|increases|increasing|decrease|hiked|hike|hikes|set|sets|put|puts|kept|keep|keeps|revised|revise|revises|slashed|slash|slashes|expand|expands|expanding|pushed|push|pushes|taking|took|take|takes)$/i;
/** Words between a verb and its figure that say nothing about the subject. */
const FILLER = /^(?:between|up|down|as|much|many|about|around|nearly|almost|roughly|some|more|less|than|over|under|just|only|by|to|an|a|estimated|further|another|additional|at|least|most|fresh|new|record|high|low|further|slightly|sharply|steadily)$/i;
/** A comparison base between a change and its level: "fell 15% from a year earlier to ...". */
const COMPARATOR = /^(?:from|year|earlier|ago|previously|before|the|previous|prior|last|quarter|month|week|period|same|on|against|versus|vs)$/i;
const AUX = /^(?:could|would|will|may|might|can|should|must|shall|has|have|had|is|are|was|were|be|been|being|did|does|do|also|further|already|still|then|now|just|only|reportedly|likely|expected|set|seen|forecast|projected|to|not|never)$/i;
const CLAUSE_BREAK = /^(?:that|said|says|say|told|and|but|while|as|which|who|when|after|if|since|because|although|though|whereas|where)$/i;
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+,[^\n]{0,60}?\s[-—–]\s/u;
// Measure words written after a number that belong to the figure, not the sentence ("6 basis points to 2.02%").
const MEASURE = /^(?:basis|percentage|points?|percent|per|cent|million|billion|trillion|thousand|bn|mn|tn|[kmbt]|barrels?|tonnes?|tons?|day|year|a)$/i;

/** What changed (or reached a level) and whether the figure is the change or the new level. */
export interface ChangeSubject {
  subject: string;
  /** `change` for `by N` or a bare amount after a change verb, `level` for `to N` or `reached N`. */
  predicate: 'change' | 'level';
  /** The changed noun phrase's head is a tariff word: callers may describe it as a tariff. */
  tariff: boolean;
  /** Token index where the noun phrase starts, for callers that need the goods after `on`. */
  at: number;
}

function isFigureToken(t: Token): boolean {
  return /^[\d$€£¥₩₹%]/.test(t.text) || /^(?:US|A|C|HK|S|NZ)?\$$/.test(t.text) || /^[\p{Sc}]$/u.test(t.text);
}

/** Noun-phrase tokens from `from` to `to` (exclusive), with possessives and short `of/on/in` tails kept. */
function nounPhrase(tokens: readonly Token[], from: number, to: number, max = 7): Token[] {
  const out: Token[] = [];
  for (let k = from; k < to && out.length < max; k++) {
    const t = tokens[k]!;
    // A participle inside the phrase modifies it ("second-quarter adjusted earnings").
    const participle = /^\p{Ll}+ed$/u.test(t.text) && out.length > 0 && k + 1 < to && isPhraseWord(tokens[k + 1]);
    if (isPossessive(t.text) || isPhraseWord(t) || participle || (/^(?:of|on|in|for)$/i.test(t.text) && out.length > 0) || (/^\d/.test(t.text) && tokens[k + 1]?.text === '-') || t.text === '-') {
      if (/^(?:the|a|an|its|their|his|her|our|most|all|some)$/i.test(t.text) && out.length === 0) continue;
      out.push(t);
      continue;
    }
    if (/^(?:the|a|an|its|their|his|her|our|most|all|some)$/i.test(t.text)) continue;
    if (out.length > 0) break;
  }
  while (out.length > 0 && /^(?:of|on|in|for|-)$/i.test(out[out.length - 1]!.text)) out.pop();
  return out;
}

function joinPhrase(tokens: readonly Token[]): string {
  return tidy(tokens.filter((t) => !isPossessive(t.text)).map((t) => t.text).join(' ').replace(/ - /g, '-'));
}

/** The first noun phrase of the sentence (after any dateline): `Soto’s deal, which ...` → `Soto deal`. */
function sentenceSubject(tokens: readonly Token[], sentence: Sentence, before: number): Token[] {
  const dateline = DATELINE.exec(sentence.text);
  const from = dateline ? sentence.start + dateline[0].length : sentence.start;
  const first = tokens.findIndex((t) => t.start >= from);
  if (first < 0) return [];
  let end = first;
  while (end < before && (isPhraseWord(tokens[end]) || isPossessive(tokens[end]!.text) || /^(?:the|a|an)$/i.test(tokens[end]!.text))) end += 1;
  return nounPhrase(tokens, first, end);
}

/**
 * The thing whose change or level a figure states: `growth could slow to
 * about 4%` → `growth` (level); `raise output by 137,000 barrels` → `output`
 * (change). Null when no change verb governs the figure.
 */
export function changeSubject(tokens: readonly Token[], sentence: Sentence, start: number): ChangeSubject | null {
  let i = tokenIndexBefore(tokens, start);
  // `nearest` says what this figure is (level after "to", change after "by"); `via` is the first connector
  // after the verb, where the changed object ends ("cut capital spending by 10% to between $5.6bn and ...").
  let via: Token | null = null;
  let nearest: Token | null = null;
  // Walk back over qualifiers, "to"/"by" and an earlier figure of the same change ("6 basis points to").
  for (let steps = 0; i >= 0 && steps < 12; steps++, i--) {
    const t = tokens[i]!;
    if (INTRANSITIVE.test(t.text) || TRANSITIVE.test(t.text)) break;
    if (/^(?:to|by)$/i.test(t.text)) {
      nearest ??= t;
      via = t;
    }
    else if (!FILLER.test(t.text) && !COMPARATOR.test(t.text) && !isFigureToken(t) && !MEASURE.test(t.text)) break;
  }
  const verb = tokens[i];
  if (verb && INTRANSITIVE.test(verb.text)) return subjectBeforeVerb(tokens, sentence, i, nearest);
  if (!via) return null;
  // "raised tariffs on most Chinese goods to 145%": the object between the verb and "to/by" changed.
  const viaAt = tokens.indexOf(via);
  let v = viaAt - 1;
  while (v >= 0 && viaAt - v < 10 && !INTRANSITIVE.test(tokens[v]!.text) && !TRANSITIVE.test(tokens[v]!.text)) {
    const t = tokens[v]!;
    // Participles modify the object too ("its planned U.S. investment").
    if (!(isPhraseWord(t) || isPossessive(t.text) || /^\p{Ll}+ed$/u.test(t.text) || /^(?:of|on|in|for|the|a|an|its|their|his|her|our|most|all|some|-)$/i.test(t.text))) return null;
    v -= 1;
  }
  if (v < 0 || viaAt - v >= 10) return null;
  const phrase = nounPhrase(tokens, v + 1, viaAt, 9);
  if (phrase.length === 0) return null;
  const tariff = phrase.some((t) => /^(?:tariffs?|duty|duties|levy|levies)$/i.test(t.text));
  return { subject: joinPhrase(phrase), predicate: nearest?.text.toLowerCase() === 'to' ? 'level' : 'change', tariff, at: tokens.indexOf(phrase[0]!) };
}

/** "X (could) rise ... to N": the subject stands before the verb, past auxiliaries. */
function subjectBeforeVerb(tokens: readonly Token[], sentence: Sentence, verbAt: number, via: Token | null): ChangeSubject | null {
  const verb = tokens[verbAt]!;
  let end = verbAt;
  while (end - 1 >= 0 && AUX.test(tokens[end - 1]!.text)) end -= 1;
  let begin = end;
  while (begin - 1 >= 0 && end - begin < 9) {
    const t = tokens[begin - 1]!;
    if (/^[,;:()“”"—–]$/.test(t.text) || CLAUSE_BREAK.test(t.text)) break;
    if (t.text === '-' && /\s$/.test(sentence.text.slice(0, t.start - sentence.start))) break; // a dateline dash
    begin -= 1;
  }
  let phrase = nounPhrase(tokens, begin, end, 9);
  // "…, includes a bonus and could rise to $805 million": a shared subject heads the sentence.
  if (phrase.length === 0 || /^(?:it|they|he|she|this|that)$/i.test(tokens[end - 1]?.text ?? '')) phrase = sentenceSubject(tokens, sentence, verbAt);
  if (phrase.length === 0) return null;
  const tariff = phrase.some((t) => /^(?:tariffs?|duty|duties|levy|levies)$/i.test(t.text));
  const level = via?.text.toLowerCase() === 'to' || /^(?:reached|reach|reaches|hit|hits|totaled|totalled|total|totals|stood|stands|amounted)$/i.test(verb.text);
  return { subject: joinPhrase(phrase), predicate: level ? 'level' : 'change', tariff, at: tokens.indexOf(phrase[0]!) };
}

// Heads too vague to name what is measured: "a total of", "the value of".
const VAGUE_OF = /^(?:total|sum|value|worth|amount|figure|number|average|maximum|minimum|range|level|rate|share|tune|excess|upwards|most|all|some|any|none|one|each|part|half)$/i;

/** `a growth target of around 5%` → `growth target`; `losses of between $800 million and ...` → `losses`. */
export function ofComplementSubject(tokens: readonly Token[], start: number): string | null {
  let i = tokenIndexBefore(tokens, start);
  while (i >= 0 && /^(?:between|about|around|nearly|almost|roughly|some|up|to|as|much|many|more|less|than|over|under|just|at|least|an|estimated|[“"‘'])$/i.test(tokens[i]!.text)) i -= 1;
  if (tokens[i]?.text.toLowerCase() !== 'of') return null;
  const phrase = phraseBefore(tokens as Token[], i - 1, 3);
  if (phrase.length === 0) return null;
  const head = phrase[phrase.length - 1]!;
  if (VAGUE_OF.test(head.text) || !/^\p{L}/u.test(head.text)) return null;
  return tidy(phraseText(phrase.map((t) => (isCapitalized(t.text) && !/^\p{Lu}{2,}/u.test(t.text) ? { ...t, text: t.text.toLowerCase() } : t))));
}

const BUY = /^(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased|purchasing|sell|sells|sold|selling|take|took|taking)$/i;

/** `buy a 50% stake in ... for €1.2 billion` → `stake purchase`; null without a purchase verb in the clause. */
export function priceSubject(tokens: readonly Token[], start: number): string | null {
  let i = tokenIndexBefore(tokens, start);
  while (i >= 0 && /^(?:up|to|about|around|nearly|almost|roughly|some|as|much|more|less|than|over|under|just|at|least|an|estimated)$/i.test(tokens[i]!.text)) i -= 1;
  if (tokens[i]?.text.toLowerCase() !== 'for') return null;
  for (let k = i - 1; k >= 0 && i - k < 16; k--) {
    const t = tokens[k]!;
    if (/^[;:]$/.test(t.text)) return null;
    if (!BUY.test(t.text)) continue;
    // The object's first noun run, past determiners and a figure ("a 50% stake").
    let o = k + 1;
    while (o < i && (STOP_WORDS.has(tokens[o]!.text.toLowerCase()) || isFigureToken(tokens[o]!) || MEASURE.test(tokens[o]!.text))) o += 1;
    const words: Token[] = [];
    while (o < i && words.length < 3 && isPhraseWord(tokens[o]) && !/^\d/.test(tokens[o]!.text)) words.push(tokens[o++]!);
    const sale = /^(?:sell|sells|sold|selling)$/i.test(t.text);
    return words.length > 0 ? `${joinPhrase(words)} ${sale ? 'sale' : 'purchase'}` : sale ? 'sale' : 'purchase';
  }
  return null;
}

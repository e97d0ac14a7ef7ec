/**
 * Tense of the clause around an expression, for resolving weekdays and bare
 * months against the publish date: past events take the most recent match,
 * future ones the next.
 */
import type { Sentence } from './sentence.js';

/** Grammatical time of a clause. */
export type Tense = 'past' | 'present' | 'future';

const FUTURE = /\b(?:will|'ll|’ll|shall|going to|scheduled|expected|expects?|plans? to|set to|upcoming|next|anticipated|due to|to be held|ahead of|prepare[sd]?|preparing|forthcoming|would|intends? to|aims? to|to meet|to visit|to decide)\b/i;
const PAST = /\b(?:was|were|had|did|said|told|met|held|made|took|gave|sent|won|led|began|brought|got|came|went|saw|left|paid|spoke|wrote|fell|rose|grew|shrank|lost|sold|bought|built|spent|hit|became|began|sank|slid|ago|since|last|earlier|previously|\p{Ll}{3,}ed)\b/iu;
// -ed words that are usually adjectives, not past verbs.
const NOT_PAST = /\b(?:expected|scheduled|planned|proposed|anticipated|unlimited|limited|based|related|advanced|detailed|skilled|united|interested|concerned|informed|increased|reduced|required|needed)\b/gi;

/** The clause of `sentence` around [start, end): split on commas, semicolons, dashes and brackets. */
export function clauseAround(sentence: Sentence, start: number, end: number): string {
  const text = sentence.text;
  const s = start - sentence.start;
  const e = end - sentence.start;
  const left = Math.max(text.lastIndexOf(',', s), text.lastIndexOf(';', s), text.lastIndexOf('—', s), text.lastIndexOf('(', s), -1);
  const rightCandidates = [',', ';', '—', ')'].map((c) => text.indexOf(c, e)).filter((i) => i >= 0);
  const right = rightCandidates.length > 0 ? Math.min(...rightCandidates) : text.length;
  return text.slice(left + 1, right);
}

// "who proposed the plan in April": after a relative pronoun or perfect auxiliary an -ed word is a past verb.
const PAST_AFTER_PRONOUN = /\b(?:who|which|has|have|had)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b/iu;

function tenseOf(text: string, around: string): Tense | null {
  const rest = text.replace(around, ' ');
  if (PAST_AFTER_PRONOUN.test(rest) && !FUTURE.test(rest)) return 'past';
  if (FUTURE.test(rest)) return 'future';
  if (PAST.test(rest.replace(NOT_PAST, ' '))) return 'past';
  return null;
}

/** The words after the last subordinating conjunction or relative word of a clause's lead. */
const SUBORDINATE = /\b(?:why|how|as|when|whenever|while|because|after|before|until|once|although|though|whether|if|that|which|who|where)\s+((?:(?!\b(?:why|how|as|when|whenever|while|because|after|before|until|once|although|though|whether|if|that|which|who|where)\b)[^])*)$/i;

/** Tense of the expression at [start, end): its clause first, then the whole sentence. */
export function tenseAround(sentence: Sentence, start: number, end: number): Tense {
  // A cue right before the expression outranks the clause: "planned spending ... since his January inauguration".
  const near = sentence.text.slice(Math.max(0, start - sentence.start - 20), start - sentence.start);
  if (/\b(?:since|last|earlier|ago|previous)\b[^,;]*$/i.test(near)) return 'past';
  // "said on Tuesday that … will": the reporting verb dates the expression, not the reported clause.
  // "is due to be sentenced on April 22", "will be counted on Sunday": a future auxiliary in the clause wins over the -ed form.
  const leadClause = clauseAround(sentence, start, end).split(sentence.text.slice(start - sentence.start, end - sentence.start))[0] ?? '';
  const futureAux = /\b(?:will|shall|to be|due to|set to|scheduled to|expected to|is to|are to|going to)\s+(?:\p{Ll}+\s+){0,3}$/iu.test(leadClause.slice(-60).replace(/\s+(?:on|by|from|until|through)\s*$/i, ' '));
  if (futureAux) return 'future';
  // `was expected Tuesday`, `is scheduled for Friday`: a participle of planning after `be` right before the day is no past.
  if (/\b(?:said|told|announced|confirmed|reported|\p{Ll}{3,}ed)\s+(?:on\s+)?$/iu.test(near) && !/\b(?:is|are|was|were|be|been)\s+(?:expected|scheduled|planned|slated|due)\s+(?:on\s+|for\s+)?$/i.test(near)) return 'past';
  // `coming after Monday's ambush` follows it: `coming` is the future only of what comes (`the coming week`).
  if (/\b(?:next|upcoming|coming(?!\s+(?:after|before|as|amid|from|off|on)\b)|until|through)\b[^,;]*$/i.test(near)) return 'future';
  // "Volkswagen on Monday denied": a past verb right after the expression dates it.
  const after = sentence.text.slice(end - sentence.start, end - sentence.start + 20);
  if (/^,?\s+(?:said|told|announced|confirmed|reported|\p{Ll}{3,}ed)\b/u.test(after) && !/^,?\s+(?:expected|scheduled|planned|proposed|anticipated)\b/.test(after)) return 'past';
  const expression = sentence.text.slice(start - sentence.start, end - sentence.start);
  // "left its rate unchanged at 11% in July and expects ...": the verb before the expression in its clause decides.
  const clause = clauseAround(sentence, start, end);
  const lead = clause.slice(0, Math.max(0, clause.indexOf(expression)));
  // "will remain there while investigators try to determine why the aircraft lost power as it approached the airport on
  // Thursday": the verb of the expression's own subordinate clause dates it, not the main clause's `will`.
  // Only a clause of simple tenses within the sentence: `have invited … for talks on Monday` says nothing of the talks' time.
  const own = SUBORDINATE.exec(lead);
  const subordinate = own && own[1]!.trim() && !/[.!?"“”]|\b(?:has|have|had)\b/i.test(own[1]!) ? tenseOf(own[1]!, expression) : null;
  if (subordinate) return subordinate;
  const leading = lead.trim() ? tenseOf(lead, expression) : null;
  if (leading) return leading;
  return tenseOf(clause, expression) ?? tenseOf(sentence.text, expression) ?? 'present';
}

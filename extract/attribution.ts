/**
 * Who says a claim and how firmly: `according to X`, `X said`, `said X`,
 * `reportedly`; and the hedge (`asserted`, `reported`, `speculative`,
 * `denied`) from reporting, modal and denial words in the sentence.
 */
import type { Hedge } from '../model/claim.js';
import type { Sentence } from './sentence.js';
import { tidy } from '../lexicon/vocabulary.js';

/** The source and hedge of the claims in one sentence. */
export interface Attribution {
  attribution: string | null;
  hedge: Hedge;
}

const SPEECH = String.raw`(?:said|says|say|told|stated|states|reported|reports|noted|notes|added|adds|argued|argues|wrote|writes|posted|announced|confirmed|claimed|claims|predicted|warned|according)`;
const ACCORDING = /\baccording to\s+((?:(?:a|an|the)\s+)?[^,.;:()“”"]{2,80}?)(?=[,.;:()“”"]|$)/i;
const NAME = String.raw`((?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'&-]*\s+){0,4}?(?:\p{Lu}[\p{L}.&-]*|report|memo|statement|official|officials|people familiar with the matter|sources?|analysts?|spokesman|spokeswoman|spokesperson))`;
// "Handelsblatt had reported", "A company spokeswoman, Maria Gonzalez, said".
const SUBJECT_SAID = new RegExp(String.raw`${NAME},?\s+(?:also\s+|then\s+|had\s+|has\s+|have\s+|was\s+|were\s+)?${SPEECH}\b`, 'u');
// "Volkswagen on Monday denied": the one denying is the source of the denied claims.
const DENIER = new RegExp(String.raw`${NAME}\s+(?:(?:on|late on|early on)\s+\p{Lu}\p{Ll}+\s+|also\s+|has\s+|have\s+|had\s+|flatly\s+|strongly\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted)\b`, 'u');
// Inverted ("…,” said Maria Lopez"): the name runs to its end, so the repetition is greedy here.
const SAID_SUBJECT = new RegExp(String.raw`[,”"]\s*(?:${SPEECH})\s+${NAME.replace('{0,4}?', '{0,4}')}`, 'u');
const PEOPLE_FAMILIAR = /\b(?:people|person|sources?|officials?)\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of)\s+the\s+(?:matter|talks|plans?|negotiations|discussions|deal|situation|decision)\b/i;
const REPORTED = /\b(?:reportedly|according to|said|says|say|told|stated|reported|claims?|claimed|noted|added|argued|posted|sources?|report)\b/i;
// Modal and forecast words, and verbs of intent before an infinitive ("plans to", "seeks to"). A noun of intent
// ("against a government plan to raise the age", "the proposal", "a potential buyer") does not make the sentence's
// figures speculative: "At least 2 million people marched against the plan" is a report of a count.
const SPECULATIVE =
  /\b(?:may|might|could|would|should|will|expects?|expected|expecting|considering|considers|likely|possibly|potentially|if|whether|anticipated|forecast|projected|estimates?)\b|\b(?:plans|planning|planned|aims|aiming|hopes|hoping|intends|intending|seeks|seeking|proposes|proposed|proposing)\s+to\b/i;
const DENIED = /\b(?:denied|denies|deny|dismissed|rejected|refuted|false|untrue|never happened)\b/i;

/** Attribution and hedge for the claims of a sentence. */
export function attributeSentence(sentence: Sentence): Attribution {
  const text = sentence.text;
  let attribution: string | null = null;
  const according = ACCORDING.exec(text);
  if (according) attribution = according[1]!;
  if (!attribution && PEOPLE_FAMILIAR.test(text)) attribution = PEOPLE_FAMILIAR.exec(text)![0];
  if (!attribution && DENIED.test(text)) attribution = DENIER.exec(text)?.[1] ?? null;
  if (!attribution) {
    const inverted = SAID_SUBJECT.exec(text);
    const direct = SUBJECT_SAID.exec(text);
    attribution = inverted?.[1] ?? direct?.[1] ?? null;
  }
  if (attribution) attribution = cleanSource(attribution.replace(/[.,;:]+$/, ''));
  let hedge: Hedge = 'asserted';
  if (DENIED.test(text)) hedge = 'denied';
  else if (SPECULATIVE.test(text)) hedge = 'speculative';
  else if (attribution || REPORTED.test(text)) hedge = 'reported';
  return { attribution, hedge };
}

function cleanSource(text: string): string | null {
  const out = tidy(text)
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/^(?:And|But|So|However|Meanwhile)\s+/, '')
    .trim();
  if (/^(?:He|She|They|It|We|I|You|This|That)$/i.test(out) || out.length < 2) return null;
  return out;
}

/**
 * Where a deal stands, as a sentence reports it: "Twitter has accepted Musk's
 * offer to acquire the company" (agreed), "he is terminating the acquisition"
 * (terminated), "Musk completed the $44 billion buyout deal on Friday"
 * (completed), "the merger was blocked by regulators" (blocked). A verb of a
 * deal's life with a deal noun as its object, or a deal noun as the subject of
 * its passive. Only what the sentence reports as done or under way counts: a
 * modal, an infinitive, a negation or a condition before the verb ("will
 * accept", "a deadline to complete", "was not interested in accepting", "once
 * the deal is finalized") reports no state. Pure: one sentence at a time.
 */
import type { DealState } from '../model/index.js';
import type { Sentence } from './sentence.js';
import { isCountryWord, tidy } from '../lexicon/vocabulary.js';

/** One report of a deal's state in a sentence. */
export interface DealStatusMention {
  /** Offsets in the article text: the verb and the deal noun phrase. */
  start: number;
  end: number;
  state: DealState;
  /** Offsets in the article text of the deal noun phrase (its words, without the verb). */
  nounStart: number;
  nounEnd: number;
  /** What kind of deal the noun names: `acquisition`, `merger`, or the noun phrase of another deal (`trade deal`). */
  deal: string;
  /** The deal's name where the sentence gives both parties (`Nippon acquisition of US Steel` for "US Steel, now owned by Nippon"). */
  name?: string;
  rule: string;
}

/** The stages in the order a deal goes through them; an article reporting several reports the last as its state. */
export const DEAL_STAGE: Record<DealState, number> = { proposed: 0, rejected: 1, agreed: 2, approved: 3, blocked: 4, terminated: 4, completed: 5 };

/** Verbs of a deal's life in active finite forms (or a progressive `-ing` after a form of "be"), by the state they report. */
const ACTIVE: readonly [DealState, string][] = [
  ['proposed', String.raw`propos(?:es|ed|ing)|made|makes|making|submitted|submits|launched|launches|tabled|tables`],
  ['rejected', String.raw`reject(?:s|ed|ing)|rebuff(?:s|ed|ing)|turn(?:s|ed|ing)\s+down|spurn(?:s|ed|ing)`],
  ['agreed', String.raw`accept(?:s|ed|ing)|sign(?:s|ed|ing)|ink(?:s|ed|ing)|str(?:uck|ikes|iking)|reach(?:es|ed|ing)|seal(?:s|ed|ing)|clinch(?:es|ed|ing)|agreed\s+(?:to|on)(?=\s+(?:the|a|an|its|his|her|their)\s)`],
  ['approved', String.raw`approv(?:es|ed|ing)|clear(?:s|ed|ing)|greenlit|rubber-stamp(?:s|ed)`],
  ['blocked', String.raw`block(?:s|ed|ing)|veto(?:es|ed|ing)`],
  ['terminated', String.raw`terminat(?:es|ed|ing)|cancel(?:s|led|ed|ling|ing)|scrap(?:s|ped|ping)|abandon(?:s|ed|ing)|call(?:s|ed|ing)\s+off|walk(?:s|ed|ing)\s+away\s+from|pull(?:s|ed|ing)\s+out\s+of|back(?:s|ed|ing)\s+out\s+of`],
  ['completed', String.raw`complet(?:es|ed|ing)|clos(?:es|ed|ing)|finali[sz](?:es|ed|ing)|wrap(?:s|ped|ping)\s+up`],
];

/** Participles of a passive ("the deal was completed") or intransitive ("the deal closed") report, by state. */
const PASSIVE: readonly [DealState, string][] = [
  ['proposed', 'proposed'],
  ['rejected', 'rejected|rebuffed|turned down'],
  ['agreed', 'signed|accepted|agreed|sealed|struck|inked'],
  ['approved', 'approved|cleared'],
  ['blocked', 'blocked|vetoed'],
  ['terminated', 'terminated|cancell?ed|scrapped|abandoned|called off'],
  ['completed', 'completed|closed|finali[sz]ed'],
];

/** Nouns that name a deal; `offer` and `bid` only when they are offers to buy. */
const DEAL_NOUN = String.raw`acquisitions?|takeovers?|buyouts?|mergers?|purchases?|deals?|agreements?|tie-ups?|offers?|bids?`;
/** Words that may stand between the verb and the deal noun: articles, possessives, amounts, names and modifiers. */
const NOUN_LEAD = String.raw`(?:(?:[\p{L}$€£¥\d][\p{L}\p{N}.$€£¥'’&-]*|“[^”]{1,30}”|"[^"]{1,30}")\s+){0,6}?`;
/** Each state's verb forms, whole, to tell which state a matched verb reports. */
const ACTIVE_STATE = ACTIVE.map(([state, v]) => [state, new RegExp(`^(?:${v})$`, 'iu')] as const);
const PASSIVE_STATE = PASSIVE.map(([state, v]) => [state, new RegExp(`^(?:${v})$`, 'i')] as const);
const ACTIVE_RE = new RegExp(
  String.raw`\b(?<verb>${ACTIVE.map(([, v]) => `(?:${v})`).join('|')})\s+(?<lead>${NOUN_LEAD})(?<noun>${DEAL_NOUN})\b(?<after>[^.;:!?]{0,40})`,
  'giu',
);
const PASSIVE_RE = new RegExp(
  String.raw`\b(?<noun>${DEAL_NOUN})\s+(?:(?:was|were|is|are|has been|have been|had been|got)\s+(?:(?:formally|officially|finally|now|just)\s+)?)?(?<verb>${PASSIVE.map(([, v]) => v).join('|')})\b`,
  'giu',
);
/** An offer or bid to buy: the offer noun must be followed by a verb of buying or preceded by a word of takeover. */
const BUYING_AFTER = /^\s+(?:to\s+(?:buy|acquire|purchase|take\s+over|take\s+(?:the\s+company|it)\s+private)|for\s+\p{Lu})/u;
const BUYING_LEAD = /\b(?:takeover|buyout|acquisition|merger|purchase)\s+$/i;
/** Words before a verb in its clause that keep it from reporting the state as done: modals, infinitives, negation, conditions. */
const NOT_DONE =
  /\b(?:will|would|could|may|might|should|can|shall|must|not|never|no longer|if|whether|once|until|unless|when|before)\s+(?:\p{L}+\s+){0,2}$|n[’']t\s+(?:\p{L}+\s+){0,2}$|\bto\s+(?:\p{L}+ly\s+)?$|\b(?:in|of|for|from|by|about|without|after|against|on)\s+$/iu;
/** A progressive `-ing` reports a state only after a form of "be" ("is terminating", "he's terminating"). */
const BE_BEFORE = /(?:\b(?:is|are|was|were|am|be|been)|[’']s|[’']re)\s+(?:(?:now|formally|officially|finally)\s+)?$/i;

/** The kind of deal a noun phrase names (`acquisition` for every buying noun, `merger`, else the phrase's last two words). */
function dealKind(lead: string, noun: string): string {
  const n = noun.toLowerCase().replace(/s$/, '');
  if (/^(?:acquisition|takeover|buyout|purchase|offer|bid)$/.test(n)) return 'acquisition';
  if (n === 'merger' || n === 'tie-up') return 'merger';
  // "the $44B Twitter buyout deal" is an acquisition; "the trade deal" a trade deal.
  if (/\b(?:buyout|takeover|acquisition|purchase)\s*$/i.test(lead)) return 'acquisition';
  if (/\bmerger\s*$/i.test(lead)) return 'merger';
  const modifier = /([a-z][a-z-]+)\s*$/.exec(lead)?.[1];
  return modifier && !/^(?:the|a|an|its|his|her|their|this|that|these|those|final|new|proposed|planned|definitive|tentative|landmark|historic|billion|million)$/.test(modifier)
    ? `${modifier} ${n}`
    : n;
}

/** A sentence that tells an earlier stage of the story: its reports are history, not the deal's state now. */
const EARLIER_OPENING = /^\W*(?:previously|initially|originally|at first|before that|earlier(?: this| that| last)?(?: year| month| week)?|last (?:year|month|week)|in (?:19|20)\d\d)\b/i;

/** The reports of a deal's state in one sentence; none in a sentence that tells the story's past ("Earlier this year, …"). */
export function findDealStatuses(s: Sentence): DealStatusMention[] {
  const out: DealStatusMention[] = [];
  const text = s.text;
  if (EARLIER_OPENING.test(text)) return out;
  ACTIVE_RE.lastIndex = 0;
  for (let m = ACTIVE_RE.exec(text); m !== null; m = ACTIVE_RE.exec(text)) {
    const { verb, lead, noun, after } = m.groups!;
    const state = ACTIVE_STATE.find(([, form]) => form.test(verb!))?.[0];
    if (!state) continue;
    // A clause boundary between the verb and the noun: the noun is not its object. "struck no deal" reports none;
    // "reached by mutual agreement" is a passive whose agent is no deal.
    if (/[,;:()]/.test(lead!) || /^(?:no|by|without)\s/i.test(lead!)) continue;
    if (/^(?:offers?|bids?)$/i.test(noun!) && !BUYING_AFTER.test(after!) && !BUYING_LEAD.test(lead!)) continue;
    // "made an offer" proposes; "accepted an offer" agrees. The light verbs of `proposed` need an offer or bid.
    if (state === 'proposed' && !/^propos/i.test(verb!) && !/^(?:offers?|bids?)$/i.test(noun!)) continue;
    if (!reportsDone(text.slice(0, m.index), verb!)) continue;
    // "the proposed acquisition", "a signed agreement": a participle after a determiner modifies the noun.
    if (/(?:\b(?:the|a|an|its|his|her|their|this|that|any)|[’']s)\s+$/i.test(text.slice(0, m.index))) continue;
    const nounEnd = m.index + m[0].length - after!.length;
    const nounStart = nounEnd - noun!.length - lead!.length;
    out.push({
      start: s.start + m.index, end: s.start + nounEnd, state, nounStart: s.start + nounStart, nounEnd: s.start + nounEnd,
      deal: dealKind(lead!, noun!), rule: `status.${state}`,
    });
  }
  PASSIVE_RE.lastIndex = 0;
  for (let m = PASSIVE_RE.exec(text); m !== null; m = PASSIVE_RE.exec(text)) {
    const { noun, verb } = m.groups!;
    const state = PASSIVE_STATE.find(([, form]) => form.test(verb!))?.[0];
    if (!state) continue;
    if (/^(?:offers?|bids?)$/i.test(noun!)) continue;
    const verbAt = m.index + m[0].length - verb!.length;
    // A modal, negation or condition before the noun ("once the deal is finalized") reports no state; one between the
    // noun and the verb ("the deal will be completed") is no form PASSIVE_RE matches.
    if (!reportsDone(text.slice(0, m.index), '')) continue;
    const lead = /((?:[\p{L}$€£¥\d][\p{L}\p{N}.$€£¥'’&-]*\s+){0,3})$/u.exec(text.slice(0, m.index))?.[1] ?? '';
    out.push({
      start: s.start + m.index, end: s.start + verbAt + verb!.length, state, nounStart: s.start + m.index, nounEnd: s.start + m.index + noun!.length,
      deal: dealKind(lead, noun!), rule: `status.${state}.passive`,
    });
  }
  out.push(...ownedBy(s));
  return out.sort((a, b) => a.start - b.start);
}

/** A company's name: capitalised words (`US Steel`, `Nippon Steel`, `Procter & Gamble`). */
const COMPANY = String.raw`\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}`;
/** "US Steel, now owned by Nippon Steel", "Corvo, which was acquired by Orbis": the company changed hands, so its acquisition is done. */
const OWNED_BY = new RegExp(
  String.raw`(?<target>${COMPANY})\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|has been|had been|are|were)\s+)?(?:(?<now>now)\s+)?(?<verb>owned|acquired|bought|taken over|purchased)\s+by\s+(?<buyer>${COMPANY})`,
  'gu',
);

/** The acquisitions a sentence reports as done by naming the buyer of a company ("now owned by", "was acquired by"). */
function ownedBy(s: Sentence): DealStatusMention[] {
  const out: DealStatusMention[] = [];
  OWNED_BY.lastIndex = 0;
  for (let m = OWNED_BY.exec(s.text); m !== null; m = OWNED_BY.exec(s.text)) {
    const { target, now, verb, buyer } = m.groups!;
    // Owning is a state that may be old; only "now owned by" reports a change of hands.
    // A modal before the company governs another verb ("could regulators unwind X, now owned by Y"); one before the
    // participle ("X could be acquired by Y") is no form this matches.
    if (verb === 'owned' && !now) continue;
    // "Japanese Nippon": a nationality before the buyer's name is no part of it.
    const words = tidy(buyer!).split(/\s+/);
    while (words.length > 1 && isCountryWord(words[0]!)) words.shift();
    const start = s.start + m.index;
    out.push({
      start, end: start + m[0].length, state: 'completed', nounStart: start, nounEnd: start + target!.length,
      deal: 'acquisition', name: `${words.join(' ')} acquisition of ${tidy(target!)}`, rule: 'status.completed.owned-by',
    });
  }
  return out;
}

/** Whether the words before a verb let it report a state as done or under way. */
function reportsDone(before: string, verb: string): boolean {
  const clause = before.split(/[,;:—–]/).at(-1) ?? before;
  if (NOT_DONE.test(clause)) return false;
  if (/ing$/i.test(verb.split(/\s+/)[0]!) && !BE_BEFORE.test(clause)) return false;
  return true;
}

/**
 * Where an undertaking stands, as a sentence reports it: a deal ("Twitter has accepted Musk's offer to acquire the
 * company": agreed; "the merger was blocked by regulators": blocked), a bill ("the Senate passed the bill":
 * approved; "the governor signed the bill into law": enacted), a plan or project ("the council approved the plan",
 * "the ministry shelved the project", "the sides are close to finalizing the first projects": close to final), a
 * strike ("workers went on strike", "the union called off the strike") or a lawsuit ("filed a lawsuit", "the
 * charges were dropped"). A verb of the thing's life with its noun as the object, or the noun as the subject of its
 * passive or intransitive verb; each class of thing has its own verbs, so `signed` agrees a deal but enacts a bill.
 *
 * Only what the sentence reports as done, under way or near its end counts: a modal, an infinitive, a negation or a
 * condition before the verb ("will accept", "expected to approve", "has not decided", "once the deal is finalized")
 * reports no stage, and a hedged nearness ("close to finalizing", "on the verge of a deal") is its own stage,
 * `close to final`, never the stage it is close to. Pure: one sentence at a time.
 */
import type { Stage } from '../model/index.js';
import type { Sentence } from './sentence.js';
import { isCountryWord, tidy } from '../lexicon/vocabulary.js';

/** One report of a thing's stage in a sentence. */
export interface StatusMention {
  /** Offsets in the article text: the verb and the noun phrase. */
  start: number;
  end: number;
  state: Stage;
  /** Offsets in the article text of the noun phrase (its words, without the verb). */
  nounStart: number;
  nounEnd: number;
  /** What the noun names: `acquisition`, `merger`, else the noun phrase's last modifier and noun (`trade deal`, `pension reform`, `bill`). */
  deal: string;
  /** The class of thing: a deal's stage may be named by its acquisition project, the others by their noun. */
  thing: Thing;
  /**
   * The thing's name: the deal's where the sentence gives both parties (`Nippon acquisition of US Steel` for "US Steel,
   * now owned by Nippon"), or the title the sentence names it by (`Clean Air Act`).
   */
  name?: string;
  /** The name is a title read from capitals (`thingName`), which a title-case heading does not give. */
  titled?: boolean;
  rule: string;
}

/** The classes of thing whose stage a sentence reports. */
export type Thing = 'deal' | 'bill' | 'plan' | 'strike' | 'case' | 'event';

/**
 * The stages in the order a thing goes through them; an article reporting several stages of one thing reports the
 * last as its state. Ends (blocked, terminated, enacted, dismissed) follow every stage before them.
 */
export const STAGE_ORDER: Record<Stage, number> = {
  proposed: 0, filed: 0, 'close to final': 1, rejected: 1, agreed: 2, approved: 3, launched: 4, enacted: 5, suspended: 5,
  blocked: 5, terminated: 5, dismissed: 5, settled: 6, ended: 6, completed: 6,
};

interface ThingClass {
  thing: Thing;
  /** Nouns naming the thing (a regular-expression alternation). */
  nouns: string;
  /** The noun must be written in lower case (`bill`, never `Bill Gates`). */
  lowerCase: boolean;
  /** Verbs in active finite forms (or a progressive `-ing` after a form of "be"), by the stage they report. */
  active: readonly [Stage, string][];
  /** Participles of a passive ("the bill was passed") or intransitive ("the strike ended") report, by stage. */
  passive: readonly [Stage, string][];
  /** Words between the verb and the noun may hold a preposition (`signed billions of euros in business deals`). */
  prepositionsInLead: boolean;
}

const DEAL: ThingClass = {
  thing: 'deal',
  nouns: String.raw`acquisitions?|takeovers?|buyouts?|mergers?|purchases?|deals?|agreements?|tie-ups?|offers?|bids?|accords?|pacts?|treaty|treaties|contracts?|cease-?fires?|truces?|settlements?`,
  lowerCase: false,
  active: [
    ['proposed', String.raw`propos(?:es|ed|ing)|made|makes|making|submitted|submits|launched|launches|tabled|tables`],
    ['rejected', String.raw`reject(?:s|ed|ing)|rebuff(?:s|ed|ing)|turn(?:s|ed|ing)\s+down|spurn(?:s|ed|ing)`],
    ['agreed', String.raw`accept(?:s|ed|ing)|sign(?:s|ed|ing)|ink(?:s|ed|ing)|str(?:uck|ikes|iking)|reach(?:es|ed|ing)|seal(?:s|ed|ing)|clinch(?:es|ed|ing)|agreed\s+(?:to|on)(?=\s+(?:the|a|an|its|his|her|their)\s)`],
    ['approved', String.raw`approv(?:es|ed|ing)|clear(?:s|ed|ing)|greenlit|rubber-stamp(?:s|ed)|ratif(?:ies|ied|ying)`],
    ['blocked', String.raw`block(?:s|ed|ing)|veto(?:es|ed|ing)`],
    ['terminated', String.raw`terminat(?:es|ed|ing)|cancel(?:s|led|ed|ling|ing)|scrap(?:s|ped|ping)|abandon(?:s|ed|ing)|call(?:s|ed|ing)\s+off|walk(?:s|ed|ing)\s+away\s+from|pull(?:s|ed|ing)\s+out\s+of|back(?:s|ed|ing)\s+out\s+of`],
    ['completed', String.raw`complet(?:es|ed|ing)|clos(?:es|ed|ing)|finali[sz](?:es|ed|ing)|wrap(?:s|ped|ping)\s+up`],
  ],
  passive: [
    ['proposed', 'proposed'],
    ['rejected', 'rejected|rebuffed|turned down'],
    ['agreed', 'signed|accepted|agreed|sealed|struck|inked'],
    ['approved', 'approved|cleared|ratified'],
    ['blocked', 'blocked|vetoed'],
    ['terminated', 'terminated|cancell?ed|scrapped|abandoned|called off|collapsed|fell through|fell apart'],
    ['completed', 'completed|closed|finali[sz]ed'],
  ],
  prepositionsInLead: true,
};

const BILL: ThingClass = {
  thing: 'bill',
  nouns: String.raw`bills?|legislation|amendments?|acts?`,
  lowerCase: true,
  active: [
    ['proposed', String.raw`introduc(?:es|ed|ing)|propos(?:es|ed|ing)|tabled|tables|unveil(?:s|ed|ing)|submit(?:s|ted|ting)`],
    // A party or critic that "rejected the bill" opposes it; a chamber votes it down or defeats it.
    ['rejected', String.raw`vot(?:es|ed|ing)\s+down|defeat(?:s|ed|ing)`],
    ['approved', String.raw`pass(?:es|ed|ing)|approv(?:es|ed|ing)|adopt(?:s|ed|ing)|ratif(?:ies|ied|ying)`],
    ['enacted', String.raw`sign(?:s|ed|ing)|enact(?:s|ed|ing)`],
    ['blocked', String.raw`block(?:s|ed|ing)|veto(?:es|ed|ing)|str(?:uck|ikes|iking)\s+down|overturn(?:s|ed|ing)`],
    ['terminated', String.raw`withdr(?:ew|aws|awing)|scrap(?:s|ped|ping)|shelv(?:es|ed|ing)|abandon(?:s|ed|ing)`],
  ],
  passive: [
    ['proposed', 'introduced|proposed|tabled|unveiled'],
    ['rejected', 'rejected|defeated|voted down'],
    ['approved', 'passed|approved|adopted|ratified'],
    ['enacted', 'signed into law|enacted|became law'],
    ['blocked', 'blocked|vetoed|struck down|overturned'],
    ['terminated', 'withdrawn|scrapped|shelved|abandoned'],
  ],
  prepositionsInLead: false,
};

const PLAN: ThingClass = {
  thing: 'plan',
  nouns: String.raw`plans?|projects?|programmes?|programs?|schemes?|proposals?|reforms?|initiatives?`,
  lowerCase: true,
  active: [
    ['proposed', String.raw`propos(?:es|ed|ing)|unveil(?:s|ed|ing)|announc(?:es|ed|ing)|present(?:s|ed|ing)|submit(?:s|ted|ting)|tabled|tables|put\s+forward|puts\s+forward|putting\s+forward`],
    // Opponents "reject" a plan they have no say on; a body that decides votes it down (or it is rejected, passive).
    ['rejected', String.raw`vot(?:es|ed|ing)\s+down`],
    ['approved', String.raw`approv(?:es|ed|ing)|adopt(?:s|ed|ing)|endors(?:es|ed|ing)|greenlit|green-lit|rubber-stamp(?:s|ed)`],
    ['launched', String.raw`launch(?:es|ed|ing)|start(?:s|ed|ing)|beg[ia]n|begins|beginning|kick(?:s|ed|ing)\s+off|roll(?:s|ed|ing)\s+out|inaugurat(?:es|ed|ing)`],
    ['suspended', String.raw`suspend(?:s|ed|ing)|halt(?:s|ed|ing)|postpon(?:es|ed|ing)|froze|freez(?:es|ing)|put\s+on\s+hold`],
    ['blocked', String.raw`block(?:s|ed|ing)|veto(?:es|ed|ing)`],
    ['terminated', String.raw`cancel(?:s|led|ed|ling|ing)|scrap(?:s|ped|ping)|abandon(?:s|ed|ing)|shelv(?:es|ed|ing)|drop(?:s|ped|ping)|ax(?:es|ed|ing)|withdr(?:ew|aws|awing)|call(?:s|ed|ing)\s+off`],
    ['completed', String.raw`complet(?:es|ed|ing)|finish(?:es|ed|ing)`],
  ],
  passive: [
    ['proposed', 'proposed|unveiled|announced|presented|submitted|tabled'],
    ['rejected', 'rejected|turned down|voted down'],
    ['approved', 'approved|adopted|endorsed'],
    ['launched', 'launched|inaugurated|rolled out|kicked off'],
    ['suspended', 'suspended|halted|postponed|frozen|put on hold'],
    ['blocked', 'blocked|vetoed'],
    ['terminated', 'cancell?ed|scrapped|abandoned|shelved|dropped|axed|withdrawn|called off'],
    ['completed', 'completed|finished'],
  ],
  prepositionsInLead: false,
};

const STRIKE: ThingClass = {
  thing: 'strike',
  nouns: String.raw`strikes?|walkouts?|stoppages?`,
  lowerCase: true,
  active: [
    ['launched', String.raw`stag(?:es|ed|ing)|beg[ia]n|begins|start(?:s|ed)`],
    ['suspended', String.raw`suspend(?:s|ed|ing)`],
    ['terminated', String.raw`call(?:s|ed|ing)\s+off|cancel(?:s|led|ed|ling|ing)`],
    ['ended', String.raw`end(?:s|ed|ing)`],
  ],
  passive: [
    ['launched', 'began|started|staged'],
    ['suspended', 'suspended'],
    ['terminated', 'called off|cancell?ed'],
    ['ended', 'ended'],
  ],
  prepositionsInLead: false,
};

const CASE: ThingClass = {
  thing: 'case',
  nouns: String.raw`lawsuits?|suits?|complaints?|charges|cases?|appeals?`,
  lowerCase: true,
  active: [
    ['filed', String.raw`fil(?:es|ed|ing)|lodg(?:es|ed|ing)|brought|brings|bringing`],
    ['rejected', String.raw`reject(?:s|ed|ing)`],
    ['dismissed', String.raw`dismiss(?:es|ed|ing)|thr(?:ew|ows|owing)\s+out|toss(?:es|ed|ing)\s+out|drop(?:s|ped|ping)`],
    ['settled', String.raw`settl(?:es|ed|ing)`],
  ],
  passive: [
    ['filed', 'filed|lodged|brought'],
    ['rejected', 'rejected'],
    ['dismissed', 'dismissed|thrown out|tossed out|dropped'],
    ['settled', 'settled'],
  ],
  prepositionsInLead: false,
};

/**
 * A scheduled event or service: only its cancellation or postponement is a stage a sentence reports as news ("the
 * telecast was cancelled", "organisers postponed the vote", "talks broke down"); its taking place is no stage here.
 */
const EVENT: ThingClass = {
  thing: 'event',
  nouns: String.raw`ceremon(?:y|ies)|telecasts?|concerts?|festivals?|rall(?:y|ies)|races?|tours?|matche?s?|games?|summits?|visits?|votes?|meetings?|talks|negotiations|conferences?|trips?|hearings?|trials?|flights?|parades?|shows?|events?|fixtures?`,
  lowerCase: true,
  active: [
    ['suspended', String.raw`postpon(?:es|ed|ing)|suspend(?:s|ed|ing)|adjourn(?:s|ed|ing)`],
    ['terminated', String.raw`cancel(?:s|led|ed|ling|ing)|call(?:s|ed|ing)\s+off|scrap(?:s|ped|ping)`],
  ],
  passive: [
    ['suspended', 'postponed|suspended|adjourned'],
    ['terminated', 'cancell?ed|called off|scrapped|broke down|broken down|collapsed|broke off|broken off'],
  ],
  prepositionsInLead: false,
};

const CLASSES: readonly ThingClass[] = [DEAL, BILL, PLAN, STRIKE, CASE, EVENT];

/** Words that may stand between the verb and the noun: articles, possessives, amounts, names and modifiers. */
const NOUN_LEAD = String.raw`(?:(?:[\p{L}$€£¥\d][\p{L}\p{N}.$€£¥'’&-]*|“[^”]{1,30}”|"[^"]{1,30}")\s+){0,6}?`;
/** A preposition in a lead: the noun is the object of another word (`launched an attack on the project`). */
const LEAD_PREPOSITION = /\b(?:of|in|on|at|for|to|with|against|into|by|from|about|over|under|after|before|between|than)\s/i;
/** Kinds of strike that are no labour action. */
const NOT_LABOUR = /\b(?:air|missile|drone|military|rocket|nuclear|pre-?emptive|surgical|precision|aerial|naval|retaliatory|artillery|lightning|counter|bowling|first|second|third)[\s-]*$/i;

interface CompiledClass {
  c: ThingClass;
  activeRe: RegExp;
  passiveRe: RegExp;
  activeState: readonly (readonly [Stage, RegExp])[];
  passiveState: readonly (readonly [Stage, RegExp])[];
}

const COMPILED: readonly CompiledClass[] = CLASSES.map((c) => ({
  c,
  activeRe: new RegExp(
    String.raw`\b(?<verb>${c.active.map(([, v]) => `(?:${v})`).join('|')})\s+(?<lead>${NOUN_LEAD})(?<noun>${c.nouns})\b(?<after>[^.;:!?]{0,40})`,
    'giu',
  ),
  passiveRe: new RegExp(
    String.raw`\b(?<noun>${c.nouns})\s+(?:(?:was|were|is|are|has been|have been|had been|got)\s+(?:(?:formally|officially|finally|now|just|unanimously|narrowly|quietly)\s+)?)?(?<verb>${c.passive.map(([, v]) => v).join('|')})\b`,
    'giu',
  ),
  activeState: c.active.map(([state, v]) => [state, new RegExp(`^(?:${v})$`, 'iu')] as const),
  passiveState: c.passive.map(([state, v]) => [state, new RegExp(`^(?:${v})$`, 'i')] as const),
}));

/** An offer or bid to buy: the offer noun must be followed by a verb of buying or preceded by a word of takeover. */
const BUYING_AFTER = /^\s+(?:to\s+(?:buy|acquire|purchase|take\s+over|take\s+(?:the\s+company|it)\s+private)|for\s+\p{Lu})/u;
const BUYING_LEAD = /\b(?:takeover|buyout|acquisition|merger|purchase)\s+$/i;
/** Words before a verb in its clause that keep it from reporting the state as done: modals, infinitives, negation, conditions. */
const NOT_DONE =
  /\b(?:will|would|could|may|might|should|can|shall|must|not|never|no longer|if|whether|once|until|unless|when|before)\s+(?:\p{L}+\s+){0,2}$|n[’']t\s+(?:\p{L}+\s+){0,2}$|\bto\s+(?:\p{L}+ly\s+)?$|\b(?:in|of|for|from|by|about|without|after|against|on)\s+$/iu;
/** A condition opening the verb's clause, however long its subject ("if the International Council rejected the appeal"). */
const CONDITION = /\b(?:if|unless|whether|once|until)\s/i;
/** A progressive `-ing` reports a state only after a form of "be" ("is terminating", "he's terminating"). */
const BE_BEFORE = /(?:\b(?:is|are|was|were|am|be|been)|[’']s|[’']re)\s+(?:(?:now|formally|officially|finally)\s+)?$/i;

/** Modifiers that say nothing of which thing it is. */
const PLAIN_MODIFIER =
  /^(?:the|a|an|its|his|her|their|our|this|that|these|those|final|new|proposed|planned|definitive|tentative|landmark|historic|billion|million|potential|possible|first|initial|latest|current|second|third|two|three|four|five|several|some|such|same|similar|major|key|big|huge|massive|ambitious|controversial|joint|separate|another|other|long-awaited|much-anticipated|whole|entire|full|all|unique|most|important|and|or|nor|but|said|says|own)$/;

/** The kind of thing a noun phrase names: `acquisition` for every buying noun, `merger`, else the phrase's last modifier and its noun. */
function thingKind(lead: string, noun: string): string {
  const lower = noun.toLowerCase();
  // Nouns used in the plural for one thing keep it (`charges`, `talks`).
  const n = /^(?:charges|talks|negotiations)$/.test(lower) ? lower : lower.replace(/ies$/, 'y').replace(/s$/, '');
  if (/^(?:acquisition|takeover|buyout|purchase|offer|bid)$/.test(n)) return 'acquisition';
  if (n === 'merger' || n === 'tie-up') return 'merger';
  // "the $44B Twitter buyout deal" is an acquisition; "the trade deal" a trade deal.
  if (/\b(?:buyout|takeover|acquisition|purchase)\s*$/i.test(lead)) return 'acquisition';
  if (/\bmerger\s*$/i.test(lead)) return 'merger';
  const modifier = /(?:^|\s)([a-z][a-z-]+)\s*$/.exec(lead)?.[1];
  return modifier && !PLAIN_MODIFIER.test(modifier) ? `${modifier} ${n}` : n;
}

/** A sentence that tells an earlier stage of the story: its reports are history, not the thing's state now. */
const EARLIER_OPENING = /^\W*(?:previously|initially|originally|at first|before that|earlier(?: this| that| last)?(?: year| month| week)?|last (?:year|month|week)|in (?:19|20)\d\d)\b/i;

/** Nearness to a thing's end: "close to finalizing", "nearing a deal", "on the verge of an agreement". */
const NEAR = String.raw`close\s+to|closer\s+to|near|nearing|on\s+the\s+verge\s+of|in\s+the\s+final\s+stages?\s+of|closing\s+in\s+on`;
const NEAR_GERUND = String.raw`finali[sz]ing|completing|reaching|signing|sealing|clinching|striking|agreeing\s+on|approving|passing|settling|concluding`;
const ALL_NOUNS = CLASSES.map((c) => c.nouns).join('|');
const NEAR_RE = new RegExp(
  String.raw`\b(?<verb>${NEAR})\s+(?:(?<gerund>${NEAR_GERUND})\s+)?(?<lead>${NOUN_LEAD})(?<noun>${ALL_NOUNS})\b`,
  'giu',
);
/** Nearness is reported of its subject by a form of "be" ("the sides are close to", "talks were nearing"), perhaps with a degree word. */
const BE_NEAR = /(?:\b(?:is|are|was|were|am|be|been)|[’']s|[’']re)\s+(?:(?:now|very|increasingly|getting|edging|moving|drawing|also|still)\s+){0,2}$/i;
/** Without a gerund only a deal's noun is what a side is near ("close to a deal"): "near the project" is a place. */
const DEAL_NOUN_WHOLE = new RegExp(`^(?:${DEAL.nouns})$`, 'iu');

/** "workers went on strike", "nurses are on strike": a strike under way. */
const ON_STRIKE = /\b(?<verb>went|go|goes|going|gone|is|are|was|were|remain(?:s|ed)?|stay(?:s|ed)?)\s+on\s+(?<lead>(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{Ll}-]+\s+)?)(?<noun>strike)\b/gu;

/** The reports of a thing's stage in one sentence; none in a sentence that tells the story's past ("Earlier this year, …"). */
export function findStatuses(s: Sentence): StatusMention[] {
  const out: StatusMention[] = [];
  const text = s.text;
  if (EARLIER_OPENING.test(text)) return out;
  for (const k of COMPILED) {
    out.push(...activeReports(s, k), ...passiveReports(s, k));
  }
  out.push(...nearReports(s), ...onStrike(s), ...ownedBy(s));
  // One span reported by two classes' rules (a noun two classes share): the first found stands.
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((m) => {
      const key = `${m.nounStart}:${m.nounEnd}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function activeReports(s: Sentence, k: CompiledClass): StatusMention[] {
  const out: StatusMention[] = [];
  const text = s.text;
  const { c } = k;
  k.activeRe.lastIndex = 0;
  for (let m = k.activeRe.exec(text); m !== null; m = k.activeRe.exec(text)) {
    const { verb, lead, noun, after } = m.groups!;
    const state = k.activeState.find(([, form]) => form.test(verb!))?.[0];
    if (!state) continue;
    const name = thingName(lead!, noun!);
    if (c.lowerCase && name === null && !isLowerNoun(noun!)) continue;
    // A clause boundary between the verb and the noun: the noun is not its object. "struck no deal" reports none;
    // "reached by mutual agreement" is a passive whose agent is no deal.
    if (/[,;:()]/.test(lead!) || /^(?:no|by|without)\s/i.test(lead!)) continue;
    if (!c.prepositionsInLead && LEAD_PREPOSITION.test(` ${lead!}`)) continue;
    // "postponed launching their own talks": a gerund is the verb's object, the noun its.
    if (!c.prepositionsInLead && /^\p{L}+ing\s/u.test(lead!)) continue;
    if (c.thing === 'strike' && NOT_LABOUR.test(lead!)) continue;
    if (c.thing === 'deal') {
      if (/^(?:offers?|bids?)$/i.test(noun!) && !BUYING_AFTER.test(after!) && !BUYING_LEAD.test(lead!)) continue;
      // "made an offer" proposes; "accepted an offer" agrees. The light verbs of `proposed` need an offer or bid.
      if (state === 'proposed' && !/^propos/i.test(verb!) && !/^(?:offers?|bids?)$/i.test(noun!)) continue;
    }
    // A bill signed is law only when its signer signs it as law; "signed the bill" by a head of state is the usual report.
    if (!reportsDone(text.slice(0, m.index), verb!)) continue;
    // "the proposed acquisition", "a signed agreement": a participle after a determiner modifies the noun.
    if (/(?:\b(?:the|a|an|its|his|her|their|this|that|any)|[’']s)\s+$/i.test(text.slice(0, m.index))) continue;
    const nounEnd = m.index + m[0].length - after!.length;
    const nounStart = nounEnd - noun!.length - lead!.length;
    out.push({
      start: s.start + m.index, end: s.start + nounEnd, state, nounStart: s.start + nounStart, nounEnd: s.start + nounEnd,
      deal: thingKind(lead!, noun!), thing: c.thing, ...(name === null ? {} : { name, titled: true }), rule: `status.${c.thing === 'deal' ? '' : `${c.thing}.`}${stateRule(state)}`,
    });
  }
  return out;
}

function passiveReports(s: Sentence, k: CompiledClass): StatusMention[] {
  const out: StatusMention[] = [];
  const text = s.text;
  const { c } = k;
  k.passiveRe.lastIndex = 0;
  for (let m = k.passiveRe.exec(text); m !== null; m = k.passiveRe.exec(text)) {
    const { noun, verb } = m.groups!;
    const state = k.passiveState.find(([, form]) => form.test(verb!.replace(/\s+/g, ' ')))?.[0];
    if (!state) continue;
    const before = text.slice(0, m.index);
    const name = thingName(before, noun!);
    // A sentence's first word is capitalised for the sentence ("Talks broke down"), but "Bill" opening one is a name.
    const opening = /^\W*$/u.test(before) && !/^Bill$/.test(noun!);
    if (c.lowerCase && name === null && !isLowerNoun(opening ? noun!.toLowerCase() : noun!)) continue;
    if (c.thing === 'deal' && /^(?:offers?|bids?)$/i.test(noun!)) continue;
    if (c.thing === 'strike' && NOT_LABOUR.test(before)) continue;
    // "the charges he filed", "a plan proposed by": the noun is the subject. But a noun ending a phrase another noun
    // heads ("the phone bill passed") cannot be told apart here; the classes' nouns are rarely such modifiers.
    const verbAt = m.index + m[0].length - verb!.length;
    // A modal, negation or condition before the noun ("once the deal is finalized") reports no state; one between the
    // noun and the verb ("the deal will be completed") is no form the expression matches.
    if (!reportsDone(before, '')) continue;
    // "Plans announced" and "charges filed" after a verb are its object, not a report ("he made plans announced …" is rare,
    // but "faces charges filed" is the charges' report): only a preposition before the noun makes it no subject.
    const lead = /((?:[\p{L}$€£¥\d][\p{L}\p{N}.$€£¥'’&-]*\s+){0,3})$/u.exec(before)?.[1] ?? '';
    out.push({
      start: s.start + m.index, end: s.start + verbAt + verb!.length, state, nounStart: s.start + m.index, nounEnd: s.start + m.index + noun!.length,
      deal: thingKind(lead, noun!), thing: c.thing, ...(name === null ? {} : { name, titled: true }), rule: `status.${c.thing === 'deal' ? '' : `${c.thing}.`}${stateRule(state)}.passive`,
    });
  }
  return out;
}

/**
 * The name of a thing the sentence names by a title, its noun capitalised after capitalised words (`the Clean Air
 * Act`, `the Keystone XL Project`, `the Good Friday Agreement`); null otherwise. A possessive is an owner, not a
 * name (`Acme's Plan`), and a capitalised noun alone (`Plan B`, `Bill`) names nothing.
 */
function thingName(lead: string, noun: string): string | null {
  if (!/^\p{Lu}\p{Ll}/u.test(noun)) return null;
  const run = /(?:^|\s)((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){1,5})$/u.exec(lead)?.[1];
  if (!run) return null;
  const words = run.trim().split(/\s+/);
  while (words.length > 0 && /^(?:The|A|An|This|That|Its|Their)$/.test(words[0]!)) words.shift();
  return words.length > 0 ? tidy(`${words.join(' ')} ${noun}`) : null;
}

/** A class noun in lower case; `act` only as a named law's (`the Clean Air Act`), never the common word. */
function isLowerNoun(noun: string): boolean {
  return /^\p{Ll}/u.test(noun) && !/^acts?$/.test(noun);
}

/** "close to final" → `close-to-final`: rule names are single tokens. */
function stateRule(state: Stage): string {
  return state.replace(/\s+/g, '-');
}

/** The class a noun belongs to (the first whose nouns it is). */
function classOf(noun: string): ThingClass {
  return CLASSES.find((c) => new RegExp(`^(?:${c.nouns})$`, 'iu').test(noun)) ?? DEAL;
}

/** "The sides are close to finalizing the plan", "the two firms were nearing a deal": near the end, not at it. */
function nearReports(s: Sentence): StatusMention[] {
  const out: StatusMention[] = [];
  const text = s.text;
  NEAR_RE.lastIndex = 0;
  for (let m = NEAR_RE.exec(text); m !== null; m = NEAR_RE.exec(text)) {
    const { gerund, lead, noun } = m.groups!;
    const c = classOf(noun!);
    const name = thingName(lead!, noun!);
    if (c.lowerCase && name === null && !isLowerNoun(noun!)) continue;
    if (!gerund && !DEAL_NOUN_WHOLE.test(noun!)) continue;
    if (/[,;:()]/.test(lead!) || /^(?:no|by|without)\s/i.test(lead!) || LEAD_PREPOSITION.test(` ${lead!}`)) continue;
    const before = text.slice(0, m.index);
    if (!BE_NEAR.test(before) || !reportsDone(before.replace(BE_NEAR, ''), '')) continue;
    const nounEnd = m.index + m[0].length;
    const nounStart = nounEnd - noun!.length - lead!.length;
    out.push({
      start: s.start + m.index, end: s.start + nounEnd, state: 'close to final', nounStart: s.start + nounStart, nounEnd: s.start + nounEnd,
      deal: thingKind(lead!, noun!), thing: c.thing, ...(name === null ? {} : { name, titled: true }), rule: `status.${c.thing === 'deal' ? '' : `${c.thing}.`}close-to-final`,
    });
  }
  return out;
}

/** "Nurses went on strike", "the drivers are on strike": a strike under way. */
function onStrike(s: Sentence): StatusMention[] {
  const out: StatusMention[] = [];
  const text = s.text;
  ON_STRIKE.lastIndex = 0;
  for (let m = ON_STRIKE.exec(text); m !== null; m = ON_STRIKE.exec(text)) {
    const { lead, noun } = m.groups!;
    if (NOT_LABOUR.test(lead!) || !reportsDone(text.slice(0, m.index), '')) continue;
    const nounEnd = m.index + m[0].length;
    out.push({
      start: s.start + m.index, end: s.start + nounEnd, state: 'launched', nounStart: s.start + nounEnd - noun!.length - lead!.length, nounEnd: s.start + nounEnd,
      deal: thingKind(lead!, noun!), thing: 'strike', rule: 'status.strike.launched.on-strike',
    });
  }
  return out;
}

/** A company's name: capitalised words (`US Steel`, `Nippon Steel`, `Procter & Gamble`). */
const COMPANY = String.raw`\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}`;
/** "US Steel, now owned by Nippon Steel", "Corvo, which was acquired by Orbis": the company changed hands, so its acquisition is done. */
const OWNED_BY = new RegExp(
  String.raw`(?<target>${COMPANY})\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|has been|had been|are|were)\s+)?(?:(?<now>now)\s+)?(?<verb>owned|acquired|bought|taken over|purchased)\s+by\s+(?<buyer>${COMPANY})`,
  'gu',
);

/** The acquisitions a sentence reports as done by naming the buyer of a company ("now owned by", "was acquired by"). */
function ownedBy(s: Sentence): StatusMention[] {
  const out: StatusMention[] = [];
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
      deal: 'acquisition', thing: 'deal', name: `${words.join(' ')} acquisition of ${tidy(target!)}`, rule: 'status.completed.owned-by',
    });
  }
  return out;
}

/** Whether the words before a verb let it report a state as done or under way. */
function reportsDone(before: string, verb: string): boolean {
  const clause = before.split(/[,;:—–]/).at(-1) ?? before;
  if (NOT_DONE.test(clause) || CONDITION.test(clause)) return false;
  if (/ing$/i.test(verb.split(/\s+/)[0]!) && !BE_BEFORE.test(clause)) return false;
  return true;
}

/**
 * A heading: a line of its own that ends without a sentence's closing punctuation ("Senate passes budget bill",
 * "First wave of investments announced"). Headings compress and often overstate what the body reports.
 */
export function isHeading(text: string, s: Sentence): boolean {
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  const lineEnd = text.indexOf('\n', s.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line === s.text.trim() && !/[.!?…:;"”’')\]]$/u.test(line);
}

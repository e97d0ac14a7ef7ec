/**
 * Where a count was counted. "400,000 protesters in the capital Paris" and "2 million people across
 * France" count different crowds; "another 20,000 turning out in the southern coastal city of Nice" a
 * third. A count's place, when its clause names one, scopes it; a country (or "nationwide") is the
 * national figure, which is what a count without a place reports too, so it adds nothing, unless the article
 * names other countries too (`articleCountries`): there it is one country's count. Pure.
 */
import { MONTH_NAME, YEAR } from '../lexicon/calendar.js';
import { isCountry, POLITICAL_GROUP_WORD } from '../lexicon/vocabulary.js';
import { DEMONYM_WORDS, isCountryName } from '../lexicon/countries.js';

/** The place a count is scoped to, `null` when it names none or only the whole country. */
export interface CountPlace {
  /** The place as written (`Paris`, `Nice`), or null. */
  place: string | null;
  /** True when the clause says the count is national (`nationwide`, `across France`). */
  national: boolean;
  /** The country a national count names (`France` of `across France`), else null. */
  country?: string;
}

/**
 * Where the clause of a count ends: a new or subordinate clause ("… rose to four overnight after
 * authorities pulled three bodies from a building in Surfside"), or the next figure, whose place
 * a place after it is.
 */
const CLAUSE_END = /[;:!?]|(?<!\b\p{Lu})\.(?:\s|$)|,\s+(?:with|while|whereas|but|and|including|compared|against|according|as|which|who|where|when|although|though|after|before|up|down)\b|\s+(?:—|–)\s+|\s(?:after|before|when|while|because|since|following|until|whereas|although|though|which|who|whom)\s|\s(?=\d)/u;
/** Words that say a count is the whole country's. */
const NATIONAL = /\b(?:nationwide|nationally|across the country|across the nation|throughout the country|all over the country|country-?wide|in the whole country)\b/i;
/**
 * A place after a locative preposition, optionally behind a description of it: `in Paris`, `in the capital
 * Paris`, `in the southern coastal city of Nice`, `on the streets of Lyon`, `across Germany`.
 */
const PLACE = new RegExp(
  String.raw`\b(?:in|across|throughout|around|at)\s+(?:the\s+)?(?:(?:streets|cities|towns)\s+of\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}?(?:city|town|capital|village|region|province|state|county|district|suburb|area|port|island)\s+(?:of\s+)?)?(?<name>U\.S\.|U\.K\.|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})` +
    String.raw`|\bstreets\s+of\s+(?<street>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`,
  'u',
);
const PLACES = new RegExp(PLACE.source, 'gu');
/** Lower-case words that may follow a place (`in the Bronx on Monday`, `in the Gulf this year`): no noun it modifies. */
const FOLLOWS_A_PLACE = /^(?:and|or|but|nor|on|in|at|of|for|from|to|by|with|without|this|that|these|those|last|next|since|during|after|before|until|when|while|as|where|who|which|whose|is|are|was|were|has|have|had|will|would|could|may|might|can|alone|itself|so|than|overnight|today|yesterday|tonight|early|late|earlier|later|again|also|too|still|each|every|over|under|near|around|about|amid|against|between|among|according|said|says|rose|rise|rises|fell|fall|falls|grew|grow|grows|hit|hits|stood|stand|stands|remain|remains|went|came|reach|reaches|total|totals|exceeds|exceed|tops)$/;
/** After a place: the count is of it and of others. */
const WIDER = /^\s*,?\s+and\s+(?:in\s+|at\s+)?(?:many|other|several|various|numerous|dozens|hundreds|elsewhere|across|throughout|around|beyond)\b/i;
/** Capitalised words that follow "in" without being places. */
const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Total|All|Addition|General|Particular|Response|Contrast|Comparison|The|A|An|This|That|His|Her|Their|Its)$/;

/**
 * The place of a count from the text right after it (its counted noun and the rest of the sentence), up
 * to the end of its clause: `after` starts just after the figure's noun.
 */
export function countPlace(after: string): CountPlace {
  const end = CLAUSE_END.exec(after);
  const clause = end ? after.slice(0, end.index) : after;
  const national = NATIONAL.test(clause);
  for (const m of clause.matchAll(PLACES)) {
    const name = (m.groups!.name ?? m.groups!.street)!;
    if (NOT_A_PLACE.test(name.split(/\s+/)[0]!)) continue;
    // `held for years in Colombian jungle`: a nationality adjective is no place, and says not where the count was made.
    if (DEMONYM_WORDS.has(name.toLowerCase()) && !isCountryName([name]) && !isCountryAbbreviation(name)) continue;
    // `in Tuesday's bombing`, `in the Denver Nuggets' win`: a possessive names an owner or a day, not where; `in No. 5` no place.
    const rest = after.slice(m.index + m[0].length);
    if (/['’]s?$/u.test(name) || /^(?:['’]|\.\s*\d)/u.test(rest)) continue;
    // `in the Surfside condominium collapse`: a name between `the` and a common noun names the noun, not where.
    const next = /^\s+(\p{Ll}+)/u.exec(rest)?.[1];
    if (next && /\bthe\s+$/i.test(m[0].slice(0, m[0].length - name.length)) && !FOLLOWS_A_PLACE.test(next) && !/ed$/.test(next)) continue;
    // "200 demonstrations in Lyon and in many other places": one place of many does not scope the count.
    if (WIDER.test(after.slice(m.index + m[0].length))) return { place: null, national };
    if (isCountry(name) || isCountryAbbreviation(name)) return { place: null, national: true, country: name };
    return { place: name, national };
  }
  return { place: null, national };
}

/** `U.S.`, `US`, `U.K.`, `UK`: countries written as abbreviations, which the lexicon does not tag. */
function isCountryAbbreviation(name: string): boolean {
  return /^(?:U\.S\.?|US|U\.K\.?|UK|USA)$/.test(name);
}

/**
 * The countries an article names (`France`, `U.S.`, `South Korea`), by name, not by demonym: an article that
 * names two or more compares them, so a country's count there is one country's, not the national count.
 */
export function articleCountries(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:U\.S\.|U\.K\.|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/gu)) {
    const run = m[0];
    if (isCountryAbbreviation(run)) out.add(run.replace(/\W/g, '').toLowerCase() === 'us' ? 'united states' : 'united kingdom');
    else if (isCountry(run)) out.add(run.toLowerCase() === 'us' ? 'united states' : run.toLowerCase());
    else for (const w of run.split(/\s+/)) if (w.length > 2 && isCountry(w)) out.add(w.toLowerCase());
    if (out.size >= 2) break;
  }
  return out;
}

/**
 * Where a count's scope phrase stops: a new or subordinate clause, or a participle clause that carries another
 * figure (`…, bringing the total since 2003 to 4,000`). Unlike a place, a period is looked for past `since`.
 */
const SCOPE_END =
  /[;:!?]|(?<!\b\p{Lu})\.(?:\s|$)|,\s+(?:with|while|whereas|but|and|including|compared|against|according|as|which|who|where|when|although|though|after|before|up|down|bringing|raising|pushing|taking|lifting|making|adding)\b|\s+(?:—|–)\s+|\s(?:after|before|when|while|because|following|whereas|although|though|which|who|whom|bringing|raising|pushing|taking|lifting)\s/u;
const SPAN_UNIT = String.raw`(?:hours?|days?|weeks?|months?|years?|decades?|seasons?)`;
const SPAN_COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several)`;
/**
 * A period a count is totalled over: `this year`, `so far this season`, `in 2007`, `since 2003`, `since March`,
 * `since December 1`, `in the past 10 days`, `over the last year`, `a year` (a rate). Each names its span once,
 * the same way in any article (`spanText`).
 */
const PERIOD = new RegExp(
  String.raw`\b(?:(?:so far|to date|until now)\s+)?(?<this>this|last)\s+(?<thisUnit>year|season|month|week)\b` +
    String.raw`|\b(?:in|during|for|throughout)\s+(?:all\s+of\s+|the\s+whole\s+of\s+|the\s+first\s+(?:half|quarter)\s+of\s+)?(?<yearMonth>${MONTH_NAME}\s+)?(?<inYear>${YEAR})\b(?![-–/]|\s*(?:bombing|attack|crash|election|war))` +
    String.raw`|\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?<since>${MONTH_NAME}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+${YEAR})?|${YEAR})\b` +
    String.raw`|\b(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+(?<span>(?:${SPAN_COUNT}\s+)?${SPAN_UNIT})\b` +
    String.raw`|(?<!\b(?:for|in|within|than|over|after|about|nearly|almost|just|only)\s)\b(?<rate>a|per|each|every)\s+(?<rateUnit>year|month|week|day)\b(?!\s+(?:ago|earlier|later|before|after|or))|\b(?<annual>annually)\b`,
  'iu',
);
/** A period written just before its figure: `the number of deaths since 2003 to 4,000`, `the toll this year stands at 45`. */
const PERIOD_BEFORE = new RegExp(
  String.raw`(?:${PERIOD.source})\s+(?:(?:has|have|had)\s+)?(?:(?:rose|risen|climbed|jumped|grew|grown|reached|stands|stood|is|was|hit|topped|passed|exceeded|came|comes|totals?|totalled|totaled|at)\s+)?(?:to|at)?\s*(?:(?:about|around|nearly|almost|more than|at least|over|some|roughly)\s+)?$`,
  'iu',
);
/** A period opening the sentence before the figure: `In 2007, …`, `Since March, …`, `So far this year, …`. */
const PERIOD_OPENING = new RegExp(String.raw`^\s*(?:(?:and|but)\s+)?(?:${PERIOD.source})\s*,`, 'iu');

/**
 * The period a count is totalled over (`per year` for `in 2007`, `this year` or `a year`; `since 2003`, `in past
 * 10 days`), or null: a period total and one event's count are two figures even in one story, while one year's total
 * and the next are one measure whose value changes. `after` starts just after the count's noun (its clause, as for
 * `countPlace`); `before` is its sentence up to the figure.
 */
export function countPeriod(after: string, before: string): string | null {
  const end = SCOPE_END.exec(after);
  const clause = end ? after.slice(0, end.index) : after;
  const m = PERIOD.exec(clause);
  // The period must be the count's: no other figure stands between them.
  if (m && !/\d/.test(clause.slice(0, m.index))) return periodText(m);
  const lead = PERIOD_BEFORE.exec(before.slice(-120)) ?? PERIOD_OPENING.exec(before);
  if (lead && !/\d/.test(before.slice(lead.index + lead[0].length))) return periodText(lead);
  return null;
}

function periodText(m: RegExpExecArray): string {
  const g = m.groups!;
  // A year's, a month's or a season's total is one measure from year to year (`75 in 2006`, `66 in 2007`, `this year`):
  // the year is when the value holds, not what is counted, so every such total is `per year` (as `a year` is).
  if (g.this) return `per ${g.thisUnit!.toLowerCase()}`;
  if (g.inYear) return g.yearMonth ? 'per month' : 'per year';
  if (g.since) return `since ${tidyMonth(g.since)}`;
  if (g.span) return `in past ${g.span.toLowerCase().replace(/\s+/g, ' ')}`;
  if (g.rate) return `per ${g.rateUnit!.toLowerCase()}`;
  return 'per year';
}

function tidyMonth(text: string): string {
  return text.trim().replace(/,/g, '').replace(/\s+/g, ' ').replace(/(\d)(?:st|nd|rd|th)\b/, '$1');
}

/** Happenings a count can be of: disasters, attacks, accidents, violence, as news words them in any story. */
const EVENT_NOUN =
  'attacks?|bombings?|blasts?|explosions?|crash(?:es)?|collisions?|collapses?|fires?|blazes?|earthquakes?|quakes?|tsunamis?|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|floods?|flooding|landslides?|mudslides?|avalanches?|accidents?|derailments?|shootings?|stampedes?|riots?|clashes|fighting|violence|raids?|ambush(?:es)?|assaults?|air\\s?strikes?|airstrikes?|massacres?|incidents?|outbreaks?|epidemics?|eruptions?|sinkings?|hijackings?|battles?|offensives?|uprisings?|wars?';
/**
 * The happening a count was counted in: `in the crash`, `in Tuesday's bombing`, `in a separate attack`, `in
 * plane crashes`. With a definite or a day's determiner it is the story's own event, which a count without one
 * reports too; another one (`a`, `another`, `separate`, `earlier`, a year, a plural without a determiner) is
 * apart from it.
 */
const EVENT = new RegExp(
  String.raw`\b(?:in|during|from|by)\s+(?:(?<det>the|this|that|its|their|another|an?|(?:\p{Lu}\p{Ll}+|last\s+\p{Ll}+|yesterday|today)['’]s?)\s+)?(?<mods>(?:[\p{L}\d-]+\s+){0,3}?)(?<noun>${EVENT_NOUN})\b`,
  'iu',
);
/** Modifiers that make a happening another than the story's: `separate`, `earlier`, `2005`, `first`, `similar`. */
const OTHER_EVENT = /\b(?:separate|earlier|previous|prior|similar|other|another|first|second|third|last|past|recent|new|(?:1[89]|20)\d\d)\b/i;

/**
 * The happening a count belongs to when it is not its story's own (`separate attack`, `plane crashes`), or null:
 * `in the crash` and `in Tuesday's bombing` are the story's event, as an unqualified count is, so they add
 * nothing; `in a separate attack` or `in plane crashes` count other happenings and stay apart. With `periodTotal`
 * (the count is a period's total, `in plane crashes in 2007`) many happenings add nothing to the period.
 */
export function countEvent(after: string, periodTotal = false): string | null {
  const end = SCOPE_END.exec(after);
  const clause = end ? after.slice(0, end.index) : after;
  const m = EVENT.exec(clause);
  if (!m || /\d/.test(clause.slice(0, m.index))) return null;
  const det = (m.groups!.det ?? '').toLowerCase();
  const mods = m.groups!.mods!.trim();
  const noun = m.groups!.noun!.toLowerCase();
  const plural = /(?:s|es)$/.test(noun) && !/^(?:clashes|violence)$/.test(noun);
  // Many happenings with no determiner (`in road accidents`) are a total of their own, unless a period's total is it (`periodTotal`).
  const many = det === '' && plural;
  if (many && periodTotal) return null;
  const other = det === 'a' || det === 'an' || det === 'another' || det.startsWith('last ') || OTHER_EVENT.test(mods) || many;
  if (!other) return null;
  const words = [det === 'another' || det.startsWith('last ') ? det.replace(/['’]s?$/, '') : '', mods, noun].filter(Boolean).join(' ').toLowerCase();
  return words.replace(/\s+/g, ' ');
}

/**
 * A happening of an earlier year written before a count in its sentence, which the count is then of (`the 1991 storm
 * that triggered a tidal wave, killing an estimated 138,000 people` → `1991 storm`; `the September 11, 2001, attacks on
 * New York and Washington, which killed nearly 3,000 people` → `2001 attacks`), or null. A year at least two before
 * `publishedYear` (a story's own happening is of its year, or of the last one in early January), followed by up to
 * two lower-case words and the happening; no other figure between it and the count. Null without a publication year.
 */
export function earlierHappening(before: string, publishedYear: number | null): string | null {
  if (publishedYear === null) return null;
  let found: RegExpExecArray | null = null;
  for (const m of before.matchAll(EARLIER_HAPPENING)) found = m;
  if (found === null || Number(found[1]) > publishedYear - 2) return null;
  if (/\d/.test(before.slice(found.index + found[0].length))) return null;
  return `${found[1]} ${found[2]!.toLowerCase()}`;
}

const EARLIER_HAPPENING = new RegExp(String.raw`\b((?:1[89]|20)\d\d),?\s+(?:[\p{Ll}-]+\s+){0,2}?(${EVENT_NOUN})\b`, 'gu');

/**
 * Verbs by which someone makes a count of their own in one game, race, poll or season: `scored 22 points`,
 * `had 11 rebounds`, `threw four touchdown passes`, `won 52 delegates`. The one before them is the count's owner.
 */
const PERFORMED =
  'scored|scores|had|has|poured\\s+in|chipped\\s+in(?:\\s+with)?|pitched\\s+in(?:\\s+with)?|ended\\s+with|contributed|grabbed|grabs|added|adds|registered|made|makes|hit|hits|threw|throws|ran|rushed|caught|catches|collected|recorded|records|posted|posts|blocked|stole|dished|finished\\s+with|won|wins|picked\\s+up|earned|notched|tallied|netted|kicked|converted|saved|stopped|allowed|drove\\s+in|struck\\s+out|carded|fired|shot|sank|booted|amassed|racked\\s+up|piled\\s+up|totaled|totalled|logged|claimed|took|secured|received|got|gets|passed\\s+for|rushed\\s+for|ran\\s+for|captured|polled|garnered|obtained|bagged|retained';
/**
 * A name heading the count's clause right before such a verb: at the start of the sentence or after a clause
 * joint, one to three capitalised words, then the verb, then at most a word of degree (`a career-high`, `just`).
 * A political group's name may follow `the` (`The Nationalist Party won 81 seats`); a team's does not own its count.
 */
const PERFORMER = new RegExp(
  String.raw`(?:^|[,;:(“".…]\s*|\s[—–-]\s+|\b(?:and|but|while|as|when|after)\s+)(?:[Tt]he\s+(?=(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}${POLITICAL_GROUP_WORD}\s))?(?<name>(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:(?:also|had|has|have|then)\s+)?(?:${PERFORMED})\s+(?:(?:a|an)\s+(?:career|season|game|team|personal|match|tournament)[- ](?:high|best|record|low)\s+|(?:just|only|another|a\s+combined|all|both)\s+)?$`,
  'u',
);
/** A word of degree between such a verb and its count: `a career-high`, `just`, `another`. */
const DEGREE = String.raw`(?:(?:a|an)\s+(?:career|season|game|team|personal|match|tournament)[- ](?:high|best|record|low)\s+|(?:just|only|another|a\s+combined|all|both)\s+)?`;
/** One to three capitalised words: a name. */
const NAME = String.raw`(?<name>(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)`;
/**
 * A verb of standing or leading, a few words of its complement, then `with` before the count: `Iguodala led the
 * 76ers with 24 points`, `Voss remained third with 33 points`, `Kim was the other starter in double figures with`.
 */
const STANDING_WITH = String.raw`(?:led|leads|paced|paces|topped|tops|finished|ended|remained|remains|stayed|stays|sat|sits|is|was|moved|climbed|tied|closed|wound\s+up)\s+(?:(?!(?:with|and|but|while|who|which|after|before|as)\b)[\p{L}\p{N}'’.-]+\s+){0,6}with`;
/**
 * A name the clause's relative pronoun refers to (`…, and Kyle Reno, who had 20 points`), or a name heading its
 * clause with an aside between it and the verb (`Reno, who started on the bench, finished with 15 points`).
 */
const RELATIVE_PERFORMER = new RegExp(
  String.raw`${NAME}\s*,\s*who\s+(?:(?:also|had|has|have|then)\s+)?(?:${PERFORMED}|${STANDING_WITH})\s+${DEGREE}$`,
  'u',
);
const ASIDE_PERFORMER = new RegExp(
  String.raw`(?:^|[;:(“".…]\s*|\s[—–-]\s+|\b(?:and|but|while|as|when|after)\s+)${NAME}\s*,[^,;()]{1,80},\s*(?:(?:also|had|has|have|then)\s+)?(?:${PERFORMED}|${STANDING_WITH})\s+${DEGREE}$`,
  'u',
);
/** The clause-heading name before a verb of standing and `with` (`STANDING_WITH`). */
const STANDING_PERFORMER = new RegExp(
  String.raw`(?:^|[,;:(“".…]\s*|\s[—–-]\s+|\b(?:and|but|while|as|when|after)\s+)${NAME}\s+(?:(?:also|then)\s+)?${STANDING_WITH}\s+${DEGREE}$`,
  'u',
);
/**
 * A name, then a bracket of its counts (`Hale (81 tackles, 3 sacks)`, `Dorn (1,120 yards, 9 TD)`): a stat line.
 * The count stands first in the bracket or after other counts of it, each a number and one or two words.
 */
const STAT_LINE = new RegExp(
  String.raw`${NAME}\s*\(\s*(?:\d[\d,]*(?:\.\d+)?(?:\s+\d\/\d)?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s*[,;]\s*(?:and\s+)?)*$`,
  'u',
);

/**
 * A verb of holding someone to a count, then the name and `to` (`limiting Washington's Clinton Portis to a mere`,
 * `held Bryant to`): the count is that name's, not the subject's. A team's possessive before the name is no part of it.
 */
const HELD_TO = new RegExp(
  String.raw`\b(?:held|holding|holds|limited|limiting|limits|restricted|restricting)\s+(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s?\s+)?${NAME}\s+to\s+(?:(?:just|only|a\s+mere|a\s+(?:season|career|game)[- ]low)\s+)?$`,
  'u',
);

/** Capitalised words that open a clause without naming anyone: pronouns, determiners, calendar words. */
const NOT_A_PERFORMER = /^(?:He|She|It|They|We|I|You|The|A|An|This|That|These|Those|There|Here|His|Her|Its|Their|Our|Who|Which|What|Each|Every|Both|All|Some|Most|Many|Few|One|Neither|Either|Nobody|Everyone|Someone|Police|Officials|Authorities|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A clause that opens its sentence with a person named by pronoun or by description (`He scored 22 points`, `The
 * 34-year-old netminder made 17 saves`, `The veteran goalie stopped 30 shots`) right before such a verb: the count's
 * maker is someone named before, whom `countPerformer` cannot read from the sentence.
 */
const REFERRED_PERFORMER = new RegExp(
  String.raw`^\s*["“]?\s*(?:He|She|The\s+(?:\d{1,2}-year-old|veteran|rookie|young)(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+(?:(?:also|had|has|have|then)\s+)?(?:${PERFORMED})\s+(?:(?:a|an)\s+(?:career|season|game|team|personal|match|tournament)[- ](?:high|best|record|low)\s+|(?:just|only|another|a\s+combined|all|both)\s+)?$`,
  'u',
);

/**
 * Between two counts of one performer's list, a further verb of the same subject: `scored 22 points, dished out
 * nine assists and collected five steals`, `had eight points and grabbed seven rebounds`.
 */
const LISTED_VERB = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?(?:${PERFORMED})(?:\s+(?:out|in|up|down|off|away))?\s+${DEGREE}$`, 'u');

/** True when the words between a performer's count and the next count go on with the performer's verbs (`LISTED_VERB`). */
export function isListedVerb(between: string): boolean {
  return LISTED_VERB.test(between);
}

/** True when a count's sentence, up to the figure, opens with its maker named by pronoun or description (`REFERRED_PERFORMER`). */
export function isReferredPerformer(before: string): boolean {
  return REFERRED_PERFORMER.test(before);
}

/**
 * The name that made a count (`Okafor` of "Okafor scored 22 points", `Lena Kim` of "…, and Lena Kim had 11
 * rebounds"), from its sentence up to the figure, or null: a pronoun, a determiner or a sentence word names no one.
 */
export function countPerformer(before: string): string | null {
  const tail = before.slice(-160);
  const m = HELD_TO.exec(tail.slice(-120)) ?? PERFORMER.exec(tail.slice(-120)) ?? RELATIVE_PERFORMER.exec(tail) ?? ASIDE_PERFORMER.exec(tail) ?? STANDING_PERFORMER.exec(tail) ?? STAT_LINE.exec(tail);
  if (!m) return null;
  const name = m.groups!.name!.replace(/['’]s?$/u, '');
  if (NOT_A_PERFORMER.test(name.split(/\s+/)[0]!)) return null;
  return name;
}

/**
 * The event a date is the date of, when the sentence names one: `his
 * January inauguration` → `inauguration`, `a final decision by the president
 * is anticipated by June 5` → `final decision by the president`, `the tower
 * collapsed at about 1:30 a.m. Thursday` → `collapse`.
 */
import nlp from 'compromise';
import { DAY_PART, OCCASION_DETERMINER, OCCASION_PREPOSITION, RECORDING } from '../lexicon/calendar.js';
import { isPhraseWord, phraseAfter, phraseBefore, phraseText, sentenceTokens, tokenIndexAt, tokenIndexBefore } from './phrase.js';
import type { Sentence } from './sentence.js';
import { isPossessive, type Token } from './token.js';
import { STOP_WORDS, tidy } from '../lexicon/vocabulary.js';

/**
 * Nouns of meetings, decisions and documents: the nearest one before a date in its sentence is the date's. Plurals
 * only of events held as one (`general elections`, `hearings`): `meetings Tuesday` are several, and many plurals
 * are verbs (`reports that`, `UConn visits`).
 */
const EVENT = /^(?:decision|meeting|summit|call|talks|negotiations|visit|election|inauguration|announcement|vote|deadline|deal|agreement|discussion|interview|review|hearing|launch|signing|conference|trip|ceremony|statement|speech|memo|memorandum|report|round|pledge|victory|deliberations|approval|ruling|release|results|payment|disbursement|elections|hearings)$/i;
/**
 * Nouns of what news reports as happening on a day (attacks, crashes, storms, coups, trials, deaths). Such a
 * noun is often the story's topic, named all through its sentences (`survivors of the collapse entered a second
 * day Friday`), so it is a date's event only when written right against the date: `a coup in 2006`, `an autopsy
 * Monday`, `the rebellion began in January 2004`, `Tuesday's attack`. A year before one names it rather than dates
 * it (`the 2003 invasion`, one of several in a story), and so does any date after `a` (`a Nov. 20 collision`). Fixtures that recur in every sports story (games, matches,
 * finals) are not here: their noun alone never says which.
 */
const HAPPENING = /^(?:attack|assault|ambush|raid|bombing|blast|explosion|shooting|stabbing|killing|murder|assassination|massacre|crash|collision|derailment|accident|fire|blaze|flood|flooding|storm|hurricane|typhoon|cyclone|tornado|earthquake|quake|tsunami|eruption|landslide|collapse|outbreak|coup|uprising|rebellion|revolt|riot|protest|rally|march|strike|walkout|invasion|war|ceasefire|truce|breakup|annexation|arrest|trial|verdict|sentencing|indictment|arraignment|autopsy|funeral|wedding|birth|death|resignation|appointment|dismissal|retirement|merger|acquisition|takeover|bankruptcy|listing|debut|opening|closure|referendum|primary|caucus|debate|poll)$|^(?:bombing|explosion|shooting|killing|assassination|massacre|collision|accident|flood|storm|hurricane|typhoon|earthquake|eruption|landslide|outbreak|coup|riot|invasion|arrest|trial|verdict|indictment|funeral|wedding|birth|death|resignation|referendum)s$/;
/**
 * A recording or message right before a day, over a verb of putting it out (`in a new audiotape Saturday`, `a video
 * posted on Tuesday`, `the tape aired today`): the day is its release, as `was released on Saturday` says of it; a
 * message's words are its sender's, but its day is when it came out.
 */
const RECORDING_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}-])(?:${RECORDING}|audio message|video message)s?\s+(?:(?:was|were)\s+)?(?:(?:released|posted|aired|broadcast|issued|published|made public)\s+)?(?:on\s+)?$`,
  'iu',
);
/** A game's result, an event only after a possessive day (`Sunday's win`): elsewhere `win` is mostly a verb. */
const RESULT = /^(?:win|defeat|loss|draw|upset|rout)$/i;
/** A score or small count between a day and its event (`Sunday's 110-98 victory`): no modifier of the event. A year is one (`the 2009 deadline`). */
const SCORE = /^(?:\d{1,3}|\d{1,3}[-–]\d{1,3}|[-–])$/;
/** Between a happening and its date: a preposition, a time word, or a verb of its course (`began`, `happened`). */
const HAPPENING_LINK = /^(?:in|on|at|early|late|last|this|(?:began|begun|started|ended|happened|occurred|took place|came|erupted|broke out)(?:\s+(?:in|on|at|early|late|around|about))?)$/;

/** A state someone is in since a date (`on strike since`, `in custody since`, `in the hospital since`): the date it began. */
const STATE_SINCE = /\b(?:on|in)\s+(?:the\s+)?(strike|power|office|custody|prison|jail|hospital|exile|detention|hiding|captivity|coma)\s+since\s+$/i;
/**
 * Entering hospital right before a date (`was admitted to hospital on Friday`, `entered the hospital on Friday`, `rushed
 * to St. Mary's Hospital Tuesday`, `hospitalized on Monday`): the day the state `in hospital` began, as `in the
 * hospital since` dates it (`STATE_SINCE`).
 */
const HOSPITAL_ENTRY = /(?:^|[^\p{L}])(?:(?:admitted|readmitted|taken|rushed|brought|flown|airlifted|transferred|moved|sent)\s+(?:back\s+)?(?:to|into)|entered|re-entered|checked\s+into|went\s+into)\s+(?:(?:the|a)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:[Hh]ospital)\s+(?:(?:on|late|early)\s+)?$|(?:^|[^\p{L}])hospitali[sz]ed\s+(?:(?:on|late|early)\s+)?$/u;
/**
 * A passive verb that calls a happening off or puts it off, right before a day (`were canceled Monday`, `was postponed
 * on Tuesday`, `has been called off today`): the day is the cancellation's, not the happening's, which the subject
 * names. Only right before the day: `postponed until Friday`, `moved to Friday` give the happening's new day.
 */
const CALLED_OFF = /(?:^|[^\p{L}])(?:was|were|is|are|been|being)\s+(?:(?:officially|formally|abruptly|also|then|finally|indefinitely)\s+)?(cancell?ed|postponed|called\s+off|scrapped|suspended|put\s+off|delayed|rescheduled|abandoned|halted)\s+(?:(?:early|late)\s+)?(?:on\s+)?$/iu;
/** The event each such verb names, as the extractor names a verb's event by its infinitive. */
const CALL_OFF_EVENT: Readonly<Record<string, string>> = {
  canceled: 'cancel',
  cancelled: 'cancel',
  postponed: 'postpone',
  'called off': 'call off',
  scrapped: 'scrap',
  suspended: 'suspend',
  'put off': 'put off',
  delayed: 'delay',
  rescheduled: 'reschedule',
  abandoned: 'abandon',
  halted: 'halt',
};
/** A month's or a weekday's name: another date between a happening and a date. */
const MONTH_OR_WEEKDAY = /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;
/** Verbs that start a happening: its date is the happening's (`launched its strike`, `began a walkout`, `staged a protest`). */
const START_VERB = /^(?:launched|began|begun|started|staged|mounted|called|declared)$/i;

/** A date that gives a day: a day of the month or a weekday (`Jan. 22`, `May 29, 1953`, `Friday`). */
const DAY_DATE = /(?:^|[^\d])\d{1,2}(?:st|nd|rd|th)?(?:$|[^\d])|(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;

/** A date that owns its noun as a day: a day of the month, a weekday, `today`, `yesterday`, `tomorrow`, `tonight`. */
const DAY_OWNER = /(?:^|[^\d])\d{1,2}(?:st|nd|rd|th)?(?:$|[^\d])|(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:today|yesterday|tomorrow|tonight)$/i;

/**
 * The noun phrase a possessive day owns (`Tuesday's game`, `Friday's regular-season finale`, `Wednesday's deadly
 * blast`): up to three lower-case words, the last its head, never an adjective or participle (`-ly`, `-ed`), a
 * superlative's `most` or a stop word; a longer run is no phrase this rule reads.
 */
function dayOwned(tokens: readonly Token[], at: number): string | null {
  const words: Token[] = [];
  let k = at;
  for (; k < tokens.length && words.length < 4; k++) {
    const w = tokens[k]!.text;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || STOP_WORDS.has(w) || /^(?:most|more|least|very)$/.test(w)) break;
    // A participle after the head is its clause's (`Tuesday's game averaging 12`).
    if (words.length > 0 && /ing$/.test(w)) break;
    words.push(tokens[k]!);
  }
  // The run ends the phrase: a name after it (`Sunday's tricky FA Cup tie`) means its head is further on.
  if (words.length === 0 || words.length > 3 || /^\p{Lu}/u.test(tokens[k]?.text ?? '')) return null;
  const head = words[words.length - 1]!.text;
  if (/(?:ly|ed)$/.test(head) || IRREGULAR_VERB.test(head)) return null;
  return tidy(phraseText(words));
}

/** Verb forms without `-ed` that end the words before an event noun. */
const IRREGULAR_VERB = /^(?:said|says|say|told|tells|saw|sees|made|makes|took|takes|went|goes|came|comes|held|holds|won|wins|lost|loses|began|begins|left|leaves|got|gets|gave|gives|put|puts|set|sets|saw|heard|hears|knew|knows|thought|thinks|will|would|could|should|may|might|must|can|is|are|was|were|be|been|has|have|had)$/i;

/** The event phrase for a date at [start, end) in `sentence`, or null. */
export function describeDate(sentence: Sentence, start: number, end: number): string | null {
  const tokens = sentenceTokens(sentence);
  // A date used as a modifier: "Tuesday’s announcement", "the 2019 negotiations".
  let at = tokenIndexAt(tokens, end);
  const possessed = tokens[at] !== undefined && isPossessive(tokens[at]!.text);
  if (possessed) {
    at += 1;
    // A score between the day and its noun: "Sunday's 110-98 victory".
    const score = at;
    while (at < tokens.length && at - score < 3 && SCORE.test(tokens[at]!.text)) at += 1;
    if (at > score && !/\d$/.test(tokens[at - 1]!.text)) at = score;
  }
  const after = phraseAfter(tokens, at, 4);
  // The date as written, the sentence before it, and the last `n` characters of that.
  const day = sentence.text.slice(start - sentence.start, end - sentence.start);
  const before = sentence.text.slice(0, start - sentence.start);
  const justBefore = (n: number) => before.slice(Math.max(0, before.length - n));
  const isDay = DAY_OWNER.test(day);
  const yearOnly = /^\d{4}$/.test(day.trim());
  // "a November collision": an indefinite happening is one of several, and a month or year names which rather
  // than dates it; a day dates it (`a Jan. 22 state funeral`, `a Friday raid`), which happening the day says.
  const indefinite = /^(?:a|an)$/i.test(tokens[tokenIndexBefore(tokens, start)]?.text ?? '') && !DAY_DATE.test(day);
  // After a possessive day a result is its game's event too ("Sunday's 3-2 win"): there `win` is no verb.
  const headAfter = after.findIndex((t) => EVENT.test(t.text) || (possessed && RESULT.test(t.text)) || (!yearOnly && !indefinite && HAPPENING.test(t.text)));
  if (headAfter >= 0) return tidy(phraseText(after.slice(0, headAfter + 1)));
  // `Tuesday's game`, `yesterday's session`: whatever noun a day owns is what happened that day.
  if (possessed && isDay) {
    const owned = dayOwned(tokens, at);
    // `today's` also owns its noun as the present (`today's anti-partisan climate`, `today's high-speed connections`):
    // a day only for a noun alone (`today's announcement`, `today's ballot`), or a happening, which the event words read first.
    if (owned && !(/^today$/i.test(day) && owned.includes(' '))) return owned;
  }
  // `The ceremony was canceled Monday`, `the vote was postponed on Tuesday`: the day of the cancellation, not the ceremony's.
  const calledOff = isDay ? CALLED_OFF.exec(justBefore(60)) : null;
  if (calledOff) return CALL_OFF_EVENT[calledOff[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
  const happening = happeningBefore(before) ?? happeningHeld(before);
  if (happening) return happening;
  // `on strike since Nov. 5`, `in custody since Monday`: the day a state began, the state its event.
  const since = STATE_SINCE.exec(justBefore(50));
  if (since) return since[1]!.toLowerCase();
  // `was admitted to hospital on Friday`, `entered the hospital on Friday`: the day the stay in hospital began.
  if (isDay && HOSPITAL_ENTRY.test(justBefore(80))) return 'hospital';
  // `vowed … in a new audiotape Saturday`, `a video posted Tuesday`: a recording or message dated by a day is released then.
  if (isDay && RECORDING_BEFORE.test(justBefore(60))) return 'release';
  // `…, a spokesman said on Thursday`, `…, officials said Monday`: a day right after `said` dates the saying, whatever
  // event the reported clause before it names (`has reached an agreement`, `the election will be held in March`); an
  // occasion right after it is still the day's (`said Monday at a news conference`).
  // A statement that reports an event as done in the clause after it (`said on Monday that it has opened two new probes`,
  // `said Monday it had notified Congress`) dates that event: the speech act is not the event.
  if (isDay && SAID_BEFORE.test(before)) return eventAfter(tokens, tokenIndexAt(tokens, end)) ?? reportedDone(tokens, tokenIndexAt(tokens, end)) ?? 'statement';
  // `Toronto beat Philadelphia on Wednesday night`, `defeated the Rangers 3-2 in overtime Tuesday`, `won 124-120 on
  // Friday`, `a 3-1 win over Chelsea on Saturday`: a day right after a game's result dates that result, whichever side
  // the sentence tells it from (`lost to Denver on Friday`).
  // Not a game to come (`can clinch a berth by beating Dallas on Sunday`): a modal or a condition in its clause.
  if (isDay && (RESULT_VERB_BEFORE.test(before) || RESULT_NOUN_BEFORE.test(before)) && !UNREAL_CLAUSE.test(before)) return 'win';
  // Otherwise the nearest event noun before it in the sentence, with a short "by/of/on X" tail.
  for (let i = tokenIndexBefore(tokens, start); i >= 0; i--) {
    // "elections … despite the assassination of X last month": a happening nearer the date, though not against
    // it, leaves the farther event noun unclear; only a verb right before the date may still name it.
    // `launched its strike against …, which …, on November 5`: a happening someone started is the date's, however far.
    // Only over its object: no other figure or date, and no `be` or speech verb of another clause, between them.
    if (HAPPENING.test(tokens[i]!.text) && (START_VERB.test(tokens[i - 1]?.text ?? '') || (/^(?:a|an|the|its|their|his|her)$/i.test(tokens[i - 1]?.text ?? '') && START_VERB.test(tokens[i - 2]?.text ?? '')))) {
      const between = tokens.slice(i + 1, tokenIndexBefore(tokens, start) + 1);
      if (!between.some((t) => /\d/.test(t.text) || IRREGULAR_VERB.test(t.text) || MONTH_OR_WEEKDAY.test(t.text))) return tokens[i]!.text.toLowerCase();
    }
    if (HAPPENING.test(tokens[i]!.text) && !/^(?:to|will|would|could|can|may|might|must|should|did|does|do)$/i.test(tokens[i - 1]?.text ?? '')) break;
    if (!EVENT.test(tokens[i]!.text)) continue;
    // `The Commission, fresh from a major court victory over Microsoft, launched new investigations into the software
    // giant on Monday`: an event noun before the verb whose object the day follows is another clause's (the verb's
    // subject or what it follows); the day is the verb's. An event noun inside the object (`signed a deal on Monday`)
    // stays the day's.
    const over = isDay ? verbOverObjectAt(sentence, tokens, start) : null;
    if (over !== null && over.at > i) return over.event;
    const mods = phraseBefore(tokens, i, 3);
    // "the president said elections": an irregular verb form is no modifier of the event.
    // "Denver's 110-98 victory": a score or count is no modifier of the event either.
    const verbAt = mods.findLastIndex((t) => IRREGULAR_VERB.test(t.text) || SCORE.test(t.text));
    let text = phraseText(mods.slice(verbAt + 1));
    const prep = tokens[i + 1];
    if (prep && /^(?:by|of|on|with|between)$/i.test(prep.text)) {
      let k = i + 2;
      if (tokens[k]?.text.toLowerCase() === 'the') k += 1;
      // The tail never runs into the date itself ("decision by June 5").
      // Nor over another date (`inform Congress of the deal on January 15, … on January 14`: `deal`, never `deal on
      // January`): a date in an event's words would key it by a day it may not be on.
      const words = phraseAfter(tokens, k, 3).filter((t) => t.end <= start);
      const dated = words.findIndex((t) => MONTH_OR_WEEKDAY.test(t.text) || /^(?:today|tonight|yesterday|tomorrow)$/.test(t.text));
      const tail = dated < 0 ? words : words.slice(0, dated);
      if (tail.length > 0) text = `${text} ${prep.text} ${tokens[i + 2]!.text.toLowerCase() === 'the' ? 'the ' : ''}${phraseText(tail)}`;
    }
    return tidy(text);
  }
  // (A day right after `said` returned above.)
  return (
    (BEGAN_OPERATING.test(before) ? 'open' : null) ??
    eventVerb(before) ?? eventVerbOverPlace(before) ?? eventAfter(tokens, tokenIndexAt(tokens, end)) ?? verbAfter(sentence, tokens, start, end) ?? (isDay && ANNOUNCED_BEFORE.test(before) ? 'announcement' : null) ??
    (isDay ? verbOverObject(sentence, tokens, start) : null) ??
    whenClause(tokens, tokenIndexAt(tokens, end))
  );
}

/**
 * The past verb of a `when` clause right after the date, which says what happened then: `in 1993 when he accepted cash
 * payments` → `accept`, `on Dec. 3 when Karl Dorrell was fired` → `fire`, `Sunday when Iranian boats harassed three
 * ships` → `harass`. The clause opens with its subject (a pronoun, a determiner or a name, up to five words, no verb
 * form among them), then auxiliaries and adverbs (`was`, `had`), then the verb: a past form of a verb that names an
 * event (no verb of speech, state or change: `NOT_AN_EVENT`); a modal or a present (`when he'll tackle`, `when it
 * resumes`) gives none, as does anything else between subject and verb (`when Mulroney was still a member`) and a verb
 * of what was meant (`when he was supposed to be ill`).
 */
function whenClause(tokens: readonly Token[], at: number): string | null {
  let k = at;
  if (PART_OF_DAY.test(tokens[k]?.text ?? '')) k += 1;
  if (tokens[k]?.text === ',') k += 1;
  if (!/^when$/i.test(tokens[k]?.text ?? '')) return null;
  k += 1;
  if (!REPORTED_SUBJECT.test(tokens[k]?.text ?? '')) return null;
  const first = k;
  for (; k < tokens.length && k - first < 5; k++) {
    const t = tokens[k]!.text;
    if (k > first && AUXILIARY.test(t)) break;
    if (!/^[\p{L}'’.&-]/u.test(t) || CLAUSE_STOP.test(t) || IRREGULAR_VERB.test(t)) return null;
    if (k > first && /^\p{Ll}/u.test(t) && verbForms(t) !== undefined) break;
  }
  while (k < tokens.length && AUXILIARY.test(tokens[k]!.text)) k += 1;
  const verb = tokens[k];
  const forms = verb !== undefined && /^\p{Ll}/u.test(verb.text) ? verbForms(verb.text) : undefined;
  if (forms === undefined || !forms.past || NOT_AN_EVENT.test(forms.infinitive) || DETERMINER.test(tokens[k - 1]?.text ?? '')) return null;
  // A past form before `to` and a verb says what was meant or due, not what happened (`when he was supposed to be ill`).
  const next = tokens[k + 2]?.text ?? '';
  if (/^to$/i.test(tokens[k + 1]?.text ?? '') && /^\p{Ll}/u.test(next) && (IRREGULAR_VERB.test(next) || verbForms(next) !== undefined)) return null;
  return phrasal(forms.infinitive, tokens, k);
}

/**
 * A thing that began to work right before the date (`began operating on Monday`, `started service in 2004`, `went into
 * operation in May`): the day it opened, as `opened on Monday` says (`begin` alone is no event: began what?).
 */
const BEGAN_OPERATING =
  /(?:^|[^\p{L}])(?:(?:began|begun|begins|begin|started|starts|start|commenced)\s+(?:operating|operations|operation|service|services|running|trading|flying|broadcasting)|(?:went|goes|go|came|comes|come)\s+(?:into\s+(?:operation|service)|online))\s+(?:(?:on|in|at)\s+)?$/u;

/** What may open a sentence before its date: a conjunction or time adverb, then a preposition of time. */
const OPENING = /^\s*["“‘']?\s*(?:(?:back|early|late|later|earlier|also|but|and|then|even|just|so)\s+)?(?:(?:in|on|at|during)\s+)?$/i;
/** A date said relative to the report (`today`, `last week`, `earlier this month`). */
const DEICTIC = /^(?:today|tonight|yesterday|(?:(?:earlier|later)\s+)?(?:last|this)\s+(?:week|month|year|weekend))$/i;
/** The first word of a subject right after an opening date with no comma: a determiner or a name. */
const SUBJECT_START = /^(?:the|a|an|his|her|its|their|The|A|An|His|Her|Its|Their|\p{Lu}[\p{Ll}.'’-]+)$/u;
/** Auxiliaries and adverbs between a subject and its verb (`was hired`, `has since filed`, `also signed`). */
const AUXILIARY = /^(?:was|were|is|are|has|have|had|been|be|being|also|since|then|later|just|once|first|finally|reportedly|officially|formally)$|ly$/i;
/** Modals and verbs of speech or state that end the search: `will fly` (planned), `said`, `did not`. */
const CLAUSE_STOP = /^(?:will|would|could|can|may|might|must|should|shall|do|does|did|not|never|that|which|who|whom|whose|when|where|while|if|because|as)$/i;
/** Determiners: a past form after one is an adjective of the subject (`the wounded soldier`). */
const DETERMINER = /^(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|some|many|several|two|three)$/i;
/** A short abbreviation whose full stop is no sentence break (`Mr.`, `Gen.`, a company's `Inc.`). */
const ABBREVIATION = /^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|St|Jr|Sr|Prof|Capt|Adm|Maj|Gov|Inc|Corp|Co|Ltd|Bros)$/;

/**
 * The verb a date that opens its sentence or stands between a subject and its verb is the date of: `On Monday,
 * police arrested three men` → `arrest`, `In 2001, Ford was diagnosed with …` → `diagnose`, `The Senate on Tuesday
 * approved the bill` → `approve`. The verb is the first past-tense form of an event after the subject (a few words,
 * no clause break; a past form right after the comma or after a determiner is an adjective: `armed men`); a modal
 * (`will fly`), a negation or a verb of speech, light or change (`said`, `began`, `rose`) gives none.
 */
function verbAfter(sentence: Sentence, tokens: readonly Token[], start: number, end: number): string | null {
  let k = tokenIndexAt(tokens, end);
  if (PART_OF_DAY.test(tokens[k]?.text ?? '')) k += 1;
  const before = sentence.text.slice(0, start - sentence.start);
  let first: number;
  // A date opening its sentence: the subject after it takes at least one word.
  let opening = false;
  if (OPENING.test(before) && tokens[k]?.text === ',') {
    // `On Monday, <subject> <verb>`.
    first = k + 1;
    opening = true;
  } else if (OPENING.test(before) && SUBJECT_START.test(tokens[k]?.text ?? '')) {
    // `On Friday the court rejected`, `In 1988 the USS Vincennes shot down`: no comma, the subject opening with a
    // determiner or a name.
    first = k;
    opening = true;
  } else {
    // `<subject> [on] <date> <verb>`: the word before the date (or its `on`) is a noun of the subject.
    // A year or month after a noun, or after `in`, is more often the noun's (`sales in 2007 failed`, `Office 2007`).
    if (!DAY_DATE.test(sentence.text.slice(start - sentence.start, end - sentence.start)) && !DEICTIC.test(sentence.text.slice(start - sentence.start, end - sentence.start))) return null;
    let b = tokenIndexBefore(tokens, start);
    if (/^in$/i.test(tokens[b]?.text ?? '')) return null;
    if (/^on$/i.test(tokens[b]?.text ?? '')) b -= 1;
    const subjectEnd = tokens[b];
    if (!subjectEnd || !isPhraseWord(subjectEnd) || /^\d/.test(subjectEnd.text) || verbForms(subjectEnd.text) !== undefined) return null;
    first = k;
  }
  for (let i = first; i < tokens.length && i < first + 8; i++) {
    const t = tokens[i]!;
    if (!/^[\p{L}'’-]/u.test(t.text)) {
      if (t.text === '.' && ABBREVIATION.test(tokens[i - 1]?.text ?? '')) continue;
      // A count opening the subject (`In February 2006, 23 militants broke out`).
      if (opening && i === first && /^\d{1,3}(?:,\d{3})*$/.test(t.text)) continue;
      return null;
    }
    if (CLAUSE_STOP.test(t.text)) return null;
    if (i === first && opening) continue;
    if (AUXILIARY.test(t.text)) continue;
    const forms = /^\p{Ll}/u.test(t.text) ? verbForms(t.text) : undefined;
    // Between a subject and its verb only auxiliaries and adverbs stand (`the minister Monday and signed`: no).
    if (!opening && forms === undefined) return null;
    if (forms === undefined || DETERMINER.test(tokens[i - 1]?.text ?? '')) continue;
    if (!forms.past || NOT_AN_EVENT.test(forms.infinitive)) return null;
    // A phrasal verb keeps its particle (`stepped down`, `rolled out`, `pushed through`): the verb alone is another.
    return phrasal(forms.infinitive, tokens, i);
  }
  return null;
}

/**
 * The past verb a day right after its object dates (`hired Austin on Dec. 6`, `met the envoy for the first time on
 * Tuesday`, `investigators entered the site on Friday morning`, `knocked him to the court on Dec. 11`): news writes
 * the day after the verb's phrase, so the day is the verb's, as `The Senate on Tuesday approved the bill` gives
 * `approve`. Over at most eight words of an object and its places, with no clause break, figure, other verb or word of
 * a deadline or span between (`hired a contractor to build it on`, `left after the game on`: none). Only a day: a month
 * or year after an object is as often a measure's period (`earned $3 billion in 2007`) or the object's own (`the
 * reforms of 1994`). Not after a modal or condition (`could sign him on Friday`), nor a verb of speech, change or state.
 */
function verbOverObject(sentence: Sentence, tokens: readonly Token[], start: number): string | null {
  return verbOverObjectAt(sentence, tokens, start)?.event ?? null;
}

/** `verbOverObject`, with the index of the verb's token. */
function verbOverObjectAt(sentence: Sentence, tokens: readonly Token[], start: number): { event: string; at: number } | null {
  let i = tokenIndexBefore(tokens, start);
  if (/^(?:on|early|late)$/i.test(tokens[i]?.text ?? '')) i -= 1;
  const last = i;
  // The word right before the day ends the object: a noun, a name or an object pronoun, not a function word.
  const end = tokens[last]?.text ?? '';
  // A span of time is no object (`the search entered a third day Sunday`, `spent two weeks there`).
  if (!/^\p{L}/u.test(end) || (STOP_WORDS.has(end.toLowerCase()) && !OBJECT_PRONOUN.test(end)) || TIME_SPAN.test(end)) return null;
  for (; i >= 0 && last - i <= 8; i--) {
    const t = tokens[i]!.text;
    if (!/^[\p{L}'’-]/u.test(t)) {
      if (t === '.' && ABBREVIATION.test(tokens[i - 1]?.text ?? '')) continue;
      return null;
    }
    const prev = tokens[i - 1]?.text ?? '';
    // `won't`, `didn't`: a negation, no event.
    if (/^t$/i.test(t) && /^['’]$/.test(prev)) return null;
    const forms = /^\p{Ll}/u.test(t) ? verbForms(t) : undefined;
    // A past form after a determiner, a possessive, a preposition or another past form is an adjective of the object
    // (`the wounded soldier`, `Taylor's pointed comments`, `by masked men`, `backed embattled coach X`).
    const adjective = DETERMINER.test(prev) || isPossessive(prev) || ADJECTIVE_AFTER.test(prev) || (/^\p{Ll}/u.test(prev) && !AUXILIARY.test(prev) && !/^(?:got|became)$/.test(prev) && verbForms(prev)?.past === true);
    if (forms?.past && !adjective) {
      if (i === last || NOT_AN_EVENT.test(forms.infinitive) || /^(?:it|there)$/i.test(prev)) return null;
      if (UNREAL_CLAUSE.test(sentence.text.slice(0, tokens[i]!.start - sentence.start))) return null;
      return { event: phrasal(forms.infinitive, tokens, i), at: i };
    }
    if (OBJECT_BREAK.test(t) || IRREGULAR_VERB.test(t) || (CLAUSE_STOP.test(t) && !/^as$/i.test(t))) return null;
    // `to` before a verb opens another clause (`hired a firm to build it`); before a noun phrase it is a place.
    const next = tokens[i + 1]?.text ?? '';
    if (/^to$/i.test(t) && !(DETERMINER.test(next) || OBJECT_PRONOUN.test(next) || /^\p{Lu}/u.test(next))) return null;
    if (/^\p{Ll}[\p{Ll}-]*ing$/u.test(t) && !DETERMINER.test(prev)) return null;
  }
  return null;
}

/** Object pronouns, which may end a verb's object before its day (`hired him on Monday`). */
const OBJECT_PRONOUN = /^(?:him|her|them|it|us|me|you|himself|herself|themselves|itself)$/i;
/** A unit of time, which ends a span rather than an object. */
const TIME_SPAN = /^(?:second|minute|hour|day|night|week|weekend|month|year|season|decade)s?$/i;
/** A preposition, after which a past form is an adjective (`by masked men`, `with armed guards`). */
const ADJECTIVE_AFTER = /^(?:by|with|of|for|in|on|at|from|to|into|among|about|against|than|as)$/i;
/** Words of a deadline, a span, a comparison or another clause between a verb's object and a day. */
const OBJECT_BREAK = /^(?:but|until|till|before|after|since|than|because|although|though|unless|despite|following|ahead|nor)$/i;

/**
 * A verb with the particle after its token `i` (`stepped down`, `rolled out`): the verb alone is another. `up to`
 * bounds a count (`killed up to half a million`), no particle.
 */
function phrasal(infinitive: string, tokens: readonly Token[], i: number): string {
  const particle = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (particle === 'up' && /^to$/i.test(tokens[i + 2]?.text ?? '')) return infinitive;
  return PARTICLE.test(particle) ? `${infinitive} ${particle}` : infinitive;
}

/** A particle that makes a phrasal verb of the verb before it. */
const PARTICLE = /^(?:out|down|up|off|through|over|back|away)$/;

const VERB_FORMS = new Map<string, { infinitive: string; past: boolean } | undefined>();

/** A word's infinitive and whether it is a past-tense form, when it is a verb's past form; `undefined` otherwise. */
function verbForms(word: string): { infinitive: string; past: boolean } | undefined {
  const w = word.toLowerCase();
  if (VERB_FORMS.has(w)) return VERB_FORMS.get(w);
  // American spelling keeps one `l` where the lexicon doubles it (`canceled`, `traveled`, `labeled`).
  const out = pastForm(w) ?? (/[^aeiou][aeiou]led$/.test(w) ? pastForm(`${w.slice(0, -2)}led`) : undefined);
  if (VERB_FORMS.size < 10_000) VERB_FORMS.set(w, out);
  return out;
}

/** A word's infinitive when it is a past form of a verb that differs from its infinitive (`rain`, `cut` are nouns as often). */
function pastForm(w: string): { infinitive: string; past: boolean } | undefined {
  const forms = (nlp(`they ${w}`) as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } }).verbs().conjugate()[0];
  const infinitive = forms?.Infinitive;
  return infinitive && w === forms?.PastTense && w !== infinitive ? { infinitive, past: true } : undefined;
}

/**
 * `said Saturday`, `says on Monday`: the date of the statement the sentence reports, not of what it says. Its event
 * is `statement`, which in a story is keyed by its day (reconcile), so it meets only the same day's statements. Only
 * a day: a year or month after `said` opens what was said (`said the past year was one of …`).
 */
const SAID_BEFORE = /(?:^|[^\p{L}])(?:said|says)\s+(?:on\s+)?$/u;
/** A game's score, with an aside on how it ended (`124-120`, `6-3 (OT)`), and how it went to extra time. */
const SCORE_TAIL = String.raw`(?:\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?\([^()]{1,12}\))?,?\s+)?(?:in\s+(?:overtime|OT|double\s+overtime|triple\s+overtime|extra\s+time|a\s+(?:penalty\s+)?shootout|penalties)\s+)?(?:(?:on|late|early)\s+)?$`;
/**
 * A verb of a game's result right before a day, over the beaten side's name (capitalised words, `the`, a ranking's
 * `No. 17`), the score and extra time: `beat Philadelphia on`, `defeated the New York Islanders 3-2 on`, `lost to Denver
 * 124-120`, `won 124-120 on`. The side must be a name: `beat the odds`, `won the vote`, `topped the charts` are none.
 */
const RESULT_VERB_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:beat|beats|beating|defeated|defeating|edged|edging|routed|routing|downed|blanked|thrashed|trounced|outlasted|whipped|upset|stunned|eliminated|held\s+off|rallied\s+past|cruised\s+past|rolled\s+past|knocked\s+off|lost\s+to|fell\s+to|won)\s+(?:the\s+)?(?:No\.\s?\d{1,2}\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,5}` + SCORE_TAIL,
  'u',
);
/** A modal, a condition or a wish earlier in the clause: what follows has not happened. */
const UNREAL_CLAUSE = /(?:^|[^\p{L}])(?:will|would|can|could|may|might|must|should|shall|if|unless|(?:need|needs|hope|hopes|want|wants|try|tries|trying)\s+to)\s[^,;:.!?]*$/iu;
/**
 * A game's result as a noun after its score, over the other side (`a 3-1 win over Chelsea on`, `a 101-91 defeat
 * Tuesday`); `victory`, an event noun, is read as one further on.
 */
const RESULT_NOUN_BEFORE = new RegExp(
  String.raw`(?:^|\s)\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:(?:overtime|shootout|road|home|comeback)\s+)?(?:win|loss|defeat)\s+(?:(?:over|against|at|to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){1,5})?(?:(?:on|late|early)\s+)?$`,
  'u',
);

/**
 * `announced the plan on Tuesday`, `will be announced on Tuesday`, `announces Monday`: a day after `announce` (over up
 * to four words of its object, no clause break) dates the announcement, the event `the announcement was expected
 * Tuesday` names: in a story a one-word event keyed by its day, as `said Saturday` is a `statement`.
 */
const ANNOUNCED_BEFORE = /(?:^|[^\p{L}])(?:announced|announces|announce|announcing)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:on\s+)?$/u;

/** Before an event the date is placed in (`on Tuesday during a hearing`): a preposition of time or occasion. */
const OCCASION_PREP = new RegExp(`^${OCCASION_PREPOSITION}$`, 'i');
/** A determiner or possessive pronoun opening the occasion's noun phrase. */
const OCCASION_DET = new RegExp(`^${OCCASION_DETERMINER}$`, 'i');
/** Prepositions that end the occasion's noun phrase (not all are stop words). */
const PHRASE_END = /^(?:near|over|against|after|before|outside|inside|between|across|along|into|onto|toward|towards|amid|following|including|despite|under|without|within|beyond|behind|beside|versus|vs)$/i;
/** A part of the day after a weekday (`Friday night`), skipped before the occasion. */
const PART_OF_DAY = new RegExp(`^${DAY_PART}$`, 'i');

/** The first word of a reported clause's subject: a pronoun, a determiner or a name. */
const REPORTED_SUBJECT = /^(?:it|they|he|she|we|i|the|its|their|his|her|our|this|these|those|\p{Lu}[\p{L}.'’&-]*)$/u;
/** The perfect's auxiliary. */
const PERFECT = /^(?:has|have|had)$/i;
/** Adverbs between the perfect's auxiliary and its participle (`has already opened`, `had formally notified`). */
const PERFECT_ADVERB = /^(?:already|also|just|now|formally|officially|finally|since|recently|quietly)$/i;
/** A date or a span's word in the reported clause: the event is dated there, not by the statement's day. */
const CLAUSE_DATE = /^(?:\d{4}|ago|last|earlier|previously|before|since|yesterday|today|tonight|week|month|year|weekend)$/i;

/**
 * The event a statement dated by a day reports as done, right after the day: `said on Monday that it has opened two
 * new probes` → `open`, `said Monday it had notified Congress` → `notify`. The reported clause opens with its subject
 * (a pronoun, a determiner or a name, up to five words, no verb form among them) and a perfect (`has`, `have`,
 * `had`) of a verb that names an event (no verb of speech, state or change: `NOT_AN_EVENT`, never `been`); a date
 * of its own in the clause (`had notified Congress last week`, `in 2007`, `a month ago`) says the event was not that day.
 */
function reportedDone(tokens: readonly Token[], at: number): string | null {
  let k = at;
  if (PART_OF_DAY.test(tokens[k]?.text ?? '')) k += 1;
  if (/^that$/i.test(tokens[k]?.text ?? '')) k += 1;
  if (!REPORTED_SUBJECT.test(tokens[k]?.text ?? '')) return null;
  const first = k;
  for (; k < tokens.length && k - first < 5 && !PERFECT.test(tokens[k]!.text); k++) {
    const t = tokens[k]!.text;
    if (!/^[\p{L}'’.&-]/u.test(t) || CLAUSE_STOP.test(t) || IRREGULAR_VERB.test(t)) return null;
    if (/^\p{Ll}/u.test(t) && verbForms(t) !== undefined) return null;
  }
  if (!PERFECT.test(tokens[k]?.text ?? '')) return null;
  k += 1;
  if (PERFECT_ADVERB.test(tokens[k]?.text ?? '')) k += 1;
  const verb = tokens[k];
  const forms = verb !== undefined && /^\p{Ll}/u.test(verb.text) ? verbForms(verb.text) : undefined;
  if (forms === undefined || !forms.past || NOT_AN_EVENT.test(forms.infinitive) || /^(?:been|got|gotten)$/i.test(verb!.text)) return null;
  // The clause up to its next break holds no date of its own.
  for (let j = k + 1; j < tokens.length && j <= k + 12; j++) {
    const t = tokens[j]!.text;
    if (/^[.;:!?]$/.test(t)) break;
    if (CLAUSE_DATE.test(t) || MONTH_OR_WEEKDAY.test(t)) return null;
  }
  return phrasal(forms.infinitive, tokens, k);
}

/**
 * The event a date is placed in by a phrase right after it, when nothing before the date names one: `told
 * Congress on Tuesday during a hearing on …` → `hearing`, `said Monday at a news conference` → `news conference`,
 * `the final margin Friday in the Nuggets' 124-120 shootout win` → `shootout win`. The noun phrase after the
 * preposition may hold a name, its possessive and a score; it must end in an event, a happening or a game's
 * result (after a determiner, `win` is a noun), and it keeps one lower-case modifier before that noun. A noun
 * that modifies another (`at the election commission`) is no event.
 */
function eventAfter(tokens: readonly Token[], at: number): string | null {
  let k = at;
  if (PART_OF_DAY.test(tokens[k]?.text ?? '')) k += 1;
  if (!OCCASION_PREP.test(tokens[k]?.text ?? '')) return null;
  k += 1;
  if (!OCCASION_DET.test(tokens[k]?.text ?? '')) return null;
  k += 1;
  // The phrase: words, a possessive (`Nuggets'`, `'s`) and a score, up to six tokens before its last noun.
  const words: Token[] = [];
  for (; k < tokens.length && words.length < 8; k++) {
    const t = tokens[k]!;
    if (isPossessive(t.text) || /^['’]$/.test(t.text) || SCORE.test(t.text)) continue;
    if (!isPhraseWord(t) || PHRASE_END.test(t.text)) break;
    words.push(t);
  }
  const head = words[words.length - 1];
  if (!head || !(EVENT.test(head.text) || RESULT.test(head.text) || HAPPENING.test(head.text))) return null;
  const mod = words[words.length - 2];
  const m = mod && /^\p{Ll}/u.test(mod.text) && !IRREGULAR_VERB.test(mod.text) && !/(?:ed|ly|[^s]s)$/.test(mod.text) ? `${mod.text} ` : '';
  return tidy(`${m}${head.text}`);
}

/**
 * A happening that a light verb says is held or takes place on the date: `the state funeral is expected to take
 * place on`, `the trial will be held in`, `a memorial service was held Sunday` (its noun as `happeningBefore` keeps it).
 */
const HELD =
  /(?:^|[^\p{L}-])(?:(?!(?:is|was|are|were|will|would|has|have|had|be|been|being)\s)(\p{Ll}[\p{Ll}-]*)\s+)?(?!(?:is|was|are|were|will|would|has|have|had|be|been|being)\s)(\p{Ll}+)\s+(?:(?:is|was|are|were|will|would|has|have|had|be|been|being)\s+){0,3}(?:(?:expected|scheduled|set|due|planned|slated|likely|going)\s+to\s+)?(?:take\s+place|took\s+place|taken\s+place|takes\s+place|be\s+held|been\s+held|held)\s+(?:(?:on|in|at)\s+)?$/u;

function happeningHeld(before: string): string | null {
  const m = HELD.exec(before);
  if (!m || !HAPPENING.test(m[2]!)) return null;
  const mod = m[1] && !STOP_WORDS.has(m[1]) && !IRREGULAR_VERB.test(m[1]) && !/(?:ed|ly|[^s]s)$/.test(m[1]) ? `${m[1]} ` : '';
  return tidy(`${mod}${m[2]}`);
}

/**
 * A place, cause or vehicle between the verb and its date: `died in a hospital on`, `died of cancer`, `crashed
 * near the airport in` (one or two such phrases). An object between them is not skipped here: a day after an
 * object is the verb's by `verbOverObject` (`adopted the budget on Tuesday`), a month or year none.
 */
const PLACE_TAIL = /\s(?:in|at|of|near|from|outside|inside|aboard|off)\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:(?:on|in|at)\s+)?$/u;

function eventVerbOverPlace(before: string): string | null {
  let rest = before;
  for (let n = 0; n < 2; n++) {
    const m = PLACE_TAIL.exec(rest);
    if (!m) return null;
    rest = `${rest.slice(0, m.index)} `;
    // `proposed the concept of X in 1994`: a word after a determiner is a noun (the object), not the verb.
    if (/(?:^|\s)(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your)\s+\S+\s*$/i.test(rest)) return null;
    const verb = eventVerb(rest);
    if (verb) return verb;
  }
  return null;
}

/** A happening written right before the date (`a military coup in`, `the rebellion began in`), with one modifier. */
function happeningBefore(before: string): string | null {
  // The last few words before the date: [modifier] happening [link words].
  const words = /((?:[\p{L}-]+\s+){1,5})$/u.exec(before)?.[1]!.trim().split(/\s+/) ?? [];
  for (let n = 0; n <= 2 && n < words.length; n++) {
    const head = words[words.length - 1 - n]!;
    const link = words.slice(words.length - n).join(' ');
    if (!HAPPENING.test(head) || (n > 0 && !HAPPENING_LINK.test(link))) continue;
    const m = words[words.length - 2 - n];
    const mod = m && /^\p{Ll}/u.test(m) && !STOP_WORDS.has(m) && !IRREGULAR_VERB.test(m) && !/(?:ed|ly|[^s]s)$/.test(m) ? `${m} ` : '';
    return tidy(`${mod}${head}`);
  }
  return null;
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
  /^(?:say|tell|speak|talk|announce|report|add|note|confirm|state|write|post|tweet|claim|warn|argue|explain|deny|reply|respond|comment|insist|acknowledge|disclose|reveal|describe|express|fail|contain|reflect|mean|represent|involve|require|lack|own|know|like|feel|believe|prompt|cause|rank|indicate|suggest|predict|estimate|expect|update|ask|agree|decline|refuse|be|have|do|get|go|come|make|take|give|put|set|keep|let|see|begin|start|end|continue|resume|finish|stop|remain|stay|become|seem|plan|want|try|need|hold|leave|return|show|find|use|call|include|follow|appear|happen|occur|double|triple|quadruple|slow|accelerate|improve|worsen|weaken|strengthen|rise|fall|grow|increase|decrease|climb|drop|surge|jump|plunge|soar|slump|nosedive|skyrocket|gain|lose|decline|shrink|slip|edge|recover|rebound|slide|dip|tumble|plummet|ease|sink|sag|spike|fluctuate|rally|stabilize|stabilise|stretch|extend|widen|narrow)$/;
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
  // Alone, a participle reads as an adjective (`charged`); after a pronoun it is a verb.
  const forms = (nlp(`they ${word}`) as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } }).verbs().conjugate()[0];
  const infinitive = forms?.Infinitive ?? null;
  // A past tense that differs from the infinitive: the conjugator gives any noun a "past tense" of itself
  // ("budget"), so a form like "cut" that never changes is left out with them.
  const past = word === forms?.PastTense && word !== infinitive;
  const isEvent = infinitive !== null && !NOT_AN_EVENT.test(infinitive) && (m[1] ? word === infinitive : past);
  const out = isEvent ? infinitive : null;
  if (INFINITIVES.size < 10_000) INFINITIVES.set(key, out);
  return out;
}

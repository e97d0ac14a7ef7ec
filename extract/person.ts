/**
 * Person mentions, one claim per mention, linked across the article to one
 * canonical full name in Western order. Names come from titles (`Commerce
 * Secretary Howard Lutnick`), appositives (`Matt Blunt, president of ...`),
 * credit lines (`With assistance from ...`), given names compromise knows, and
 * later surname-only mentions (`Trump`, `Trump-Ishiba`).
 */
import { sentenceAt, splitSentences, type Sentence } from './sentence.js';
import { sentenceTokens } from './phrase.js';
import { letterBefore, wholeWordMatches } from './whole-words.js';
import { inferTitleOwners } from './office-owner.js';
import { successions } from './succession.js';
import { DOTTED_TITLE, GENERAL_AFTER, HONORIFIC, NAME_TITLE, ROLE_MODIFIER, STYLE, TITLE_HEAD, stripTitlePrefix } from './title.js';
import { isCapitalized, isPossessive, isWord, type Token } from './token.js';
import { STOP_WORDS, countryOfWord, givenNameSex, isCountryWord, isCommonWord, isFirstName, isGrammarWord, isLastName, isOrganization, isPersonNoun, isPlace, tidy } from '../lexicon/vocabulary.js';
import { countryNamed } from '../lexicon/countries.js';
import { TITLE_FORMS } from '../lexicon/offices.js';

/** A person mention with its canonical (article-linked) name. */
export interface PersonMention {
  start: number;
  end: number;
  name: string;
  role: string | null;
  org: string | null;
  rule: string;
  confidence: number;
}

interface RawMention {
  start: number;
  end: number;
  tokens: string[];
  role: string | null;
  org: string | null;
  rule: string;
  confidence: number;
}

// Words that make a capitalised run an organisation or place rather than a name.
const ORG_WORD = /^(?:Classic|Open|Championship|Championships|Tournament|Invitational|Festival|Awards|Trophy|Marathon|Prix|Olympics|Summit|Conference|Forum|Expo|Show|State|College|Academy|Security|Co\.?|Corp\.?|Inc\.?|Ltd\.?|LLC|Group|Bank|Motor|Motors|Company|Institute|University|Council|Committee|Commission|Ministry|Department|Agency|Association|Coalition|Foundation|Center|Centre|House|Street|Journal|Times|Post|News|Television|TV|Steel|Industries|Holdings|Partners|Capital|Fund|Party|Senate|Congress|Parliament|Administration|Office|Bureau|Authority|Board|Union|Republic|States|Kingdom|Business|Businessweek|Week|Media|Press|Review|Energy|Airlines|Technologies|Technology|Systems|Electronics|Semiconductor|Manufacturing|Pharmaceuticals|Petroleum|Oil|Gas|Insurance|Securities|Financial|Investments|Ventures|Labs|Robotics|Entertainment|Airways|Re|Motor|Stadium|Airport|Police|Hospital|School|Zoo|Museum|Cathedral|Mosque|Aquarium|Prison|Electric|Utilities|Railway|Railways|Telecom|Communications|Chemical|Chemicals|Mining|Resources|Logistics|Shipping|Foods|Brands|Retail|Trust|Exchange|Services|Fund|Agency|Pharma|Pharmaceutical|Therapeutics|Bio|Biotech|Biosciences|League|Club|Cup|Federation|County|Parish|Province|District|Prefecture|Municipality|Service|Rescue|Region|Products|Parks|Experiences|Studios|Networks|Pictures|Records|Games)$/;
// Common nouns for organisations: a capitalised run right after one names the organisation ("mining company Minera Pacifico said").
const ORG_NOUN = /^(?:company|firm|group|club|bank|lender|insurer|agency|carrier|airline|automaker|carmaker|drugmaker|biotech|consortium|utility|startup|start-up|retailer|party|union|conglomerate|house|fund|manufacturer|supplier|broadcaster|newspaper|outlet|regulator|watchdog|organisation|organization|charity)$/i;
const FUNCTION_CAP = /^(?:The|A|An|And|But|Or|His|Her|Its|Their|Our|In|On|At|For|From|With|By|As|Of|To|If|When|While|After|Before|Under|Even|Thanks|According|Meanwhile|However|Although|This|That|These|Those|It|He|She|They|We|I|Most|Other|Some|Any|All|Both|Each|Every|Despite|Following|During|Since|Until)$/;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SPEECH_AFTER = /^(?:said|says|added|told|argued|noted|wrote|posted|stated|explained|warned|recalled)$/i;
const CREDIT = /\b(?:With assistance from|Additional reporting by|Reporting by|Written by|Edited by|Contributors?:)\s+([^\n]+)|^By\s+(\p{Lu}[^\n.]{2,100})$/gmu;
// Lower-case particles inside names (`Abdulaziz bin Salman`, `Ursula von der Leyen`).
const PARTICLE = /^(?:bin|bint|ibn|al|el|de|da|del|della|di|van|von|der|den|dos|das|du)$/;
/** The Arabic article as family names are written with it, assimilated or not (`al-`, `el-`, `ash-`). */
const ARTICLE_FORMS = '(?:al|el|ad|ar|as|ash|at|az|an)-';
/** A family name written with the Arabic article (`al-Maliki`, `el-Baradei`): the last word of a name. */
const ARTICLE_NAME = new RegExp(String.raw`^${ARTICLE_FORMS}\p{Lu}[\p{L}’'-]+$`, 'u');
/** The article of such a name, which a later mention may leave out (`Maliki said`) or capitalise (`Al-Maliki`). */
const ARTICLE = new RegExp(`^${ARTICLE_FORMS}`, 'i');
/** That article written right before a family name (`al-` of `al-Maliki's`), with no letter before it. */
const ARTICLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${ARTICLE_FORMS})$`, 'iu');

function isNameToken(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.text;
  if (!isWord(w) || !isCapitalized(w) || /^\p{Lu}{2,}$/u.test(w) && w.length > 3) return false;
  if (FUNCTION_CAP.test(w) || MONTH_OR_DAY.test(w) || ORG_WORD.test(w) || TITLE_HEAD.test(w)) return false;
  // Countries and companies compromise knows are not names ("US-Japan", "Toyota").
  if (isCountryWord(w) || isOrganization(w)) return false;
  if (w.includes('.') && !/^\p{Lu}\.$/u.test(w)) return false;
  return true;
}

/** Honorifics written without a period (`Mr Watkins`, `Dr Amina Buttar`): never a word of the name. */
const UNDOTTED_HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr)$/;

/**
 * The number of tokens from `i` that a place of two or three capitalised words takes (`San Francisco`, `North
 * Carolina`, `Prince Edward Island`) as compromise knows it, or 0.
 */
function placeAt(tokens: readonly Token[], i: number): number {
  for (const n of [3, 2]) {
    const words = tokens.slice(i, i + n);
    if (words.length === n && words.every((t) => isWord(t.text) && isCapitalized(t.text)) && isPlace(words.map((t) => t.text).join(' '))) return n;
  }
  return 0;
}

/** Particles that begin family names (`Le Van Thanh`, `Le Pen`, `De Gaulle`, `Van Gogh`), though the lexicon lists some as determiners. */
const NAME_PARTICLE = /^(?:Le|La|Les|El|Du|Des|De|Da|Di|Van|Von)$/;

/** Words that qualify a person, capitalised at a sentence's start before the name (`Former Williams driver Alex Wurz`). */
const LEAD_MODIFIER = /^(?:Former|Late|Incoming|Outgoing)$/;

/**
 * A capitalised word right before a name that is no part of it: a function word or a verb in the present
 * (`THE Alan Shearer silence`, `Is Kate Moss …`), a plural (`Politicians Clara Rojas and …`), a modifier (`Former`), or a
 * singular occupation before a full name (`Astronaut Daniel Tani`, `Comedian Russell Brand`), which is then the person's
 * `role`. Never a given or family name, a style (`Lord`, `Sir`), a word inside a longer name (`Hoang Son Pham`), or
 * an occupation before a single word (`Son Heung-min`).
 */
function leadWord(tokens: readonly Token[], i: number): 'role' | 'other' | null {
  const t = tokens[i];
  if (t === undefined || i < 0 || !isCapitalized(t.text) || !isNameToken(tokens[i + 1])) return null;
  const w = t.text;
  // `Sir Alex Ferguson`, `MP Carole Lind`, `MVP Steve Nash`, `RW Shane Doan`: a style (kept before a family name alone,
  // `Lord Stevens`) or an abbreviation (a title, an award, a position) before a given name and a family name.
  if ((STYLE.test(w) || /^\p{Lu}{2,4}$/u.test(w)) && !isFirstName(w) && fullNameAt(tokens, i + 1)) return 'other';
  if (isNameToken(tokens[i - 1])) return null;
  if (isFirstName(w) || isLastName(w) || STYLE.test(w) || NAME_PARTICLE.test(w)) return null;
  if (LEAD_MODIFIER.test(w) || isGrammarWord(w)) return 'other';
  if (isPersonNoun(w) && isNameToken(tokens[i + 2])) return 'role';
  // `Top-seeded Justine Henin`, `Two-time champion`: a compound with a lower-case part describes, it names no one.
  if (/^\p{Lu}\p{Ll}*-\p{Ll}/u.test(w)) return 'other';
  // `Freshman Justin Burrell led`: a sentence's first word is capitalised whatever it is; before a given name and a
  // further name word, a word that is no given name itself describes the person (a given name was tested above).
  if (i === 0 && isFirstName(tokens[i + 1]!.text) && isNameToken(tokens[i + 2])) return 'other';
  return null;
}

/** Up to three name tokens starting at `i`; empty when the run looks like a place or organisation. */
/** True when a given name and a further name word begin at `i` (`Alex Ferguson`). */
function fullNameAt(tokens: readonly Token[], i: number): boolean {
  return isFirstName(tokens[i]?.text ?? '') && isNameToken(tokens[i]) && isNameToken(tokens[i + 1]);
}

/** A party's member written before a name (`Republican`, `Democrat`): an affiliation, not a given name. */
const PARTY_WORD = /^(?:Republican|Democrat|Democratic|GOP|Labour|Tory|Conservative|Liberal|Socialist|Communist)$/;

function nameRun(tokens: Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length && run.length < 5; k++) {
    const t = tokens[k]!;
    // "ranking Republican Tom Davis", "Democrat Ana Ruiz": a party word before a name is no part of it.
    if (run.length === 0 && PARTY_WORD.test(t.text) && isNameToken(tokens[k + 1])) break;
    // "Maryland Democrat Ana Ruiz": nor is the place the member is from.
    if (run.length === 0 && isPlace(t.text) && PARTY_WORD.test(tokens[k + 1]?.text ?? '') && isNameToken(tokens[k + 2])) break;
    if (run.length === 0 && leadWord(tokens, k) !== null) break;
    if (run.length > 0 && PARTICLE.test(t.text) && isNameToken(tokens[k + 1])) {
      run.push(t);
      continue;
    }
    // "Nouri al-Maliki", "Ayman al-Zawahri": the family name with its article ends the name.
    if (run.length > 0 && ARTICLE_NAME.test(t.text) && !isOrganization(t.text)) {
      run.push(t);
      break;
    }
    if (!isNameToken(t) || run.filter((r) => !PARTICLE.test(r.text)).length >= 4) break;
    // "George W. Bush", "John F. Kennedy": a middle initial and its period are one word of the name.
    const dot = tokens[k + 1];
    if (run.length > 0 && /^\p{Lu}$/u.test(t.text) && dot?.text === '.' && dot.start === t.end && isNameToken(tokens[k + 2])) {
      run.push({ text: `${t.text}.`, start: t.start, end: dot.end });
      k += 1;
      continue;
    }
    run.push(t);
  }
  const after = tokens[i + run.length];
  if (after && ORG_WORD.test(after.text)) return [];
  if (run.length === 1 && (isPlace(run[0]!.text) || isCountryWord(run[0]!.text) || isOrganization(run[0]!.text))) return [];
  // Multi-word places compromise knows ("Abu Dhabi", "New York").
  if (run.length > 1 && isPlace(run.map((t) => t.text).join(' '))) return [];
  return run;
}

/**
 * The country a title (its first token at `at`) is styled with right before it, which the role leaves out ("Norwegian Prime Minister",
 * "Japan's Prime Minister", "Venezuela's leftist President"): where the office is held. `null` when no country
 * word is there.
 */
function countryBefore(tokens: Token[], at: number): string | null {
  // A country of two words is read whole (`South Korean`, `New Zealand`): its last word alone is another or none.
  const two = (k: number) =>
    tokens[k - 1] && tokens[k] && isCapitalized(tokens[k - 1]!.text) && isCapitalized(tokens[k]!.text) ? countryNamed(`${tokens[k - 1]!.text} ${tokens[k]!.text}`) : null;
  const country = (k: number) => two(k) ?? (tokens[k] && isCapitalized(tokens[k]!.text) ? countryOfWord(tokens[k]!.text) : null);
  const direct = country(at - 1);
  if (direct) return direct;
  // "Venezuela's leftist President": a possessive country, up to two lower-case words before the title.
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if (isPossessive(tokens[k]!.text)) return country(k - 1);
    if (!/^\p{Ll}[\p{L}-]*$/u.test(tokens[k]!.text)) return null;
  }
  return null;
}

/**
 * The organisation a title is styled with as its owner right before it (`Sprint Nextel's new chief executive Dan
 * Hesse`, `Newcastle's chairman, Chris Mort`, `Cricket Australia's chief executive`): the capitalised words before a
 * possessive, up to two lower-case words before the title's first token at `at`. `null` when none is there, when it is
 * a country alone (`countryBefore` reads that), or when the words are a sentence's first word that names people
 * (`Women's empowerment minister`). A person's possessive (`Odinga's party spokesman`) is set here too and dropped
 * once the article names that person (`findPersons`).
 */
/** Lower-case words between an owner's possessive and its title that say when or how (`Acme's new chief executive`). */
const OWNER_GAP = /^(?:new|former|longtime|then|current|outgoing|incoming|acting|interim|recently|newly|appointed|elected|named)$/;

function possessiveOwner(tokens: Token[], at: number): string | null {
  let k = at - 1;
  // Only words that say when or which (`new`, `former`, `acting`), never a verb (`B.C.'s premier toured Prince George`).
  while (k >= 0 && k >= at - 2 && (OWNER_GAP.test(tokens[k]!.text) || ROLE_MODIFIER.test(tokens[k]!.text))) k -= 1;
  if (k < 1 || !isPossessive(tokens[k]!.text)) return null;
  const words: Token[] = [];
  for (let i = k - 1; i >= 0 && words.length < 4; i--) {
    const t = tokens[i]!;
    if (!isWord(t.text) || !isCapitalized(t.text) || FUNCTION_CAP.test(t.text) || MONTH_OR_DAY.test(t.text)) break;
    if (i + 1 < k && tokens[i + 1]!.start > t.end + 1) break;
    words.unshift(t);
  }
  if (words.length === 0) return null;
  // A titled person's possessive (`Secretary-General Ban Ki-moon's`) names whose aide, not an organisation.
  if (words.some((t) => TITLE_HEAD.test(t.text))) return null;
  const name = words.map((t) => t.text).join(' ');
  if (words.length === 1 && (countryOfWord(name) !== null || isCountryWord(name) || (words[0] === tokens[0] && isPersonNoun(name)))) return null;
  if (countryNamed(name) !== null) return null;
  return name;
}

/** The title phrase ending at token `head` (inclusive), extended left over modifiers. */
function titleBefore(tokens: Token[], head: number): { at: number; start: number; text: string } {
  let k = head;
  // "Central Election Commission (CEC) chairman": an acronym in brackets between the organisation and its title.
  let bracket: number | null = null;
  while (k - 1 >= 0 && head - (k - 1) < 5 + (bracket === null ? 0 : 3)) {
    if (bracket === null && tokens[k - 1]?.text === ')' && /^\p{Lu}{2,6}$/u.test(tokens[k - 2]?.text ?? '') && tokens[k - 3]?.text === '(' && isCapitalized(tokens[k - 4]?.text ?? '')) {
      bracket = k - 3;
      k -= 3;
      continue;
    }
    const t = tokens[k - 1]!;
    // "St. Louis coach", "Ft. Worth mayor": a place's abbreviated first word and its period belong to the name before the title.
    if (t.text === '.' && PLACE_ABBREVIATION.test(tokens[k - 2]?.text ?? '') && tokens[k - 2]!.end === t.start && isCapitalized(tokens[k]?.text ?? '')) {
      k -= 2;
      continue;
    }
    const capital = isWord(t.text) && isCapitalized(t.text) && !FUNCTION_CAP.test(t.text) && !isCountryWord(t.text);
    const abbreviation = /^(?:\p{Lu}\.){2,}$/u.test(t.text);
    if (!(capital || abbreviation || ROLE_MODIFIER.test(t.text))) break;
    if (capital && ORG_WORD.test(t.text) === false && isFirstName(t.text) && k === head && !afterPlaceAbbreviation(tokens, k - 1)) break;
    k -= 1;
  }
  // "The state’s civil protection chief": lower-case nouns before a lower-case head belong to the
  // title when a determiner or possessive closes the phrase.
  if (/^\p{Ll}/u.test(tokens[head]!.text) || /^\p{Lu}{2,4}$/u.test(tokens[head]!.text)) {
    let e = k;
    while (e - 1 >= 0 && k - (e - 1) <= 3 && isPlainNoun(tokens[e - 1]!.text) && !SPEECH_AFTER.test(tokens[e - 1]!.text)) e -= 1;
    // "Senior first officer John Coward": a rank word opening the sentence is capitalised only for that.
    if (e === 1 && e < head && ROLE_MODIFIER.test(tokens[0]!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!.text) && isPlainNoun(tokens[0]!.text.toLowerCase())) e = 0;
    const boundary = tokens[e - 1];
    // "LightShed media analyst", "and legal affairs chief", "signed veteran forward": the nouns before the head
    // belong to the title when a determiner, possessive, name, punctuation or verb closes the phrase.
    const closes = !boundary || isPossessive(boundary.text) || /^(?:the|a|an|its|his|her|their|our|and|or|by|with|from|said|says|told)$/i.test(boundary.text)
      || (isCapitalized(boundary.text) && isWord(boundary.text)) || /^[,;:(“"—-]$/.test(boundary.text) || /(?:ed|s)$/.test(boundary.text);
    if (e < k && closes) k = e;
  }
  if (bracket !== null && k === bracket) k += 3;
  const words = tokens
    .slice(k, head + 1)
    .filter((_, idx) => bracket === null || k + idx < bracket || k + idx >= bracket + 3)
    .map((t, idx) => (idx === 0 ? stripTitlePrefix(t.text) : t.text));
  // An abbreviation's period is written against it (`St. Louis`), not as a word of its own.
  return { at: k, start: tokens[k]!.start, text: words.join(' ').replace(/ \.(?= )/g, '.') };
}

/** A place's abbreviated first word (`St. Louis`, `Mt. Hood`, `Ft. Worth`), written with a period. */
const PLACE_ABBREVIATION = /^(?:St|Ste|Mt|Ft)$/;

/** True when token `i` follows a place's abbreviated first word and its period (`Louis` in `St. Louis`): a place's name, no person's. */
function afterPlaceAbbreviation(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i - 1];
  const word = tokens[i - 2];
  return dot?.text === '.' && word !== undefined && PLACE_ABBREVIATION.test(word.text) && word.end === dot.start && dot.end <= tokens[i]!.start;
}

function isPlainNoun(word: string): boolean {
  return /^\p{Ll}[\p{Ll}-]+$/u.test(word) && !STOP_WORDS.has(word) && !/(?:ly|ed|ing)$/.test(word);
}

/** Finds raw mentions (names as written) in one sentence. */
function findInSentence(sentence: Sentence, out: RawMention[]): void {
  const tokens = sentenceTokens(sentence);
  const covered = new Set<number>();
  const push = (run: Token[], role: string | null, org: string | null, rule: string, confidence: number) => {
    if (run.length === 0 || run.some((t) => covered.has(t.start))) return;
    for (const t of run) covered.add(t.start);
    out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, tokens: run.map((t) => t.text), role, org, rule, confidence });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const head = stripTitlePrefix(t.text);
    const dotted = DOTTED_TITLE.test(head) && tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === t.end;
    // "Attorney General Karl Brandt"; and a military rank spelled out before a given name, as `Gen.` is written
    // ("General Anna Weiss said"), never an organisation's word (`General Motors`) nor a title's (`Director General`).
    const general =
      /^general$/i.test(head) &&
      (GENERAL_AFTER.test(tokens[i - 1]?.text ?? '') || (head === 'General' && !isCapitalized(tokens[i - 1]?.text ?? '') && isFirstName(tokens[i + 1]?.text ?? '')));
    // "Mr Watkins said", "Ms Lind": an honorific written without its period, as British and Australian copy does, is
    // no part of the name either: the name after it is the person's, and links to the full name by family name.
    const undotted = !dotted && UNDOTTED_HONORIFIC.test(t.text);
    if (!NAME_TITLE.test(head) && !dotted && !general && !undotted) continue;
    // "Prince Edward Island": a title word that begins a place's name is no title.
    if (placeAt(tokens, i) > 0) continue;
    // "Gov. Paulo Teixeira": the period is part of the title, not a sentence end.
    if (DOTTED_TITLE.test(head) && !dotted && /^(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Supt)$/.test(head)) continue;
    // "Minister of Economy, Ryosei Akazawa", "Ambassador to France Claire Roux": a complement belongs to the title.
    let j = i + 1 + (dotted ? 1 : 0);
    const styled = titleBefore(tokens, i);
    let title = styled.text + (dotted ? '.' : '');
    const complement = /^(?:of|to|for)$/.test(tokens[j]?.text ?? '') ? tokens[j]!.text : null;
    const skipThe = complement && /^the$/i.test(tokens[j + 1]?.text ?? '') ? 1 : 0;
    if (complement && isCapitalized(tokens[j + 1 + skipThe]?.text ?? '')) {
      const words: string[] = [];
      let k = j + 1 + skipThe;
      while (tokens[k] && isCapitalized(tokens[k]!.text) && isWord(tokens[k]!.text) && words.length < 5) words.push(tokens[k++]!.text);
      // "Secretary of Commerce Howard Lutnick": with no comma the name closes the run; a given name marks where it starts.
      let split = words.length;
      if (tokens[k]?.text !== ',' && words.length >= 2) {
        const given = words.findIndex((w, idx) => idx > 0 && isFirstName(w));
        split = given > 0 ? given : words.length >= 3 ? words.length - 2 : words.length;
      }
      title = `${title} ${complement}${skipThe ? ' the' : ''} ${words.slice(0, split).join(' ')}`;
      j = k - (words.length - split);
    }
    if (tokens[j]?.text === ',') j += 1;
    // "energy minister, Prince Abdulaziz", "panel chairman Sir John Lind": a style between the title and a name.
    if (tokens[j] && STYLE.test(tokens[j]!.text) && (tokens[j - 1]?.text === ',' || fullNameAt(tokens, j + 1))) j += 1;
    const run = nameRun(tokens, j);
    if (run.length === 0) continue;
    // "Commerce Secretary, Howard Lutnick" needs a two-word name; a single word after a comma is too loose.
    if (tokens[j - 1]?.text === ',' && run.length < 2) continue;
    // `Miss Universe`, `Miss Saigon`: `Miss` before a single word is a name only before a known family name.
    if (undotted && t.text === 'Miss' && run.length === 1 && !isLastName(run[0]!.text)) continue;
    // `Mr K. Swamy`: an initial alone is no name.
    if (undotted && run.length === 1 && /^\p{Lu}$/u.test(run[0]!.text)) continue;
    const role = undotted || HONORIFIC.test(`${head}${dotted ? '.' : ''}`) ? null : tidy(title);
    // "President Boris Tadic of Serbia": a country after the name is where the title is held too.
    const after = tokens[j + run.length]?.text === 'of' ? tokens[j + run.length + 1] : undefined;
    const countryAfter = after && isCapitalized(after.text) ? countryOfWord(after.text) : null;
    const org = /\bof\s+(?:the\s+)?(.+)$/.exec(title)?.[1] ?? possessiveOwner(tokens, styled.at) ?? countryBefore(tokens, styled.at) ?? countryAfter;
    push(run, role, org, 'person.title', 0.9);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(tokens[i]!.start)) continue;
    // "the San Francisco Giants", "North Carolina Central", "a Sri Lanka Cricket official": up to two capitalised words
    // right after a place of two or three words name a team, school or body of that place, no person; the place's own
    // words are no given name either (`Francisco Giants`). A given name after the place begins a name, and so does one
    // after a party word (`New York Democrat Ana Ruiz`), which is the member's party and place, not their name.
    const place = placeAt(tokens, i);
    if (place > 0) {
      let k = i + place;
      if (PARTY_WORD.test(tokens[k]?.text ?? '') && isNameToken(tokens[k + 1])) k += 1;
      else while (k < i + place + 2 && isNameToken(tokens[k]) && !isFirstName(tokens[k]!.text) && !isLastName(tokens[k]!.text)) k += 1;
      if (k > i + place) {
        for (let m = i; m < k; m++) covered.add(tokens[m]!.start);
        i = k - 1;
        continue;
      }
    }
    const run = nameRun(tokens, i);
    if (run.length < 2) continue;
    // "the St. Louis Blues": a name run after a place's abbreviation is the place's name (and a team's), no person.
    if (afterPlaceAbbreviation(tokens, i)) continue;
    const next = tokens[i + run.length];
    const prev = tokens[i - 1];
    // A given name first, or a family name at either end (`Roki Sasaki`, `Zhang Zhiwei`).
    const known = isFirstName(run[0]!.text) || (run.length >= 3 && isFirstName(run[1]!.text)) || (run.length === 2 && run.some((r) => isLastName(r.text) && !isPlace(r.text)));
    const speech = (next && SPEECH_AFTER.test(next.text)) || (prev && SPEECH_AFTER.test(prev.text));
    const appositive = appositiveRole(sentence, tokens, i + run.length);
    // An occupation alone marks a person only before words the lexicon knows as no common word (not `Revolutionary
    // Armed Forces`, `Celebrity Big Brother`).
    const occupation = !appositive && leadWord(tokens, i - 1) === 'role' && (known || !run.some((t) => isCommonWord(t.text)));
    if (!known && !speech && !appositive && !occupation && !ageAfter(tokens, i + run.length)) continue;
    // "Ansar al-Islam said": a group's name is written so as often as a person's; a speech verb alone tells none apart.
    if (ARTICLE_NAME.test(run[run.length - 1]!.text) && !known && !appositive) continue;
    if (prev && ORG_NOUN.test(prev.text) && !appositive) continue;
    // "Astronaut Daniel Tani", "Chief Magistrate Graeme Henson": the occupation before the name, with the title words
    // before it, is a title.
    if (occupation) {
      let from = i - 1;
      while (from > 0 && isCapitalized(tokens[from - 1]!.text) && (TITLE_HEAD.test(tokens[from - 1]!.text) || ROLE_MODIFIER.test(tokens[from - 1]!.text))) from -= 1;
      push(run, tokens.slice(from, i).map((t) => t.text).join(' '), null, 'person.title', 0.8);
      continue;
    }
    push(run, appositive?.role ?? null, appositive?.org ?? null, appositive ? 'person.appositive' : known ? 'person.given-name' : 'person.speaker', known ? 0.8 : 0.7);
  }
  // "Alonso, 43, replaces": an age in commas marks a person, even one word long.
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(tokens[i]!.start) || !ageAfter(tokens, i + 1) || !isNameToken(tokens[i])) continue;
    if (i > 0 && isNameToken(tokens[i - 1])) continue;
    const run = nameRun(tokens, i);
    if (run.length === 1) push(run, null, null, 'person.age', 0.7);
  }
  // Attach appositive roles to names found by title too ("Jon Toomey, executive director of ...").
  for (const m of out) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    if (m.role !== null) {
      // "Coach Tomás Ibarra, who took over as head coach": a clause may give the fuller form of the same title.
      const clause = clauseRole(sentence, m.start, m.end);
      const words = m.role.toLowerCase().split(/\s+/);
      if (clause && clause.role.length > m.role.length && words.every((w) => clause.role.toLowerCase().split(/\s+/).includes(w))) m.role = clause.role;
      continue;
    }
    const at = tokens.findIndex((t) => t.start >= m.end);
    const appositive = at >= 0 ? appositiveRole(sentence, tokens, at) ?? asRole(sentence, m.end) ?? officeClause(sentence, m.end) ?? clauseRole(sentence, m.start, m.end) : null;
    if (appositive) {
      m.role = appositive.role;
      m.org = appositive.org;
    }
  }
}

/** "<name> was sworn in as Ghana’s president": the office a person takes. */
function asRole(sentence: Sentence, end: number): { role: string; org: string | null } | null {
  const after = sentence.text.slice(end - sentence.start, end - sentence.start + 120);
  const m = /^\s+(?:was|is|has been|will be|had been)\s+(?:sworn in|named|appointed|elected|confirmed|installed|re-elected|chosen)\s+as\s+(?:(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)[’']s\s+)?(?:the\s+|its\s+|a\s+|an\s+|new\s+|next\s+)*((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+?)(?=[\s,.;]|$)/u.exec(after);
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  const head = words.findIndex((w) => TITLE_HEAD.test(w));
  if (head < 0) return null;
  return { role: words.slice(0, head + 1).join(' '), org: m[1] ?? null };
}

const OFFICE_VERB: Record<string, string> = { chairs: 'chair', heads: 'head', leads: 'leader', runs: 'head', directs: 'director', manages: 'manager', oversees: 'head' };

/** "<name>, 54, who chairs the council’s finance committee": the office a relative clause gives. */
function officeClause(sentence: Sentence, end: number): { role: string; org: string | null } | null {
  const after = sentence.text.slice(end - sentence.start, end - sentence.start + 160);
  const m = /^(?:,\s*\d{1,3})?,\s+who\s+(chairs|heads|leads|runs|directs|manages|oversees)\s+((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+)(?=\s*(?:[,.;:]|$|\s(?:and|that|which|since|for|until|when)\s))/u.exec(after);
  if (!m) return null;
  const object = m[2]!.replace(/^(?:the|a|an)\s+/i, '');
  return { role: `${OFFICE_VERB[m[1]!]} of ${object}`, org: object };
}

/** ", 43," after token `i - 1`: the age appositive of wire copy. */
function ageAfter(tokens: Token[], i: number): boolean {
  return tokens[i]?.text === ',' && /^\d{1,3}$/.test(tokens[i + 1]?.text ?? '') && Number(tokens[i + 1]!.text) >= 14 && Number(tokens[i + 1]!.text) <= 110 && /^[,;]$/.test(tokens[i + 2]?.text ?? '');
}

/** "<name>, (a|an|the) associate director at the Cato Institute’s trade policy center". */
function appositiveRole(sentence: Sentence, tokens: Token[], i: number): { role: string; org: string | null } | null {
  if (tokens[i]?.text !== ',') return null;
  let k = i + 1;
  if (/^(?:a|an|the|its|his|her|their|our)$/i.test(tokens[k]?.text ?? '')) k += 1;
  // "Tom Brennan, the city’s chief financial officer": the owner before the title is not part of it.
  // "Guy Hands, the equity group's chief executive officer": so is an owner described in up to three lower-case words,
  // which names no organisation (the article's company may be it: `companyOfficers`).
  if (/^(?:the|its|his|her|their|our)$/i.test(tokens[i + 1]?.text ?? '')) {
    let p = k;
    while (p < k + 3 && isWord(tokens[p]?.text ?? '') && (p === k || isPlainNoun(tokens[p]!.text)) && !isPossessive(tokens[p + 1]?.text ?? '')) p += 1;
    if (isWord(tokens[p]?.text ?? '') && (p === k || isPlainNoun(tokens[p]!.text)) && isPossessive(tokens[p + 1]?.text ?? '')) k = p + 2;
  }
  // "Susan Arnold, Disney's board chair", "Ray Jadallah, a Miami-Dade Fire Rescue assistant fire chief":
  // an owner or organisation before the title is skipped to find its head.
  let o = k;
  while (o < k + 4 && tokens[o] && isCapitalized(tokens[o]!.text) && isWord(tokens[o]!.text) && !TITLE_HEAD.test(tokens[o]!.text)) o += 1;
  if (o > k && tokens[o] && (isPossessive(tokens[o]!.text) || /^[’']$/.test(tokens[o]!.text))) o += 1;
  const orgFirst = o > k && tokens[o] && (TITLE_HEAD.test(tokens[o]!.text) || ROLE_MODIFIER.test(tokens[o]!.text) || isPlainNoun(tokens[o]!.text)) ? k : null;
  if (orgFirst !== null) k = o;
  const first = tokens[k];
  if (!first) return null;
  // The phrase must reach a title head within its first three words; plain nouns may modify it ("football finance lecturer").
  let headAt = -1;
  for (let h = k; h < k + 3 && tokens[h]; h++) {
    if (TITLE_HEAD.test(tokens[h]!.text) && (/^\p{Ll}/u.test(tokens[h]!.text) || /^\p{Lu}{2,4}$/u.test(tokens[h]!.text))) {
      headAt = h;
      break;
    }
    if (!ROLE_MODIFIER.test(tokens[h]!.text) && !(isPlainNoun(tokens[h]!.text) && TITLE_HEAD.test(tokens[h + 1]?.text ?? '') || isPlainNoun(tokens[h]!.text) && TITLE_HEAD.test(tokens[h + 2]?.text ?? '') && isPlainNoun(tokens[h + 1]!.text))) break;
  }
  if (headAt < 0) return null;
  const rest = withoutTitleAcronym(sentence.text.slice(first.start - sentence.start));
  // The appositive ends at a clause (`who …`), a dash that opens an aside (`his first officer - or co-pilot - was`)
  // or the verb of the sentence it interrupts (`Tom Reyes, the team's head coach was fired`).
  const stop = /[,.;:“”"()]|\s[-–—]\s|\s(?:that|who|which|whose|where|and said|said|says|was|were|is|are|has|had|have|will|would)\s/.exec(rest);
  const role = tidy(rest.slice(0, stop ? stop.index : rest.length));
  const orgRun = orgFirst !== null ? phraseOf(tokens, orgFirst, k).replace(/\s*[’']s?$/, '') : null;
  const of = /\b(?:of|at|for)\s+(?:the\s+)?(.+)$/.exec(role)?.[1] ?? null;
  // "Disney's chairman of the board": the board is the owner's, whose office it is.
  const org = of !== null && !(orgRun !== null && OWN_BODY.test(of)) ? of : orgRun;
  return { role, org };
}

/**
 * The words of an appositive role without the acronym a title is glossed with (`chief operating officer (COO) of
 * BigAdda.com` → `chief operating officer of BigAdda.com`), so that the organisation after it is still the title's:
 * only brackets holding the initials of the words right before them.
 */
function withoutTitleAcronym(rest: string): string {
  const m = /^([^,.;:()“”"]*?)\s*\((\p{Lu}{2,6})\)/u.exec(rest);
  if (!m) return rest;
  const words = m[1]!.trim().split(/\s+/);
  const initials = words.slice(-m[2]!.length).map((w) => w[0]!.toUpperCase()).join('');
  return initials === m[2] ? `${m[1]!}${rest.slice(m[0].length)}` : rest;
}

/** A body of the organisation named before a title ("Acme's chairman of the board"), not an organisation itself. */
const OWN_BODY = /^(?:board(?: of directors)?|company|firm|group|management|executive committee)$/i;

function phraseOf(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t) => t.text).join(' ').replace(/\s+([’']s)$/, '$1');
}

/**
 * Roles given by a clause or a naming verb: "<name>, who took over as chief executive in April",
 * "named Bob Chapek CEO", "re-appointed Iger as CEO".
 */
function clauseRole(sentence: Sentence, start: number, end: number): { role: string; org: string | null } | null {
  const after = sentence.text.slice(end - sentence.start, end - sentence.start + 140);
  const before = sentence.text.slice(Math.max(0, start - sentence.start - 80), start - sentence.start);
  let phrase: string | null = null;
  let namer: string | null = null;
  const who = /^(?:,\s*\d{1,3})?,\s+who\s+(?:\p{Ll}+ly\s+)?(?<verb>took over as|was named|was appointed|was elected|became|becomes|serves as|served as|has served as|is also|is|was)\s+(.{1,100})/u.exec(after);
  // "Iger will remain chairman", "X becomes chief executive": the role the person goes on in or takes; "X is the
  // justice minister": the one they hold (only in the present: `was` may be a post left long ago).
  const stays = /^\s+(?:will\s+)?(?:remain|remains|remained|stay on as|stays on as|stayed on as|become|becomes|became|serve as|serves as|return as|returns as|returned as|take over as|takes over as|took over as|(?<verb>is)(?:\s+(?:also|now|currently))?)\s+(.{1,100})/u.exec(after);
  // "X is the executive producer", "X is the eighth manager to leave": a copula names what someone is, which is a
  // post only when the title ends its noun phrase (`is the justice minister of Peru`, `is chairman and chief executive`).
  const copular = (who ?? stays)?.groups?.verb?.startsWith('is') ?? false;
  if (who) phrase = who[2]!;
  else if (stays) phrase = stays[2]!;
  else if (/\b(?:named|appointed|re-appointed|reappointed|elected|re-elected|hired|tapped|picked|promoted|installed|makes|made)\s+$/i.test(before)) {
    const obj = /^\s+(?:as\s+)?(.{1,100})/u.exec(after);
    if (obj) phrase = obj[1]!;
    // "The Walt Disney Co. has named X CEO", "Acme re-appointed X as CEO": who names is whose office it is.
    const by = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}&.'’-]*\s+)*\p{Lu}[\p{L}&.'’-]*)\s+(?:(?:has|have|had|on \p{Lu}\p{Ll}+)\s+)?(?:named|appointed|re-appointed|reappointed|elected|re-elected|hired|tapped|picked|promoted|installed|makes|made)\s+$/u.exec(before);
    // "The announcement Tuesday makes X chairman": a day or month is when, not who.
    if (by && !MONTH_OR_DAY.test(by[1]!.trim())) namer = by[1]!.replace(/^(?:The|A|An)\s+/, '').trim() || null;
  }
  if (!phrase) return null;
  const m = /^(?:(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)[’']s\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+|new\s+|next\s+)*((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(phrase);
  if (!m) return null;
  const words = m[2]!.split(/\s+/);
  const head = words.findIndex((w) => TITLE_HEAD.test(w) && !/^(?:general|head)$/i.test(w));
  if (head < 0 || words.slice(0, head).some((w) => !ROLE_MODIFIER.test(w) && !isPlainNoun(w))) return null;
  // "chief executive", "chief operating officer": the title runs on over further heads and modifiers.
  let last = head;
  while (last + 1 < words.length && (TITLE_HEAD.test(words[last + 1]!) || (ROLE_MODIFIER.test(words[last + 1]!) && TITLE_HEAD.test(words[last + 2] ?? '')))) last += 1;
  const role = words.slice(0, last + 1).join(' ');
  // What follows the title in the phrase (null if the title was written with other spaces).
  const at = phrase.indexOf(role);
  const tail = at < 0 ? null : phrase.slice(at + role.length);
  if (copular && !endsNounPhrase(words[last + 1], tail)) return null;
  // "became chief financial officer of Volvo", "is the mayor of Leeds": a name after the title is whose office it is.
  const of = m[1] || tail === null ? null : TITLE_OWNER_AFTER.exec(tail);
  return { role, org: m[1] ?? of?.[1] ?? namer };
}

/**
 * True when a title found after a copula ends its noun phrase: nothing follows, or a function word does (`of`, `and`,
 * `since`), but not a noun (`executive producer`, a title the lexicon does not know) nor `to` and a verb (`the
 * eighth manager to leave`: a distinction, not a post). `to` and a name is a post (`ambassador to France`).
 */
function endsNounPhrase(next: string | undefined, tail: string | null): boolean {
  if (next === undefined) return true;
  if (next === 'to') return tail !== null && /^\s+to\s+\p{Lu}/u.test(tail);
  return STOP_WORDS.has(next.toLowerCase());
}

/** ` of the Federal Reserve`, ` at Acme Corp`, ` of the Bank of Japan`: the capitalised name a title's `of`/`at` phrase gives. */
const TITLE_OWNER_AFTER = /^\s+(?:of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}\p{Lu}[\p{L}&'’-]*(?:\s+of\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){0,2}\p{Lu}[\p{L}&'’-]*)?)/u;

/** Abbreviated days and months of a credit line's date (`Fri Dec 28`); not `Sun`, `Jun`, `Mar`, which are also names. */
const CREDIT_DATE = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Jan|Feb|Aug|Sep|Sept|Oct|Nov|Dec)$/;

function findCredits(text: string, out: RawMention[]): void {
  for (const m of text.matchAll(CREDIT)) {
    // A byline ("By Maki Shiraki and Daniel Leussink in Tokyo") ends at its dateline place.
    const list = (m[1] ?? m[2]!).split(/\s(?:in|for|at)\s/)[0]!;
    const listStart = m.index! + m[0].length - (m[1] ?? m[2]!).length;
    for (const item of list.matchAll(/(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){1,2})/gu)) {
      const start = listStart + item.index!;
      const tokens = item[0].split(' ');
      // "By Associated Press Writer Fri Dec 28": an agency's credit and its date are no names.
      if (tokens.every(isCommonWord) || tokens.some((t) => MONTH_OR_DAY.test(t) || CREDIT_DATE.test(t))) continue;
      out.push({ start, end: start + item[0].length, tokens, role: null, org: null, rule: 'person.credit', confidence: 0.85 });
    }
  }
}

interface Person {
  tokens: string[];
  family: string;
  role: string | null;
  org: string | null;
}

function key(tokens: readonly string[]): string {
  return [...tokens].map((t) => t.toLowerCase()).sort().join(' ');
}

/**
 * Finds person mentions in `text` and links them: a surname-only mention
 * takes the full name written elsewhere in the article, and a name whose
 * first word is the one used alone (family name first, `Akazawa Ryosei` with
 * `Minister Akazawa`) is turned into Western order.
 */
export function findPersons(text: string, sentences: readonly Sentence[] = splitSentences(text)): PersonMention[] {
  const raw: RawMention[] = [];
  for (const s of sentences) findInSentence(s, raw);
  findCredits(text, raw);
  // Drop mentions inside a longer (or earlier, equal) one: one sweep over spans sorted by start, longest first.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const dedup: RawMention[] = [];
  let reach = -1;
  for (const m of raw) {
    if (m.end <= reach) continue;
    dedup.push(m);
    reach = m.end;
  }

  const singles = new Set(dedup.filter((m) => m.tokens.length === 1).map((m) => m.tokens[0]!.toLowerCase()));
  const persons = new Map<string, Person>();
  const families = new Map<string, Person>();
  const addPerson = (k: string, p: Person) => {
    persons.set(k, p);
    if (!families.has(p.family.toLowerCase())) families.set(p.family.toLowerCase(), p);
  };
  for (const m of dedup.filter((x) => x.tokens.length > 1)) {
    const k = key(m.tokens);
    if (!persons.has(k)) {
      let tokens = [...m.tokens];
      // Family name first is evident when the first word, not the last, is used alone.
      if (tokens.length === 2 && singles.has(tokens[0]!.toLowerCase()) && !singles.has(tokens[1]!.toLowerCase())) tokens = [tokens[1]!, tokens[0]!];
      addPerson(k, { tokens, family: tokens[tokens.length - 1]!.replace(ARTICLE, ''), role: m.role, org: m.org });
    } else if (persons.get(k)!.role === null && m.role !== null) {
      persons.get(k)!.role = m.role;
      persons.get(k)!.org = m.org;
    }
  }
  // "Levine Cava" after "Daniella Levine Cava": a name that ends a longer one is that person.
  const longer = [...persons.values()].filter((p) => p.tokens.length >= 3);
  for (const [k, p] of [...persons]) {
    const host = longer.find((q) => q !== p && q.tokens.length > p.tokens.length && q.tokens.slice(-p.tokens.length).join(' ').toLowerCase() === p.tokens.join(' ').toLowerCase());
    if (!host) continue;
    if (host.role === null && p.role !== null) host.role = p.role;
    persons.set(k, host);
  }
  const byFamily = (word: string): Person | undefined => families.get(word.toLowerCase());
  const ofFamily = sharedFamilies(text, dedup, persons, families);
  /** The person a family name written alone at `at` is (with the role its title gives, if any). */
  const bare = (word: string, at: number, role: string | null): Person | undefined => ofFamily(word, at, role) ?? byFamily(word);
  const familyOnly: Person[] = [];
  for (const m of dedup.filter((x) => x.tokens.length === 1)) {
    const w = m.tokens[0]!;
    const known = bare(w, m.start, m.role);
    if (known) {
      if (known.role === null && m.role !== null) known.role = m.role;
      continue;
    }
    const k = key([w]);
    if (!persons.has(k)) {
      const p: Person = { tokens: [w], family: w, role: m.role, org: m.org };
      addPerson(k, p);
      familyOnly.push(p);
    }
  }
  completeGivenNames(text, familyOnly);

  // A short title at one mention ("Minister Akazawa") takes the fuller one written elsewhere for that person.
  // Distinct roles per person, in order of first use: repeated mentions must not make this quadratic.
  const rolesOf = new Map<Person, Set<string>>();
  const personOf = (m: RawMention) => (m.tokens.length > 1 ? persons.get(key(m.tokens)) : bare(m.tokens[0]!, m.start, m.role) ?? persons.get(key(m.tokens)));
  for (const m of dedup) {
    const p = personOf(m);
    if (!p || !m.role) continue;
    const roles = rolesOf.get(p);
    if (roles) roles.add(m.role);
    else rolesOf.set(p, new Set([m.role]));
  }
  const memo = new Map<Person, Map<string | null, string | null>>();
  const fullest = (p: Person, role: string | null): string | null => {
    const seen = memo.get(p)?.get(role);
    if (seen !== undefined) return seen;
    const out = fullestRole(p, role);
    if (!memo.has(p)) memo.set(p, new Map());
    memo.get(p)!.set(role, out);
    return out;
  };
  const fullestRole = (p: Person, role: string | null): string | null => {
    const candidates = [...(rolesOf.get(p) ?? [])];
    if (role === null) return p.role ?? candidates[0] ?? null;
    const words = role.toLowerCase().split(/\s+/);
    const wider = candidates.filter((r) => r.length > role.length && words.every((w) => r.toLowerCase().split(/\s+/).includes(w)));
    return wider.sort((a, b) => b.length - a.length)[0] ?? role;
  };
  // "Acme re-appointed Iger as CEO": a surname-only mention may be where a role is given.
  const roleless = [...families.entries()].filter(([, p]) => p.role === null);
  if (roleless.length > 0) {
    for (const m of wholeWordMatches(text, roleless.map(([f]) => f), { ignoreCase: true })) {
      const p = bare(m.word, m.index, null)!;
      if (p.role !== null || m.text !== p.family) continue;
      const sentence = sentenceAt(sentences, m.index);
      const found = sentence ? clauseRole(sentence, m.index, m.index + m.text.length) : null;
      if (found) {
        p.role = found.role;
        p.org = found.org;
      }
    }
  }
  // An organisation that is a person of the article ("Musk named X CEO") is who named them, not whose office.
  // "Investor Sarah Collins": a run that ends in a person's family name is that person.
  const isPersonName = (org: string | null) => org !== null && families.has(org.split(/\s+/).pop()!.toLowerCase());
  for (const p of persons.values()) if (isPersonName(p.org)) p.org = null;
  for (const m of dedup) if (isPersonName(m.org)) m.org = null;
  const mentions: PersonMention[] = [];
  // Which characters already belong to a mention: a mask keeps the overlap test O(length of the name).
  const covered = new Uint8Array(text.length);
  const isCovered = (start: number, end: number) => covered.subarray(start, end).some((c) => c === 1);
  for (const m of dedup) {
    const p = personOf(m);
    if (!p) continue;
    covered.fill(1, m.start, m.end);
    mentions.push({ start: m.start, end: m.end, name: p.tokens.join(' '), role: fullest(p, m.role), org: m.org ?? p.org, rule: m.rule, confidence: m.confidence });
  }
  // Later surname-only mentions, also inside compounds ("Trump-Ishiba") and possessives: one pass for all families.
  const surnames = [...families.keys()].sort((a, b) => b.length - a.length);
  if (surnames.length > 0) {
    for (const m of wholeWordMatches(text, surnames, { ignoreCase: true })) {
      const p = bare(m.word, m.index, null)!;
      // The family name as written: case-insensitive matching only serves the lookup.
      if (m.text !== p.family) continue;
      let start = m.index;
      const end = start + p.family.length;
      if (isCovered(start, end)) continue;
      // "Tata Motors", "the Ford Foundation": a family name right before an organisation's word names the organisation.
      const nextWord = /^\s+(\p{Lu}\p{L}*\.?)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
      if (ORG_WORD.test(nextWord) || ORG_WORD.test(nextWord.replace(/\.$/, ''))) continue;
      // "Xabi Alonso" written in full: the mention spans the whole name.
      const given = p.tokens.slice(0, -1).join(' ');
      if (given && text.slice(Math.max(0, start - given.length - 1), start) === `${given} `) start -= given.length + 1;
      // "al-Maliki", "Al-Maliki's": the article written before the family name belongs to the mention.
      const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
      if (article && p.tokens.at(-1) !== p.family) start -= article[1]!.length;
      covered.fill(1, start, end);
      // A role the mention's own sentence gives ("makes Iger executive chairman") is the one it reports, in the
      // organisation of the person's known role when it names none.
      const sentence = sentenceAt(sentences, start);
      const own = sentence ? clauseRole(sentence, m.index, end) : null;
      const role = own ? own.role : fullest(p, null);
      const org = own ? own.org ?? p.org ?? (p.role ? roleOrg(p.role) : null) : p.org;
      mentions.push({ start, end, name: p.tokens.join(' '), role, org, rule: 'person.surname', confidence: 0.75 });
    }
  }
  successions(text, sentences, mentions);
  inferOrgs(mentions);
  inferTitleOwners(text, sentences, mentions);
  companyOfficers(text, mentions);
  spellOutAcronymOrgs(text, mentions);
  fullTeamNames(text, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

/** The title words of a role (`Sen.` → senator, `former Secretary of State` → secretary), lower-case. */
function titleWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .flatMap((w) => TITLE_FORMS.get(w) ?? [w])
    .filter((w) => TITLE_HEAD.test(w) && !/^(?:mr|mrs|ms|dr|head|chief|executive|general|deputy|officer)$/.test(w));
}

/** `Mr.`/`Mr` (male) or `Mrs.`, `Ms.`, `Miss` (female) written right before a family name at `at`. */
function honorificSex(text: string, at: number): 'female' | 'male' | null {
  const h = /(?:^|[^\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+$/u.exec(text.slice(Math.max(0, at - 8), at))?.[1];
  return h === undefined ? null : h === 'Mr' ? 'male' : 'female';
}

/**
 * Who a family name written alone is when the article names two or more people of that family in full (`Bill
 * Clinton` and `Hillary Clinton`, two brothers, a father and son): the one whose given name is written right before
 * it (`Kulbir Dhaliwal's`, found again by family name), or the one a title or honorific of the mention fits when it
 * fits only one of them (`President Clinton` when one is named president, `Mrs. Clinton` when one has a woman's given
 * name and the other none), or else the one named in full most recently before it when that one is named with a title
 * (a second principal: `President <given> Clinton`). `undefined` (the first named, as for one person) when the family is
 * one person's or nothing tells them apart: one named last with no title is no guide, as news names a relative in
 * passing (`his wife <given> <family>`) and goes on meaning the article's subject by the family name.
 */
function sharedFamilies(text: string, dedup: readonly RawMention[], persons: ReadonlyMap<string, Person>, families: ReadonlyMap<string, Person>) {
  const named = new Map<string, Person[]>();
  const titles = new Map<Person, Set<string>>();
  /** Where each family's people are named in full, in text order. */
  const full = new Map<string, { at: number; p: Person }[]>();
  for (const m of dedup) {
    if (m.tokens.length < 2) continue;
    const p = persons.get(key(m.tokens));
    if (!p) continue;
    const family = p.family.toLowerCase();
    const list = named.get(family) ?? [];
    named.set(family, list);
    if (!list.includes(p)) list.push(p);
    const at = full.get(family) ?? [];
    full.set(family, at);
    at.push({ at: m.start, p });
    const set = titles.get(p) ?? new Set<string>();
    titles.set(p, set);
    for (const w of titleWords(m.role ?? '')) set.add(w);
  }
  // A family name in capitals (`FC`) is an abbreviation's, no family's.
  for (const [family, list] of named) if (list.length < 2 || families.get(family)?.family.toLowerCase() !== family || /^\p{Lu}+$/u.test(list[0]!.family)) named.delete(family);
  return (word: string, at: number, role: string | null): Person | undefined => {
    const people = named.get(word.toLowerCase());
    if (people === undefined) return undefined;
    // One person each: a style is no given name (`Sir Hillary` beside `Edmund Hillary`), and two names with one given
    // name (`Hillary Rodham Clinton`, `Hillary Clinton`) are the first of them.
    const distinct = people.filter((p, k) => !STYLE.test(p.tokens[0]!) && !people.slice(0, k).some((q) => q.tokens[0] === p.tokens[0]));
    const written = distinct.filter((p) => {
      const given = p.tokens.slice(0, -1).join(' ');
      return text.slice(Math.max(0, at - given.length - 1), at) === `${given} ` && !letterBefore(text, at - given.length - 1);
    });
    if (written.length === 1) return written[0];
    const sex = honorificSex(text, at);
    const words = role === null ? [] : titleWords(role);
    if (sex === null && words.length === 0) {
      // The one named in full most recently before, when named with a title: a second principal of the article (`President
      // <given> Clinton`), where a relative named in passing (`his wife <given> <family>`) has none.
      const last = full.get(word.toLowerCase())!.filter((x) => x.at < at && distinct.includes(x.p)).at(-1)?.p;
      return last !== undefined && titles.get(last)!.size > 0 ? last : undefined;
    }
    const titled = distinct.filter((p) => words.every((w) => titles.get(p)!.has(w)));
    // A given name of the honorific's sex fits it; one the lexicon gives no sex only when none is of that sex.
    const sure = titled.filter((p) => sex !== null && givenNameSex(p.tokens[0]!) === sex);
    const fits = sex === null ? titled : sure.length > 0 ? sure : titled.filter((p) => givenNameSex(p.tokens[0]!) === null);
    return fits.length === 1 ? fits[0] : undefined;
  };
}

/** A capitalised word and one space ending a string: the given name before a family name (a letter before it is checked apart). */
const GIVEN_BEFORE = /(\p{Lu}[\p{Ll}’'-]+)\s$/u;

/**
 * The full names of persons found only by family name, when the article writes
 * them elsewhere right after a capitalised word that is not a title or function
 * word: "Alonso, 43," with "contract with Xabi Alonso" → `Xabi Alonso`. One pass
 * over the text for all of them.
 */
function completeGivenNames(text: string, persons: readonly Person[]): void {
  if (persons.length === 0) return;
  const byFamily = new Map(persons.map((p) => [p.family, p]));
  // Each family name written right after a capitalised word (`\p{Lu}[\p{Ll}’'-]+` and a space) that no letter
  // precedes, left to right, none overlapping the one before (as one regular expression over the text would match).
  let reach = 0;
  for (const m of wholeWordMatches(text, persons.map((p) => p.family))) {
    const from = Math.max(0, m.index - 128);
    const written = GIVEN_BEFORE.exec(text.slice(from, m.index));
    if (!written || from + written.index < reach || letterBefore(text, from + written.index)) continue;
    reach = m.index + m.text.length;
    const p = byFamily.get(m.word);
    const given = written[1]!;
    if (!p || p.tokens.length > 1) continue;
    if (FUNCTION_CAP.test(given) || UNDOTTED_HONORIFIC.test(given) || MONTH_OR_DAY.test(given) || TITLE_HEAD.test(given) || ORG_WORD.test(given) || isCountryWord(given) || isPlace(given)) continue;
    p.tokens = [given, p.family];
  }
}


/** "former CEO" → "ceo": the title a role names, without the words that say the holder left it. */
function bareTitle(role: string): string {
  return role.toLowerCase().replace(/^(?:former|ex-|then-|new|incoming|outgoing)\s*/, '').trim();
}

/** The organisation a role names and its bare title: "Walt Disney CEO" (capitalised words before the title), "CEO of Acme". */
function titleAndOrg(role: string): { title: string; org: string } | null {
  const before = /^((?:\p{Lu}[\p{L}&.'’-]*\s+)+)(\S.*)$/u.exec(role);
  if (before && TITLE_HEAD.test(before[2]!.split(/\s+/)[0]!)) return { title: bareTitle(before[2]!), org: before[1]!.trim() };
  const of = /^(.+?)\s+(?:of|at)\s+(?:the\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*)$/u.exec(role);
  return of ? { title: bareTitle(of[1]!), org: of[2]! } : null;
}

/** The organisation a role names ("Disney CEO" → Disney), or null. */
function roleOrg(role: string): string | null {
  return titleAndOrg(role)?.org ?? null;
}

/**
 * An organisation given by its acronym (`CEC chairman`, `chairman of the CEC`) in an article that writes the name it
 * spells out (`the Central Election Commission`, with or without `(CEC)` after it) is that name, as another article
 * may give only the name: the mention's organisation becomes the name. Only when exactly one name of the article
 * spells the acronym, by the initials of its capitalised words (`Securities and Exchange Commission` → `SEC`).
 */
function spellOutAcronymOrgs(text: string, mentions: PersonMention[]): void {
  const found = new Map<string, string | null>();
  for (const m of mentions) {
    if (!m.role) continue;
    const org = m.org ?? roleOrg(m.role);
    if (org === null || !/^\p{Lu}{2,6}$/u.test(org)) continue;
    let name = found.get(org);
    if (name === undefined) found.set(org, (name = spelledOut(text, org)));
    if (name !== null) m.org = name;
  }
}

/** The one capitalised name of `text` whose words' initials spell `acronym` (`Central Election Commission` for `CEC`), or null. */
function spelledOut(text: string, acronym: string): string | null {
  const names = new Set<string>();
  // Runs of capitalised words, joined by `of`, `and`, `for`, `on`, `the`, `&`.
  for (const run of text.matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|and|for|on|the|&)\s+)*\p{Lu}[\p{L}’'-]*)*/gu)) {
    const words = [...run[0].matchAll(/\p{Lu}[\p{L}’'-]*/gu)];
    for (let i = 0; i + acronym.length <= words.length; i++) {
      const window = words.slice(i, i + acronym.length);
      // A person's name is no organisation (`Gary Miller` does not spell `GM`), nor is a run of acronyms.
      if (window.length < 2 || window.some((w) => /^\p{Lu}{2,}$/u.test(w[0])) || isFirstName(window[0]![0])) continue;
      if (window.map((w) => w[0][0]).join('') !== acronym) continue;
      const from = window[0]!.index!;
      const last = window.at(-1)!;
      names.add(run[0].slice(from, last.index! + last[0].length).replace(/[’']s?$/u, ''));
    }
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** A team's coach: `coach` or `head coach`, after `bareTitle` (an `assistant` or `bowling coach` is another post). */
const TEAM_COACH = /^(?:head )?coach$/;

/**
 * A team named by part of its name (`Blues coach`, `St. Louis coach`) in an article that writes the full name once
 * or more (`the St. Louis Blues`) is that team, as another article may name it by the other part: a coach's
 * organisation written as the first or last words of exactly one longer capitalised name of the article becomes
 * that name. Only a coach's: a place's or a country's officer is named by the place (`Texas governor` beside `the
 * Texas Rangers`), and two longer names (`St. Louis Blues`, `St. Louis Rams`) leave it as written.
 */
function fullTeamNames(text: string, mentions: PersonMention[]): void {
  const found = new Map<string, string | null>();
  for (const m of mentions) {
    if (!m.role) continue;
    const owned = titleAndOrg(m.role);
    if (!TEAM_COACH.test(owned?.title ?? bareTitle(m.role))) continue;
    const org = m.org ?? owned?.org ?? null;
    if (org === null) continue;
    let name = found.get(org);
    if (name === undefined) found.set(org, (name = longerName(text, org)));
    if (name !== null) m.org = name;
  }
}

/** The one capitalised name of `text` that starts or ends with the words of `short` and is longer (`St. Louis Blues` for `Blues`), or null. */
function longerName(text: string, short: string): string | null {
  const words = short.split(/\s+/);
  const names = new Set<string>();
  // Capitalised words in a row, a period ending one only after an abbreviation (`St.`) or an initial: a sentence ends there.
  for (const run of text.matchAll(/(?:\p{Lu}[\p{L}’'-]*(?:\.(?=\s+\p{Lu}))?\s+)*\p{Lu}[\p{L}’'-]*/gu)) {
    const all = run[0].replace(/[’']s$/u, '').split(/\s+/);
    // A sentence's first word (`The`, `But`) is no part of the name.
    while (all.length > 0 && FUNCTION_CAP.test(all[0]!)) all.shift();
    if (all.length <= words.length) continue;
    // `Feb. Ottawa`, `Ritchie. Ole Miss`: only an abbreviation or an initial keeps its period inside a name; a title (`Coach`) is none.
    if (all.slice(0, -1).some((w) => w.endsWith('.') && !PLACE_ABBREVIATION.test(w.slice(0, -1)) && !/^\p{Lu}\.$/u.test(w))) continue;
    if (all.some((w) => TITLE_HEAD.test(w))) continue;
    const starts = words.every((w, i) => all[i] === w);
    const ends = words.every((w, i) => all[all.length - words.length + i] === w);
    if (starts || ends) names.add(all.join(' '));
  }
  return names.size === 1 ? [...names][0]! : null;
}

/** A company's officer, one holder at a time (`CEO`, `chief financial officer`, `president and CEO`), after `bareTitle`. */
const COMPANY_OFFICE = /^(?:(?:president|chairman) and )?(?:ceo|cfo|coo|cto|chief (?:executive|financial|operating|technology)(?: officer)?)$/;

/**
 * A company's officer the article names with no organisation (`former CEO Gary Forsee`, `new chief executive Hesse`)
 * is the officer of the company the article is about (`articleCompany`), when there is exactly one: news names a
 * company's officers by title alone once it has named the company. Only officers of a company: a bare `chairman`,
 * `president` or `coach` may be a committee's, a country's or a club's.
 */
function companyOfficers(text: string, mentions: PersonMention[]): void {
  // `New CEO Jane Roe` opening a sentence: the capital is the sentence's, not an organisation's.
  const bare = mentions.filter((m) => m.role && !m.org && roleOrg(m.role.replace(LEFT_OR_NEW, '')) === null && COMPANY_OFFICE.test(bareTitle(m.role)));
  if (bare.length === 0) return;
  const company = articleCompany(text, mentions);
  if (company !== null) for (const m of bare) m.org = company;
}

/** Words before a title that say its holder left it or is new to it (`bareTitle` drops them). */
const LEFT_OR_NEW = /^(?:former|ex-|then-|new|incoming|outgoing)\s*/i;

/** A run of capitalised words (a name), with `&` and `of`/`and` inside. */
const NAME_RUN = String.raw`\p{Lu}[\p{L}&.'’-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}&.'’-]*){0,3}`;
/** A company that reports or plans and is `it`: `Acme Holdings said Friday it plans`, `Acme (ACM) announced today that it will`. */
const COMPANY_SAYS = new RegExp(
  String.raw`(${NAME_RUN})(?:\s*\([^)]{0,30}\))?\s+(?:(?:on\s+)?(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:said|says|announced|announces|reported|reports|posted|posts|plans|planned)\s+(?:(?:on\s+)?(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?(?:that\s+)?(?:it|its)\b`,
  'gu',
);
/** A company by its legal form: `Acme Holdings Inc`, `Embarq Corp.`. */
const COMPANY_FORM = new RegExp(String.raw`(${NAME_RUN})\s+(?:Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SA|NV)\b`, 'gu');

/**
 * The company an article is about: of the names it gives as a company (one that says or plans and is then `it`, one
 * with a legal form, one whose officer a role names: `Acme CEO`), the one it names most, at least twice and more
 * than twice as often as any other; otherwise none, as an article about two companies does not say whose a bare
 * title is.
 */
function articleCompany(text: string, mentions: readonly PersonMention[]): string | null {
  const names = new Set<string>();
  const add = (name: string) => {
    const n = name.replace(/^(?:The|A|An|In|On|At|But|And|Shares of)\s+/, '').replace(/[’']s?$/u, '').trim();
    if (n.length > 1 && !STOP_WORDS.has(n.toLowerCase()) && !isCountryWord(n) && !MONTH_OR_DAY.test(n.split(/\s+/)[0]!)) names.add(n);
  };
  for (const m of text.matchAll(COMPANY_SAYS)) add(m[1]!);
  for (const m of text.matchAll(COMPANY_FORM)) add(m[1]!);
  for (const m of mentions) {
    const org = m.org ?? (m.role ? roleOrg(m.role.replace(LEFT_OR_NEW, '')) : null);
    if (org !== null && m.role && COMPANY_OFFICE.test(bareTitle(titleAndOrg(m.role)?.title ?? m.role))) add(org);
  }
  if (names.size === 0) return null;
  const counts = [...names].map((name) => ({ name, n: wholeWordMatches(text, [name]).length }));
  counts.sort((a, b) => b.n - a.n || b.name.length - a.name.length);
  const top = counts[0]!;
  // A name and a longer one it starts (`Sprint`, `Sprint Nextel`) are one company, never its rival.
  const same = (a: string, b: string) => a.startsWith(`${b} `) || b.startsWith(`${a} `);
  const next = counts.find((c) => c !== top && !same(c.name, top.name));
  if (top.n < 2 || (next && next.n * 2 >= top.n)) return null;
  return top.name;
}

/**
 * A bare title ("named Bob Chapek CEO", "former CEO Chapek") in an article
 * that gives the same title with its organisation elsewhere ("Disney CEO Bob
 * Iger", "CEO of Acme") is that organisation's, when the article names exactly
 * one organisation for it. A capitalised style ("President Trump") is not.
 */
function inferOrgs(mentions: PersonMention[]): void {
  const orgsOf = new Map<string, Set<string>>();
  // Who holds each title of a country (`Japan's Prime Minister Yasuo Fukuda`) or a team's coach (`Patriots coach X`):
  // another person the article gives the same title with none (`prime minister Wen`, `visiting coach Y`) is as a rule
  // another country's or team's holder, a counterpart or an opponent, not the same one's.
  const countryHolders = new Map<string, Set<string>>();
  const note = (title: string, org: string, name: string) => {
    const set = orgsOf.get(title);
    if (set) set.add(org);
    else orgsOf.set(title, new Set([org]));
    if (countryOfWord(org) !== null || /\bcoach$/i.test(title)) countryHolders.set(title, (countryHolders.get(title) ?? new Set()).add(name));
  };
  for (const m of mentions) {
    if (!m.role) continue;
    const role = m.role.trim();
    const title = bareTitle(role);
    if (m.org) note(title, m.org, m.name);
    const owned = titleAndOrg(role);
    if (owned) note(owned.title, owned.org, m.name);
  }
  for (const m of mentions) {
    if (!m.role || m.org) continue;
    // A capitalised style before a name ("President Trump", "Governor Hochul") is a head of state's or a
    // place's office, never borrowed from an organisation the article gives the same word ("Matt Blunt,
    // president of the Automotive Policy Council"); an acronym ("CEO Chapek") is a company title.
    if (/^\p{Lu}\p{Ll}/u.test(m.role.trim())) continue;
    const title = bareTitle(m.role);
    if (!/^[\p{Ll}\s-]+$/u.test(title) || !title.split(/\s+/).some((w) => TITLE_HEAD.test(w))) continue;
    const orgs = orgsOf.get(title);
    const holders = countryHolders.get(title);
    if (holders !== undefined && !holders.has(m.name)) continue;
    if (orgs && orgs.size === 1) m.org = [...orgs][0]!;
  }
}

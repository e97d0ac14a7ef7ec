/**
 * Projects: named or described concrete initiatives (plants, facilities,
 * terminals, pipelines, hubs, acquisitions) with sponsor, sector, location
 * and amount where the text gives them. Generic mentions (`the project`,
 * `key investment projects`) and sector lists are not projects. Mentions of
 * one project in an article share one name.
 */
import type { Amount } from '../model/claim.js';
import type { FigureMention } from './figure.js';
import { sentenceTokens } from './phrase.js';
import type { Sentence } from './sentence.js';
import { isCapitalized, isPossessive, isWord, type Token } from './token.js';
import { WEEKDAYS } from '../lexicon/calendar.js';
import { STOP_WORDS, isBaseVerb, isCountryWord, isGrammarWord, isPlace, tidy } from '../lexicon/vocabulary.js';

/** A project mention with its article-level name. */
export interface ProjectMention {
  start: number;
  end: number;
  name: string;
  sponsor: string | null;
  sector: string | null;
  location: string | null;
  amount: Amount | null;
  rule: string;
  confidence: number;
  /** Grouping key: mentions with the same key get the same name. */
  key: string;
}

const FACILITY = /^(?:plants?|factory|factories|facility|facilities|terminals?|pipelines?|hubs?|centers?|centres?|mines?|refinery|refineries|ports?|projects?|fabs?|reactors?|smelters?|mills?|campus|campuses|farms?|stations?|railways?|railroads?|bridges?|dams?|airports?|warehouses?|labs?|laboratory|laboratories|canals?|levees?|reservoirs?|substations?|district|districts|complex|complexes|parks?|resorts?|stadiums?|arenas?|towers?|tunnels?|highways?|motorways?|expressways?|librar(?:y|ies)|hospitals?|concentrators?|gigafactory|gigafactories|brewery|breweries|distillery|distilleries|shipyards?|foundry|foundries|networks?|malls?)$/i;
// Nouns of work on an existing facility: "expansion of the port’s container terminal" is a project.
const WORK_OF = /\b(?:expansion|upgrade|construction|renovation|extension|modernisation|modernization|redevelopment|refurbishment|rebuilding)\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\p{L}-]+[’']s\s+)?$/iu;
// Verbs of work on a named facility: "expand Villa Park".
const WORK_VERB = /^(?:expand|expanding|expands|expanded|renovate|renovating|rebuild|rebuilding|upgrade|upgrading|redevelop|redeveloping|refurbish|refurbishing)$/i;
// Modifiers that say nothing about which project is meant.
const GENERIC = /^(?:manufacturing|investment|investments|key|candidate|potential|initial|new|other|domestic|first|second|third|major|large|big|such|similar|entire|future|additional|several|many|more|various|some|joint|proposed|planned|recent|current|existing|related|infrastructure|industrial|finalist|critical|important|strategic|individual|specific|selected|concrete|these|those|this|that|three|two|four|five|us|u\.s\.|american|japanese|foreign|local|national|federal|state|government|private|public|overseas|global)$/i;
const BUILD_VERB = /\b(?:build|builds|building|built|construct|constructing|construction of|invest in|invests in|investing in|invested in|develop|developing|include|includes|including|fund|funding|finance|financing|open|opens|opening|expand|expanding|produce|producing|rebuild|rebuilding|repair|repairing|upgrade|upgrading|modernize|modernise|operate|operating|broke ground on|break ground on|breaking ground on)\b/i;
const ACQUISITION = /^(?:buyout|acquisition|takeover|purchase|merger)$/i;
// Words of a bid that only make a transaction with an object: "a $14B bid for a European rival".
const BID = /^(?:bid|offer)$/i;
const NOMINAL_TAIL = /^(?:announcement|creation|construction|expansion|plan|plans|proposal|development|launch)$/i;
const PRODUCE = /^(?:produce|make|manufacture|build|assemble)$/i;

function phraseBackFrom(tokens: Token[], head: number): { start: number; mods: Token[]; owner: string | null; amountTokens: Token[] } {
  const mods: Token[] = [];
  const amountTokens: Token[] = [];
  let owner: string | null = null;
  let k = head - 1;
  for (; k >= 0 && mods.length + amountTokens.length < 8; k--) {
    const t = tokens[k]!;
    if (/^(?:a|an|the)$/i.test(t.text)) break;
    if (isPossessive(t.text)) {
      const words: string[] = [];
      let j = k - 1;
      while (j >= 0 && isWord(tokens[j]!.text) && isCapitalized(tokens[j]!.text) && words.length < 3) words.unshift(tokens[j--]!.text);
      if (words.length > 0) owner = words.join(' ');
      k = j;
      break;
    }
    // "a planned 30-kilometre pipeline": the number and hyphen of a measure are part of its size.
    if (t.text === '-' && /^\d/.test(tokens[k - 1]?.text ?? '')) {
      if (mods[0] && mods[0].start === t.end) amountTokens.unshift(mods.shift()!);
      amountTokens.unshift(t);
      continue;
    }
    // "a 4.5 billion pound data centre": the currency word belongs to the amount.
    if (/^(?:pounds?|euros?|dollars?|yen|yuan|won|rupees?|pesos?|francs?|soles|reais|riyals?|rand|lira|roubles?|rubles?)$/i.test(t.text) && /^(?:\d|million|billion|trillion|thousand)/i.test(tokens[k - 1]?.text ?? '')) {
      amountTokens.unshift(t);
      continue;
    }
    if (/^[$€£¥₩₹]$/.test(t.text) || /^\d/.test(t.text) || /^(?:million|billion|trillion|thousand|bn|mn|tn|[kKmMbBtT])$/.test(t.text) || /^(?:million|billion|trillion|thousand)$/i.test(t.text)) {
      amountTokens.unshift(t);
      continue;
    }
    if (!isWord(t.text) || /^(?:and|or|of|in|to|for|with|by|on|at|from|is|are|was|were|be|its|their|his|her|include|includes|including|covering|into)$/i.test(t.text)) break;
    if (STOP_WORDS.has(t.text.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(t.text)) break;
    // "to build a plant": an infinitive is the verb governing the phrase, not a modifier.
    if (/^to$/i.test(tokens[k - 1]?.text ?? '') && isBaseVerb(t.text)) break;
    // An -ing word right before the head names its function ("pumping station"); further back it is a verb.
    if (/(?:ed|ly|ing)$/.test(t.text) && !(k === head - 1 && /ing$/.test(t.text)) && !/^(?:liquefied|integrated|advanced|processing|manufacturing|mining|shipping|building|housing|engineering|computing|printing|refining|recycling)$/i.test(t.text)) break;
    mods.unshift(t);
  }
  const first = amountTokens[0] && (!mods[0] || amountTokens[0].start < mods[0].start) ? amountTokens[0] : mods[0];
  return { start: first ? first.start : tokens[head]!.start, mods, owner, amountTokens };
}

/** "in Texas", "off the Gulf of Mexico", "across the Midwest" after token `i`. */
function locationAfter(tokens: Token[], i: number): { text: string; end: number } | null {
  let k = i;
  if (tokens[k] && NOMINAL_TAIL.test(tokens[k]!.text)) k += 1;
  if (!tokens[k] || !/^(?:in|off|across|near|at|outside)$/i.test(tokens[k]!.text)) return null;
  k += 1;
  if (tokens[k]?.text.toLowerCase() === 'the') k += 1;
  const words: Token[] = [];
  while (tokens[k] && ((isWord(tokens[k]!.text) && isCapitalized(tokens[k]!.text)) || (tokens[k]!.text === 'of' && isCapitalized(tokens[k + 1]?.text ?? '')))) {
    words.push(tokens[k]!);
    k += 1;
  }
  if (words.length === 0) return null;
  const text = words.map((w) => w.text).join(' ');
  if (/^(?:US|U\.S\.|United States|America)$/.test(text)) return null; // the whole country is not a site
  return { text, end: words[words.length - 1]!.end };
}

/** "led by SoftBank" / "by SoftBank" after token `i`. */
function sponsorAfter(tokens: Token[], i: number): { text: string; end: number } | null {
  let k = i;
  if (/^(?:led|backed|run|owned|developed|built|proposed|funded)$/i.test(tokens[k]?.text ?? '')) k += 1;
  else return null;
  if (tokens[k]?.text.toLowerCase() !== 'by') return null;
  k += 1;
  const words: Token[] = [];
  while (tokens[k] && isWord(tokens[k]!.text) && isCapitalized(tokens[k]!.text) && words.length < 4) words.push(tokens[k++]!);
  return words.length > 0 ? { text: words.map((w) => w.text).join(' '), end: words[words.length - 1]!.end } : null;
}

function amountIn(figures: readonly FigureMention[], start: number, end: number): Amount | null {
  const f = figures.find((x) => x.start >= start && x.end <= end && x.form === 'money' && 'amount' in x.value);
  return f && 'amount' in f.value ? { amount: f.value.amount, unit: f.value.unit } : null;
}

/** "invest US$1.4bn in a new battery plant": the money just before "in/on/for" is the facility's amount. */
function investedBefore(sentence: Sentence, figures: readonly FigureMention[], start: number): Amount | null {
  for (const f of figures) {
    if (f.form !== 'money' || !('amount' in f.value) || f.end > start) continue;
    const between = sentence.text.slice(f.end - sentence.start, start - sentence.start);
    if (/^\s+(?:in|into|on|for|to build|to rebuild|to construct|to expand)\s+(?:(?:a|an|the)\s+)?$/i.test(between)) return { amount: f.value.amount, unit: f.value.unit };
  }
  return null;
}

function capitalizedRun(tokens: Token[], k: number, max = 4): Token[] {
  const out: Token[] = [];
  while (tokens[k] && isWord(tokens[k]!.text) && isCapitalized(tokens[k]!.text) && out.length < max) out.push(tokens[k++]!);
  return out;
}

/**
 * The organisation heading the sentence before `pos`: the first capitalised run
 * that is not a country adjective (`Chinese automaker BYD` → `BYD`), or what
 * follows a possessive (`Abu Dhabi’s Masdar` → `Masdar`).
 */
function subjectName(sentence: Sentence, tokens: Token[], pos: number): string | null {
  // A dateline ("YOKOHAMA, Japan, March 14 (Reuters) - ") is not part of the clause.
  const dateline = DATELINE.exec(sentence.text);
  const from = dateline ? sentence.start + dateline[0].length : sentence.start;
  const first = tokens.findIndex((t) => t.start >= from);
  for (let k = first; k >= 0 && k < tokens.length && tokens[k]!.start < pos; k++) {
    const run = capitalizedRun(tokens, k);
    if (run.length === 0) continue;
    const after = tokens[k + run.length];
    if (after && isPossessive(after.text)) {
      const owned = capitalizedRun(tokens, k + run.length + 1);
      if (owned.length > 0) return owned.map((w) => w.text).join(' ');
    }
    // "Tesla and SpaceX owner Elon Musk", "Amazon founder Jeff Bezos": the person after the title is the subject.
    const titled = personAfterTitle(tokens, k, pos);
    if (titled) return titled;
    // Leading country adjectives and sentence adverbs are not part of the name.
    let lead = 0;
    // A plural noun or function word opening the sentence is capitalised as its first word, no name (`Problems
    // resulting from the merger`, `From the merger, it inherited`); a weekday is none either (`From Monday, Acme`).
    while (lead < run.length && ((lead === 0 && k === first && isGrammarWord(run[0]!.text)) || Object.hasOwn(WEEKDAYS, run[lead]!.text.toLowerCase()) || isCountryWord(run[lead]!.text) || /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|Its|His|Her|Their|Separately|Meanwhile|Also|But|And|Earlier|Later|Last|Next|In|On|At|For|By|With|After|Before|While|When|If|As)$/.test(run[lead]!.text))) lead += 1;
    if (lead < run.length) return run.slice(lead).map((w) => w.text).join(' ');
    k += run.length;
  }
  return null;
}

/** Words that describe the person whose name follows ("SpaceX owner", "Tesla CEO", "Amazon founder"). */
const TITLE_BEFORE_NAME = /^(?:owner|co-owner|founder|co-founder|ceo|chief|boss|chairman|chairwoman|chair|president|head|billionaire|investor|executive)$/i;

/**
 * From token `k`, organisations joined by `and` then a title then a name of at least two capitalised words,
 * all before `pos`: the name. Null when the clause does not open that way.
 */
function personAfterTitle(tokens: Token[], k: number, pos: number): string | null {
  let j = k;
  let titled = false;
  while (j < tokens.length && tokens[j]!.start < pos) {
    const t = tokens[j]!;
    if (TITLE_BEFORE_NAME.test(t.text)) {
      titled = true;
      j += 1;
      continue;
    }
    if (/^(?:and|&)$/i.test(t.text) && !titled) {
      j += 1;
      continue;
    }
    if (!isCapitalized(t.text)) return null;
    if (titled) {
      const name: Token[] = [];
      while (j < tokens.length && tokens[j]!.start < pos && isCapitalized(tokens[j]!.text) && !TITLE_BEFORE_NAME.test(tokens[j]!.text)) name.push(tokens[j++]!);
      return name.length >= 2 ? name.map((w) => w.text).join(' ') : null;
    }
    j += 1;
  }
  return null;
}

const POLICY_WORD = /^(?:reform|reforms|law|bill|policy|legislation|regulation|regulatory|research|pension|budget|tax|constitutional|legal|political|pilot|study|education|awareness)$/i;

const DATELINE = /^\p{Lu}[\p{Lu} .'-]+,[^\n]{0,60}?\s[-—–]\s/u;

const STAKE_VERB = /^(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|take|takes|took|taking|purchase|purchased|sell|sells|sold|selling)$/i;

/**
 * The company a stake is in, from token `k`: a name ("in Saeta Yield"), a name
 * after its description ("a Spanish solar developer, Saeta Yield" or "Chinese
 * electric-car maker Nio"), or else the description ("a Nigerian onshore venture").
 */
function stakeTarget(tokens: Token[], k: number): Token[] {
  while (tokens[k] && /^(?:a|an|the|its|their)$/i.test(tokens[k]!.text)) k += 1;
  const described: Token[] = [];
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j]!;
    if (t.text === ',') return capitalizedRun(tokens, j + 1);
    if (isWord(t.text) && isCapitalized(t.text) && !isCountryWord(t.text)) return capitalizedRun(tokens, j);
    if (!isWord(t.text) || STOP_WORDS.has(t.text.toLowerCase())) break;
    described.push(t);
  }
  return described.slice(0, 4);
}

/** Acquisitions written as a verb: "will acquire Germany’s FläktGroup", "agreed to buy Acme Corp". */
function findAcquiringVerbs(sentence: Sentence, tokens: Token[], figures: readonly FigureMention[], out: ProjectMention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const takeOver = /^(?:take|takes|took|taken|taking)$/i.test(tokens[i]!.text) && tokens[i + 1]?.text.toLowerCase() === 'over';
    if (!takeOver && !/^(?:acquire|acquires|acquired|acquiring|buy|buys|bought|buying)$/i.test(tokens[i]!.text)) continue;
    // "was not looking to acquire Nissan": a denied intention is no transaction.
    if (tokens.slice(Math.max(0, i - 4), i).some((t) => /^(?:not|never|no|n’t|n't|denied|rejected|ruled)$/i.test(t.text))) continue;
    // "offer to acquire US Steel" is read by the acquisition-noun rule.
    if (tokens[i - 1]?.text.toLowerCase() === 'to' && /^(?:offer|bid|deal|agreement|plan)$/i.test(tokens[i - 2]?.text ?? '')) continue;
    let k = i + (takeOver ? 2 : 1);
    // "Germany’s FläktGroup": a country owner is where the target is, not its name.
    const place = tokens[k] && isCountryWord(tokens[k]!.text) && isPossessive(tokens[k + 1]?.text ?? '') ? tokens[k]!.text : null;
    if (place) k += 2;
    // "buy U.S. biotech Brightwell Therapeutics": a country word and a lower-case description precede the name.
    let described = k;
    if (tokens[described] && isCountryWord(tokens[described]!.text) && !isPossessive(tokens[described + 1]?.text ?? '')) described += 1;
    let lowerWords = 0;
    while (tokens[described + lowerWords] && lowerWords < 3 && /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[described + lowerWords]!.text) && !STOP_WORDS.has(tokens[described + lowerWords]!.text)) lowerWords += 1;
    if (described > k || lowerWords > 0) {
      if (lowerWords > 0 && capitalizedRun(tokens, described + lowerWords).length > 0) k = described + lowerWords;
    }
    const target = capitalizedRun(tokens, k);
    if (target.length === 0 || target.every((t) => isCountryWord(t.text) || isPlace(t.text))) continue;
    if (/^(?:stake|stakes|shares?)$/i.test(tokens[k + target.length]?.text ?? '')) continue;
    const buyer = subjectName(sentence, tokens, tokens[i]!.start);
    if (!buyer || buyer === target.map((t) => t.text).join(' ')) continue;
    const targetText = tidy(target.map((t) => t.text).join(' '));
    out.push({
      start: tokens[i]!.start, end: target[target.length - 1]!.end, name: `${tidy(buyer)} acquisition of ${targetText}`,
      sponsor: tidy(buyer), sector: null, location: place, amount: amountIn(figures, tokens[i]!.start, Number.MAX_SAFE_INTEGER),
      rule: 'project.acquisition-verb', confidence: 0.7, key: `acq:${targetText.toLowerCase()}|${buyer.toLowerCase()}`,
    });
  }
}

/** Stake purchases and sales: "agreed to buy a 50% stake in a Spanish solar developer, Saeta Yield". */
function findStakes(sentence: Sentence, tokens: Token[], figures: readonly FigureMention[], out: ProjectMention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!/^(?:stakes?|holdings?)$/i.test(tokens[i]!.text)) continue;
    // "a stake of about 20% in": the size may sit between the stake and its company.
    let inAt = i + 1;
    while (tokens[inAt] && inAt - i < 6 && tokens[inAt]!.text.toLowerCase() !== 'in' && /^(?:of|about|around|nearly|up|to|roughly|some|as|much|[\d.,]+|%)$/i.test(tokens[inAt]!.text)) inAt += 1;
    if (tokens[inAt]?.text.toLowerCase() !== 'in') continue;
    const verbAt = tokens.slice(Math.max(0, i - 6), i).findIndex((t) => STAKE_VERB.test(t.text));
    if (verbAt < 0) continue;
    const target = stakeTarget(tokens, inAt + 1);
    if (target.length === 0) continue;
    const end = target[target.length - 1]!.end;
    const first = tokens[Math.max(0, i - 6) + verbAt]!;
    const sale = /^(?:sell|sells|sold|selling)$/i.test(first.text);
    const buyer = subjectName(sentence, tokens, first.start);
    const targetText = tidy(target.map((w) => w.text).join(' '));
    const amount = amountIn(figures, first.start, Number.MAX_SAFE_INTEGER);
    out.push({
      start: first.start, end, name: [buyer, sale ? 'sale of stake in' : 'acquisition of stake in', targetText].filter(Boolean).join(' '),
      sponsor: buyer, sector: null, location: null, amount, rule: 'project.stake', confidence: 0.7,
      key: `acq:${targetText.toLowerCase()}|${(buyer ?? '').toLowerCase()}`,
    });
  }
}

/** Acquisitions: "X’s acquisition of Y", "a $14 billion buyout of Y", "offer to acquire Y", "the X buyout". */
function findAcquisitions(sentence: Sentence, tokens: Token[], figures: readonly FigureMention[], out: ProjectMention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const acquire = /^(?:offer|bid|deal|agreement|plan)$/i.test(t.text) && tokens[i + 1]?.text === 'to' && /^(?:acquire|buy|purchase|take over)$/i.test(tokens[i + 2]?.text ?? '');
    const bidFor = BID.test(t.text) && tokens[i + 1]?.text === 'for';
    if (!ACQUISITION.test(t.text) && !acquire && !bidFor) continue;
    const back = phraseBackFrom(tokens, i);
    let acquirer = back.owner;
    // "Multi-billion acquisition": a capitalised size word is no buyer.
    const capMods = back.mods.filter((m) => isCapitalized(m.text) && !/(?:billion|million|trillion|dollar)/i.test(m.text));
    if (!acquirer && capMods.length > 0) acquirer = capMods.map((m) => m.text).join(' ');
    if (!acquirer) {
      // "Nippon Steel proposes a $14 billion buyout": the clause subject is the buyer.
      const before = sentence.text.slice(0, back.start - sentence.start);
      const subj = /(?:^|[,;:]\s*)((?:\p{Lu}[\p{L}.&-]*\s){1,3})(?:\p{Ll}+\s){1,2}(?:a|an|the)\s*$/u.exec(before);
      const opener = subj?.[1]!.trim().split(/\s+/)[0]!;
      // `Delays caused by the merger`: a plural noun or function word opening the sentence is no buyer (see subjectName).
      const common = subj !== null && subj.index === 0 && subj[1]!.trim() === opener && isGrammarWord(opener);
      if (subj && !common && !/^(?:The|A|An|This|That|These|Those|It|Its|He|She|They|We|But|And)$/.test(opener)) acquirer = subj[1]!.trim();
    }
    const merger = /^merger$/i.test(t.text);
    const objAt = acquire ? i + 3 : /^(?:of|with|for)$/i.test(tokens[i + 1]?.text ?? '') && (tokens[i + 1]!.text.toLowerCase() === 'of' || merger || bidFor) ? i + 2 : -1;
    let target = objAt >= 0 ? capitalizedRun(tokens, objAt) : [];
    // "a bid for a European rival": an unnamed target is described, not named.
    let described: Token[] = [];
    if (objAt >= 0 && target.length === 0 && /^(?:a|an)$/i.test(tokens[objAt]?.text ?? '')) {
      described = [];
      for (let k = objAt + 1; tokens[k] && described.length < 3 && (isWord(tokens[k]!.text) && (!isCapitalized(tokens[k]!.text) || isCountryWord(tokens[k]!.text))) && !STOP_WORDS.has(tokens[k]!.text.toLowerCase()); k++) described.push(tokens[k]!);
    }
    if (bidFor && target.length === 0 && described.length === 0) continue;
    if (!acquirer && (merger || bidFor)) acquirer = subjectName(sentence, tokens, back.start);
    if (!acquirer && target.length === 0) {
      // "the $44 billion buyout deal": a definite acquisition without parties refers to the article's deal.
      const lead = tokens[tokenIndexOf(tokens, back.start) - 1];
      if (/^(?:the|this|that)$/i.test(lead?.text ?? '') && !merger && !bidFor) {
        out.push({ start: back.start, end: t.end, name: 'acquisition', sponsor: null, sector: null, location: null, amount: amountIn(figures, back.start, t.end), rule: 'project.acquisition-reference', confidence: 0.6, key: 'acq-ref:' });
      }
      continue;
    }
    if (target.length === 0 && described.length > 0) target = described;
    const end = target.length > 0 ? target[target.length - 1]!.end : t.end;
    const targetText = target.length > 0 ? tidy(target.map((w) => w.text).join(' ')) : null;
    const noun = merger ? 'merger' : bidFor ? 'bid' : 'acquisition';
    const name = [acquirer ? tidy(acquirer) : null, noun, targetText ? `${merger ? 'with' : bidFor ? 'for' : 'of'} ${targetText}` : null].filter(Boolean).join(' ');
    out.push({
      start: back.owner ? tokens.find((x) => x.start >= back.start - 40 && x.text === back.owner!.split(' ')[0])?.start ?? back.start : back.start,
      end, name, sponsor: acquirer ? tidy(acquirer) : null, sector: null, location: null,
      amount: amountIn(figures, back.start, end), rule: 'project.acquisition', confidence: 0.8,
      key: `acq:${(targetText ?? '').toLowerCase()}|${(acquirer ?? '').toLowerCase()}`,
    });
  }
}

/** Finds project mentions in one sentence. `figures` are the sentence's figures (for amounts). */
export function findProjects(sentence: Sentence, figures: readonly FigureMention[]): ProjectMention[] {
  const tokens = sentenceTokens(sentence);
  const out: ProjectMention[] = [];
  findAcquisitions(sentence, tokens, figures, out);
  findStakes(sentence, tokens, figures, out);
  findAcquiringVerbs(sentence, tokens, figures, out);
  for (let i = 0; i < tokens.length; i++) {
    if (!WORK_VERB.test(tokens[i]!.text)) continue;
    const run = capitalizedRun(tokens, i + 1);
    if (run.length < 2 || !FACILITY.test(run[run.length - 1]!.text)) continue;
    const named = tidy(run.map((r) => r.text).join(' '));
    const sponsor = subjectName(sentence, tokens, tokens[i]!.start);
    out.push({
      start: tokens[i]!.start, end: run[run.length - 1]!.end, name: `${named} expansion`, sponsor: sponsor && sponsor !== named ? tidy(sponsor) : null,
      sector: null, location: null, amount: amountIn(figures, tokens[i]!.start, Number.MAX_SAFE_INTEGER), rule: 'project.work-verb', confidence: 0.6,
      key: `fac:${named.toLowerCase()}`,
    });
  }
  const accepted = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!FACILITY.test(t.text) || !/^\p{Ll}/u.test(t.text)) continue;
    // The head must end its noun phrase: "data center infrastructure project" is a project, not a center.
    const nextWord = tokens[i + 1];
    if (nextWord && /^\p{Ll}[\p{Ll}-]*$/u.test(nextWord.text) && !NOMINAL_TAIL.test(nextWord.text) && !/(?:ed|ly)$/.test(nextWord.text) && !isBaseVerb(nextWord.text) && !/^(?:and|or|in|of|off|for|to|at|by|led|across|near|that|which|is|are|was|were|will|would|could|has|have|with|on|from|as|outside|next|along|alongside|beside|between)$/.test(nextWord.text)) continue;
    const plural = /s$/i.test(t.text) && !/campus$/i.test(t.text);
    const back = phraseBackFrom(tokens, i);
    const specific = back.mods.filter((m) => !GENERIC.test(m.text));
    // "facilities to produce gas turbines and generic pharmaceuticals": each product is a candidate project.
    if (tokens[i + 1]?.text === 'to' && PRODUCE.test(tokens[i + 2]?.text ?? '')) {
      let k = i + 3;
      while (k < tokens.length) {
        const run: Token[] = [];
        while (tokens[k] && isWord(tokens[k]!.text) && !/^(?:and|or|in|for|to|with|at|on|of|also)$/i.test(tokens[k]!.text) && !/(?:ed|ly)$/.test(tokens[k]!.text) && run.length < 4) run.push(tokens[k++]!);
        if (run.length === 0) break;
        const product = run.map((r) => r.text).join(' ');
        out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, name: `${product} production ${t.text.toLowerCase()}`, sponsor: null, sector: product, location: null, amount: null, rule: 'project.facility-product', confidence: 0.6, key: `prod:${product.toLowerCase()}` });
        if (tokens[k]?.text === ',' ) k += 1;
        // ", and also deliberated ..." ends the list: only a noun may follow the conjunction.
        if (/^(?:and|or)$/i.test(tokens[k]?.text ?? '') && !/^(?:also|then)$|(?:ed|ly)$/i.test(tokens[k + 1]?.text ?? '')) k += 1;
        else break;
      }
      continue;
    }
    const location = locationAfter(tokens, i + 1);
    const sponsor = sponsorAfter(tokens, i + 1);
    // An owner alone ("the Cato Institute’s trade policy center") names a workplace, not a project.
    // "a planned pipeline", "a proposed new plant": participles between the article and the phrase.
    let d = tokenIndexOf(tokens, back.start) - 1;
    while (d > 0 && /^(?:planned|proposed|long-planned|delayed|stalled|promised)$/i.test(tokens[d]!.text)) d -= 1;
    // "a planned 30-kilometre pipeline": an indefinite article and a size make even a bare facility concrete.
    const sized = /^(?:a|an)$/i.test(tokens[d]?.text ?? '') && back.amountTokens.some((x) => /^\d/.test(x.text));
    const determiner = /^(?:a|an)$/i.test(tokens[d]?.text ?? '') || back.amountTokens.length > 0 || WORK_OF.test(sentence.text.slice(Math.max(0, back.start - sentence.start - 80), back.start - sentence.start));
    const clauseBefore = sentence.text.slice(0, back.start - sentence.start).split(/[;:]/).pop() ?? '';
    const governed = BUILD_VERB.test(clauseBefore.split(/\s+/).slice(-6).join(' '));
    const siblingAccepted = accepted.has(i - 0) || [...accepted].some((h) => h < i && tokens.slice(h + 1, tokenIndexOf(tokens, back.start)).every((x) => /^(?:and|,)$/i.test(x.text)));
    let ok: boolean;
    if (plural) ok = (specific.length > 0 && (governed || location !== null)) || (siblingAccepted && governed);
    else {
      // "the Poza Rica water treatment plant": a capitalised modifier after "the" names one facility.
      const named = /^(?:the|its|their)$/i.test(tokens[tokenIndexOf(tokens, back.start) - 1]?.text ?? '') && back.mods.some((m) => isCapitalized(m.text) && !isCountryWord(m.text));
      // "a third factory in Phoenix": a site makes even an unmodified facility concrete.
      ok = (specific.length > 0 && (determiner || location !== null || sponsor !== null || named)) || (determiner && location !== null) || sized;
    }
    if (!ok && siblingAccepted && back.mods.length > 0) ok = true;
    if (!ok) continue;
    // "a pension reform project", "a research project": a policy or study is not an investment project.
    if (/^projects?$/i.test(t.text) && back.mods.some((m) => POLICY_WORD.test(m.text))) continue;
    accepted.add(i);
    const modsText = back.mods.map((m) => m.text).join(' ');
    const placeMod = back.mods.find((m) => isCapitalized(m.text) && isPlace(m.text));
    const sponsorName = back.owner ?? sponsor?.text ?? null;
    const end = Math.max(t.end, location?.end ?? 0, sponsor?.end ?? 0);
    const core = `${modsText} ${t.text}`.trim();
    const name = tidy([sponsorName, core, location ? `in ${location.text}` : null].filter(Boolean).join(' '));
    const sector = specific.filter((m) => !isCapitalized(m.text) || /^\p{Lu}{2,}$/u.test(m.text)).map((m) => m.text).join(' ') || null;
    out.push({
      start: back.start, end, name, sponsor: sponsorName ? tidy(sponsorName) : null, sector,
      location: location?.text ?? placeMod?.text ?? null, amount: amountIn(figures, back.start, end) ?? investedBefore(sentence, figures, back.start),
      rule: plural ? 'project.facility-plural' : 'project.facility', confidence: 0.65,
      key: `fac:${specific.map((m) => m.text.toLowerCase()).join(' ')} ${t.text.toLowerCase().replace(/s$/, '')}`,
    });
  }
  return out;
}

function tokenIndexOf(tokens: Token[], start: number): number {
  return tokens.findIndex((t) => t.start === start);
}

/** "Nissan" and "Nissan Motor" name one party: equal, or one is the other's leading words. */
function sameParty(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  // "Musk" and "Elon Musk": a family name alone is the same party.
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || (!a.includes(' ') && b.endsWith(` ${a}`)) || (!b.includes(' ') && a.endsWith(` ${b}`));
}

/** Gives every mention of one project in an article the same name (the most complete one). */
export function groupProjects(mentions: ProjectMention[]): ProjectMention[] {
  const groups = new Map<string, ProjectMention[]>();
  const keyOf = (m: ProjectMention): string => {
    if (!m.key.startsWith('acq:')) return m.key;
    if (groups.has(m.key)) return m.key;
    // Acquisitions link on target or buyer: "the Nippon Steel acquisition" and "buyout of US Steel".
    const [target, buyer] = m.key.slice(4).split('|');
    for (const k of groups.keys()) {
      if (!k.startsWith('acq:')) continue;
      const [t2, b2] = k.slice(4).split('|');
      // Two mentions naming both parties are one deal only when both parties agree.
      const full = (t?: string, b?: string) => Boolean(t && b && t !== b);
      if (full(target, buyer) && full(t2, b2)) {
        if (sameParty(target, t2) && sameParty(buyer, b2)) return k;
        continue;
      }
      if (sameParty(target, t2) || sameParty(target, b2) || sameParty(buyer, b2) || sameParty(buyer, t2)) return k;
    }
    return m.key;
  };
  for (const m of mentions) {
    if (m.key === 'acq-ref:') continue;
    const k = keyOf(m);
    const list = groups.get(k);
    if (list) list.push(m);
    else groups.set(k, [m]);
  }
  // A definite "the buyout deal" joins the article's one acquisition; with none or several it is dropped.
  const deals = [...groups.keys()].filter((k) => k.startsWith('acq:'));
  const references = mentions.filter((m) => m.key === 'acq-ref:');
  if (references.length > 0 && deals.length === 1) groups.get(deals[0]!)!.push(...references);
  if (references.length > 0 && deals.length !== 1) mentions = mentions.filter((m) => m.key !== 'acq-ref:');
  for (const list of groups.values()) {
    const best = [...list].sort((a, b) => score(b) - score(a))[0]!;
    for (const m of list) {
      m.name = best.name;
      m.sponsor ??= best.sponsor;
      m.location ??= best.location;
      m.amount ??= best.amount;
      m.sector ??= best.sector;
    }
  }
  return mentions;
}

function score(m: ProjectMention): number {
  return (m.sponsor ? 2 : 0) + (/ of /.test(m.name) ? 2 : 0) + m.name.length / 100;
}

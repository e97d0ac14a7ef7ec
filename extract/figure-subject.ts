/**
 * Subject and predicate of a figure: what is measured and what is said of
 * it. The store reconciles claims on a normalised (subject, predicate) key,
 * so the rules build short canonical phrases (`tariff on cars`, `Japan
 * investment fund`) and fold synonyms, and keep different things apart
 * (`manufacturing jobs cut` vs `US engineering positions`).
 */
import nlp from 'compromise';
import type { FigureMention } from './figure.js';
import { changeSubject, ofComplementSubject, priceSubject, type ChangeSubject } from './figure-change.js';
import {
  clauseSubjectBefore,
  isPhraseWord,
  ownerBefore,
  phraseAfter,
  phraseBefore,
  phraseText,
  sentenceTokens,
  tokenIndexAt,
  tokenIndexBefore,
} from './phrase.js';
import type { Sentence } from './sentence.js';
import { TITLE_HEAD } from './title.js';
import { isCapitalized, isPossessive, isWord, type Token } from './token.js';
import {
  STOP_WORDS,
  TARIFF_NOUN,
  demonymOf,
  isBaseVerb,
  isCountryWord,
  isOrganization,
  isPluralNoun,
  isPlace,
  isUnitedStates,
  mentionsTariff,
  normalizeProduct,
  singularize,
  tidy,
} from '../lexicon/vocabulary.js';

/** What a figure measures (`subject`) and what is said of it (`predicate`). */
export interface FigureDescription {
  subject: string | null;
  predicate: string | null;
  /** How specific the rule was: document-level linking lets a strong subject replace a weak one. */
  strength: 'strong' | 'weak';
}

// Heads of money phrases that name the measured thing; a title-case run is cut after the last one.
const MONEY_HEAD = new Set([
  'fund', 'funds', 'investment', 'investments', 'plant', 'factory', 'facility', 'facilities', 'hub', 'center', 'centre',
  'project', 'projects', 'deal', 'offer', 'bid', 'buyout', 'acquisition', 'takeover', 'merger', 'package', 'proposal',
  'plan', 'pledge', 'commitment', 'loan', 'loans', 'grant', 'budget', 'revenue', 'sales', 'profit', 'profits', 'deficit',
  'surplus', 'stake', 'contract', 'program', 'programme', 'scheme', 'bond', 'debt', 'fine', 'penalty', 'settlement',
  'price', 'valuation', 'purchase', 'purchases', 'exports', 'imports', 'spending', 'subsidy', 'subsidies', 'stimulus',
  'aid', 'cost', 'costs', 'terminal', 'pipeline', 'mine', 'refinery', 'expansion', 'initiative', 'order', 'orders',
  'agreement', 'financing', 'round', 'fee', 'income', 'earnings', 'capex', 'outlay', 'tax', 'tariff', 'tariffs', 'sale',
  'divestment', 'listing', 'ipo', 'commitment', 'commitments', 'valuation',
  // Courts, crime, sport and pay: money a story names by what it is for, in any such story.
  'bail', 'damages', 'award', 'ransom', 'reward', 'prize', 'purse', 'salary', 'wage', 'bonus', 'payout',
  'payment', 'donation', 'bailout', 'dividend', 'buyback', 'refund',
]);
const SIZE_HEAD = /\b(?:fund|package|budget|program|programme|scheme|facility|stimulus)$/i;
const ACQUISITION_HEAD = /^(?:buyout|acquisition|takeover|purchase|offer|bid|merger)$/i;
// Verbs that make money before them a named flow: "to buy $200 billion in ..." is a purchase.
const VERB_NOUN: Record<string, string> = {
  buy: 'purchase', buys: 'purchase', bought: 'purchase', buying: 'purchase', purchase: 'purchase',
  invest: 'investment', invests: 'investment', invested: 'investment', investing: 'investment',
  spend: 'spending', spends: 'spending', spent: 'spending', spending: 'spending',
  pay: 'payment', pays: 'payment', paid: 'payment', lend: 'loan', lent: 'loan', borrow: 'borrowing', borrowed: 'borrowing',
  raise: 'fundraising', raised: 'fundraising', pledge: 'pledge', pledged: 'pledge', pledges: 'pledge',
  offer: 'offer', offered: 'offer', offers: 'offer', propose: 'proposal', proposes: 'proposal', proposed: 'proposal',
  save: 'savings', saves: 'savings', saving: 'savings', contribute: 'contribution', contributes: 'contribution', contributed: 'contribution',
  forfeit: 'forfeiture', forfeits: 'forfeiture', forfeited: 'forfeiture', donate: 'donation', donated: 'donation', donates: 'donation',
  commit: 'commitment', committed: 'commitment', commits: 'commitment', pour: 'investment', pours: 'investment', poured: 'investment',
  // Crime: money taken is named by the taking (`embezzled some 15 billion dollars`).
  embezzle: 'embezzlement', embezzled: 'embezzlement', embezzling: 'embezzlement', misappropriated: 'misappropriation',
  steal: 'theft', stole: 'theft', stolen: 'theft', stealing: 'theft', siphoned: 'embezzlement', laundered: 'laundering', laundering: 'laundering',
};
const REVENUE_VERB = /\b(?:brought in|bring in|brings in|raised|collected|generated|earned|yielded|netted)\s+(?:about\s+|around\s+|nearly\s+|more than\s+)?$/i;
const CHANGE_VERB = /\b(?:shrunk|shrank|shrinks|fell|fallen|falls|dropped|drops|declined|declines|rose|risen|rises|grew|grown|grows|increased|increases|decreased|decreases|added|adds|lost|loses|shed|sheds|cut|cuts)\b/i;
const AGGREGATE = /^(?:gdp|gross domestic product|output|economy)$/i;
const QUANTITY_HEAD = /^(?:spending|budget|debt|deficit|expenditure|expenditures|outlays|exports|imports|production|investment)$/i;

function lower(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.text.toLowerCase());
}

/** Trims a run to end at its last head noun from the lexicon, if it has one. */
function cutAtHead(run: Token[], heads: ReadonlySet<string>): Token[] {
  for (let k = run.length - 1; k >= 0; k--) if (heads.has(run[k]!.text.toLowerCase())) return run.slice(0, k + 1);
  return run;
}

/** Lower-cases common words and keeps names: `Investment Fund` → `investment fund`, `AI` stays. */
function caseFold(text: string): string {
  return text
    .split(' ')
    .map((w) => (/^\p{Lu}\p{Ll}+$/u.test(w) && !isCountryWord(w) && !isPlace(w) && !isOrganization(w) ? w.toLowerCase() : w))
    .join(' ');
}

function cleanSubject(text: string): string {
  return tidy(text)
    .replace(/^(?:the|a|an|its|their|his|her|all|those|these|this|that)\s+/i, '')
    .replace(/\s+(?:announcement|announcements|creation|plans?)$/i, '')
    .trim();
}

/** The past participle of a verb, via compromise's conjugator (`exporting` → `exported`). */
const PARTICIPLES = new Map<string, string>();

function participle(verb: string): string {
  const known = PARTICIPLES.get(verb);
  if (known !== undefined) return known;
  const forms = (nlp(verb) as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } }).verbs().conjugate()[0];
  const out = forms?.Participle ?? forms?.PastTense ?? verb;
  if (PARTICIPLES.size < 10_000) PARTICIPLES.set(verb, out);
  return out;
}

/**
 * The tariff a percentage is the rate of, or null when the figure is not a
 * tariff rate. Looks at the phrase after the figure, "N% on X", "rate(s) of /
 * to N%", then the sentence and the previous one for the taxed goods.
 */
function tariffSubject(m: FigureMention, tokens: Token[], sentence: Sentence, previous: Sentence | undefined): string | null {
  const at = tokenIndexAt(tokens, m.end);
  const before = sentence.text.slice(0, m.start - sentence.start);
  const run = phraseAfter(tokens, at, 5);
  const runWords = lower(run);
  const headAt = runWords.findIndex((w) => TARIFF_NOUN.test(w));
  const onAfter = tokens[at]?.text.toLowerCase() === 'on';
  const rateBefore = /\b(?:tariffs?|duty|duties|levy|levies|rates?|charges?|taxe?s?)\s+(?:of|at|to)\s+$/i.test(before);
  const loweredTo = /\b(?:reduced|lowered|cut|raised|increased|hiked|set|reduce|lower|raise|increase|fall|falls|fell|drop|drops|dropped|rise|rises|rose|climb|climbs|climbed|go|goes|went|jump|jumps|jumped)\s+to\s+$/i.test(before);
  const importsAt = /\bimports?\s+at\s+$/i.test(before);
  const tariffy = mentionsTariff(sentence.text) || /\b(?:rates?|charg(?:e|es|ed|ing))\b/i.test(sentence.text);
  const isTariff = headAt >= 0 || (onAfter && tariffy) || (rateBefore && tariffy) || (loweredTo && tariffy) || importsAt;
  if (!isTariff) return null;

  const qualifier = runWords.slice(0, Math.max(0, headAt)).includes('global') ? 'global ' : '';
  // 1. "tariff on X" / "N% on X" right after the figure.
  let onIndex = -1;
  if (headAt >= 0 && tokens[at + headAt + 1]?.text.toLowerCase() === 'on') onIndex = at + headAt + 2;
  else if (onAfter) onIndex = at + 1;
  let target: string | null = onIndex >= 0 ? goodsAt(tokens, onIndex) : null;
  // 2. goods named between the figure and the tariff noun ("25% auto import duties").
  if (!target && headAt > 0) target = goodsIn(run.slice(0, headAt).map((t) => t.text).join(' '));
  // 3. goods just before ("vehicle imports at 15%").
  if (!target && importsAt) target = goodsIn(phraseText(phraseBefore(tokens, tokenIndexBefore(tokens, m.start) - 1, 3)));
  // 4. "tariffs on Japan" / "Japan’s ... rate" elsewhere in the clause.
  if (!target) target = targetCountry(tokens, sentence) ?? goodsIn(sentence.text);
  if (!target && previous) target = onTarget(previous) ?? null;
  return `${qualifier}tariff${target ? ` on ${target}` : ''}`;
}

/** Goods named in free text, folded (`automobiles` → `cars`), or null. */
function goodsIn(text: string): string | null {
  const folded = normalizeProduct(text.toLowerCase());
  for (const g of ['car parts', 'cars', 'steel', 'aluminum', 'semiconductors', 'pharmaceuticals', 'lumber', 'copper', 'solar panels', 'washing machines']) {
    if (new RegExp(`\\b${g}\\b`).test(folded)) {
      if (g === 'cars' && /\bcar parts\b/.test(folded) && /\bcars and\b/.test(folded)) return 'cars and car parts';
      return g;
    }
  }
  return null;
}

/** The goods after an "on" at token `i`: a country becomes its imports. */
function goodsAt(tokens: Token[], i: number): string | null {
  const run: Token[] = [];
  for (let k = i; k < tokens.length && run.length < 5; k++) {
    const t = tokens[k]!;
    if (/^(?:all|the|any|some|its|imported|foreign|certain)$/i.test(t.text) && run.length === 0) continue;
    if (t.text.toLowerCase() === 'and' && isPhraseWord(tokens[k + 1])) {
      run.push(t);
      continue;
    }
    if (!isPhraseWord(t) && !isPossessive(t.text)) break;
    run.push(t);
  }
  if (run.length === 0) return null;
  const text = phraseText(run);
  if (run.length === 1 && isCountryWord(text)) return countryImports(text);
  const goods = goodsIn(text);
  if (goods) return goods;
  return normalizeProduct(caseFold(tidy(text))).replace(/\b(?:goods|products)\b/, 'imports');
}

function countryImports(country: string): string {
  const d = demonymOf(country);
  return `${d ?? tidy(country)} imports`;
}

/** The country a tariff targets: "tariffs on Japan", "Japan’s rate", a lone foreign country in the sentence. */
function targetCountry(tokens: Token[], sentence: Sentence): string | null {
  const on = /\b(?:tariffs?|duties|levies|rates?)\s+on\s+(?:all\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}\p{L}+)?)/u.exec(sentence.text);
  if (on && isCountryWord(on[1]!)) return countryImports(on[1]!);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isCapitalized(t.text) || !isCountryWord(t.text) || isUnitedStates(t.text)) continue;
    const next = tokens[i + 1];
    // "Japanese imports" / "Japan’s rate" name the target; "US levies" would name the side imposing them.
    if (next && (isPossessive(next.text) || /^(?:imports?|goods|products)$/i.test(next.text))) return countryImports(t.text);
  }
  const countries = tokens.filter((t) => isCapitalized(t.text) && isCountryWord(t.text) && !isUnitedStates(t.text));
  const names = new Set(countries.map((t) => demonymOf(t.text) ?? t.text));
  if (names.size === 1) return countryImports(countries[0]!.text);
  return null;
}

/** "tariffs on X" anywhere in a sentence (used from the previous sentence). */
function onTarget(sentence: Sentence): string | null {
  const tokens = sentenceTokens(sentence);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (TARIFF_NOUN.test(tokens[i]!.text) && /^(?:tariffs?|duties|levies)$/i.test(tokens[i]!.text) && tokens[i + 1]!.text === 'on') {
      return goodsAt(tokens, i + 2);
    }
  }
  return null;
}

/** Words that make an `in`/`for` phrase a time, a manner or a degree, not a group of people or things. */
const NOT_A_GROUP = /^(?:\d.*|year|years|quarter|quarters|month|months|week|weeks|day|days|time|times|period|morning|afternoon|evening|night|total|all|general|particular|part|fact|turn|short|addition|response|return|favou?r|support|contrast|comparison|order|case|cases|terms|line|recent|past|first|last|next|previous|same|this|that|these|those|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|strike|protest|protests|charge|place|power|office|question|which|who|whom|whose|the)$/i;

/**
 * The group a share's noun is narrowed to by what follows it: `in the secondary school`, `signed up for
 * primary school`, `in the public sector` → `secondary school`, `primary school`, `public sector`. Null for a
 * time or manner (`in 2023`, `in the first quarter`, `in total`) or anything longer than three words.
 */
export function groupAfter(tokens: readonly Token[], at: number): string | null {
  let k = at;
  // A participle and its particle between the noun and the preposition: "signed up for", "employed in".
  if (/^\p{Ll}+ed$/u.test(tokens[k]?.text ?? '')) {
    k += 1;
    if (/^(?:up|on|out|in)$/i.test(tokens[k]?.text ?? '') && /^(?:for|in|at)$/i.test(tokens[k + 1]?.text ?? '')) k += 1;
  }
  if (!/^(?:in|for|at)$/i.test(tokens[k]?.text ?? '')) return null;
  k += 1;
  while (tokens[k] && /^(?:the|its|their|a|an)$/i.test(tokens[k]!.text)) k += 1;
  const words: string[] = [];
  // A past verb ends the phrase: "of workers in the public sector walked out".
  while (tokens[k] && words.length < 4 && /^[\p{L}-]+$/u.test(tokens[k]!.text) && !STOP_WORDS.has(tokens[k]!.text.toLowerCase()) && !(words.length > 0 && /^\p{Ll}+ed$/u.test(tokens[k]!.text))) words.push(tokens[k++]!.text);
  if (words.length === 0 || words.length > 3 || words.some((w) => NOT_A_GROUP.test(w))) return null;
  return words.join(' ').toLowerCase();
}

/** "N% of the X" → X; an aggregate such as GDP borrows the quantity named before it. */
function shareOf(m: FigureMention, tokens: Token[]): { subject: string; predicate: string } | null {
  let at = tokenIndexAt(tokens, m.end);
  // 'wants "between 40% and 50%" of chips': a closing quote sits between the figure and "of".
  if (/^[”"’]$/.test(tokens[at]?.text ?? '')) at += 1;
  if (tokens[at]?.text.toLowerCase() !== 'of') return null;
  let k = at + 1;
  while (tokens[k] && /^(?:the|its|their|those|these|his|her|our|all)$/i.test(tokens[k]!.text)) k += 1;
  let run = phraseAfter(tokens, k, 4);
  // "the dividends go to savers": a verb after a plural noun ends the phrase.
  const verbAt = run.findIndex((t, idx) => idx > 0 && isPluralNoun(run[idx - 1]!.text) && isBaseVerb(t.text));
  if (verbAt > 0) run = run.slice(0, verbAt);
  if (run.length === 0) return null;
  let text = phraseText(run);
  // Keep a short "from/of X" tail when it says whose: "profits from the investments".
  const tail = tokens[k + run.length];
  if (tail && /^(?:from|of)$/i.test(tail.text)) {
    let j = k + run.length + 1;
    while (tokens[j] && /^(?:the|its|their)$/i.test(tokens[j]!.text)) j += 1;
    const more = phraseAfter(tokens, j, 2);
    if (more.length > 0) text = `${text} ${tail.text.toLowerCase()} ${phraseText(more)}`;
  }
  // "of teachers in the secondary school", "of teachers signed up for primary school": the group is narrowed.
  const group = groupAfter(tokens, k + run.length);
  if (group && !AGGREGATE.test(text)) return { subject: caseFold(cleanSubject(`${group} ${text}`)), predicate: 'share' };
  if (AGGREGATE.test(text)) {
    for (let i = tokenIndexBefore(tokens, m.start); i >= 0; i--) {
      if (QUANTITY_HEAD.test(tokens[i]!.text)) {
        const phrase = phraseBefore(tokens, i, 2).filter((t) => !/^(?:increased|higher|lower|total)$/i.test(t.text));
        return { subject: caseFold(cleanSubject(phraseText(phrase))), predicate: `share of ${text}` };
      }
    }
    return { subject: text, predicate: 'share' };
  }
  return { subject: caseFold(cleanSubject(text)), predicate: 'share' };
}

/** The money phrase right after a figure: `$550 billion investment fund` → `investment fund`. */
function moneyNounAfter(m: FigureMention, tokens: Token[]): { text: string; head: string; acquisitionOf: string | null; from: string | null } | null {
  let at = tokenIndexAt(tokens, m.end);
  // "$10,000 (€6,800) bail": the amount in another currency, in brackets, stands between the money and what it is.
  if (tokens[at]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > at && k <= at + 8 && t.text === ')');
    if (close > 0) at = close + 1;
  }
  let run = phraseAfter(tokens, at, 6);
  if (run.length === 0) return null;
  run = cutAtHead(run, MONEY_HEAD);
  const headToken = run[run.length - 1]!;
  const head = headToken.text.toLowerCase();
  const next = tokens[at + run.length];
  let acquisitionOf: string | null = null;
  let from: string | null = null;
  if (next && ACQUISITION_HEAD.test(head)) {
    const of = next.text.toLowerCase() === 'of' ? at + run.length + 1 : null;
    const toAcquire = next.text.toLowerCase() === 'to' && /^(?:acquire|buy|purchase)$/i.test(tokens[at + run.length + 1]?.text ?? '') ? at + run.length + 2 : null;
    const objectAt = of ?? toAcquire;
    if (objectAt !== null) {
      const obj = tokens.slice(objectAt).findIndex((t) => !isWord(t.text) || !isCapitalized(t.text));
      const words = tokens.slice(objectAt, obj === -1 ? undefined : objectAt + obj);
      if (words.length > 0) acquisitionOf = phraseText(words);
    }
  }
  if (next && next.text.toLowerCase() === 'from' && isCapitalized(tokens[at + run.length + 1]?.text ?? '')) {
    const words: string[] = [];
    for (let k = at + run.length + 1; k < tokens.length && isCapitalized(tokens[k]!.text) && isWord(tokens[k]!.text); k++) words.push(tokens[k]!.text);
    from = words.join(' ');
  }
  return { text: phraseText(run), head, acquisitionOf, from };
}

const BEFORE_WINDOW = 300;
const MEASURE_UNIT = /^(?:basis point|percentage point|point|barrel|ton|tonne|metric ton|millimeter|millimetre|centimeter|centimetre|meter|metre|kilometer|kilometre|mile|degree|inch|foot|gallon|liter|litre|cubic meter|kilowatt|megawatt|gigawatt)$/;

/** Describes a figure from its sentence (and the previous one, for tariff targets). */
/**
 * A name right before a verb of taking a share (`Saakashvili had`, `Mr Gachechiladze, his nearest competitor, had`,
 * `the Socialists won about`): up to three capitalised words, an aside in commas allowed between.
 */
const PERCENT_TAKER = /(?:^|[^\p{L}])((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,[^,]{1,50},)?\s+(?:had|has|won|wins|got|gets|took|takes|received|polled|garnered|secured|captured|claimed|obtained)\s+(?:(?:about|around|nearly|roughly|almost|just|only|some|over|more than|less than|just over|just under)\s+)?$/u;

/** A sentence about a vote: a share a name takes there is its share of the vote. */
const VOTING = /\b(?:vote|votes|voters|ballots?|election|elections|polls?|runoff|electorate|precincts?)\b/i;

/** A candidate's share of the vote (`Jara vote`): its subject ends so. */
export function isCandidateShare(d: { subject: string | null; predicate: string | null }): boolean {
  return d.predicate === 'share' && d.subject !== null && /^\p{Lu}.* vote$/u.test(d.subject);
}

/** Words after a taken share that go on with the clause, not a noun the percentage modifies. */
const CLAUSE_GOES_ON = /^(?:and|or|but|while|to|in|on|at|for|with|against|compared|versus|after|before|when|as|from|ahead|behind|by)$/;

/** A percentage that says how far a count has got (`ballots counted`, `precincts reporting`): no parallel share. */
export function isProgressSubject(subject: string | null): boolean {
  return subject !== null && /\s(?:counted|reporting|reported|processed|tallied|declared|returned)$/.test(subject);
}

/**
 * Describes a figure. `parts: false` leaves a device's part unread (`deviceSubject`), as the extractor asks for a part
 * its article gives two values.
 */
export function describeFigure(m: FigureMention, sentence: Sentence, previous?: Sentence, options: { parts?: boolean } = {}): FigureDescription {
  const tokens = sentenceTokens(sentence);
  // The rules read the words just before the figure; a bounded window keeps their regexes linear.
  const before = sentence.text.slice(Math.max(0, m.start - sentence.start - BEFORE_WINDOW), m.start - sentence.start);
  switch (m.form) {
    case 'percent': {
      const afterFigure = sentence.text.slice(m.end - sentence.start);
      // "with 90% of ballots counted", "95 percent of precincts reporting": how far a count has got, not a share of
      // the vote; the next percentage of the sentence is no parallel of it.
      const progress = /^\s+of\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+s)\s+(counted|reporting|reported|processed|tallied|declared|returned)\b/u.exec(afterFigure);
      if (progress) return { subject: `${caseFold(cleanSubject(progress[1]!))} ${progress[2]}`, predicate: 'rate', strength: 'strong' };
      // "Saakashvili had 52.1 per cent", "Kast, the runner-up, won 23.9%": a share a named candidate or party took.
      const taker = PERCENT_TAKER.exec(before.slice(-100));
      // Not before a noun it modifies (`had 12% growth`) nor a share of something named (`had 8% of the market`).
      const modifies = /^\s+(\p{Ll}+)/u.exec(afterFigure);
      const ofVote = /^\s+of\s+(?:the\s+)?(?:(?:popular|national|total)\s+)?(?:vote|votes|ballots)\b/i.test(afterFigure);
      const voting = ofVote || VOTING.test(sentence.text) || (previous !== undefined && VOTING.test(previous.text));
      if (taker && voting && (ofVote || (!/^\s+of\s/.test(afterFigure) && (!modifies || CLAUSE_GOES_ON.test(modifies[1]!))))) {
        return { subject: `${taker[1]!.replace(/^(?:Mr|Mrs|Ms|Dr)\.?\s+/, '')} vote`, predicate: 'share', strength: 'strong' };
      }
      // "clearing the 50 per cent barrier": a percentage before its noun names that noun's level.
      const level = /^\s+(threshold|barrier|mark|hurdle|limit|cap|ceiling|floor|minimum|majority)\b/i.exec(afterFigure);
      if (level) return { subject: level[1]!.toLowerCase(), predicate: 'rate', strength: 'strong' };
      // "a rate of 65% of teachers": what the percentage is a share of comes before any tariff reading.
      const shareFirst = /^\s+of\s/.test(sentence.text.slice(m.end - sentence.start)) && !mentionsTariff(sentence.text) ? shareOf(m, tokens) : null;
      if (shareFirst) return { ...shareFirst, strength: 'strong' };
      const tariff = tariffSubject(m, tokens, sentence, previous);
      if (tariff) return { subject: tariff, predicate: 'rate', strength: 'strong' };
      const share = shareOf(m, tokens);
      if (share) return { ...share, strength: 'strong' };
      const afterPct = sentence.text.slice(m.end - sentence.start);
      // "a 2.1% fall in third-quarter revenue": the change names what changed.
      const changeIn = /^\s+(?:fall|rise|drop|increase|decline|gain|jump|slide|surge|cut|reduction)\s+in\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(afterPct);
      if (changeIn) return { subject: caseFold(cleanSubject(cutPurpose(changeIn[1]!))), predicate: 'change', strength: 'strong' };
      // "the fire was 12% contained", "the mine is 40% owned by": the state a share describes.
      const state = /^\s+(contained|complete|completed|owned|vaccinated|built|funded|full|finished|reported|counted|occupied|staffed)\b/.exec(afterPct);
      const holder = /((?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{L}-]+)\s+(?:is|are|was|were|had been|has been|now)\s+(?:(?:about|around|nearly|roughly|only|just|some|almost)\s+)?$/u.exec(before.slice(-60));
      if (state) return { subject: `${holder && !STOP_WORDS.has(holder[1]!.toLowerCase()) ? `${caseFold(cleanSubject(holder[1]!))} ` : ''}${state[1]}`, predicate: 'rate', strength: 'strong' };
      // "Turnout was 71.3%", "growth is now expected at 2 to 4%": the subject of the copula.
      const copula = /((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+(?:is|are|was|were|will be|would be|stood at|stands at)\s+(?:now\s+)?(?:(?:expected|forecast|seen|estimated|projected|put|pegged)\s+)?(?:at\s+)?(?:(?:about|around|nearly|roughly|some|almost|just|only)\s+)?$/u.exec(before.slice(-80));
      if (copula) {
        const words = copula[1]!.split(/\s+/);
        const from = words.reduce((at, w, idx) => (STOP_WORDS.has(w.toLowerCase()) || /[,;]$/.test(w) ? idx + 1 : at), 0);
        const kept = words.slice(from).join(' ');
        if (kept && !/^(?:it|this|that|which|who)$/i.test(kept)) return { subject: caseFold(cleanSubject(kept)), predicate: 'rate', strength: 'strong' };
      }
      // "Disney shares are down about 19%", "the index is up 34%": the phrase before "up/down" moved.
      const moved = /((?:(?!(?:is|are|was|were|has|have|been|now)\s)[\p{L}&][\p{L}&.’'-]*\s+){0,2}(?!(?:is|are|was|were|has|have|been|now)\s)[\p{L}&][\p{L}&.’'-]*(?:\s+\d{2,4})?)\s+(?:is|are|was|were|has been|have been|now|trade|trades|traded|stand|stands|closed|ended)?\s*(?:up|down)\s+(?:(?:about|around|nearly|roughly|some|more than|almost|over|just)\s+)?$/u.exec(before.slice(-80));
      if (moved && !STOP_WORDS.has(moved[1]!.split(/\s+/).pop()!.toLowerCase())) {
        return { subject: caseFold(cleanSubject(moved[1]!)), predicate: 'change', strength: 'strong' };
      }
      const change = changeSubject(tokens, sentence, m.start);
      if (change) return changeDescription(change, tokens, change.predicate === 'level' ? 'rate' : 'change');
      const of = ofComplementSubject(tokens, m.start);
      if (of) return { subject: caseFold(cleanSubject(of)), predicate: 'rate', strength: 'strong' };
      // "could shave 0.5 percentage points off growth": what the figure is taken off.
      const off = /^\s+off\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(sentence.text.slice(m.end - sentence.start));
      if (off) return { subject: caseFold(cleanSubject(cutPurpose(off[1]!))), predicate: 'change', strength: 'strong' };
      // "roughly 50% over its original budget": the percentage compares with what follows.
      const versus = /^\s+(?:over|above|below|under|higher than|lower than)\s+(?:its|the|their|his|her|a|an)?\s*((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(sentence.text.slice(m.end - sentence.start));
      if (versus) return { subject: caseFold(cleanSubject(cutPurpose(versus[1]!))), predicate: 'difference', strength: 'strong' };
      const run = phraseAfter(tokens, tokenIndexAt(tokens, m.end), 3);
      if (run.length > 0) return { subject: caseFold(cleanSubject(phraseText(run))), predicate: 'rate', strength: 'weak' };
      const prior = phraseBefore(tokens, tokenIndexBefore(tokens, m.start) - 1, 3);
      return { subject: prior.length > 0 ? caseFold(cleanSubject(phraseText(prior))) : null, predicate: 'rate', strength: 'weak' };
    }
    case 'split': {
      // "costs of a project are split 50-50": the split thing is the head before "of".
      const m2 = /(\p{L}+)(?:\s+of\s+(?:a|an|the)\s+\p{L}+)?\s+(?:are|is|were|was|be|been|being)?\s*split\s*$/iu.exec(before);
      const noun = m2 ? singularize(m2[1]!) : 'cost';
      return { subject: `${noun} split`, predicate: 'share', strength: 'strong' };
    }
    case 'duration': {
      // "a 23-year-old pitcher" is an age; the noun after it (if any) is whose.
      const old = /^-old\b/.exec(sentence.text.slice(m.end - sentence.start));
      if (old) {
        const who = phraseAfter(tokens, tokenIndexAt(tokens, m.end + old[0].length), 2);
        return { subject: who.length > 0 ? caseFold(cleanSubject(phraseText(who))) : null, predicate: 'age', strength: 'strong' };
      }
      // "a two-year suspended prison term", "an eight-month jail sentence", "a 10-year sentence": what a court gave.
      const term = m.rule === 'figure.hyphen-duration' ? SENTENCE_AFTER.exec(sentence.text.slice(m.end - sentence.start)) : null;
      if (term) return { subject: term[1] ? 'suspended sentence' : 'prison sentence', predicate: 'duration', strength: 'strong' };
      let after = tokenIndexAt(tokens, m.end);
      // "a 15-year, $765 million contract": skip the money written between the duration and its noun.
      while (tokens[after] && after - tokenIndexAt(tokens, m.end) < 6 && (/^[,$€£¥]$/.test(tokens[after]!.text) || /^\d/.test(tokens[after]!.text) || /^(?:US|million|billion|trillion|bn|mn|m|b)$/i.test(tokens[after]!.text))) after += 1;
      const run = phraseAfter(tokens, after, 3);
      const owner = ownerBefore(tokens, m.start);
      const subject = run.length > 0 ? phraseText(run) : null;
      // "a 2-foot wave", "a 113-seat legislature": a compound of another unit measures the thing's size.
      const timed = m.rule === 'figure.hyphen-duration';
      return { subject: subject ? caseFold(cleanSubject([owner, subject].filter(Boolean).join(' '))) : null, predicate: timed ? 'duration' : 'size', strength: 'strong' };
    }
    case 'count':
    case 'ellipsis':
      return describeCount(m, tokens, sentence, before, options.parts ?? true);
    case 'money':
      return describeMoney(m, tokens, sentence, before);
  }
}

/**
 * A verb of winning, then up to six words of its object with no clause break, then `by` right before a count: the count
 * is the win's margin (`won by three strokes`, `beat the Jets by 10 points`, `defeated her rival by 312 votes`).
 */
const WIN_BY =
  /(?:^|[^\p{L}])(?:won|wins?|winning|beat|beats|beating|defeated|defeats|defeating|edged|edges|edging|outscored|routed)(?:\s+(?!by\s)[\p{L}\p{N}'’.-]+){0,6}\s+by\s+(?:(?:just|only|a|about|some|nearly|almost|more than|at least)\s+)?$/iu;

/**
 * A verb of jailing, its object (a pronoun, a determiner and a noun, or a name), then `for` right before a span: the span is a prison sentence
 * (`was jailed for eight weeks`, `jailed Brown for six years`, `imprisoned for up to 10 years`).
 */
const JAILED_FOR =
  /\b(?:[Jj]ailed|[Ii]mprisoned|[Ii]ncarcerated)\s+(?:him\s+|her\s+|them\s+|(?:the|a|an|his|her|their)\s+\p{Ll}+\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?for\s+(?:(?:up to|about|nearly|almost|more than|at least|another|a further|an additional|a total of)\s+)?$/u;

/**
 * A court's sentence right after a hyphened span (`two-year suspended prison term`, `eight-month jail sentence`,
 * `10-year sentence`); group 1 is `suspended`. A bare `term` is an office's as often (`a four-year term`): none.
 */
const SENTENCE_AFTER = /^\s+(?:(suspended)\s+)?(?:(?:prison|jail)\s+(?:sentence|term)|sentence)\b/i;

/** A place noun and `of` right before a count of people: the count is the place's population. */
const POPULATED = /\b(city|country|nation|republic|kingdom|state|island|town|village|region|province|metropolis|capital|megacity|territory|emirate)\s+of\s+(?:(?:some|about|around|nearly|almost|more than|over|roughly|approximately|just over|just under)\s+)?$/i;

/** `to` and a verb right after a span, with its particle: the action the span is for (`30 days to disapprove`). */
const SPAN_PURPOSE = /^\s+(?:in\s+which\s+)?to\s+(\p{Ll}+)(?:\s+(out|up|through|off|down|over|back))?\b/u;
/** A verb of having, taking or giving right before the span, an indirect object and a degree allowed: `will have`, `took a mere`, `giving them`. */
const SPAN_GIVEN =
  /\b(?:have|has|had|having|take|takes|took|taking|taken|need|needs|needed|needing|give|gives|gave|given|giving|get|gets|got|allow|allows|allowed)\s+(?:(?:him|her|them|us|me|it|you)\s+)?(?:(?:a|an)\s+(?:mere|full|further|extra|additional)\s+|(?:only|just|about|nearly|almost|another|more\s+than|less\s+than|at\s+least|up\s+to|some|roughly|around)\s+)*$/i;
/** Words after `to` that make no action of the span: the clock (`to go`, `to play`), a date (`to the day`), a noun. */
const NOT_A_PURPOSE = /^(?:go|play|the|a|an|his|her|its|their|this|that|these|those|date|day|be)$/;

function describeCount(m: FigureMention, tokens: Token[], sentence: Sentence, before: string, parts: boolean): FigureDescription {
  // The toll rule already knows what it counts; the verb before it ("has risen to 87") is the toll's, not a change of deaths.
  if (m.rule === 'figure.toll') return { subject: 'death toll', predicate: 'count', strength: 'strong' };
  // "died on Friday, aged 88": an age, as `at the age of 88` is (`aged` is no verb done to it).
  if (m.rule === 'figure.age' && /\baged\s+$/i.test(before)) return { subject: m.noun ?? 'age', predicate: 'count', strength: 'strong' };
  // "a city of 12 million people", "the country of some 160 million": the place's population, not a count of an event's people.
  const populated = POPULATED.exec(before.slice(-80));
  if (populated && 'amount' in m.value && /^(?:person|people|inhabitant|resident|citizen|soul)$/.test(m.value.unit)) {
    return { subject: populated[1]!.toLowerCase(), predicate: 'population', strength: 'strong' };
  }
  const time = /^(?:working day|business day|day|week|month|year|hour|minute|second|decade)$/.test('amount' in m.value ? m.value.unit : '');
  // "beating Sabbatini by three shots", "won by 12 points": a win's margin, the size `a three-shot victory` gives. A span
  // of time after `by` compares rather than scores (`edged out by six months` as the youngest).
  if (!time && WIN_BY.test(before.slice(-100))) return { subject: 'victory', predicate: 'size', strength: 'strong' };
  const afterText = sentence.text.slice(m.end - sentence.start);
  if (time) {
    // "was jailed for eight weeks", "a court jailed him for six years": the prison sentence.
    if (JAILED_FOR.test(before.slice(-80))) return { subject: 'prison sentence', predicate: 'duration', strength: 'strong' };
    // "who held the CEO role for 15 years", "served as chairman for six years": the office held is the tenure's.
    const held = /\b(?:held|holding|holds|served|serving|serves|was)\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?((?:\p{Lu}{2,}|\p{Ll}+)(?:\s+\p{Ll}+)?)\s+(?:role|post|job|position|seat)?\s*for\s+(?:(?:more than|nearly|about|almost|over|some|at least)\s+)?$/u.exec(before.slice(-80));
    const office = held?.[1]!.replace(/\s+(?:role|post|job|position|seat)$/i, '');
    if (office && TITLE_HEAD.test(office.split(/\s+/).pop()!)) return { subject: `tenure as ${office}`, predicate: 'duration', strength: 'strong' };
    // "15 years as its CEO", "four decades at Disney", "three years on the job": a tenure.
    const tenure = /^\s+(as|at|on|in)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?((?:\p{Lu}[\p{L}&.-]*\s+){0,2}\p{Lu}[\p{L}&.-]*|job|office|post|role|board|helm|position|power)\b/u.exec(afterText);
    if (tenure) return { subject: `tenure ${tenure[1]} ${tenure[2]}`, predicate: 'duration', strength: 'strong' };
    // "11 months after Iger left the company": the span since an event.
    const since = /^\s+(after|since|before)\s+((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/u.exec(afterText);
    if (since) return { subject: `time ${since[1]} ${tidy(cutPurpose(since[2]!))}`, predicate: 'duration', strength: 'strong' };
    // "will have 30 days to disapprove", "took 51 minutes to overcome": the span an action is given or takes.
    const purpose = SPAN_PURPOSE.exec(afterText);
    if (purpose && !NOT_A_PURPOSE.test(purpose[1]!) && SPAN_GIVEN.test(before.slice(-60))) return { subject: `time to ${purpose[1]}${purpose[2] ? ` ${purpose[2]}` : ''}`, predicate: 'duration', strength: 'strong' };
  }
  if (time && /\b(?:within|in|after|for)\s+(?:the\s+next\s+)?(?:(?:another|an additional|a further|at least|more than|nearly|about|up to|almost|less than|over|some)\s+)?$/i.test(before)) {
    // "initiate fund disbursement within 45 working days": the deadline of the action before "within".
    const within = /\bwithin\s+(?:(?:another|an additional|a further|at least|more than|nearly|about|up to|almost|less than|over|some)\s+)?$/i.test(before);
    let i = tokenIndexBefore(tokens, m.start) - 1;
    while (i > 0 && /^(?:another|additional|further|least|than|nearly|about|up|to|almost|over|some|an|a|at|more|less)$/i.test(tokens[i]!.text) && !/^(?:within|in|after|for)$/i.test(tokens[i]!.text)) i -= 1;
    // "have worked for at least 43 years": an active verb before "for" names what lasts.
    const verbBefore = tokens[i - 1];
    if (verbBefore && /^\p{Ll}{3,}ed$/u.test(verbBefore.text) && /^for$/i.test(tokens[i]?.text ?? '')) {
      return { subject: `${verbBefore.text.toLowerCase()} period`, predicate: 'duration', strength: 'strong' };
    }
    const what = phraseBefore(tokens, i, 3).filter((t) => !isCapitalized(t.text) || /^\p{Lu}{2,}$/u.test(t.text));
    // "initiate fund disbursement": the verb governs the phrase, it is not part of it.
    const lead = tokens[tokenIndexAt(tokens, what[0]?.start ?? 0) - 1];
    if (what.length > 1 && (/^(?:must|to|will|would|can|could|should|may|might|shall)$/i.test(lead?.text ?? '') || (what.length > 2 && isBaseVerb(what[0]!.text)))) what.shift();
    return { subject: what.length > 0 ? caseFold(cleanSubject(phraseText(what))) : null, predicate: within ? 'deadline' : 'duration', strength: 'strong' };
  }
  if (m.form === 'ellipsis') {
    // "payrolls in the sector have shrunk by 42,000": the thing that changed heads the verb group.
    const change = CHANGE_VERB.exec(before.slice(-40));
    const verbAt = change ? before.lastIndexOf(change[0]) : -1;
    if (verbAt >= 0) {
      const clause = before.slice(0, verbAt);
      const heads = [...clause.matchAll(/\b(\p{L}+)\s+(?:in|of|at)\s+the\s+\p{L}+\s+(?:have|has|had)?\s*$|\b(\p{L}+)\s+(?:have|has|had)?\s*$/gu)];
      const last = heads[heads.length - 1];
      const noun = last ? (last[1] ?? last[2]) : null;
      return { subject: noun ? noun.toLowerCase() : m.noun, predicate: 'change', strength: 'strong' };
    }
    return { subject: m.noun ? caseFold(cleanSubject(m.noun)) : null, predicate: 'count', strength: 'weak' };
  }
  // A range measures as one number does (`winds of 100 to 120 mph`).
  const unitName = m.value.unit;
  const measure = MEASURE_UNIT.test(unitName) || /^(?:acre|hectare|square \p{L}+|liter|litre|hectolitre|tonne|ton|mph|kph|km|mm|cm|kg|lb|pound|kilo|kilogram|gallon|barrel|foot|yard|meter|metre|mile|inch|degree|tb|gb|mb|ghz|mhz)$/u.test(unitName);
  const afterNoun = sentence.text.slice((m.nounEnd ?? m.end) - sentence.start);
  const device = parts ? deviceSubject(unitName, afterNoun, before) : null;
  if (device) return device;
  if (measure) {
    // "18 inches of rain", "40,000 tonnes of nickel": the measured stuff follows "of".
    const of = /^(?:\s+per\s+\p{L}+)?\s+of\s+(?:the\s+|its\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=[\s,.;]|$)/u.exec(afterNoun);
    if (of && !STOP_WORDS.has(of[1]!.toLowerCase())) return { subject: caseFold(cleanSubject(cutPurpose(of[1]!))), predicate: 'amount', strength: 'strong' };
    // "winds of 140 miles per hour", "temperatures below minus 230 degrees": the noun before the figure.
    const lead = /(\p{L}[\p{L}-]*)\s+(?:of|below|above|near|around|reaching|topping)\s+(?:(?:up to|about|around|nearly|more than|as much as|some)\s+)?$/u.exec(before.slice(-60));
    if (lead && !STOP_WORDS.has(lead[1]!.split(/\s+/).pop()!.toLowerCase())) return { subject: caseFold(cleanSubject(lead[1]!)), predicate: 'amount', strength: 'strong' };
  }
  if (time) {
    // "sentenced him to 12 years in prison", "a sentence of 20 years", "faces up to 10 years".
    if (/^\s+(?:in\s+(?:prison|jail)|behind bars)\b/i.test(afterText) || /\bsentenc(?:ed|es|e)\s+(?:[\p{L}.-]+\s+){0,3}?to\s+(?:(?:up to|about|nearly|more than|at least)\s+)?$/iu.test(before.slice(-60)) || /\bfac(?:es|ed|ing|e)\s+(?:up to\s+|as many as\s+)?$/i.test(before)) {
      return { subject: 'prison sentence', predicate: 'duration', strength: 'strong' };
    }
    const termOf = /\b((?:[\p{L}-]+\s+)?(?:sentence|term|ban|suspension|contract|extension|tenure|mandate|moratorium|lease|deal|loan|freeze))\s+of\s+(?:(?:up to|about|nearly|more than|at least)\s+)?$/iu.exec(before.slice(-60));
    if (termOf) return { subject: caseFold(cleanSubject(termOf[1]!)), predicate: 'duration', strength: 'strong' };
  }
  // "rainfall reached nearly 500 millimeters", "raise output by 137,000 barrels": the changed thing is measured.
  // Only measures change ("6 basis points", "500 millimeters"); "the firm lost 900 jobs" counts jobs lost.
  const unit = 'amount' in m.value ? m.value.unit : '';
  const change = changeSubject(tokens, sentence, m.start);
  if (change && (MEASURE_UNIT.test(unit) || change.predicate === 'level')) return changeDescription(change, tokens, 'change');
  const noun = m.noun ? caseFold(cleanSubject(m.noun)) : null;
  // A passive verb after the noun ("jobs were cut") or a verb just before the number ("exporting 1.7 million vehicles").
  let verb: string | null = null;
  const after = sentence.text.slice((m.nounEnd ?? m.end) - sentence.start);
  const passive = /^\s+(?:were|was|have been|has been|had been|are|is|will be|would be|remain|remained|remain)\s+(?:still\s+)?(\p{Ll}+)(\s+(?:dead|alive|missing|injured|safe))?/u.exec(after);
  // "120 people accounted for", "159 people unaccounted for", "400,000 people participated", "80,000 people in Paris".
  const post = /^\s+((?:un)?accounted for|missing|dead|died|injured|killed|displaced|evacuated|stranded|hospitali[sz]ed|infected|affected|(?!were\b|was\b|are\b)\p{Ll}{3,}(?:ed|ied)(?=\s+(?:in|on|at|from|to|by|across|during|since|of)\b)|in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|No)\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?![\p{L}-]|['’]))/u.exec(after);
  if (passive && /(?:ed|en|cut|shed|lost|made|built|sold|paid|hit|set|put|found|held|kept|left|seen|taken|missing|unaccounted)$/.test(passive[1]!)) verb = `${passive[1]!}${passive[2] ?? ''}`;
  else if (post) {
    // "200 demonstrations in Lyon and in many other places": one place of many does not scope the count.
    const wider = post[1]!.startsWith('in ') && /^\s*,?\s+and\s+(?:in\s+|at\s+)?(?:many|other|several|various|numerous|dozens|hundreds|elsewhere|across|throughout|around|beyond)\b/i.test(after.slice(post[0].length));
    verb = wider ? null : post[1]!;
  } else {
    // The verb stands before the figure's approximation as before the figure (`killing at least 30 people`, `evacuated
    // about 3,000 residents`): the count is of people killed however exactly it is given.
    const prevAt = beforeApproximation(tokens, tokenIndexBefore(tokens, m.start));
    const prevToken = tokens[prevAt];
    if (prevToken && /^\p{Ll}+$/u.test(prevToken.text) && /(?:ing|ed)$/.test(prevToken.text) && !STOP_WORDS.has(prevToken.text)) verb = participle(prevToken.text);
    else if (prevToken && /^(?:generate|create|add|cut|eliminate|hire|employ|shed|sell|sells|export|exports|build|builds|lost|lose|loses)$/i.test(prevToken.text)) verb = participle(prevToken.text);
    // "plans to lay off 4,000 workers": a phrasal verb of cutting before the number.
    else if (prevToken && /^off$/i.test(prevToken.text) && /^(?:lay|lays|laid|laying)$/i.test(tokens[prevAt - 1]?.text ?? '')) verb = 'laid off';
    // "will process 400,000 barrels": a base verb right before the number says what happens to them.
    else if (prevToken && /^\p{Ll}+$/u.test(prevToken.text) && isBaseVerb(prevToken.text) && !STOP_WORDS.has(prevToken.text) && /^(?:will|would|to|can|could|may|might|must|should)$/i.test(tokens[prevAt - 1]?.text ?? '')) verb = participle(prevToken.text);
    // "causing minor injuries to 13 people": they are people injured, as `injuring 13 people` says.
    else if (prevToken && /^to$/i.test(prevToken.text) && /^(?:injuries|wounds)$/i.test(tokens[prevAt - 1]?.text ?? '')) verb = /^wounds$/i.test(tokens[prevAt - 1]!.text) ? 'wounded' : 'injured';
  }
  return { subject: noun ? `${noun}${verb ? ` ${verb}` : ''}` : null, predicate: 'count', strength: 'strong' };
}

/** Verbs of speech and thought, after which `about` is a preposition (`talking about`, `worried about`). */
const SPEECH_BEFORE_ABOUT = /^(?:talk|speak|spoke|think|thought|worr|ask|complain|know|knew|hear|heard|read|writ|wrote|car|jok|laugh|argu|forg|boast|brag|learn|fuss|wonder|dream|sing|sang|tell|told|say|said)/;
/** One-word approximations before a figure (`about 30`, `nearly 200`, `some 3,000`). */
const APPROXIMATION = /^(?:about|nearly|almost|around|roughly|approximately|some|over|only|just)$/i;

/**
 * The index of the token before a figure's approximation, if one stands at `i` (`at least`, `more than`, `as
 * many as`, `an estimated`, `about`): `i` itself when none does.
 */
function beforeApproximation(tokens: readonly Token[], i: number): number {
  const t = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  if (t(i) === 'least' && t(i - 1) === 'at') return i - 2;
  if (t(i) === 'than' && /^(?:more|fewer|less)$/.test(t(i - 1))) return i - 2;
  if (t(i) === 'estimated' && /^(?:an|some)$/.test(t(i - 1))) return i - 2;
  if (t(i) === 'as' && t(i - 1) === 'many' && t(i - 2) === 'as') return i - 3;
  // `talking about two swings`, `thought about 20 players`: after a verb of speech or thought `about` is what it is of.
  if (t(i) === 'about' && SPEECH_BEFORE_ABOUT.test(t(i - 1))) return i;
  if (APPROXIMATION.test(t(i))) return i - 1;
  return i;
}

/** Units of a device's capacity or speed, as a spec sheet gives them (`320GB`, `2.8 GHz`). */
const DEVICE_UNIT = /^(?:kb|mb|gb|tb|pb|khz|mhz|ghz)$/;
/** Words after such a unit that name no part: `(1GB Max)`, `2GB total`. */
const NOT_A_PART = /^(?:max|maximum|min|minimum|total|each|apiece|combined|standard|more|less)$/i;
/** A spec sheet's label right before the figure: `Memory: 512MB`, `Hard Disk Drive: 30GB`. */
const PART_LABEL = /(?:^|[\s(;])(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}):\s*$/u;
/** A word of a part's name: letters, then letters, digits, hyphens or slashes (`GDDR3`, `microSD`, `BD-R/BD-RE`). */
const PART_WORD = /^[\p{L}][\p{L}\d\/-]*$/u;
/** Words after which a word in -s is a verb, not the part (`card becomes available`, `drives prices out`). */
const AFTER_VERB = /^(?:out|up|down|off|available|at|in|on|to|the|a|an|its|their|from|about|around|only|just)$/i;

/** Up to four words naming a part, from the start of `text`: to a stop word, punctuation or a verb. */
function partWords(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 6);
  const out: string[] = [];
  for (let k = 0; k < words.length && out.length < 4; k++) {
    const raw = words[k]!;
    const w = raw.replace(/[,.;:)]+$/, '');
    if (!PART_WORD.test(w) || STOP_WORDS.has(w.toLowerCase()) || NOT_A_PART.test(w)) break;
    if (k > 0 && /[^s]s$/.test(w) && AFTER_VERB.test((words[k + 1] ?? '').replace(/[,.;:)]+$/, ''))) break;
    out.push(w);
    if (w !== raw) break;
  }
  return out.join(' ');
}

/**
 * The part a device's capacity or speed is of: its label (`Memory: 512MB`), `of` and the part (`1.5GB of GDDR3
 * memory`), or the part the figure modifies (`a 320GB SATA drive`, `a 2.8 GHz Xeon processor`). Its predicate says
 * which measure (`capacity`, `speed`), so the memory's size never meets a count of memory chips. Null for another unit,
 * or when no part is named (`up to 32GB,`): the bare unit then stays the subject, as before.
 */
function deviceSubject(unit: string, after: string, before: string): FigureDescription | null {
  if (!DEVICE_UNIT.test(unit)) return null;
  const predicate = /hz$/.test(unit) ? 'speed' : 'capacity';
  const label = PART_LABEL.exec(before.slice(-40));
  const of = /^\s+of\s+(?:(?:the|its|their)\s+)?/.exec(after);
  const part = label ? label[1]! : /^\s/.test(after) ? partWords(of ? after.slice(of[0].length) : after) : '';
  if (!part) return null;
  return { subject: caseFold(cleanSubject(part)), predicate, strength: 'strong' };
}

function describeMoney(m: FigureMention, tokens: Token[], sentence: Sentence, before: string): FigureDescription {
  // "estimates ranging from $350 million to $100 billion": the range belongs to the phrase before "ranging".
  // Test the cheap anchored cue first; the capture then runs on a short tail only.
  const ranging = /\b(?:ranging|range|ranged|running)\s+from\s+$/i.test(before) ? /(\p{L}[\p{L}\s-]*?)\s+(?:ranging|range|ranged|running)\s+from\s+$/iu.exec(before.slice(-120)) : null;
  if (ranging) {
    const words = ranging[1]!.trim().split(/\s+/).slice(-3).filter((w) => !STOP_WORDS.has(w.toLowerCase()));
    return { subject: caseFold(cleanSubject(words.join(' '))), predicate: 'range', strength: 'strong' };
  }
  const prize = prizeWon(before, sentence.text.slice(m.end - sentence.start));
  if (prize !== null) return { subject: prize, predicate: 'amount', strength: 'strong' };
  if (REVENUE_VERB.test(before)) {
    // "new tariffs, which have already brought in $113 billion": revenue of the antecedent.
    const antecedent = /(\p{L}+)\s*,?\s*(?:which|that)\b[^,]*$/iu.exec(before);
    const source = antecedent ? singularize(antecedent[1]!) : null;
    return { subject: source ? `${normalizeProduct(source)} revenue` : 'revenue', predicate: 'revenue', strength: 'strong' };
  }
  const afterMoney = sentence.text.slice(m.end - sentence.start);
  // "$54.20 per share", "45 cents a share": a price per share.
  if (/^\s*(?:per|a|each)\s+share\b/i.test(afterMoney)) {
    const what = /\b(earnings|profit|income|loss|dividend|revenue|sales)\b/i.exec(before.slice(-120));
    return { subject: what ? `${what[1]!.toLowerCase()} per share` : 'share price', predicate: 'amount', strength: 'strong' };
  }
  // "fined Nordbank 1.2 billion crowns": a fine, and against whom.
  const fined = /\bfin(?:ed|es|e)\s+((?:the\s+)?(?:[\p{L}&.-]+\s+){0,4}?)(?:(?:about|around|roughly|nearly|more than|up to|a record|an additional)\s+)?$/iu.exec(before.slice(-60));
  if (fined && !/[,;]/.test(fined[1]!)) {
    const against = tidy(fined[1]!.replace(/^the\s+/i, '').trim());
    return { subject: against ? `fine against ${against}` : 'fine', predicate: 'amount', strength: 'strong' };
  }
  // "tariffs would cost the company about $300 million": the cost of what comes before the verb.
  const cost = /\b(\p{L}+)\s+(?:would|will|could|may|might|to)?\s*cost\s+(?:the\s+\p{L}+\s+|\p{L}+\s+)?(?:(?:about|around|roughly|nearly|more than|up to|an estimated|as much as)\s+)?$/iu.exec(before.slice(-80));
  if (cost && !STOP_WORDS.has(cost[1]!.toLowerCase())) return { subject: `${normalizeProduct(cost[1]!.toLowerCase())} cost`, predicate: 'amount', strength: 'strong' };
  // "$3 million in prize money", "$2 billion in new funding": the kind of money after "in".
  // "$700 million a year in labor costs": a rate's period may stand between the money and its kind.
  const kind = /^\s+(?:(?:a|per|each|every)\s+(?:year|month|week|day|quarter)\s+|annually\s+)?in\s+((?:\p{Ll}+\s+)?(?:money|funding|aid|financing|damages|fees|fines|bonuses|cash|loans|grants|subsidies|revenue|sales|profits?|spending|investments?|debt|savings|assets|deposits|compensation|relief|wages|pay|costs|expenses))\b/u.exec(afterMoney);
  if (kind) return { subject: `${kind[1]!}${claimedOrAwarded(kind[1]!, before)}`, predicate: 'amount', strength: 'strong' };
  // "about $400 million will go to treatment programmes": where the money goes.
  const goes = /^\s+(?:will|would|is to|are to|is set to|must)?\s*(?:go|goes|went|be spent|be used)\s+(?:to|toward|towards|on|for)\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(afterMoney);
  if (goes) return { subject: caseFold(cleanSubject(cutPurpose(goes[1]!))), predicate: 'amount', strength: 'strong' };
  // "for a total value of $44 billion", "at a cost of $2 billion": the noun before "of" is what the money measures.
  const valueOf = /\b((?:[\p{L}-]+\s+)?(?:value|valuation|price|cost|size|total|worth|amount|bill|tab|budget|fine|penalty|loss|losses|range))\s+of\s+(?:(?:about|around|roughly|nearly|more than|up to|almost|some|an estimated)\s+)?$/iu.exec(before.slice(-60));
  if (valueOf && !STOP_WORDS.has(valueOf[1]!.split(/\s+/)[0]!.toLowerCase())) {
    return { subject: caseFold(cleanSubject(valueOf[1]!)), predicate: 'amount', strength: 'strong' };
  }
  // "$25.5 billion of fully committed debt and margin loan financing": "of" names what the money is.
  const ofWhat = /^\s+of\s+(?:\p{Ll}+ly\s+)?(?:new\s+|fresh\s+)?((?:\p{Ll}[\p{L}-]*\s+){0,4}\p{Ll}[\p{L}-]*)/u.exec(afterMoney);
  if (ofWhat) {
    const words = ofWhat[1]!.split(/\s+/);
    const stop = words.findIndex((w) => STOP_WORDS.has(w) && w !== 'and');
    const kept = (stop >= 0 ? words.slice(0, stop) : words).filter((w, idx, all) => !(w === 'and' && idx === all.length - 1));
    if (kept.length > 0 && kept.some((w) => isPluralNoun(w) || /(?:ing|ment|debt|cash|aid|funding|capital|equity|stock)$/.test(w))) {
      return { subject: kept.join(' '), predicate: 'amount', strength: 'strong' };
    }
  }
  const owner = ownerBefore(tokens, m.start);
  const noun = moneyNounAfter(m, tokens);
  if (noun && MONEY_HEAD.has(noun.head)) {
    const who = owner ?? noun.from ?? (ACQUISITION_HEAD.test(noun.head) ? clauseSubjectBefore(tokens, m.start) : null);
    let thing = caseFold(cleanSubject(noun.text));
    if (noun.acquisitionOf) thing = `acquisition of ${tidy(noun.acquisitionOf)}`;
    const subject = [who ? tidy(who) : null, thing].filter(Boolean).join(' ');
    return { subject, predicate: SIZE_HEAD.test(thing) ? 'size' : 'amount', strength: 'strong' };
  }
  // "could value the unit at about $3 billion".
  const valued = /\bvalu(?:e|es|ed|ing)\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+at\s+(?:(?:about|around|roughly|nearly|up to|more than|as much as)\s+)?$/iu.exec(before);
  if (valued) return { subject: `${caseFold(tidy(valued[1]!))} valuation`, predicate: 'amount', strength: 'strong' };
  // "the ¥1.18 trillion it earned a year earlier": a relative clause says what the money is.
  const earned = /^\s+(?:that\s+)?(?:it|they|the company|the group)\s+(earned|made|posted|reported|lost|spent|raised|paid|received)\b/i.exec(sentence.text.slice(m.end - sentence.start));
  if (earned) return { subject: `${owner ? `${tidy(owner)} ` : ''}${EARNED[earned[1]!.toLowerCase()]}`, predicate: 'amount', strength: 'weak' };
  const price = priceSubject(tokens, m.start);
  if (price) return { subject: [owner ?? clauseSubjectBefore(tokens, m.start), price].filter(Boolean).map((x) => tidy(x!)).join(' '), predicate: 'price', strength: 'strong' };
  const change = changeSubject(tokens, sentence, m.start);
  if (change) return changeDescription(change, tokens, change.predicate === 'level' ? 'amount' : 'change');
  const of = ofComplementSubject(tokens, m.start);
  if (of) return { subject: caseFold(cleanSubject(of)), predicate: 'amount', strength: 'strong' };
  // "to buy $200 billion in US agricultural commodities": the verb names the flow, "in X" what it buys.
  const verbMatch = /(\p{L}+)\s+(?:back\s+|out\s+|up\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+|almost\s+|more than\s+|up to\s+|an additional\s+|a further\s+|another\s+|an extra\s+|a total of\s+)?$/u.exec(before);
  const flow = verbMatch ? VERB_NOUN[verbMatch[1]!.toLowerCase()] : undefined;
  let at = tokenIndexAt(tokens, m.end);
  // "750 billion rupees (about $8.7 billion) in a complex": a bracketed conversion sits between figure and object.
  if (tokens[at]?.text === '(') {
    const close = tokens.findIndex((t, idx) => idx > at && t.text === ')');
    if (close > 0 && close - at < 8) at = close + 1;
  }
  let inWhat: string | null = null;
  let prep: string | null = null;
  if (/^(?:in|on|into|of|to|from|toward|towards)$/i.test(tokens[at]?.text ?? '')) {
    prep = tokens[at]!.text.toLowerCase();
    let k = at + 1;
    while (tokens[k] && /^(?:the|a|an|additional|new|further|extra|second|third|fourth|first|another)$/i.test(tokens[k]!.text)) k += 1;
    const run = phraseAfter(tokens, k, 4);
    if (run.length > 0 && !(run.length === 1 && isCountryWord(run[0]!.text))) inWhat = tidy(phraseText(run));
  }
  const who = owner ?? clauseSubjectBefore(tokens, m.start);
  const pledged = /^\s+(pledged|promised|committed|earmarked|allocated|invested|spent|raised)\b/i.exec(sentence.text.slice(m.end - sentence.start));
  if (flow) {
    // "spend 1.2 billion pesos to rebuild the X plant": the purpose names what the money is for.
    // The purpose may follow a period ("¥120 billion over five years to reinforce the plant").
    const purpose = /^[^,;:.]{0,40}?\bto\s+(build|rebuild|construct|fund|finance|expand|upgrade|develop|repair|modernize|modernise|buy|acquire|reinforce|strengthen|improve|renovate|refurbish|restore|replace|support|cover|settle|resolve|compensate)\s+(?:the\s+|a\s+|an\s+|new\s+)*((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(sentence.text.slice(m.end - sentence.start));
    const what = inWhat
      ? `${flow === 'purchase' || prep === 'of' ? 'of' : prep === 'on' ? 'on' : flow === 'investment' ? 'in' : 'of'} ${caseFold(inWhat)}`
      : purpose ? `to ${purpose[1]!.toLowerCase()} ${caseFold(tidy(cutPurpose(purpose[2]!)))}` : null;
    const subject = [who ? tidy(who) : null, flow, what].filter(Boolean).join(' ');
    return { subject, predicate: 'amount', strength: what ? 'strong' : 'weak' };
  }
  if (pledged) {
    const by = /^\s+\p{L}+\s+by\s+(\p{Lu}[\p{L}]*(?:\s\p{Lu}\p{L}+)*)/u.exec(sentence.text.slice(m.end - sentence.start));
    const subject = [by?.[1] ?? who, inWhat ? caseFold(inWhat) : null].filter(Boolean).join(' ') || null;
    return { subject: subject ? tidy(subject) : null, predicate: `${pledged[1]!.toLowerCase()} amount`, strength: 'weak' };
  }
  if (noun) return { subject: caseFold(cleanSubject([owner, noun.text].filter(Boolean).join(' '))), predicate: 'amount', strength: 'weak' };
  // "a deal worth up to $4.8 billion", "the extension was worth $11 million", "the deal is valued at $2.4 billion": the
  // noun before "worth" (and its copula) is what the money measures.
  const worth = /\b(\p{L}+)\s+(?:(?:is|was|are|were|will\s+be|would\s+be|could\s+be|has\s+been|had\s+been|have\s+been)\s+(?:now\s+)?)?(?:worth|valued at)\s+(?:(?:about|around|roughly|nearly|up to|more than|as much as|between|a combined|a total of|an estimated|a record)\s+)?$/iu.exec(before.slice(-60));
  if (worth && !STOP_WORDS.has(worth[1]!.toLowerCase())) return { subject: caseFold(cleanSubject(`${owner ? `${tidy(owner)} ` : ''}${worth[1]!}`)), predicate: 'value', strength: 'strong' };
  // "sets aside $31 million for homelessness services": "for" names the purpose.
  const purposeFor = /^\s+(?:a\s+year\s+|annually\s+)?for\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u.exec(sentence.text.slice(m.end - sentence.start));
  if (purposeFor && !/^(?:each|every|share|shares|year|years|month|months)$/i.test(purposeFor[1]!.split(/\s+/)[0]!)) {
    return { subject: caseFold(cleanSubject(cutPurpose(purposeFor[1]!))), predicate: 'amount', strength: 'weak' };
  }
  if (inWhat) return { subject: caseFold(inWhat), predicate: 'amount', strength: 'weak' };
  // "$550 billion as a key bargaining chip".
  const as = /^\s+as\s+(?:a|an|the)\s+((?:\p{L}+\s+){0,2}\p{L}+)/u.exec(sentence.text.slice(m.end - sentence.start));
  if (as) return { subject: caseFold(as[1]!), predicate: 'amount', strength: 'weak' };
  if (!who) {
    const copula = MONEY_COPULA.exec(before.slice(-120));
    if (copula) {
      // Articles are dropped, not cut at: "the cost of repairing the pier" is the cost of repairing the pier.
      const of = copula[2] ? cutPurpose(copula[2].trim().replace(/\b(?:the|a|an)\s+/gi, '').replace(/^(?:its|his|her|their)\s+/i, '')).split(/\s+/).slice(0, 3).join(' ') : '';
      const head = copula[1]!;
      if (!STOP_WORDS.has(head.split(/\s+/).pop()!.toLowerCase())) return { subject: caseFold(cleanSubject(of ? `${head} of ${of}` : head)), predicate: 'amount', strength: 'weak' };
    }
  }
  return { subject: who ? tidy(who) : null, predicate: 'amount', strength: 'weak' };
}

/**
 * The noun phrase heading a clause whose copula gives the money (`The cost of the upgrade would be £175 million`, `the
 * value of the kits is about $120 million`, `with the highest being`): one or two words after a determiner, with a
 * short `of` phrase.
 */
const MONEY_COPULA =
  /(?:^|[,;:(]\s*|\b(?:that|and|but|while|with)\s+)(?:the|its|his|her|their|a|an|this|that)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+(?:of\s+((?:[\p{L}'’-]+\s+){1,6}?))?(?:is|was|are|were|will\s+be|would\s+be|could\s+be|might\s+be|has\s+been|had\s+been|being|stood\s+at|stands\s+at)\s+(?:now\s+)?(?:(?:about|around|roughly|nearly|almost|some|just|only|more than|less than|at least|up to|an estimated|a record|a whopping)\s+)?$/iu;

/** A verb of winning money, with the name of who won it before it (`Choi, who won`, `Smith has pocketed`). */
const PRIZE_VERB =
  /(?:^|[^\p{L}])(?:(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}),?\s+(?:who\s+)?)?(?:(?:has|had|have|will|would)\s+)?(?:(won|wins|winning|pocketed|pockets|took home|takes home|banked|banks)|(?:received|receives|earned|earns|collected|collects|gets|got))\s+(?:(?:about|nearly|more than|a record|an estimated|some|almost|just over)\s+)?$/u;
/** What a prize is won for: `for his victory`, `for the title`, `for winning`. */
const PRIZE_FOR = /^\s+for\s+(?:(?:his|her|their|its|the|a)\s+)?(?:\p{Ll}+\s+)?(?:victory|win|title|triumph|first-place finish|winning)\b/u;
/** The end of the clause right after an amount: `who won $954,000.`, `won $2 million and a car`. */
const CLAUSE_END = /^\s*(?:[,.;:)"”]|and\s|$)/u;
/** Money the winner takes, named by its noun before it: `the winner's purse of`, `the winner's check was`. */
const WINNER_SHARE = /\bwinner['’]?s['’]?\s+(?:purse|check|cheque|share|prize|paycheck|payout)\s+(?:of|was|is|will be|totall?ed)\s+(?:(?:about|nearly|more than|a record|some)\s+)?$/iu;

/** Money a suit is about: what one side asks for is not what a court gives (`damages`, `compensation`). */
const SUED_FOR = /^(?:damages|compensation)$/;
/** A verb of asking right before the amount, up to four words of object between: `seeking`, `sued him for`, `demanded`. */
const SOUGHT_BEFORE = /\b(?:seek|seeks|seeking|sought|demand|demands|demanded|demanding|claim|claims|claimed|claiming|(?:ask|asks|asked|asking|sue|sues|sued|suing)\s+(?:[\p{L}'’]+\s+){0,3}?for)\s+(?:[\p{L}'’]+\s+){0,3}?(?:(?:about|around|roughly|nearly|more than|up to|at least|some|as much as)\s+)?$/iu;
/** A verb of giving right before the amount: `awarded him`, `ordered to pay`, `was granted`. */
const AWARDED_BEFORE = /\b(?:award|awards|awarded|awarding|granted|ordered\s+(?:[\p{L}'’]+\s+){0,3}?to\s+pay|paid|pay|pays|received|receive|receives|won)\s+(?:[\p{L}'’]+\s+){0,3}?(?:(?:about|around|roughly|nearly|more than|up to|at least|some|as much as)\s+)?$/iu;

/**
 * `sought` or `awarded` after damages the sentence says are asked for (`seeking $1.4 billion in damages`, `sued for
 * $2 million in damages`) or given (`awarded him $100 million in damages`): one suit's claim and a court's award are
 * two amounts, never one fact that contests. Empty for other money, or when no such verb stands right before it.
 */
function claimedOrAwarded(kind: string, before: string): string {
  if (!SUED_FOR.test(kind)) return '';
  const near = before.slice(-80).split(/[,;:]/).pop()!;
  if (SOUGHT_BEFORE.test(near)) return ' sought';
  if (AWARDED_BEFORE.test(near)) return ' awarded';
  return '';
}

/**
 * Prize money: an amount a winner takes (`Choi, who won $954,000.`, `received $954,000 for his victory`, `the winner's
 * check was $1.2 million`), as `prize money`, with whose it is when a name wins it; a verb of receiving or earning is a
 * prize only when what for says so (`for his victory`), and winning only when nothing follows the amount (`won $2
 * million in damages` is damages). Tells a winner's money from a tournament's purse (`a $5.4 million purse`).
 */
function prizeWon(before: string, after: string): string | null {
  if (WINNER_SHARE.test(before.slice(-60))) return 'prize money';
  const m = PRIZE_VERB.exec(before.slice(-80));
  if (!m || !((m[2] !== undefined && CLAUSE_END.test(after)) || PRIZE_FOR.test(after))) return null;
  const owner = m[1] && !/^(?:He|She|They|It|We|I|You|The|This|That|Who|And|But)$/.test(m[1].split(/\s+/)[0]!) ? m[1] : null;
  return owner ? `${owner} prize money` : 'prize money';
}

const EARNED: Record<string, string> = {
  earned: 'earnings', made: 'earnings', posted: 'earnings', reported: 'earnings', lost: 'loss', spent: 'spending',
  raised: 'fundraising', paid: 'payment', received: 'receipts',
};

/** Ends a purpose phrase at its first function word: "water treatment plant, which was" → "water treatment plant". */
function cutPurpose(text: string): string {
  const words = text.split(/\s+/);
  const stop = words.findIndex((w) => STOP_WORDS.has(w.toLowerCase()));
  return (stop > 0 ? words.slice(0, stop) : words).join(' ');
}

/** A change or level as a description; a changed tariff keeps the tariff wording (`tariff on Chinese imports`). */
function changeDescription(change: ChangeSubject, tokens: Token[], predicate: string): FigureDescription {
  if (change.tariff) {
    const on = tokens.findIndex((t, i) => i > change.at && t.text.toLowerCase() === 'on');
    const target = on > 0 && on - change.at < 4 ? goodsAt(tokens, on + 1) : null;
    return { subject: `tariff${target ? ` on ${target}` : ''}`, predicate: 'rate', strength: 'strong' };
  }
  return { subject: caseFold(cleanSubject(change.subject)), predicate, strength: 'strong' };
}

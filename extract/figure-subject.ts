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
} from './vocabulary.js';

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
  const at = tokenIndexAt(tokens, m.end);
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
export function describeFigure(m: FigureMention, sentence: Sentence, previous?: Sentence): FigureDescription {
  const tokens = sentenceTokens(sentence);
  // The rules read the words just before the figure; a bounded window keeps their regexes linear.
  const before = sentence.text.slice(Math.max(0, m.start - sentence.start - BEFORE_WINDOW), m.start - sentence.start);
  switch (m.form) {
    case 'percent': {
      const tariff = tariffSubject(m, tokens, sentence, previous);
      if (tariff) return { subject: tariff, predicate: 'rate', strength: 'strong' };
      const share = shareOf(m, tokens);
      if (share) return { ...share, strength: 'strong' };
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
      let after = tokenIndexAt(tokens, m.end);
      // "a 15-year, $765 million contract": skip the money written between the duration and its noun.
      while (tokens[after] && after - tokenIndexAt(tokens, m.end) < 6 && (/^[,$€£¥]$/.test(tokens[after]!.text) || /^\d/.test(tokens[after]!.text) || /^(?:US|million|billion|trillion|bn|mn|m|b)$/i.test(tokens[after]!.text))) after += 1;
      const run = phraseAfter(tokens, after, 3);
      const owner = ownerBefore(tokens, m.start);
      const subject = run.length > 0 ? phraseText(run) : null;
      return { subject: subject ? caseFold(cleanSubject([owner, subject].filter(Boolean).join(' '))) : null, predicate: 'duration', strength: 'strong' };
    }
    case 'count':
    case 'ellipsis':
      return describeCount(m, tokens, sentence, before);
    case 'money':
      return describeMoney(m, tokens, sentence, before);
  }
}

function describeCount(m: FigureMention, tokens: Token[], sentence: Sentence, before: string): FigureDescription {
  // The toll rule already knows what it counts; the verb before it ("has risen to 87") is the toll's, not a change of deaths.
  if (m.rule === 'figure.toll') return { subject: 'death toll', predicate: 'count', strength: 'strong' };
  const time = /^(?:working day|business day|day|week|month|year|hour|minute|second|decade)$/.test('amount' in m.value ? m.value.unit : '');
  if (time && /\b(?:within|in|after|for)\s+(?:the\s+next\s+)?$/i.test(before)) {
    // "initiate fund disbursement within 45 working days": the deadline of the action before "within".
    const within = /\bwithin\s+$/i.test(before);
    const i = tokenIndexBefore(tokens, m.start) - 1;
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
  // "rainfall reached nearly 500 millimeters", "raise output by 137,000 barrels": the changed thing is measured.
  // Only measures change ("6 basis points", "500 millimeters"); "the firm lost 900 jobs" counts jobs lost.
  const unit = 'amount' in m.value ? m.value.unit : '';
  const change = changeSubject(tokens, sentence, m.start);
  if (change && (MEASURE_UNIT.test(unit) || change.predicate === 'level')) return changeDescription(change, tokens, 'change');
  const noun = m.noun ? caseFold(cleanSubject(m.noun)) : null;
  // A passive verb after the noun ("jobs were cut") or a verb just before the number ("exporting 1.7 million vehicles").
  let verb: string | null = null;
  const after = sentence.text.slice((m.nounEnd ?? m.end) - sentence.start);
  const passive = /^\s+(?:were|was|have been|has been|had been|are|is|will be|would be)\s+(\p{Ll}+)/u.exec(after);
  if (passive && /(?:ed|en|cut|shed|lost|made|built|sold|paid|hit|set|put)$/.test(passive[1]!)) verb = passive[1]!;
  else {
    const prevToken = tokens[tokenIndexBefore(tokens, m.start)];
    if (prevToken && /^\p{Ll}+$/u.test(prevToken.text) && /(?:ing|ed)$/.test(prevToken.text) && !STOP_WORDS.has(prevToken.text)) verb = participle(prevToken.text);
    else if (prevToken && /^(?:generate|create|add|cut|eliminate|hire|employ|shed|sell|sells|export|exports|build|builds|lost|lose|loses)$/i.test(prevToken.text)) verb = participle(prevToken.text);
    // "will process 400,000 barrels": a base verb right before the number says what happens to them.
    else if (prevToken && /^\p{Ll}+$/u.test(prevToken.text) && isBaseVerb(prevToken.text) && !STOP_WORDS.has(prevToken.text) && /^(?:will|would|to|can|could|may|might|must|should)$/i.test(tokens[tokenIndexBefore(tokens, m.start) - 1]?.text ?? '')) verb = participle(prevToken.text);
  }
  return { subject: noun ? `${noun}${verb ? ` ${verb}` : ''}` : null, predicate: 'count', strength: 'strong' };
}

function describeMoney(m: FigureMention, tokens: Token[], sentence: Sentence, before: string): FigureDescription {
  // "estimates ranging from $350 million to $100 billion": the range belongs to the phrase before "ranging".
  // Test the cheap anchored cue first; the capture then runs on a short tail only.
  const ranging = /\b(?:ranging|range|ranged|running)\s+from\s+$/i.test(before) ? /(\p{L}[\p{L}\s-]*?)\s+(?:ranging|range|ranged|running)\s+from\s+$/iu.exec(before.slice(-120)) : null;
  if (ranging) {
    const words = ranging[1]!.trim().split(/\s+/).slice(-3).filter((w) => !STOP_WORDS.has(w.toLowerCase()));
    return { subject: caseFold(cleanSubject(words.join(' '))), predicate: 'range', strength: 'strong' };
  }
  if (REVENUE_VERB.test(before)) {
    // "new tariffs, which have already brought in $113 billion": revenue of the antecedent.
    const antecedent = /(\p{L}+)\s*,?\s*(?:which|that)\b[^,]*$/iu.exec(before);
    const source = antecedent ? singularize(antecedent[1]!) : null;
    return { subject: source ? `${normalizeProduct(source)} revenue` : 'revenue', predicate: 'revenue', strength: 'strong' };
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
  const verbMatch = /(\p{L}+)\s+(?:back\s+|out\s+|up\s+)?(?:about\s+|around\s+|nearly\s+|more than\s+|up to\s+|an additional\s+|a further\s+|another\s+|an extra\s+|a total of\s+)?$/u.exec(before);
  const flow = verbMatch ? VERB_NOUN[verbMatch[1]!.toLowerCase()] : undefined;
  let at = tokenIndexAt(tokens, m.end);
  // "750 billion rupees (about $8.7 billion) in a complex": a bracketed conversion sits between figure and object.
  if (tokens[at]?.text === '(') {
    const close = tokens.findIndex((t, idx) => idx > at && t.text === ')');
    if (close > 0 && close - at < 8) at = close + 1;
  }
  let inWhat: string | null = null;
  let prep: string | null = null;
  if (/^(?:in|on|into|of)$/i.test(tokens[at]?.text ?? '')) {
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
    const purpose = /^[^,;:.]{0,40}?\bto\s+(build|rebuild|construct|fund|finance|expand|upgrade|develop|repair|modernize|modernise|buy|acquire|reinforce|strengthen|improve|renovate|refurbish|restore|replace|support|cover)\s+(?:the\s+|a\s+|an\s+|new\s+)*((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(sentence.text.slice(m.end - sentence.start));
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
  // "a deal worth up to $4.8 billion": the noun before "worth" is what the money measures.
  const worth = /\b(\p{L}+)\s+(?:worth|valued at)\s+(?:(?:about|around|roughly|nearly|up to|more than|as much as|between)\s+)?$/iu.exec(before.slice(-60));
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
  return { subject: who ? tidy(who) : null, predicate: 'amount', strength: 'weak' };
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

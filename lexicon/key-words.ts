/**
 * The words a fact key is made of (`reconcile/fact-key.ts`), and the event word of a date's subject
 * (`isDatedAtEvent`): lower-cased, accent-free, singular, with synonyms. No lexicon, so that every command
 * that only keys facts starts without compromise's.
 */

/** Words that carry no identity in a subject or predicate. `s` is what a possessive leaves behind. */
export const KEY_STOP_WORDS = new Set(['the', 'of', 'on', 'for', 'a', 'an', 'to', 'in', 's']);

/**
 * Lower-cased, accent-free word tokens with stop words dropped, simple plurals
 * singularised and the forms of "United States" collapsed to `us`.
 *
 * `U.S.`, `US`, `USA` and `United States` must meet before punctuation is
 * stripped, or `u.s.` would become the two tokens `u` and `s`.
 */
export function normaliseWords(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/'s\b/g, ' ')
    .replace(/\bu\.\s?s\.(\s?a\.)?/g, ' us ')
    .replace(/\bunited states(\s+of\s+america)?\b/g, ' us ')
    .replace(/\busa\b/g, ' us ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  return folded
    .split(' ')
    .filter((word) => word !== '' && !KEY_STOP_WORDS.has(word))
    .map(singular)
    .map((word) => SYNONYMS.get(word) ?? word);
}

/**
 * Words news writes interchangeably for one thing (after singularising): `auto tariffs on Japan` and
 * `tariff on Japanese cars` must meet. Kept to words whose synonymy holds in any sentence; a looser
 * list would merge facts that only look alike.
 */
const SYNONYMS = new Map<string, string>([
  ['auto', 'car'],
  ['automobile', 'car'],
  ['automotive', 'car'],
  ['levy', 'tariff'],
  ['duty', 'tariff'],
  ['japanese', 'japan'],
  ['american', 'us'],
  // Casualty and crowd counts, as news words them in any disaster, conflict or protest story.
  ['toll', 'death'],
  ['dead', 'death'],
  ['killed', 'death'],
  ['fatality', 'death'],
  ['died', 'death'],
  ['unaccounted', 'missing'],
  ['wounded', 'injured'],
  ['injury', 'injured'],
  // Those who take part are counted as people: `400,000 protesters` and `400,000 people participated`.
  ['person', 'people'],
  ['protester', 'people'],
  ['protestor', 'people'],
  ['demonstrator', 'people'],
  ['participant', 'people'],
  ['marcher', 'people'],
  ['attendee', 'people'],
  // Inquiries, as news words them in any court, regulator or police story.
  ['probe', 'investigation'],
  ['inquiry', 'investigation'],
  // A golf score is counted in strokes or shots, as news words it either way (`a two-stroke lead`, `a two-shot lead`).
  ['stroke', 'shot'],
  // A game's or a contest's result, from either side: `Sunday's victory`, `won on Sunday`, `three straight wins`, `Friday's
  // defeat of X` are one event (`beat` is never a date's event: its past is its infinitive).
  ['victory', 'win'],
  ['defeat', 'win'],
  // A player's or a side's count, said with any verb of scoring (`registered two goals`, `scored two goals`, `notched`).
  ['registered', 'scored'],
  ['notched', 'scored'],
  ['netted', 'scored'],
  ['rally', 'demonstration'],
  ['parade', 'demonstration'],
  ['protest', 'demonstration'],
]);

/**
 * Strips simple English plural endings. Deliberately conservative: a wrong
 * merge joins two facts, which is worse than leaving a rare plural apart.
 */
export function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}


/**
 * Event stems (`eventStem`'s suffix rules) of words that news writes for one happening, and the stem each class is
 * keyed by. A verb and its noun that no suffix rule joins (`die`, `death`; `sell`, `sale`) meet, and so do a few
 * classes whose members are one event in any story on one day: a statement is whatever a source said, told or
 * announced that day; an opening is when a thing was opened, launched, inaugurated or unveiled; a walkout is a
 * strike; a detention an arrest. Only words whose synonymy holds for a happening on its day: a story keys a
 * one-word event by its day (`reconcile/observation.ts`), so these meet only on the same day.
 */
const EVENT_CLASSES = new Map<string, string>([
  ['die', 'death'],
  ['decid', 'decis'],
  ['sell', 'sal'],
  ['bury', 'funer'],
  ['buri', 'funer'],
  ['burial', 'funer'],
  ['sue', 'lawsuit'],
  ['suit', 'lawsuit'],
  ['wed', 'marry'],
  ['marriag', 'marry'],
  ['born', 'birth'],
  ['testimony', 'testif'],
  ['say', 'stat'],
  ['tell', 'stat'],
  ['announc', 'stat'],
  ['launch', 'open'],
  ['inaugur', 'open'],
  ['unveil', 'open'],
  ['debut', 'open'],
  ['walkout', 'strik'],
  ['stoppag', 'strik'],
  ['detain', 'arrest'],
  ['detent', 'arrest'],
  ['inform', 'notif'],
  ['free', 'releas'],
  ['quit', 'resign'],
]);

/**
 * Classes that are one happening only as a bare event on its day in a story (`eventStem`'s `bare`), never in a named
 * subject: a vote is the election of its day (`Saturday's vote`, `Saturday's presidential election`: one polling day),
 * while a `Senate vote` on a bill is no `Senate election`.
 */
const DAY_EVENT_CLASSES = new Map<string, string>([['vot', 'elect']]);

/**
 * Derivational endings of event nouns and verbs, the first that applies stripped (or replaced) when `min` letters or
 * more stay: `notification`, `notify` → `notif`, `election` → `elect`, `announcement` → `announce`, `approval` → `approv`,
 * `hearing` → `hear`, `departure` → `depart`, `recovery` → `recover`, `nominate` → `nomin`.
 */
const EVENT_SUFFIXES: readonly { suffix: RegExp; min: number }[] = [
  { suffix: /(?<=if)ication$/, min: 4 },
  { suffix: /(?<=if)y$/, min: 4 },
  { suffix: /(?:is|iz)ation$/, min: 4 },
  { suffix: /ation$/, min: 4 },
  { suffix: /(?<=[st])ion$/, min: 4 },
  { suffix: /ment$/, min: 3 },
  { suffix: /(?<=[vswr])al$/, min: 4 },
  { suffix: /ing$/, min: 3 },
  { suffix: /(?<=[tsz])ure$/, min: 4 },
  { suffix: /(?<=[^aeiou]er)y$/, min: 4 },
  { suffix: /ate$/, min: 4 },
];

/**
 * The stem of an event word (after `normaliseWords`), so that a verb's infinitive (the extractor names a verb's event
 * by it: `died` → `die`) and its nouns meet: `announcement`, `announce` → `announc`; `approval`, `approve` → `approv`;
 * `election`, `elect` → `elect`; `hearing`, `hear` → `hear`; `resignation`, `resign` → `resign`; `cancellation`,
 * `cancel` → `cancel`; then `EVENT_CLASSES`. A stem that only looks like another word's meets nothing it should not:
 * only a date's event is keyed by it. `bare`: the event is one word (a story keys it by its day), which
 * `DAY_EVENT_CLASSES` also join.
 */
export function eventStem(word: string, bare = false): string {
  let w = word;
  if (w.length >= 6) {
    for (const { suffix, min } of EVENT_SUFFIXES) {
      const m = suffix.exec(w);
      if (m === null) continue;
      if (m.index >= min) w = w.slice(0, m.index);
      break;
    }
  }
  // `approve`/`approv`, `cancell`/`cancel`, `admitt`/`admit`: a silent `e` and a doubled last consonant go.
  if (w.length >= 4) w = w.replace(/e$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  return EVENT_CLASSES.get(w) ?? EVENT_CLASSES.get(word) ?? (bare ? DAY_EVENT_CLASSES.get(w) : undefined) ?? w;
}

/** The words a date's event is keyed by: `normaliseWords`, each word its `eventStem`. */
export function eventWords(text: string): string[] {
  return normaliseWords(text).map((word) => eventStem(word));
}

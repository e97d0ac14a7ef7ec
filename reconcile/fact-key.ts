import { countryNamed, isCountryName } from '../lexicon/countries.js';
import { eventStem, KEY_STOP_WORDS, normaliseWords, singular } from '../lexicon/key-words.js';
import { IRREGULAR_PLURALS } from '../lexicon/words.js';

export { normaliseWords, singular };

/**
 * Normalised keys: claims whose (subject, predicate) normalise to the same key
 * are claims about the same fact.
 */

/** Predicate words that name one measure: `size` of a fund and its `amount`, a `level` and a `rate`. */
const PREDICATE_SYNONYMS = new Map<string, string>([
  ['size', 'amount'],
  ['value', 'amount'],
  ['worth', 'amount'],
  ['total', 'amount'],
  ['level', 'rate'],
  ['number', 'count'],
]);

/**
 * Subject words that describe a mention, not the thing (`recent`, `ambitious`): `SoftBank's recent AI
 * research hub` is the `SoftBank AI research hub`.
 */
const SUBJECT_FILLERS = new Set([
  'recent', 'ambitious', 'existing', 'current', 'announced', 'planned', 'proposed', 'confirmed', 'official',
  // Who counted, and how the count compares, is not what is counted: `protesters counted`, `people … exceeded`.
  'counted', 'estimated', 'reported', 'recorded', 'exceeded', 'reached', 'topped', 'surpassed', 'numbered', 'totalled', 'totaled',
]);

/**
 * Verbs of taking part, after a count of people (`2 million people demonstrated`, `people poured on to the
 * streets`, `20,000 turning out`): the count is of the people taking part, whatever the verb.
 */
const TAKING_PART = new Set([
  'demonstrated', 'protested', 'marched', 'rallied', 'participated', 'attended', 'gathered', 'poured', 'turned', 'turning',
  'joined', 'took', 'flocked', 'thronged', 'massed', 'assembled',
]);

/** Phrasal verbs of taking part: `took part`, `turned out`. */
const TAKING_PART_PHRASE = /\b(?:took|take|takes|taking)\s+part\b|\b(?:turned|turn|turns|turning)\s+out\b/gi;

/** The event people take part in: `people in the march` are its participants, a count of people. */
/** Verbs of a job cut (`laid` of `laid off`) and what they cut: with one of each, a count is of jobs cut (`factKey`). */
const JOB_CUT_VERBS = new Set(['cut', 'slashed', 'eliminated', 'axed', 'shed', 'laid', 'lay', 'dropped', 'trimmed']);
/** A workforce counted in jobs: a job cut's count in any of these is a count of jobs (also `value-agreement.ts`). */
export const WORKFORCE = new Set(['job', 'worker', 'employee', 'position', 'staff', 'staffer']);

const EVENT_WORDS = new Set(['march', 'demonstration', 'street', 'walkout', 'strike', 'crowd', 'turnout']);

/**
 * Words that only say a count is of people: `people confirmed dead` is the death toll, `people missing` and
 * `people unaccounted for` are one count. Dropped when the subject says more; `people` alone stays.
 */
const PEOPLE = new Set(['people']);

/**
 * The normalised `subject|predicate` key of a fact. Subject words are sorted, so
 * `Akazawa Ryosei` and `Ryosei Akazawa`, or `tariff on Japanese cars` and
 * `Japanese car tariffs`, meet; predicate words keep their order.
 *
 * `scope` (a story's `scopeToken`) joins the subject words: the same words in two stories give two
 * keys, and neither is a word subset of the other, so they never resolve into one fact.
 *
 * `event`: the subject names a date's event, whose words are keyed by their stems (`eventStem`): `announced`
 * Monday and Monday's `announcement`, `died` and `death`, `opened` and `launched` meet.
 */
export function factKey(subject: string, predicate: string, scope: string | null = null, event = false): string {
  const phrased = subject.replace(TAKING_PART_PHRASE, ' participated ');
  let words = [...new Set(normaliseWords(phrased).filter((word) => !SUBJECT_FILLERS.has(word)).map((word) => (TAKING_PART.has(word) ? 'people' : word)))];
  // A job cut is one measure however it is worded: `4,000 jobs slashed`, `4,000 workers laid off`, `4,000 positions
  // eliminated` are `job cut`. Only with a verb of cutting: `workers` on strike are no jobs.
  if (words.some((word) => JOB_CUT_VERBS.has(word)) && words.some((word) => WORKFORCE.has(word))) {
    words = [...new Set(words.filter((word) => word !== 'off').map((word) => (JOB_CUT_VERBS.has(word) ? 'cut' : WORKFORCE.has(word) ? 'job' : word)))];
  }
  if (words.some((word) => PEOPLE.has(word))) {
    words = words.filter((word) => !EVENT_WORDS.has(word));
    // `people confirmed dead` is the death toll; `people in Paris` stays a count of people, in Paris.
    const names = nameWordsOf(subject);
    if (words.some((word) => !PEOPLE.has(word) && !names.has(word))) words = words.filter((word) => !PEOPLE.has(word));
  }
  if (event) {
    // A one-word event (in a story keyed by its day) also meets its day's synonyms (`vote`, `election`).
    const bare = words.length === 1;
    words = [...new Set(words.map((word) => eventStem(word, bare)))];
  }
  const subjectKey = (scope === null || words.length === 0 ? words : [...words, scope]).sort().join(' ');
  const predicateKey = normaliseWords(predicate)
    .map((word) => PREDICATE_SYNONYMS.get(word) ?? word)
    .join(' ');
  return `${subjectKey}|${predicateKey}`;
}

/** The normalised words of the capitalised names in a subject (`Paris` in `people in Paris`). */
function nameWordsOf(subject: string): Set<string> {
  const out = new Set<string>();
  for (const raw of subject.split(/\s+/)) if (/^\p{Lu}/u.test(raw)) for (const w of normaliseWords(raw)) out.add(w);
  return out;
}

/** The same key in another story's scope: `old` scope token replaced by `scope`, words re-sorted. */
export function rescopeKey(key: string, scope: string): string {
  const bar = key.indexOf('|');
  const words = key.slice(0, bar).split(' ').filter((w) => w !== '' && !w.startsWith('~'));
  return `${[...words, scope].sort().join(' ')}${key.slice(bar)}`;
}

/**
 * The key of an imported (object, attribute): verbatim apart from surrounding space, because a data
 * set's object names are identifiers, and in a namespace of its own so it never meets a text's key.
 */
export function importKey(object: string, attribute: string): string {
  return `import:${JSON.stringify([object.trim(), attribute.trim()])}`;
}

/**
 * Counted nouns news writes for one kind of thing (after `normaliseWords`): `125 of its retail stores` and `125 of its
 * retail locations`, `202,000 users` and `202,000 subscribers`. Only for a count keyed by its figure (a bare count, a
 * partitive's part: `countedNounKey`), where the same figure in the same story must also agree, so two measures of
 * different things meet only if they print one figure under two of these nouns.
 */
const COUNTED_NOUN_CLASSES = new Map<string, string>([
  ['shop', 'store'],
  ['outlet', 'store'],
  ['location', 'store'],
  ['branch', 'store'],
  ['storefront', 'store'],
  ['customer', 'subscriber'],
  ['user', 'subscriber'],
  ['traveler', 'passenger'],
  ['traveller', 'passenger'],
  ['troop', 'soldier'],
  ['serviceman', 'soldier'],
  ['servicemen', 'soldier'],
  ['house', 'home'],
  ['dwelling', 'home'],
  ['residence', 'home'],
  ['factory', 'plant'],
  ['airplane', 'plane'],
  ['aircraft', 'plane'],
  ['jet', 'plane'],
  ['vessel', 'ship'],
  ['kid', 'child'],
  ['children', 'child'],
  ['pupil', 'student'],
  ['physician', 'doctor'],
]);

/** A counted noun's class (`COUNTED_NOUN_CLASSES`), of a word as `normaliseWords` gives it: `location` → `store`; a noun of no class is itself. */
export function countedNoun(word: string): string {
  return COUNTED_NOUN_CLASSES.get(word) ?? word;
}

/**
 * A figure-keyed count's key with its subject words' counted nouns in their class (`countedNoun`), words kept sorted
 * and unique: `retail location|count` → `retail store|count`. The scope token and every other word stay.
 */
export function countedNounKey(key: string): string {
  const bar = key.indexOf('|');
  const words = key.slice(0, bar).split(' ').filter(Boolean).map((w) => (w.startsWith('~') || w.includes('#') ? w : countedNoun(w)));
  return `${[...new Set(words)].sort().join(' ')}${key.slice(bar)}`;
}

/** Units of time: a span of them (`22 minutes`, `five years`) is always the length of something else. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century']);

/**
 * True when a figure's subject is only its counted noun (`games` of `3 games`, `minutes` of `22 minutes`,
 * `feet`): the figure says how many of something without saying of what. Words are compared as printed,
 * singular, without synonyms (`death toll` counts deaths, it is not `deaths`), and fillers (`confirmed`) are
 * dropped. A count of people is never bare: in its story, its people are the event's (a crowd, a turnout).
 * `withVerb` also takes the noun with one verb of what was done to it (`points scored`, `rebounds grabbed`,
 * `jobs cut`), which still says not whose.
 */
export function isBareCount(subject: string, unit: string, withVerb = false): boolean {
  const words = bareWords(subject).filter((word) => !SUBJECT_FILLERS.has(word));
  if (words.length === 0 || words.some((word) => PEOPLE.has(word) || word === 'person')) return false;
  const unitWords = new Set(bareWords(unit));
  const rest = words.filter((word) => !unitWords.has(word));
  if (rest.length === 0) return true;
  if (!withVerb || words.length - rest.length !== 1) return false;
  // What befell them as a toll (`soldiers killed`, `miners missing`, `passengers injured`) is no bare count: like a
  // count of people, it is its story's casualty figure, which rises over the story and meets the same toll with an
  // owner (`Thai soldiers killed`), never a per-game tally.
  if (normaliseWords(rest.join(' ')).some((w) => TOLL_WORDS.has(w))) return false;
  // One verb, phrasal ones with their particle (`workers laid off`, `people picked up`).
  return (rest.length === 1 && isParticiple(rest[0]!)) || (rest.length === 2 && isParticiple(rest[0]!) && VERB_PARTICLES.has(rest[1]!));
}

/** The particle of a phrasal verb after its participle: `laid off`, `picked up`, `wiped out`. */
const VERB_PARTICLES = new Set(['off', 'up', 'out', 'down']);

/** The subject word an owned bare count's key carries (`isOwnedBareCount`), so resolution can tell it (`resolveFacts`). */
export const OWNED_COUNT_WORD = 'owned#';

/**
 * True when a count's subject is a name and what it counted, with no place in it (`Mara Okafor points scored`,
 * `Williams touchdown passes`): it says whose, but not in which game, round or event; a player's points in two games
 * of one story are two things. A country's (`US soldiers`) and a toll (`Palestinians killed`) are not such counts.
 */
export function isOwnedBareCount(subject: string, _unit: string): boolean {
  const words = subject.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && k < 4 && /^\p{Lu}/u.test(words[k]!)) k += 1;
  if (k === 0 || k === words.length) return false;
  // A country's soldiers or dead (`US soldiers killed`, `Pakistani troops`) are one toll that rises over a story.
  const owner = words.slice(0, k).join(' ');
  if (countryNamed(owner) !== null || isCountryName(owner.split(/\s+/))) return false;
  // What they counted, with no place or other name in it (`touchdown passes`, `goals registered`); a toll
  // (`Palestinians killed`, `Acme workers missing`) is its story's, one figure that rises, never a game's.
  const rest = words.slice(k);
  if (rest.some((w) => /^\p{Lu}/u.test(w) || /^(?:in|at|since|from|of|during)$/i.test(w))) return false;
  if (normaliseWords(rest.join(' ')).some((w) => TOLL_WORDS.has(w))) return false;
  return rest.length <= 4;
}

/** What a casualty count counts, after `normaliseWords`' synonyms (`killed`, `dead`, `fatalities` are `death`). */
export const TOLL_WORDS = new Set(['death', 'injured', 'missing', 'casualty', 'victim']);

/** A past participle: regular (`scored`, `tallied`) or one of English's common irregular ones. */
function isParticiple(word: string): boolean {
  return (/^[a-z]{3,}ed$/.test(word) && word !== 'hundred') || IRREGULAR_PARTICIPLES.has(word);
}

const IRREGULAR_PARTICIPLES = new Set([
  'made', 'won', 'lost', 'hit', 'held', 'got', 'gotten', 'taken', 'given', 'run', 'shot', 'caught', 'sold', 'built', 'cut', 'set',
  'put', 'kept', 'left', 'seen', 'found', 'thrown', 'drawn', 'struck', 'paid', 'bought', 'brought', 'sent', 'spent', 'shed',
  'laid',
]);

/**
 * True when a bare count names no fact whatever else its article says: a span of time (`5 years`, `22
 * minutes`, `two months`) is the length of something the subject does not say (a tenure, a sentence, a
 * career), so two such spans are never one measure.
 */
export function isBareSpan(subject: string, unit: string): boolean {
  return isBareCount(subject, unit) && bareWords(unit).every(isSpanWord);
}

/** True when a figure's unit is a unit of time (`year`, `working days`): the figure is a span, an age or a length of something. */
export function isSpanUnit(unit: string): boolean {
  const words = bareWords(unit);
  return words.length > 0 && words.every(isSpanWord);
}

function isSpanWord(word: string): boolean {
  return TIME_UNITS.has(word) || word === 'working';
}

/**
 * The bare counts (`bareCountKey`) an article gives two or more different values under one subject (`3
 * games`, `10 games`; `22 points scored`, `18 points scored`, with a verb): there the counted noun alone
 * names several things (a team's last games, each player's points), so none of those counts is a fact.
 * A count the article gives once, or always with one value (`over 200 demonstrations` in its story),
 * stays a fact of its story.
 */
export function ambiguousBareCounts(figures: readonly { subject: string | null; unit: string; value: string }[]): Set<string> {
  const values = new Map<string, Set<string>>();
  for (const f of figures) {
    if (f.subject === null || !isBareCount(f.subject, f.unit, true)) continue;
    const key = bareCountKey(f.subject, f.unit);
    const held = values.get(key) ?? new Set<string>();
    held.add(f.value);
    values.set(key, held);
  }
  return new Set([...values].filter(([, v]) => v.size > 1).map(([key]) => key));
}

/** What a bare count counts, as `ambiguousBareCounts` keys it: its unit and its subject's words. */
export function bareCountKey(subject: string, unit: string): string {
  const words = bareWords(subject).filter((word) => !SUBJECT_FILLERS.has(word));
  return `${unit}|${[...new Set(words)].sort().join(' ')}`;
}

/** Lower-case, accent-free words, singular (`feet` → `foot`), without stop words or synonyms. */
function bareWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/'s\b/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !KEY_STOP_WORDS.has(word))
    .map((word) => (word === 'people' ? word : (IRREGULAR_PLURALS[word] ?? singular(word))));
}

/** True when both halves of a key kept at least one word: a key like `|rate` identifies nothing. */
export function isUsableKey(key: string): boolean {
  const [subjectKey = '', predicateKey = ''] = key.split('|');
  return subjectKey !== '' && predicateKey !== '';
}

/**
 * Word lists and plural rules that need no lexicon: what the value grammar (and through it every command that
 * prints a value) uses, apart from `vocabulary.ts`, whose name and place lookups load compromise's lexicon
 * (about half a second of CPU at import; `npm run bench:start`).
 */

/** Function words that end noun phrases and never start names. */
export const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'into', 'onto', 'over', 'under', 'about', 'around', 'between', 'among', 'after', 'before', 'since', 'until',
  'during', 'within', 'without', 'through', 'across', 'against', 'per', 'via', 'than', 'that', 'which', 'who',
  'whom', 'whose', 'this', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'he', 'his', 'him', 'she',
  'her', 'we', 'our', 'us', 'you', 'your', 'i', 'my', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'not', 'no', 'if', 'then', 'so', 'while', 'when', 'where', 'whether', 'all', 'any', 'each', 'every', 'some',
  'such', 'also', 'only', 'just', 'even', 'more', 'most', 'less', 'least', 'other', 'another', 'both', 'either',
  'neither', 'there', 'here', 'what', 'how', 'why', 'like', 'up', 'down', 'out', 'off', 'again', 'still', 'yet',
  'already', 'very', 'too', 'annually', 'vs', 'versus', 'because', 'although', 'though', 'unless', 'however',
]);

/** Words that look plural but are not counted nouns. */
const NOT_PLURAL = new Set([
  'this', 'is', 'was', 'has', 'as', 'us', 'its', 'his', 'hers', 'ours', 'yours', 'thus', 'plus', 'across',
  'less', 'unless', 'news', 'series', 'always', 'perhaps', 'towards', 'whereas', 'besides', 'analysis', 'basis',
  'crisis', 'status', 'census', 'gas', 'bus', 'campus', 'bonus', 'virus', 'focus', 'consensus', 'process', 'access',
  'business', 'progress', 'congress', 'address', 'success', 'percentage', 'lbs',
]);

export const IRREGULAR_PLURALS: Record<string, string> = {
  people: 'person', men: 'man', women: 'woman', children: 'child', staff: 'staff', personnel: 'personnel', crew: 'crew',
  police: 'police',
  feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', data: 'data', media: 'media', criteria: 'criterion',
};

/** True when `word` looks like a plural noun (`jobs`, `companies`, `people`). */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (w in IRREGULAR_PLURALS) return true;
  if (NOT_PLURAL.has(w) || STOP_WORDS.has(w)) return false;
  if (!/^\p{Ll}[\p{Ll}-]*s$/u.test(w) || w.length < 4) return false;
  if (/(?:ss|us|is|ous)$/.test(w)) return false;
  return true;
}

/** The singular of a plural noun (`companies` → `company`, `hurdles` → `hurdle`). */
export function singularize(word: string): string {
  const w = word.toLowerCase();
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w]!;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && !/ss$/.test(w)) return w.slice(0, -1);
  return w;
}

/** `text` as a regular expression that matches it literally (a lexicon entry or a printed title inside a pattern). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

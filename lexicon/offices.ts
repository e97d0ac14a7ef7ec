/**
 * How English names a government's posts: the portfolio words of a minister or secretary (`Justice Minister`,
 * `Minister of Foreign Affairs`, `Defence Secretary`). A table, no NLP library, so reconciliation reads it.
 * General words of government only, never a country's or an article's names.
 */

/**
 * Words a portfolio is written in (lower case). A minister's or secretary's title of these words alone
 * (`Interior Minister`, `Public Safety Minister`, `Secretary of State`) is one post of a government, so one holder at a
 * time; a capitalised word before them that is not one of them names whose (`NSW Transport Minister`).
 */
export const PORTFOLIO_WORDS = new Set([
  'justice', 'interior', 'home', 'foreign', 'affairs', 'finance', 'financial', 'treasury', 'defence', 'defense', 'health',
  'education', 'trade', 'industry', 'industries', 'commerce', 'economy', 'economic', 'economics', 'labour', 'labor',
  'employment', 'energy', 'oil', 'petroleum', 'mines', 'mining', 'minerals', 'agriculture', 'agricultural', 'fisheries',
  'forestry', 'forests', 'food', 'environment', 'environmental', 'climate', 'transport', 'transportation', 'infrastructure',
  'communications', 'communication', 'information', 'broadcasting', 'culture', 'cultural', 'heritage', 'arts', 'tourism',
  'sport', 'sports', 'youth', 'women', "women's", 'gender', 'family', 'families', 'children', 'social', 'welfare',
  'development', 'planning', 'housing', 'immigration', 'citizenship', 'security', 'homeland', 'public', 'safety',
  'emergency', 'services', 'water', 'science', 'technology', 'innovation', 'research', 'european', 'local', 'government',
  'regional', 'rural', 'urban', 'religious', 'minority', 'minorities', 'human', 'rights', 'land', 'lands', 'natural',
  'resources', 'power', 'electricity', 'telecommunications', 'aviation', 'railways', 'railway', 'shipping', 'ports',
  'budget', 'revenue', 'investment', 'privatization', 'privatisation', 'reconstruction', 'intelligence', 'veterans',
  'state', 'works', 'national', 'cooperation', 'integration', 'police', 'prisons', 'corrections', 'legal',
  'and', 'for', 'of', '&', 'the', 'revitalization', 'revitalisation', 'empowerment', 'affair', 'relations', 'international',
  'internal', 'external', 'overseas', 'migration', 'border', 'borders', 'consumer', 'small', 'business', 'enterprise',
  'industrial', 'digital', 'media', 'wildlife', 'parks', 'sanitation', 'irrigation', 'disaster', 'management',
]);

/** Words of a portfolio that join its other words and never stand for one alone. */
const JOINING = new Set(['and', 'for', 'of', '&', 'the']);

/**
 * The portfolio a run of words names, lower-case words joined by one space (`Foreign Affairs` → `foreign affairs`),
 * when every word is a portfolio word and one at least is no joining word; else null.
 */
export function portfolioOf(words: readonly string[]): string | null {
  const lower = words.map((w) => w.toLowerCase().replace(/[’]/g, "'"));
  if (lower.length === 0 || !lower.every((w) => PORTFOLIO_WORDS.has(w))) return null;
  if (lower.every((w) => JOINING.has(w)) || JOINING.has(lower[0]!) || JOINING.has(lower.at(-1)!)) return null;
  return lower.join(' ');
}

/**
 * A title's short forms as news writes them (`Capt.`, `Gov.`, `CEO`), in the words of its full form: how reconciliation
 * compares titles and how the extractor tells which of two namesakes a titled mention is.
 */
export const TITLE_FORMS: ReadonlyMap<string, readonly string[]> = new Map<string, string[]>([
  ['capt', ['captain']],
  ['gov', ['governor']],
  ['sen', ['senator']],
  ['rep', ['representative']],
  ['pres', ['president']],
  ['gen', ['general']],
  ['lt', ['lieutenant']],
  ['col', ['colonel']],
  ['sgt', ['sergeant']],
  ['supt', ['superintendent']],
  ['prof', ['professor']],
  // The rest of the ranks and offices the extractor reads with a period before a name (`DOTTED_TITLE`).
  ['adm', ['admiral']],
  ['maj', ['major']],
  ['cmdr', ['commander']],
  ['det', ['detective']],
  ['insp', ['inspector']],
  ['amb', ['ambassador']],
  ['atty', ['attorney']],
  ['ceo', ['chief', 'executive']],
  ['cfo', ['chief', 'financial']],
  ['coo', ['chief', 'operating']],
  ['cto', ['chief', 'technology']],
]);

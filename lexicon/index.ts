export { KEY_STOP_WORDS, normaliseWords, singular } from './key-words.js';
export { IRREGULAR_PLURALS, isPluralNoun, singularize, STOP_WORDS } from './words.js';
export { countryNamed, DEMONYMS, DEMONYM_WORDS, demonymOf, isCountryName, mayHavePrimeMinister } from './countries.js';
export { NUMERAL, NUMBER_WORD, parseNumber, parseNumberWord, parseNumeral } from './number.js';
export { formatNumber, formatValue, legacyValue, parseValue, shapeOf, ValueKind, ValueShape, type ParsedValue } from './value-grammar.js';

/**
 * Numbers as news copy writes them: numerals with thousands separators,
 * spelled-out cardinals (`three`, `twenty-five`) and scale words
 * (`billion`, `bn`, `B`).
 */

// Maps, not object literals: `word in {…}` is true for `constructor` and `toString` too.
const UNITS = new Map<string, number>(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
}));
const TENS = new Map<string, number>(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Scale words and abbreviations, lower-cased. */
export const SCALES: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12, t: 1e12,
};

/** A regex source for a numeral: `12,000`, `1.7`, `550`. */
export const NUMERAL = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;

/** A regex source for a spelled-out cardinal from `one` to `ninety-nine`, or `dozen`. */
export const NUMBER_WORD = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen)`;

/** A regex source for a scale word after a number (with or without a space). */
export const SCALE_WORD = String.raw`(?:[\s-]?(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|[Ll]akhs?|[Cc]rores?)\b|\s?(?:bn|mn|mln|tn|trn)\b|[kKmMbBtT]\b)`;

const WHOLE_NUMERAL = new RegExp(`^${NUMERAL}$`);

/** Parses a numeral (`12,000` → 12000, `1.7` → 1.7); null when it is not one. */
export function parseNumeral(text: string): number | null {
  if (!WHOLE_NUMERAL.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

/** Parses a spelled-out cardinal (`three`, `Twenty-five`); null when it is not one. */
export function parseNumberWord(text: string): number | null {
  const word = text.toLowerCase();
  const single = UNITS.get(word) ?? TENS.get(word);
  if (single !== undefined) return single;
  // `twenty-one`, and `twenty-one-year-old` as its first two parts.
  const [first, second] = word.split('-');
  if (second === undefined) return null;
  const tens = TENS.get(first!);
  const unit = UNITS.get(second);
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
}

/** Parses a numeral or number word. */
export function parseNumber(text: string): number | null {
  return parseNumeral(text) ?? parseNumberWord(text);
}

/** The multiplier of a scale word (`billion`, ` bn`, `B`), or 1 when absent or unknown. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  return SCALES[word.trim().replace(/^-/, '').toLowerCase()] ?? 1;
}

/** Rounds away float noise from scaling (`1.7 * 1e6`). */
export function cleanNumber(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

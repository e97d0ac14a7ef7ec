/**
 * The dollar a bare `$` means in an article datelined in a country with a dollar of its own. A Canadian paper's
 * `OTTAWA - … the $300,000 he paid` means Canadian dollars, as an Australian paper's `SYDNEY - … $2 million` means
 * Australian ones: the local press writes its own currency bare and marks the US dollar (`US$`). A wire agency's
 * dateline (`TORONTO (AP)`, `SYDNEY (Reuters)`) says nothing of the sort: the world's agencies write `$` for the US
 * dollar wherever they file from and mark the local one (`C$`). Nor does an article that writes the local dollar's
 * own prefix anywhere (`C$5 million`): it marks its local amounts, so its bare `$` is the US dollar.
 */
import { DOLLAR_DATELINE_CITIES, LOCAL_DOLLAR_PREFIX } from '../lexicon/currency.js';
import { escapeRegExp } from '../lexicon/words.js';
import type { FigureValue } from '../model/index.js';

const CITY_CODE = new Map(DOLLAR_DATELINE_CITIES.map(([city, code]) => [city, code]));
/**
 * A dateline opening the text: the city in capitals, optionally its province, state or country and a day
 * (`VANCOUVER, B.C.`, `MELBOURNE, Dec 30`), optionally an agency in brackets, then a dash.
 */
const DATELINE = new RegExp(
  String.raw`^\s*(${[...CITY_CODE.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})` +
    String.raw`(?:,\s*[\p{L}\d.' ]{2,30}?)?\s*(?:\(([^()\n]{1,30})\)\s*)?(?:-{1,2}|[—–])\s`,
  'u',
);
/** Agencies of the dateline's own country, which write its dollar bare as its papers do. */
const LOCAL_AGENCY = /^(?:CP|Canadian Press|AAP|NZPA|NZME)$/i;

/** Lines of the opening a dateline may begin: the body's first, after a headline and a caption or two. */
const OPENING_LINES = 4;
const OPENING_CHARS = 600;

/** The dollar a bare `$` means in this article by its dateline, or null when it means the US dollar. */
export function datelineDollar(text: string): string | null {
  const lines = text.slice(0, OPENING_CHARS).split('\n').filter((l) => l.trim().length > 0).slice(0, OPENING_LINES);
  const m = lines.map((l) => DATELINE.exec(l)).find((x) => x !== null);
  if (!m) return null;
  if (m[2] !== undefined && !LOCAL_AGENCY.test(m[2].trim())) return null;
  const code = CITY_CODE.get(m[1]!)!;
  return LOCAL_DOLLAR_PREFIX[code]!.test(text) ? null : code;
}

/** A dollar written bare: `$5`, `5 dollars`, `77 cents`; not `US$5`, `U.S. $5`, `5 U.S. dollars`, `USD 5`. */
const US_MARK = /(?:\bU\.?S\.?|\bAmerican|\bUSD)\s*$/;
function bareDollar(text: string, start: number, end: number): boolean {
  const quote = text.slice(start, end);
  if (US_MARK.test(text.slice(Math.max(0, start - 12), start))) return false;
  if (quote.startsWith('$')) return true;
  return /^[^$]*?\b(?:dollars?|cents?)\b/i.test(quote) && !/\b(?:U\.?S\.?|American)\s+(?:dollars?|cents?)\b/i.test(quote) && !/\$/.test(quote);
}

/**
 * Money mentions written with a bare dollar get `code`, the article's own dollar (`datelineDollar`), in place.
 * Mentions are `{ start, end, value }` of the whole text.
 */
export function localiseDollars(text: string, code: string, mentions: ReadonlyArray<{ start: number; end: number; value: FigureValue }>): void {
  for (const m of mentions) {
    if (m.value.unit !== 'USD' || !bareDollar(text, m.start, m.end)) continue;
    m.value.unit = code;
  }
}

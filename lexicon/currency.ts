/**
 * Currencies as the news writes them (symbols, ISO codes, words) and the code each means: shared by the figure
 * rules and the value grammar, here apart from `figure.ts` so that reading a value (every command that prints one)
 * does not load the figure rules' name lexicon (compromise, through `vocabulary.ts`).
 */

// ISO 4217 codes written before an amount ("SAR 101 billion", "MXN3.5bn").
export const ISO_CODES = 'USD|EUR|JPY|GBP|CNY|RMB|CNH|KRW|INR|CHF|AUD|CAD|HKD|SGD|NZD|BRL|MXN|ZAR|RUB|TRY|SAR|AED|QAR|KWD|SEK|NOK|DKK|PLN|CZK|HUF|ILS|IDR|MYR|THB|PHP|VND|TWD|ARS|CLP|COP|PEN|EGP|NGN|KES|PKR|BDT|UAH';
export const CURRENCY_PREFIX = String.raw`(?:US\$|U\.S\.\s?\$|A\$|AU\$|C\$|CA\$|HK\$|S\$|NZ\$|NT\$|R\$|MX\$|Mex\$|\$|€|£|¥|₩|₹|₽|₺|₱|₦|₪|₫|฿|Rs\.?\s?|(?:${ISO_CODES})\s?)`;
export const CURRENCY_WORD = String.raw`(?:(?:U\.S\.|US|American|Canadian|Australian|Hong Kong|Singapore|New Zealand|Taiwan|Taiwanese|Mexican|Argentine|Argentinian|Chilean|Colombian|Philippine|Swiss|Swedish|Norwegian|Danish|Czech|Icelandic|Indian|Pakistani|Saudi|Qatari|Egyptian|Turkish|Russian|Brazilian|South African|Japanese|Chinese|Korean|South Korean)\s)?(?:dollars?|yen|euros?|pounds(?:\ssterling)?|pound|sterling|yuan|renminbi|won|rupees?|francs?|pesos?|soles|reais|riyals?|rials?|dirhams?|dinars?|rand|ringgit|baht|dong|rupiah|lira|liras|roubles?|rubles?|zlotys?|zloty|kronor|kronas?|krona|kroner|krone|shekels?|naira|shillings?|hryvnias?|crowns?|koruna|cents?|pence)`;

export const PREFIX_CODES: Array<[RegExp, string]> = [
  [/^(?:US\$|U\.S\.\s?\$)/, 'USD'], [/^(?:A\$|AU\$)/, 'AUD'], [/^(?:C\$|CA\$)/, 'CAD'],
  [/^HK\$/, 'HKD'], [/^S\$/, 'SGD'], [/^NZ\$/, 'NZD'], [/^NT\$/, 'TWD'], [/^R\$/, 'BRL'], [/^(?:MX|Mex)\$/, 'MXN'], [/^\$/, 'USD'],
  [/^€/, 'EUR'], [/^£/, 'GBP'], [/^¥/, 'JPY'], [/^₩/, 'KRW'], [/^₹/, 'INR'], [/^Rs/, 'INR'], [/^₽/, 'RUB'], [/^₺/, 'TRY'],
  [/^₱/, 'PHP'], [/^₦/, 'NGN'], [/^₪/, 'ILS'], [/^₫/, 'VND'], [/^฿/, 'THB'], [/^RMB/, 'CNY'], [/^CNH/, 'CNY'],
];
// Country-qualified words before the bare word: "Canadian dollars" is CAD, plain "pesos" is the Mexican peso.
export const WORD_CODES: Array<[RegExp, string]> = [
  [/canadian/i, 'CAD'], [/australian/i, 'AUD'], [/hong kong/i, 'HKD'], [/singapore/i, 'SGD'], [/new zealand/i, 'NZD'],
  [/taiwan/i, 'TWD'], [/argentin/i, 'ARS'], [/chilean/i, 'CLP'], [/colombian/i, 'COP'], [/philippine/i, 'PHP'],
  [/swedish/i, 'SEK'], [/norwegian/i, 'NOK'], [/danish/i, 'DKK'], [/czech/i, 'CZK'], [/icelandic/i, 'ISK'], [/pakistani/i, 'PKR'], [/qatari/i, 'QAR'],
  [/egyptian/i, 'EGP'], [/south african/i, 'ZAR'], [/brazilian/i, 'BRL'], [/russian/i, 'RUB'], [/turkish/i, 'TRY'],
  [/indian/i, 'INR'], [/saudi/i, 'SAR'], [/dollar|\bcents?\b/i, 'USD'], [/\bpence\b/i, 'GBP'], [/koruna/i, 'CZK'], [/crown/i, 'SEK'],
  [/yen/i, 'JPY'], [/euro/i, 'EUR'], [/pound|sterling/i, 'GBP'], [/yuan|renminbi/i, 'CNY'], [/\bwon\b/i, 'KRW'], [/rupee/i, 'INR'],
  [/franc/i, 'CHF'], [/peso/i, 'MXN'], [/soles/i, 'PEN'], [/reais/i, 'BRL'], [/riyal|rial/i, 'SAR'], [/dirham/i, 'AED'], [/dinar/i, 'KWD'],
  [/\brand\b/i, 'ZAR'], [/ringgit/i, 'MYR'], [/baht/i, 'THB'], [/\bdong\b/i, 'VND'], [/rupiah/i, 'IDR'], [/lira/i, 'TRY'],
  [/r[ou]ble/i, 'RUB'], [/zloty/i, 'PLN'], [/kronor|krona/i, 'SEK'], [/kroner|krone/i, 'NOK'], [/shekel/i, 'ILS'],
  [/naira/i, 'NGN'], [/shilling/i, 'KES'], [/hryvnia/i, 'UAH'],
];

export function currencyOf(text: string, table: Array<[RegExp, string]>): string {
  for (const [pattern, code] of table) if (pattern.test(text)) return code;
  const iso = /^[A-Z]{3}/.exec(text.trim());
  return iso ? iso[0] : 'USD';
}

/**
 * Cities whose dateline puts an article in a country that writes its own dollar as a bare `$` (Canada, Australia,
 * New Zealand, Hong Kong, Singapore), each with that dollar's code. Capitals, provincial and state capitals and the
 * largest cities, as datelines print them (in capitals); none that shares its name with a city elsewhere that
 * datelines often (`HAMILTON` is also Bermuda's capital, `WINDSOR` and `PERTH` are also British towns).
 */
export const DOLLAR_DATELINE_CITIES: ReadonlyArray<[string, string]> = [
  ...['OTTAWA', 'TORONTO', 'MONTREAL', 'MONTRÉAL', 'VANCOUVER', 'CALGARY', 'EDMONTON', 'WINNIPEG', 'HALIFAX', 'REGINA', 'SASKATOON',
    'VICTORIA', 'QUEBEC', 'QUEBEC CITY', 'QUÉBEC', "ST. JOHN'S", 'FREDERICTON', 'CHARLOTTETOWN', 'WHITEHORSE', 'YELLOWKNIFE',
    'IQALUIT', 'MONCTON', 'GATINEAU'].map((c): [string, string] => [c, 'CAD']),
  ...['SYDNEY', 'MELBOURNE', 'CANBERRA', 'BRISBANE', 'ADELAIDE', 'HOBART', 'DARWIN', 'GOLD COAST', 'CAIRNS'].map((c): [string, string] => [c, 'AUD']),
  ...['WELLINGTON', 'AUCKLAND', 'CHRISTCHURCH', 'DUNEDIN'].map((c): [string, string] => [c, 'NZD']),
  ['HONG KONG', 'HKD'],
  ['SINGAPORE', 'SGD'],
];

/** Each local dollar's own prefix: an article that writes it (`C$5 million`) marks its local amounts, so its bare `$` is the US dollar. */
export const LOCAL_DOLLAR_PREFIX: Readonly<Record<string, RegExp>> = {
  CAD: /(?<![\p{L}\d])(?:C|CA|CDN|Cdn)\$|\bCanadian dollars?\b/u,
  AUD: /(?<![\p{L}\d])(?:A|AU|AUD)\$|\bAustralian dollars?\b/u,
  NZD: /(?<![\p{L}\d])NZ\$|\bNew Zealand dollars?\b/u,
  HKD: /(?<![\p{L}\d])HK\$|\bHong Kong dollars?\b/u,
  SGD: /(?<![\p{L}\d])S\$|\bSingapore dollars?\b/u,
};

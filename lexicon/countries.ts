/**
 * Countries, their demonyms and names: a table, no NLP library, so reconciliation can read it without
 * loading compromise's lexicon (`vocabulary.ts` adds the lexicon's countries for extraction).
 */

/** Countries to the adjective the news uses for their goods (`Japan` → `Japanese`). */
export const DEMONYMS: Record<string, string> = {
  japan: 'Japanese', china: 'Chinese', 'south korea': 'South Korean', korea: 'Korean', india: 'Indian',
  germany: 'German', france: 'French', italy: 'Italian', spain: 'Spanish', canada: 'Canadian', mexico: 'Mexican',
  brazil: 'Brazilian', russia: 'Russian', vietnam: 'Vietnamese', taiwan: 'Taiwanese', indonesia: 'Indonesian',
  philippines: 'Philippine', thailand: 'Thai', malaysia: 'Malaysian', australia: 'Australian', britain: 'British',
  uk: 'British', 'united kingdom': 'British', 'european union': 'EU', eu: 'EU', europe: 'European',
  switzerland: 'Swiss', turkey: 'Turkish', 'south africa': 'South African', israel: 'Israeli', 'saudi arabia': 'Saudi',
  us: 'US', 'u.s.': 'US', 'united states': 'US', america: 'US',
  sweden: 'Swedish', poland: 'Polish', denmark: 'Danish', finland: 'Finnish', netherlands: 'Dutch', ireland: 'Irish',
  norway: 'Norwegian', scotland: 'Scottish', wales: 'Welsh', england: 'English', peru: 'Peruvian', chile: 'Chilean',
  argentina: 'Argentine', colombia: 'Colombian', nigeria: 'Nigerian', egypt: 'Egyptian', 'united arab emirates': 'Emirati',
  pakistan: 'Pakistani', palestine: 'Palestinian', iran: 'Iranian', iraq: 'Iraqi', afghanistan: 'Afghan', syria: 'Syrian',
  lebanon: 'Lebanese', jordan: 'Jordanian', kenya: 'Kenyan', ethiopia: 'Ethiopian', ukraine: 'Ukrainian', greece: 'Greek',
  portugal: 'Portuguese', austria: 'Austrian', belgium: 'Belgian', hungary: 'Hungarian', romania: 'Romanian',
  serbia: 'Serbian', croatia: 'Croatian', cuba: 'Cuban', venezuela: 'Venezuelan', bangladesh: 'Bangladeshi',
  'sri lanka': 'Sri Lankan', nepal: 'Nepalese', zimbabwe: 'Zimbabwean', ghana: 'Ghanaian', sudan: 'Sudanese',
  somalia: 'Somali', libya: 'Libyan', morocco: 'Moroccan', algeria: 'Algerian', tunisia: 'Tunisian', qatar: 'Qatari',
  kuwait: 'Kuwaiti', singapore: 'Singaporean', 'north korea': 'North Korean', cambodia: 'Cambodian', georgia: 'Georgian',
  armenia: 'Armenian', lithuania: 'Lithuanian', latvia: 'Latvian', estonia: 'Estonian', bulgaria: 'Bulgarian',
  ecuador: 'Ecuadorian', bolivia: 'Bolivian', uruguay: 'Uruguayan', 'new zealand': 'New Zealand', 'czech republic': 'Czech',
  liberia: 'Liberian', 'sierra leone': 'Sierra Leonean', rwanda: 'Rwandan', uganda: 'Ugandan', tanzania: 'Tanzanian',
  zambia: 'Zambian', mozambique: 'Mozambican', angola: 'Angolan', senegal: 'Senegalese', cameroon: 'Cameroonian',
  malawi: 'Malawian', namibia: 'Namibian', eritrea: 'Eritrean', congo: 'Congolese', myanmar: 'Burmese', burma: 'Burmese',
  mongolia: 'Mongolian', kazakhstan: 'Kazakh', uzbekistan: 'Uzbek', belarus: 'Belarusian', moldova: 'Moldovan',
  slovakia: 'Slovak', slovenia: 'Slovenian', bosnia: 'Bosnian', albania: 'Albanian', macedonia: 'Macedonian',
  kosovo: 'Kosovar', montenegro: 'Montenegrin', iceland: 'Icelandic', malta: 'Maltese', cyprus: 'Cypriot',
  paraguay: 'Paraguayan', panama: 'Panamanian', guatemala: 'Guatemalan', honduras: 'Honduran', nicaragua: 'Nicaraguan',
  haiti: 'Haitian', jamaica: 'Jamaican', yemen: 'Yemeni', oman: 'Omani', bahrain: 'Bahraini', azerbaijan: 'Azerbaijani',
  fiji: 'Fijian', tajikistan: 'Tajik', kyrgyzstan: 'Kyrgyz', laos: 'Laotian',
};

/**
 * Countries and unions whose government has no prime minister (a president or a chancellor heads it), or parts of a
 * country with a first minister: never the owner of a `Prime Minister` styled without one. A country not listed may
 * have one (a list of those would go stale with every new constitution; one missing here only makes more candidates,
 * so fewer owners are inferred, never a wrong one).
 */
const NO_PRIME_MINISTER = new Set([
  'united states', 'germany', 'austria', 'switzerland', 'mexico', 'brazil', 'argentina', 'chile', 'colombia', 'venezuela',
  'ecuador', 'bolivia', 'uruguay', 'indonesia', 'philippines', 'south africa', 'nigeria', 'ghana', 'afghanistan', 'iran',
  'european union', 'europe', 'cyprus', 'england', 'scotland', 'wales',
]);

/** False for a country (as `countryNamed` names it) whose government has no prime minister (`United States`, `Germany`). */
export function mayHavePrimeMinister(country: string): boolean {
  return !NO_PRIME_MINISTER.has(country.toLowerCase());
}

/** The demonym of a country name, or null (`Japan` → `Japanese`). */
export function demonymOf(country: string): string | null {
  return DEMONYMS[country.toLowerCase()] ?? null;
}

/** Every demonym, lower-case. */
export const DEMONYM_WORDS = new Set(Object.values(DEMONYMS).map((d) => d.toLowerCase()));

/** Each demonym's country, by its longest name (`Japanese` → `Japan`, `US` → `United States`). */
const COUNTRY_OF_DEMONYM = new Map<string, string>();
for (const [country, demonym] of Object.entries(DEMONYMS)) {
  const d = demonym.toLowerCase();
  const known = COUNTRY_OF_DEMONYM.get(d);
  if (!known || country.length > known.length) COUNTRY_OF_DEMONYM.set(d, country);
}

/** Every country name this module knows, as its sorted lower-case words (`korea south`). */
const COUNTRY_NAMES = new Set(Object.keys(DEMONYMS).map((c) => c.split(/\s+/).sort().join(' ')));

/** True when the words, in any order and any case, are the name of a country in the table (`['states', 'united']`, `['Pakistan']`). */
export function isCountryName(words: readonly string[]): boolean {
  return COUNTRY_NAMES.has(words.map((w) => w.toLowerCase()).sort().join(' '));
}

/**
 * The country the table knows a word for, by name: its country for a demonym (`Norwegian` → `Norway`, `U.S.` →
 * `United States`), the country's longest name for a country (`Britain` → `United Kingdom`); `null` otherwise.
 */
export function countryNamed(word: string): string | null {
  const w = word.toLowerCase();
  const country = COUNTRY_OF_DEMONYM.get(w) ?? COUNTRY_OF_DEMONYM.get((DEMONYMS[w] ?? '').toLowerCase());
  return country ? country.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase()) : null;
}

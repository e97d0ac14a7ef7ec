/**
 * Distinct news articles for the benchmarks, generated from sentence templates
 * written for this file (never benchmark or gold text) across six kinds of
 * story: disasters, deals, elections, courts, sport and earnings.
 *
 * Subjects (companies, cities, teams) come from small pools, so later articles
 * report on facts earlier ones created, often with another figure, as a real
 * backlog does: that is what makes reconciliation cost grow with the store.
 * Names, numbers, dates and the choice and order of sentences vary per article,
 * so no two are near-duplicates. Deterministic for a given seed.
 */
import { prng } from './prng.js';

export interface GeneratedArticle {
  /** File name, e.g. `a000042.txt`. */
  file: string;
  text: string;
  /** `YYYY-MM-DD`. */
  published: string;
  outlet: string;
  url: string;
  headline: string;
}

const FIRST = [
  'Amara', 'Tobias', 'Leila', 'Marcus', 'Ingrid', 'Rafael', 'Noor', 'Declan', 'Yuki', 'Elena', 'Kwame', 'Sofia', 'Henrik',
  'Priya', 'Mateo', 'Greta', 'Omar', 'Lucia', 'Anders', 'Chloe', 'Dmitri', 'Fatima', 'Jonas', 'Beatriz', 'Callum', 'Mei',
  'Rowan', 'Isabel', 'Tariq', 'Helena', 'Silas', 'Adaeze', 'Felix', 'Ruth', 'Viktor', 'Camille', 'Desmond', 'Hana',
];
const LAST = [
  'Okafor', 'Lindqvist', 'Marchetti', 'Haddad', 'Brennan', 'Takahashi', 'Oyelaran', 'Whitcombe', 'Petrova', 'Castellanos',
  'Nakamura', 'Fairbairn', 'Adeyemi', 'Kowalczyk', 'Delacroix', 'Mbeki', 'Sorensen', 'Villanueva', 'Ashdown', 'Reinholt',
  'Quintero', 'Halvorsen', 'Obuya', 'Pemberton', 'Szabo', 'Moreau', 'Achebe', 'Grantham', 'Iwasaki', 'Valdez',
];
const COMPANIES = [
  'Norvale Energy', 'Castellan Foods', 'Brightwater Logistics', 'Orison Pharmaceuticals', 'Kestrel Aerospace', 'Tamsin Retail',
  'Halden Steel', 'Mirelle Telecom', 'Quarry Point Mining', 'Selwyn Insurance', 'Arcadia Software', 'Pelham Motors',
  'Corvid Semiconductors', 'Lanthorn Media', 'Ebbridge Bank', 'Vantor Chemicals', 'Greystone Shipping', 'Solent Airways',
  'Marrow Biotech', 'Thistle Beverages', 'Ravenmoor Hotels', 'Junip Devices', 'Ostrava Rail', 'Calder Paper', 'Fennick Homes',
  'Bellmont Apparel', 'Westhaven Utilities', 'Sableford Capital', 'Nimbus Cloudworks', 'Ardent Agritech',
];
const CITIES = [
  'Port Elsworth', 'Ravenna Bay', 'Kingsmere', 'San Aurelio', 'Dunmore', 'Westfall', 'Lake Corrin', 'Brackenridge', 'Santa Olana',
  'Harrowgate', 'Mirabel', 'Eastbourne Falls', 'Clearwater Heights', 'Novo Sarem', 'Ashby', 'Tellmouth', 'Fairhaven', 'Cobalt Springs',
  'Riverside Mills', 'Valmont', 'Stonebridge', 'Coral Point', 'Highgarden', 'Marlow Cross',
];
const REGIONS = ['the northern province', 'the coastal district', 'the eastern region', 'the central valley', 'the southern state', 'the highland county'];
const TEAMS = [
  'Riverton Hawks', 'Kingsmere Rovers', 'Westfall Comets', 'Dunmore Athletic', 'Harrowgate Lions', 'Mirabel United',
  'Ashby Wanderers', 'Tellmouth Mariners', 'Valmont Stags', 'Coral Point Sharks', 'Stonebridge City', 'Fairhaven Falcons',
];
const PARTIES = ['Civic Alliance', 'Green Renewal party', 'Labour Union party', 'Liberal Reform party', 'National Progress party', 'Citizens First movement'];
const OUTLETS = [
  'The Daily Meridian', 'Harbor Post', 'Northern Ledger', 'The Capital Courier', 'Evening Standard-Tribune', 'Metro Wire',
  'The Civic Observer', 'Coastal Herald', 'Market Dispatch', 'Valley Gazette', 'The Sunday Chronicle', 'Frontier Times',
  'Global Newsdesk', 'The Commerce Journal', 'Lakeside Record', 'Sports Weekly Review', 'The Evening Lantern', 'Pacific Monitor',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

interface Slots {
  rand: () => number;
  pick<T>(items: readonly T[]): T;
  int(lo: number, hi: number): number;
  /** An integer in [lo, hi] times `unit`, written with thousands separators. */
  many(lo: number, hi: number, unit: number): string;
  dec(lo: number, hi: number, digits?: number): string;
  person(): string;
  day: string;
  weekday: string;
  month: string;
  year: number;
}

type Story = (s: Slots) => { headline: string; lead: string; body: string[] };

const disaster: Story = (s) => {
  const city = s.pick(CITIES);
  const region = s.pick(REGIONS);
  const dead = s.int(3, 240);
  const kind = s.pick(['earthquake', 'flood', 'wildfire', 'landslide', 'storm']);
  const official = s.person();
  const lead =
    kind === 'earthquake'
      ? `A magnitude ${s.dec(4.8, 7.9, 1)} earthquake struck near ${city} on ${s.day}, killing at least ${dead} people, officials said.`
      : `A ${kind} swept through ${city} on ${s.day}, killing at least ${dead} people and forcing ${s.many(2, 90, 100)} residents from their homes.`;
  return {
    headline: `${dead} dead after ${kind} hits ${city}`,
    lead,
    body: [
      `${official}, the governor of ${region}, declared a state of emergency and asked for ${s.int(2, 40)} army units to help.`,
      `Rescue teams pulled ${s.int(5, 120)} survivors from collapsed buildings overnight, the civil protection agency said.`,
      `Damage was estimated at $${s.int(20, 950)} million, according to a preliminary assessment.`,
      `About ${s.int(3, 60)} percent of the district lost power and ${s.int(2, 30)} schools were closed until further notice.`,
      `The death toll rose to ${dead + s.int(1, 40)} by ${s.weekday} evening as crews reached remote villages.`,
      `"We have never seen damage on this scale," said ${s.person()}, who leads the regional emergency service.`,
      `The national weather office had warned on ${s.weekday} that ${s.int(80, 400)} millimetres of rain could fall within two days.`,
      `Aid groups said ${s.many(1, 25, 1000)} people were sleeping in temporary shelters.`,
    ],
  };
};

const deal: Story = (s) => {
  const buyer = s.pick(COMPANIES);
  let target = s.pick(COMPANIES);
  while (target === buyer) target = s.pick(COMPANIES);
  const price = s.dec(0.4, 48, 1);
  const ceo = s.person();
  return {
    headline: `${buyer} to buy ${target} for $${price} billion`,
    lead: `${buyer} agreed to buy ${target} for $${price} billion in cash and stock, the companies said on ${s.weekday}.`,
    body: [
      `The offer values ${target} at $${s.dec(12, 180, 2)} a share, a premium of ${s.int(8, 65)} percent to its closing price on ${s.day}.`,
      `${ceo}, chief executive of ${buyer}, said the deal would close by ${s.month} ${s.year + 1}, subject to regulatory approval.`,
      `${buyer} expects annual cost savings of $${s.int(40, 900)} million within three years.`,
      `The combined company would employ about ${s.many(3, 95, 1000)} people in ${s.int(4, 40)} countries.`,
      `Shares of ${target} jumped ${s.int(5, 40)} percent in early trading, while ${buyer} fell ${s.dec(0.5, 6, 1)} percent.`,
      `${s.person()}, an analyst at ${s.pick(COMPANIES)}, said the price looked "full but defensible".`,
      `${target} had rejected an earlier approach in ${s.pick(MONTHS)}, people familiar with the talks said.`,
      `The boards of both companies approved the merger unanimously on ${s.weekday}.`,
    ],
  };
};

const election: Story = (s) => {
  const city = s.pick(CITIES);
  const winner = s.person();
  const loser = s.person();
  const share = s.dec(38, 71, 1);
  const party = s.pick(PARTIES);
  return {
    headline: `${winner} wins ${city} mayoral race`,
    lead: `${winner} of the ${party} won the mayoral election in ${city} with ${share} percent of the vote, the election commission said on ${s.day}.`,
    body: [
      `${loser}, the incumbent, received ${s.dec(20, 45, 1)} percent and conceded late on ${s.weekday}.`,
      `Turnout was ${s.int(31, 78)} percent, ${s.pick(['up', 'down'])} from ${s.int(30, 75)} percent four years ago.`,
      `${winner}, ${s.int(34, 71)}, has promised to build ${s.many(2, 60, 100)} affordable homes and to cut bus fares by ${s.int(10, 50)} percent.`,
      `The ${party} also won ${s.int(5, 40)} of the ${s.int(41, 70)} seats on the city council.`,
      `The new mayor will be sworn in on ${s.month} ${s.int(1, 28)}, ${s.year}.`,
      `Campaign spending reached $${s.dec(1.2, 24, 1)} million, a record for the city, according to filings.`,
      `"Voters asked for change and we heard them," ${winner} told supporters at a rally.`,
    ],
  };
};

const court: Story = (s) => {
  const company = s.pick(COMPANIES);
  const city = s.pick(CITIES);
  const judge = `${s.pick(FIRST)} ${s.pick(LAST)}`;
  const award = s.int(2, 780);
  return {
    headline: `Court orders ${company} to pay $${award} million`,
    lead: `A federal judge in ${city} ordered ${company} to pay $${award} million in damages to ${s.many(20, 4000, 1)} former employees on ${s.day}.`,
    body: [
      `Judge ${judge} found that the company had misclassified workers for ${s.int(2, 12)} years.`,
      `${company} said it would appeal the ruling, calling it "wrong on the facts and the law".`,
      `The plaintiffs had sought $${award + s.int(50, 600)} million, their lawyer ${s.person()} said.`,
      `The trial lasted ${s.int(3, 16)} weeks and heard from ${s.int(12, 90)} witnesses.`,
      `A jury in ${s.pick(CITIES)} cleared the company of similar claims in ${s.pick(MONTHS)} ${s.year - 1}.`,
      `Legal costs for the company reached $${s.dec(1, 60, 1)} million last year, according to its annual report.`,
      `The appeal is expected to be heard by ${s.pick(MONTHS)} ${s.year + 1}.`,
    ],
  };
};

const sport: Story = (s) => {
  const home = s.pick(TEAMS);
  let away = s.pick(TEAMS);
  while (away === home) away = s.pick(TEAMS);
  const a = s.int(1, 6);
  const b = s.int(0, a - 1);
  const scorer = s.person();
  return {
    headline: `${home} beat ${away} ${a}-${b}`,
    lead: `The ${home} beat the ${away} ${a}-${b} on ${s.day} in front of ${s.many(8, 78, 1000)} fans.`,
    body: [
      `${scorer} scored ${Math.min(a, s.int(1, 3))} goals, taking the season total to ${s.int(6, 31)}.`,
      `Coach ${s.person()} said the team had "earned every point" after ${s.int(2, 9)} straight wins.`,
      `The victory lifts the ${home} to ${s.int(20, 80)} points, ${s.int(1, 12)} clear of second place.`,
      `${s.person()}, the ${away} captain, was sent off in the ${s.int(20, 89)}th minute.`,
      `The club signed ${scorer} from ${s.pick(TEAMS)} for $${s.dec(2, 90, 1)} million in ${s.pick(MONTHS)}.`,
      `Ticket sales for the season reached $${s.dec(5, 120, 1)} million, the league said.`,
      `The two sides meet again on ${s.month} ${s.int(1, 28)} in the cup semi-final.`,
    ],
  };
};

const earnings: Story = (s) => {
  const company = s.pick(COMPANIES);
  const revenue = s.dec(0.3, 95, 2);
  const cfo = s.person();
  const quarter = s.pick(['first', 'second', 'third', 'fourth']);
  return {
    headline: `${company} revenue rises to $${revenue} billion`,
    lead: `${company} reported ${quarter}-quarter revenue of $${revenue} billion on ${s.day}, up ${s.int(2, 38)} percent from a year earlier.`,
    body: [
      `Net income rose to $${s.int(15, 990)} million, or $${s.dec(0.1, 7, 2)} a share.`,
      `Chief financial officer ${cfo} said the company expected full-year sales of about $${s.dec(1, 300, 1)} billion.`,
      `The company will pay a dividend of ${s.int(5, 95)} cents a share on ${s.month} ${s.int(1, 28)}.`,
      `Operating margin widened to ${s.dec(4, 35, 1)} percent from ${s.dec(3, 30, 1)} percent.`,
      `${company} said it would cut ${s.many(2, 40, 100)} jobs and close ${s.int(2, 15)} plants by ${s.year + 1}.`,
      `Shares fell ${s.dec(0.5, 12, 1)} percent after the results, which missed analysts' forecasts of $${s.dec(0.3, 95, 2)} billion.`,
      `${s.person()}, who was named chief executive in ${s.pick(MONTHS)}, is due to present a new strategy in ${s.month}.`,
    ],
  };
};

const STORIES: readonly Story[] = [disaster, deal, election, court, sport, earnings];

/** Sentences any story may carry, to vary texts beyond their story's templates. */
const ASIDES: readonly ((s: Slots) => string)[] = [
  (s) => `The figures were published on ${s.day}.`,
  (s) => `${s.person()} contributed reporting from ${s.pick(CITIES)}.`,
  (s) => `Officials did not respond to requests for comment on ${s.weekday}.`,
  (s) => `It was the ${s.pick(['second', 'third', 'fourth'])} such announcement this year.`,
  (s) => `Local media had reported the news earlier on ${s.weekday}.`,
  (s) => `A spokeswoman for ${s.pick(COMPANIES)} declined to comment.`,
  (s) => `Inflation in the country stood at ${s.dec(1, 9, 1)} percent in ${s.pick(MONTHS)}.`,
  (s) => `The announcement came ${s.int(2, 11)} days after a similar statement by ${s.person()}.`,
  (s) => `${s.person()}, a professor at the University of ${s.pick(CITIES)}, called it "a turning point for the ${s.pick(['region', 'sector', 'city', 'industry'])}".`,
  (s) => `Markets in ${s.pick(CITIES)} closed ${s.dec(0.1, 3, 1)} percent ${s.pick(['higher', 'lower'])} on ${s.weekday}.`,
  (s) => `More details are expected at a press conference on ${s.month} ${s.int(1, 28)}.`,
  (s) => `The ${s.pick(['ministry', 'regulator', 'agency', 'council'])} said it was monitoring the situation closely.`,
  (s) => `${s.pick(COMPANIES)} and ${s.pick(COMPANIES)} made similar moves last ${s.pick(['spring', 'summer', 'autumn', 'winter'])}.`,
  (s) => `Polls published by ${s.pick(OUTLETS)} showed ${s.int(25, 75)} percent support for the plan.`,
];

/**
 * `n` distinct articles, in order; article `i` is the same for a given `seed`
 * whatever `n` is, so a larger run extends a smaller one.
 */
export function* generateArticles(n: number, seed = 20_251_206): Generator<GeneratedArticle> {
  for (let i = 0; i < n; i += 1) {
    const rand = prng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    const year = int(2019, 2026);
    const monthIndex = int(0, 11);
    const dayOfMonth = int(1, 28);
    const slots: Slots = {
      rand,
      pick,
      int,
      many: (lo, hi, unit) => (int(lo, hi) * unit).toLocaleString('en-US'),
      dec: (lo, hi, digits = 1) => (lo + rand() * (hi - lo)).toFixed(digits),
      person: () => `${pick(FIRST)} ${pick(LAST)}`,
      day: `${MONTHS[monthIndex]} ${dayOfMonth}, ${year}`,
      weekday: pick(WEEKDAYS),
      month: pick(MONTHS),
      year,
    };
    const story = STORIES[i % STORIES.length]!(slots);
    // Four to all of the story's sentences, shuffled, and up to two asides.
    const body = [...story.body].sort(() => rand() - 0.5).slice(0, int(4, story.body.length));
    for (let k = int(1, 3); k > 0; k -= 1) body.splice(int(0, body.length), 0, pick(ASIDES)(slots));
    const dateline = `${pick(CITIES).toUpperCase()}, ${MONTHS[monthIndex]} ${dayOfMonth} (${pick(OUTLETS)}) - `;
    const paragraphs = [dateline + story.lead, ...body];
    const published = `${year}-${String(monthIndex + 1).padStart(2, '0')}-${String(Math.min(28, dayOfMonth + int(0, 2))).padStart(2, '0')}`;
    const outlet = pick(OUTLETS);
    const file = `a${String(i).padStart(7, '0')}.txt`;
    yield {
      file,
      text: `${story.headline}\n\n${paragraphs.join('\n\n')}\n`,
      published,
      outlet,
      url: `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.example/${year}/${file.replace('.txt', '')}`,
      headline: story.headline,
    };
  }
}

/**
 * Distinct news articles for the benchmarks, generated from sentence templates
 * written for this file (never benchmark or gold text) across six kinds of
 * event: disasters, deals, elections, courts, sport and earnings.
 *
 * The corpus is a stream of **events**, as a real backlog is: each event has its
 * own place, people, figures and start day, and is reported by two to eight
 * articles from different outlets over about a week, each with its own choice,
 * order and wording of sentences, and figures that agree or are revised (a death
 * toll that rises). About four events start a day, so events overlap in time.
 * Actors recur across events as they do in real news, at real news's rate: a
 * small cast of large companies (their chief executives and finance chiefs),
 * three leagues of clubs (their coaches), parties, a head of government, and each
 * region's governor; everyone else (victims' officials, winners, judges,
 * analysts, lawyers, scorers) and every place and small company is drawn from
 * pools of tens of thousands of composed names, so two events share a name
 * only through the recurring cast. Deterministic for a given seed: article `i`
 * is the same whatever `n` is, so a larger run extends a smaller one.
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
  /** The event it reports (0, 1, …): the story it belongs in. */
  event: number;
}

const FIRST = [
  'Amara', 'Tobias', 'Leila', 'Marcus', 'Ingrid', 'Rafael', 'Noor', 'Declan', 'Yuki', 'Elena', 'Kwame', 'Sofia', 'Henrik',
  'Priya', 'Mateo', 'Greta', 'Omar', 'Lucia', 'Anders', 'Chloe', 'Dmitri', 'Fatima', 'Jonas', 'Beatriz', 'Callum', 'Mei',
  'Rowan', 'Isabel', 'Tariq', 'Helena', 'Silas', 'Adaeze', 'Felix', 'Ruth', 'Viktor', 'Camille', 'Desmond', 'Hana',
  'Ivo', 'Linnea', 'Bastian', 'Marisol', 'Kofi', 'Ayla', 'Emeric', 'Sunniva', 'Tomas', 'Zainab', 'Oskar', 'Delphine',
];
/** Surnames are composed: a stem and an ending (about 2,000), with the first names about 100,000 people. */
const SURNAME_STEM = [
  'Okaf', 'Lindq', 'March', 'Hadd', 'Brenn', 'Takah', 'Oyel', 'Whitc', 'Petr', 'Castel', 'Nakam', 'Fairb', 'Adey', 'Kowal',
  'Delac', 'Mbek', 'Soren', 'Villan', 'Ashd', 'Reinh', 'Quint', 'Halv', 'Obuy', 'Pemb', 'Szab', 'Mor', 'Acheb', 'Grant',
  'Iwas', 'Vald', 'Ferr', 'Gallo', 'Holm', 'Ivers', 'Jank', 'Kall', 'Lorn', 'Mast', 'Nord', 'Orte',
];
const SURNAME_END = [
  'or', 'vist', 'etti', 'ad', 'an', 'ashi', 'aran', 'ombe', 'ova', 'anos', 'ura', 'airn', 'emi', 'czyk', 'roix', 'eki', 'sen',
  'ueva', 'own', 'olt', 'ero', 'orsen', 'a', 'erton', 'o', 'eau', 'ebe', 'ham', 'aki', 'ez', 'is', 'ard', 'gren', 'ski', 'ello',
  'ström', 'mann', 'ick', 'ley', 'son', 'ini', 'aux', 'ovic', 'ers', 'ford', 'elli', 'ssen', 'ac', 'ino', 'dal',
];
/** Places are composed too (about 3,600): a stem, an ending, and sometimes a prefix. */
const PLACE_STEM = [
  'Elsw', 'Raven', 'Kings', 'Aurel', 'Dun', 'West', 'Corr', 'Bracken', 'Olan', 'Harrow', 'Mira', 'Eastb', 'Clear', 'Sarem', 'Ash',
  'Tell', 'Fair', 'Cobal', 'River', 'Val', 'Stone', 'Coral', 'High', 'Marl', 'Wyn', 'Brom', 'Calder', 'Dorn', 'Fen', 'Glen',
];
const PLACE_END = ['orth', 'mere', 'field', 'bury', 'ton', 'haven', 'mouth', 'bridge', 'wick', 'ford', 'stead', 'dale', 'moor', 'holm', 'cross', 'vale', 'port', 'by', 'ham', 'ley'];
const PLACE_PREFIX = ['', '', '', '', 'Port ', 'Lake ', 'San ', 'North ', 'Upper '];
/** Small companies: a composed root and a sector (about 4,800). */
const COMPANY_ROOT = ['Nor', 'Castel', 'Bright', 'Oris', 'Kes', 'Tam', 'Hal', 'Mir', 'Quar', 'Sel', 'Arc', 'Pel', 'Cor', 'Lan', 'Ebb', 'Van', 'Grey', 'Sol', 'Mar', 'This'];
const COMPANY_END = ['vale', 'lan', 'water', 'on', 'trel', 'sin', 'den', 'elle', 'ry', 'wyn', 'adia', 'ham', 'vid', 'thorn', 'ridge', 'tor', 'stone', 'ent', 'row', 'tle'];
const SECTORS = ['Energy', 'Foods', 'Logistics', 'Pharmaceuticals', 'Aerospace', 'Retail', 'Steel', 'Telecom', 'Mining', 'Insurance', 'Software', 'Motors'];
/** The recurring cast of large companies: each reports every quarter, buys, is sued. */
const MAJORS = [
  'Halden Steel', 'Mirelle Telecom', 'Kestrel Aerospace', 'Orison Pharmaceuticals', 'Ebbridge Bank', 'Corvid Semiconductors',
  'Solent Airways', 'Arcadia Software', 'Pelham Motors', 'Greystone Shipping', 'Westhaven Utilities', 'Nimbus Cloudworks',
];
const MASCOTS = ['Hawks', 'Rovers', 'Comets', 'Athletic', 'Lions', 'United', 'Wanderers', 'Mariners', 'Stags', 'Sharks', 'City', 'Falcons'];
const PARTIES = ['Civic Alliance', 'Green Renewal party', 'Labour Union party', 'Liberal Reform party', 'National Progress party', 'Citizens First movement'];
/** Thirty provinces, each with its governor (who recurs in its disasters). */
const PROVINCES = PLACE_STEM.map((stem) => `${stem}ia`);
const OUTLETS = [
  'The Daily Meridian', 'Harbor Post', 'Northern Ledger', 'The Capital Courier', 'Evening Standard-Tribune', 'Metro Wire',
  'The Civic Observer', 'Coastal Herald', 'Market Dispatch', 'Valley Gazette', 'The Sunday Chronicle', 'Frontier Times',
  'Global Newsdesk', 'The Commerce Journal', 'Lakeside Record', 'Sports Weekly Review', 'The Evening Lantern', 'Pacific Monitor',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Events that start per day on average: real news has many more, a backlog samples them. */
const EVENTS_PER_DAY = 4;
const FIRST_DAY = Date.UTC(2019, 0, 1) / 86_400_000;

type Rand = () => number;

/** Draws from one PRNG: an event's (its facts, shared by its articles) or an article's (wording, choice). */
class Draw {
  constructor(readonly rand: Rand) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rand() * items.length)]!;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  /** An integer in [lo, hi] times `unit`, written with thousands separators. */
  many(lo: number, hi: number, unit: number): string {
    return (this.int(lo, hi) * unit).toLocaleString('en-US');
  }
  dec(lo: number, hi: number, digits = 1): string {
    return (lo + this.rand() * (hi - lo)).toFixed(digits);
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  /** The event's figure, or now and then (one report in six) another one: reports mostly agree. */
  or<T>(figure: T, other: () => T): T {
    return this.rand() < 1 / 6 ? other() : figure;
  }
  person(): string {
    return `${this.pick(FIRST)} ${this.pick(SURNAME_STEM)}${this.pick(SURNAME_END)}`;
  }
  place(): string {
    return `${this.pick(PLACE_PREFIX)}${this.pick(PLACE_STEM)}${this.pick(PLACE_END)}`;
  }
  company(): string {
    return `${this.pick(COMPANY_ROOT)}${this.pick(COMPANY_END)} ${this.pick(SECTORS)}`;
  }
}

/** A fixed person for a recurring role (a company's chief executive, a club's coach, a region's governor). */
function castMember(seed: number, role: string): string {
  let h = seed >>> 0;
  for (const ch of role) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return new Draw(prng(h)).person();
}

/** The head of government in office on a day: three in turn over the years. */
function headOfGovernment(seed: number, day: number): string {
  return castMember(seed, `head of government ${Math.floor((day - FIRST_DAY) / 900)}`);
}

/** The clubs of three leagues of twenty, each named after a composed town: the clubs every sport event draws from. */
function club(seed: number, k: number): string {
  const d = new Draw(prng((seed ^ Math.imul(k + 7, 0x2c1b3c6d)) >>> 0));
  return `${d.place()} ${MASCOTS[k % MASCOTS.length]}`;
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function longDay(day: number): string {
  const d = new Date(day * 86_400_000);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

function weekday(day: number): string {
  return WEEKDAYS[new Date(day * 86_400_000).getUTCDay()]!;
}

/** What one article of an event says: its headline, lead and candidate body sentences. */
interface Report {
  /** Where it happened: the dateline. */
  place: string;
  headline: string;
  lead: string;
  body: string[];
}

/**
 * An event: `e` draws what all its reports share (who, where, when, the figures), `a` what one report
 * chooses and how it words it; `nth` is the report's rank, so later reports can revise a figure.
 */
type EventKind = (e: Draw, seed: number, start: number) => (a: Draw, nth: number, day: number) => Report;

const disaster: EventKind = (e, seed, start) => {
  const city = e.place();
  const region = e.pick(PROVINCES);
  const governor = castMember(seed, `governor ${region}`);
  const kind = e.pick(['earthquake', 'flood', 'wildfire', 'landslide', 'storm']);
  const dead = e.int(3, 240);
  const magnitude = e.dec(4.8, 7.9, 1);
  const displaced = e.many(2, 90, 100);
  const units = e.int(2, 40);
  const damage = e.int(20, 950);
  const chief = e.person();
  const survivors = e.int(5, 120);
  const power = e.int(3, 60);
  const schools = e.int(2, 30);
  const leaderVisits = e.chance(0.25);
  const leader = headOfGovernment(seed, start);
  return (a, nth, day) => {
    const toll = dead + nth * a.int(0, 12);
    return {
      place: city,
      headline: a.pick([`${toll} dead after ${kind} hits ${city}`, `${kind[0]!.toUpperCase()}${kind.slice(1)} in ${city}: death toll rises to ${toll}`, `${city} counts the cost of the ${kind}`]),
      lead:
        kind === 'earthquake'
          ? `A magnitude ${magnitude} earthquake struck near ${city} on ${longDay(start)}, killing at least ${toll} people, officials said.`
          : `A ${kind} ${a.pick(['swept through', 'struck', 'hit'])} ${city} on ${longDay(start)}, killing at least ${toll} people and forcing ${displaced} residents from their homes.`,
      body: [
        `${governor}, the governor of ${region} province, declared a state of emergency and asked for ${units} army units to help.`,
        `During the night, rescue teams ${a.pick(['pulled', 'freed', 'brought out'])} ${a.or(survivors, () => a.int(5, 120))} survivors from collapsed buildings, the civil protection agency said.`,
        `A preliminary assessment put the damage at $${damage} million.`,
        `About ${power} percent of the district lost power and ${schools} schools were closed until further notice.`,
        `The death toll rose to ${toll + a.int(1, 40)} by ${weekday(day)} evening as crews reached remote villages.`,
        `"We have never seen damage on this scale," said ${chief}, who leads the ${city} emergency service.`,
        `According to aid groups, ${a.many(1, 25, 1000)} people were sleeping in temporary shelters in ${city}.`,
        ...(leaderVisits ? [`Prime Minister ${leader} visited ${city} on ${weekday(day)} and promised federal funds for reconstruction.`] : []),
      ],
    };
  };
};

const deal: EventKind = (e, seed) => {
  const buyer = e.chance(0.3) ? e.pick(MAJORS) : e.company();
  let target = e.company();
  while (target === buyer) target = e.company();
  const price = e.dec(0.4, 48, 1);
  const perShare = e.dec(12, 180, 2);
  const premium = e.int(8, 65);
  const ceo = MAJORS.includes(buyer) ? castMember(seed, `ceo ${buyer}`) : e.person();
  const savings = e.int(40, 900);
  const analyst = e.person();
  const months = e.int(6, 18);
  const staff = e.many(3, 95, 1000);
  const countries = e.int(4, 40);
  const hq = e.place();
  return (a, _nth, day) => ({
    place: hq,
    headline: a.pick([`${buyer} to buy ${target} for $${price} billion`, `${buyer} agrees $${price} billion deal for ${target}`, `${target} accepts ${buyer} offer`]),
    lead: `${buyer} agreed to buy ${target} for $${price} billion in cash and stock, the companies said on ${weekday(day)}.`,
    body: [
      `The offer values ${target} at $${perShare} a share, a premium of ${premium} percent to its last closing price.`,
      `${ceo}, chief executive of ${buyer}, said the deal would close within ${months} months, subject to regulatory approval.`,
      `${buyer} expects annual cost savings of $${savings} million within three years.`,
      `The combined company would employ about ${staff} people in ${countries} countries.`,
      `In early trading, shares of ${target} jumped ${a.int(5, 40)} percent, while ${buyer} fell ${a.dec(0.5, 6, 1)} percent.`,
      `${analyst}, an analyst at ${a.company()}, said the price looked "${a.pick(['full but defensible', 'generous', 'a stretch'])}".`,
      `${target} had rejected an earlier approach, people familiar with the talks said.`,
      `The boards of both companies approved the merger unanimously.`,
    ],
  });
};

const election: EventKind = (e, _seed, start) => {
  const city = e.place();
  const winner = e.person();
  const loser = e.person();
  const share = e.dec(38, 71, 1);
  const party = e.pick(PARTIES);
  const lost = e.dec(20, 45, 1);
  const turnout = e.int(31, 78);
  const before = e.int(30, 75);
  const seats = e.int(5, 40);
  const age = e.int(34, 71);
  const homes = e.many(2, 60, 100);
  const fares = e.int(10, 50);
  const council = e.int(41, 70);
  const spending = e.dec(1.2, 24, 1);
  return (a) => ({
    place: city,
    headline: a.pick([`${winner} wins ${city} mayoral race`, `${city} elects ${winner} as mayor`, `${party} takes ${city} town hall`]),
    lead: `${winner} of the ${party} won the mayoral election in ${city} with ${share} percent of the vote, the election commission said on ${longDay(start + 1)}.`,
    body: [
      `${loser}, the incumbent, received ${lost} percent and conceded late on ${weekday(start)}.`,
      `The turnout was ${a.or(turnout, () => a.int(31, 78))} percent, ${turnout > before ? 'up' : 'down'} from ${before} percent four years ago.`,
      `${winner}, ${age}, has promised to build ${a.or(homes, () => a.many(2, 60, 100))} affordable homes and to cut bus fares by ${fares} percent.`,
      `The ${party} also won ${seats} of the ${council} seats on the ${city} city council.`,
      `The new mayor will be sworn in within ${a.int(2, 6)} weeks.`,
      `The campaign spent $${a.or(spending, () => a.dec(1.2, 24, 1))} million, a record for ${city}, according to filings.`,
      `"We heard the call for change," ${winner} told supporters at a rally.`,
    ],
  });
};

const court: EventKind = (e, _seed, start) => {
  const company = e.chance(0.15) ? e.pick(MAJORS) : e.company();
  const city = e.place();
  const judge = e.person();
  const award = e.int(2, 780);
  const workers = e.many(20, 4000, 1);
  const lawyer = e.person();
  const years = e.int(2, 12);
  const sought = award + e.int(50, 600);
  const weeks = e.int(3, 16);
  const witnesses = e.int(12, 90);
  return (a) => ({
    place: city,
    headline: a.pick([`Court orders ${company} to pay $${award} million`, `${company} loses ${city} wage case`, `Judge ${judge} rules against ${company}`]),
    lead: `A federal judge in ${city} ordered ${company} to pay $${award} million in damages to ${workers} former employees on ${longDay(start)}.`,
    body: [
      `Judge ${judge} found that the company had misclassified workers for ${years} years.`,
      `${company} said it would appeal the ruling, calling it "wrong on the facts and the law".`,
      `The plaintiffs had sought $${sought} million, their lawyer ${lawyer} said.`,
      `The trial in ${city} lasted ${weeks} weeks and heard from ${a.or(witnesses, () => a.int(12, 90))} witnesses.`,
      `The company's legal costs reached $${a.dec(1, 60, 1)} million last year, according to its annual report.`,
      `The appeal is expected to be heard within a year.`,
    ],
  });
};

const sport: EventKind = (e, seed, start) => {
  // Three leagues of twenty clubs; a match is within one league.
  const league = 20 * e.int(0, 2);
  const h = league + e.int(0, 19);
  let w = league + e.int(0, 19);
  while (w === h) w = league + e.int(0, 19);
  const home = club(seed, h);
  const away = club(seed, w);
  const goals = e.int(1, 6);
  const conceded = e.int(0, goals - 1);
  const scorer = e.person();
  const coach = castMember(seed, `coach ${h}`);
  const fans = e.many(8, 78, 1000);
  const total = e.int(6, 31);
  const streak = e.int(2, 9);
  const points = e.int(20, 80);
  const lead = e.int(1, 12);
  return (a) => ({
    place: home.split(' ').slice(0, -1).join(' '),
    headline: a.pick([`${home} beat ${away} ${goals}-${conceded}`, `${scorer} leads ${home} past ${away}`, `${away} fall ${goals}-${conceded} at ${home}`]),
    lead: `The ${home} beat the ${away} ${goals}-${conceded} on ${longDay(start)} in front of ${fans} fans.`,
    body: [
      `${scorer} scored ${Math.min(goals, a.int(1, 3))} goals, taking the season total to ${total}.`,
      `Coach ${coach} said the team had "earned every point" after ${streak} straight wins.`,
      `The victory lifts the ${home} to ${points} points, ${lead} clear of second place.`,
      `${a.person()}, the ${away} captain, was sent off in the ${a.int(20, 89)}th minute.`,
      `The two sides meet again in the cup semi-final next month.`,
    ],
  });
};

const earnings: EventKind = (e, seed, start) => {
  // One of the large companies now and then (each reports every quarter), else a smaller listed one.
  const company = e.chance(0.2) ? e.pick(MAJORS) : e.company();
  const revenue = e.dec(0.3, 95, 2);
  const quarter = ['first', 'second', 'third', 'fourth'][Math.floor(((start - FIRST_DAY) % 365) / 92)] ?? 'fourth';
  const cfo = MAJORS.includes(company) ? castMember(seed, `cfo ${company}`) : e.person();
  const income = e.int(15, 990);
  const growth = e.int(2, 38);
  const eps = e.dec(0.1, 7, 2);
  const outlook = e.dec(1, 300, 1);
  const dividend = e.int(5, 95);
  const jobs = e.many(2, 40, 100);
  const plants = e.int(2, 15);
  const hq = e.place();
  return (a) => ({
    place: hq,
    headline: a.pick([`${company} revenue rises to $${revenue} billion`, `${company} beats forecasts in the ${quarter} quarter`, `${company} results: what we learned`]),
    lead: `${company} reported ${quarter}-quarter revenue of $${revenue} billion on ${longDay(start)}, up ${growth} percent from a year earlier.`,
    body: [
      `Its net income rose to $${income} million, or $${eps} a share.`,
      `Chief financial officer ${cfo} said the company expected full-year sales of about $${outlook} billion.`,
      `The company will pay a dividend of ${dividend} cents a share.`,
      `The operating margin widened to ${a.dec(4, 35, 1)} percent from ${a.dec(3, 30, 1)} percent.`,
      `${company} said it would cut ${a.or(jobs, () => a.many(2, 40, 100))} jobs and close ${plants} plants.`,
      `The company's shares fell ${a.dec(0.5, 12, 1)} percent after the results, which missed analysts' forecasts.`,
    ],
  });
};

const KINDS: readonly EventKind[] = [disaster, deal, election, court, sport, earnings];

/** Sentences any report may carry, to vary texts beyond their event's templates. */
const ASIDES: readonly ((a: Draw, day: number) => string)[] = [
  (_a, day) => `The figures were published on ${weekday(day)}.`,
  (a) => `${a.person()} contributed reporting from ${a.place()}.`,
  (_a, day) => `There was no comment from officials on ${weekday(day)}.`,
  (a) => `It was the ${a.pick(['second', 'third', 'fourth'])} such announcement this year.`,
  (a) => `A spokeswoman for ${a.company()} declined to comment.`,
  (a) => `The country's inflation rate stood at ${a.dec(1, 9, 1)} percent last month.`,
  (a) => `${a.person()}, a professor at the University of ${a.place()}, called it "a turning point for the ${a.pick(['region', 'sector', 'city', 'industry'])}".`,
  (a, day) => `The main stock index closed ${a.dec(0.1, 3, 1)} percent ${a.pick(['higher', 'lower'])} on ${weekday(day)}.`,
  (a) => `The ${a.pick(['ministry', 'regulator', 'agency', 'council'])} said it was monitoring the situation closely.`,
];

interface EventPlan {
  first: number;
  count: number;
  start: number;
  kind: number;
  seed: number;
}

/** Event `k`: how many reports (2-8), its start day, its kind and its own seed. */
function eventPlan(seed: number, k: number, first: number): EventPlan {
  const d = new Draw(prng((seed ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0));
  return { first, count: d.int(2, 8), start: FIRST_DAY + Math.floor(k / EVENTS_PER_DAY) + d.int(0, 2), kind: d.int(0, KINDS.length - 1), seed: Math.floor(d.rand() * 2 ** 32) };
}

/**
 * `n` distinct articles, in order (event by event); article `i` is the same for a given `seed`
 * whatever `n` is, so a larger run extends a smaller one.
 */
export function* generateArticles(n: number, seed = 20_251_206): Generator<GeneratedArticle> {
  let event = eventPlan(seed, 0, 0);
  let k = 0;
  let report: ((a: Draw, nth: number, day: number) => Report) | null = null;
  for (let i = 0; i < n; i += 1) {
    if (i >= event.first + event.count) {
      k += 1;
      event = eventPlan(seed, k, event.first + event.count);
      report = null;
    }
    report ??= KINDS[event.kind]!(new Draw(prng(event.seed)), seed, event.start);
    const nth = i - event.first;
    const a = new Draw(prng((seed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0));
    // Reports run over about a week, later ones later.
    const day = event.start + Math.min(9, nth + a.int(0, 2));
    const story = report(a, nth, day);
    // Three to all of the event's sentences, shuffled, and one to three asides.
    const body = [...story.body].sort(() => a.rand() - 0.5).slice(0, a.int(3, story.body.length));
    for (let j = a.int(1, 3); j > 0; j -= 1) body.splice(a.int(0, body.length), 0, a.pick(ASIDES)(a, day));
    const outlet = a.pick(OUTLETS);
    const date = new Date(day * 86_400_000);
    const dateline = `${story.place.toUpperCase()}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} - `;
    const published = isoDay(day);
    const file = `a${String(i).padStart(7, '0')}.txt`;
    yield {
      file,
      text: `${story.headline}\n\n${[dateline + story.lead, ...body].join('\n\n')}\n`,
      published,
      outlet,
      url: `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.example/${published.slice(0, 4)}/${file.replace('.txt', '')}`,
      headline: story.headline,
      event: k,
    };
  }
}

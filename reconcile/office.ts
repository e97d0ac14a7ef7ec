/**
 * Offices: a role that one person holds at a time in one organisation or place (`Disney CEO`, `Miami-
 * Dade County Mayor`, `chairman of the board of Acme`). A person claim with such a role observes the
 * office's holder, so successive holders become successive values of one fact over valid time, and two
 * holders at once a conflict. Pure.
 */
import { countryNamed, isCountryName } from '../lexicon/countries.js';
import { portfolioOf } from '../lexicon/offices.js';
import { TITLE_FORMS } from '../lexicon/offices.js';

/** Office heads one person holds at a time, with the name the office fact uses. Deputies and assistants are not the office. */
const OFFICES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:chief executive(?: officer)?|ceo)\b/i, 'chief executive'],
  [/\b(?:chief financial officer|cfo)\b/i, 'chief financial officer'],
  [/\b(?:chief operating officer|coo)\b/i, 'chief operating officer'],
  [/\b(?:independent )?lead director\b/i, 'lead director'],
  [/\b(?:(?:executive |non-executive )?(?:chairman|chairwoman|chairperson|chair)(?: of the board)?|board chair)\b/i, 'chair'],
  [/\bprime minister\b/i, 'prime minister'],
  // The head of a state's or province's government where it is not a prime minister (`Gujarat Chief Minister`).
  [/\bchief minister\b/i, 'chief minister'],
  [/\bfirst minister\b/i, 'first minister'],
  // A government's lawyer: one at a time (`New York Attorney General`, `attorney general of Texas`).
  [/\battorney[- ]general\b/i, 'attorney general'],
  [/\bsolicitor[- ]general\b/i, 'solicitor general'],
  [/\b(?:general secretary|secretary[- ]general)\b/i, 'general secretary'],
  [/\bhead coach\b/i, 'head coach'],
  // `Blues coach`, `coach of the Blues`: a team's coach, when no lower-case word makes it another post (`bowling coach`).
  [/\bcoach\b/i, 'head coach'],
  [/\bmayor\b/i, 'mayor'],
  // `Massachusetts Gov.`: the abbreviation is the title (`TITLE_FORMS`), as news styles a governor before a name.
  [/\b(?:governor|gov\b(?!['’])\.?)/i, 'governor'],
  [/\bchancellor\b/i, 'chancellor'],
  [/\bpresident\b/i, 'president'],
  // A head of government styled premier (`Chinese Premier`, `Alberta Premier`, `premier of Ontario`): the prime minister's
  // post, as `rolePost` reads it. Last, so that a post in an organisation's name (`president of Premier Foods`) wins,
  // and never before a capitalised word (`Premier League manager`): that is a name.
  [/\b(?:premier|Premier|PREMIER)\b(?!\s+\p{Lu})/u, 'prime minister'],
];

/** A role with one of these is not (or no longer, or not yet the sole) holder of the office. */
const NOT_THE_HOLDER = /\b(?:vice|deputy|assistant|associate|outgoing|acting|interim|designate|elect|co|lieutenant|lt)\b/i;
/** A holder who no longer holds it: the office's value, but an earlier one (`isFormerRole`). */
const FORMER = /\b(?:former|late)\b|\bex-/i;

/** True when a role says its holder left it ("former CEO", "ex-mayor of Lyon"): the claim's value is an earlier one. */
export function isFormerRole(role: string | null): boolean {
  return role !== null && FORMER.test(role) && (OFFICES.some(([pattern]) => pattern.test(role)) || namedPost(role) !== null);
}

/** Words that are not part of the organisation's name: `Walt Disney Co.` is `Walt Disney`. */
const ORG_SUFFIX = /(?:\s+(?:co|corp|corporation|inc|incorporated|ltd|llc|plc|company|group|board|board of directors))+\.?$/i;

/** An office and where it is held, from a role. */
export interface Office {
  /** The organisation or place, as written (hyphenated names kept whole: `Miami-Dade County`). */
  org: string;
  /** The office's canonical name: `chief executive`, `chair`, `mayor`. */
  office: string;
}

/**
 * The office a role names, with its organisation: from `org` when the extractor gave one, else from
 * the role (`Twitter CEO`, `chief executive of Twitter`, `Miami-Dade County Mayor`). `null` when the
 * role is not a single-holder office, names no organisation, or is not its holder (`deputy mayor`,
 * `vice president`, `acting CEO`). A former holder (`former Acme CEO`) is one: the value is an earlier
 * one (`isFormerRole`).
 */
export function officeOf(role: string, org: string | null): Office | null {
  if (NOT_THE_HOLDER.test(role)) return null;
  const post = namedPost(role, org);
  if (post !== null) return postOffice(post, org);
  const match = OFFICES.map(([pattern, office]) => ({ m: pattern.exec(role), office })).find((x) => x.m !== null);
  if (!match || !match.m) return null;
  const before = role.slice(0, match.m.index).replace(new RegExp(FORMER.source, 'gi'), ' ').trim();
  const after = role.slice(match.m.index + match.m[0].length).trim();
  if (match.m[0].toLowerCase() === 'coach' && !isTeamCoach(before, after, org)) return null;
  const where = org ?? orgAfter(after) ?? orgBefore(before);
  if (!where) return null;
  // `former Progressive Conservative prime minister`, `Republican governor`: a party styles a government's post, it
  // does not hold it; the post is the person's role.
  if (GOVERNMENT_POST.test(match.office) && PARTY_WORD.test(where.trim().split(/\s+/).at(-1)!)) return null;
  const name = cleanOrg(where);
  return name ? { org: name, office: match.office } : null;
}

/** Posts of a government or a place, which a party may style but never holds. */
const GOVERNMENT_POST = /^(?:prime minister|chief minister|first minister|attorney general|solicitor general|mayor|governor|chancellor)$/;
/** The last word of a party's name or of what its members are called (`Progressive Conservative`, `Labour`, `Republican`). */
const PARTY_WORD = /^(?:Conservatives?|Liberals?|Labour|Labor|Democrats?|Democratic|Republicans?|Socialists?|Communists?|Tory|Tories|Greens?|Nationalists?)$/;

/** Words before a bare `coach` that say when, not which post (`new Blues coach`). */
const COACH_TIME = /^(?:new|current|longtime|then)$/;

/**
 * A bare `coach` is a team's one coach when the role itself names the team (`Blues coach`, `coach of the Blues`),
 * nothing else stands before it (`bowling coach`, `Blues assistant coach` are other posts), and the team is named in
 * full, in two words or more (`St. Louis Blues`, which the extractor gives for `Blues coach` when the article writes
 * it): one word (`USC`, `England`) or a country names a college or nation whose sports each have a coach.
 */
function isTeamCoach(before: string, after: string, org: string | null): boolean {
  const words = before.split(/\s+/).filter(Boolean);
  const team = words.filter((w) => !COACH_TIME.test(w));
  if (!words.every((w) => /^\p{Lu}/u.test(w) || COACH_TIME.test(w))) return false;
  const named = team.length > 0 ? team.join(' ') : /^(?:of|at)\s/.test(after) ? orgAfter(after) : null;
  const full = org ?? named;
  if (named === null || full === null) return false;
  const fullWords = cleanOrg(full).split(/\s+/);
  return fullWords.length >= 2 && !isCountryName(fullWords.map((w) => w.toLowerCase()));
}

/** `of Twitter`, `at the Walt Disney Co.`, `for Miami-Dade Fire Rescue`: a capitalised name after a preposition. */
function orgAfter(text: string): string | null {
  const m = /^(?:of|at|for|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*)(?:\s+(?:of|and|&|de|\p{Lu}[\p{L}\p{N}&.'’-]*))*)/u.exec(text);
  return m ? m[1]! : null;
}

/** `Twitter`, `Walt Disney`, `Miami-Dade County` before the title: its trailing capitalised words. */
function orgBefore(text: string): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (!/^\p{Lu}/u.test(w) && !/^(?:of|and|&)$/.test(w)) break;
    name.unshift(w);
  }
  while (name.length > 0 && /^(?:of|and|&)$/.test(name[0]!)) name.shift();
  return name.length > 0 ? name.join(' ') : null;
}

/** The organisation's name as written, without article, possessive or company suffix; a demonym as its country (`Pakistani` → `Pakistan`). */
function cleanOrg(org: string): string {
  const name = org
    .replace(/[’']s$/u, '')
    .replace(/^the\s+/i, '')
    .replace(ORG_SUFFIX, '')
    .replace(/[,.;:]+$/, '')
    .trim();
  return (/^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?$/u.test(name) && countryNamed(name)) || name;
}

/**
 * The organisation as a fact subject: hyphenated names are one word (`Miami-Dade` → `MiamiDade`), so
 * the city `Miami` is never a shorter mention of `Miami-Dade County`, while `Disney` still is one of
 * `Walt Disney`.
 */
export function officeSubject(org: string): string {
  return org.replace(/(\p{L})-(\p{L})/gu, '$1$2');
}

/** Every office a role names (`chair and lead director`: both), by canonical name. */
export function officesNamed(role: string): string[] {
  const post = namedPost(role);
  return [...OFFICES.filter(([pattern]) => pattern.test(role)).map(([, office]) => office), ...(post ? [post.office] : [])];
}

/** A post of a government or a police force that the role names by what it is over, with the words that may say whose. */
interface NamedPost {
  /** Its canonical name: `justice minister`, `foreign affairs minister`, `police chief`. */
  office: string;
  /** Capitalised words before the post that are not part of it (`NSW` of `NSW Transport Minister`), as written. */
  ownerBefore: string | null;
  /** A name after the post (`of Kenya` of `Minister of Finance of Kenya`, `for Sindh province`), as written. */
  ownerAfter: string | null;
  /** Words of the post itself that an extractor may have given as its organisation (`Foreign Affairs`). */
  own: string | null;
}

/** Words before a post that say which level of government or force, not whose (`National Police Commissioner`). */
const LEVEL_WORDS = new Set(['national', 'federal', 'metropolitan', 'provincial', 'regional', 'district', 'divisional', 'state', 'city', 'county', 'municipal', 'general', 'senior', 'top']);
/** Words that say when a post was held, not which (`then Interior Minister`, `new Justice Minister`). */
const WHEN_WORDS = /^(?:former|late|then|new|current|incoming|ex|now|longtime)$/i;
/** A police force's name ends in these words (`Los Angeles Police Department`, `South African Police Service`). */
const FORCE = /\s*\bpolice(?:\s+(?:department|service|force|dept\.?))?$/i;

/**
 * The post a role names by its portfolio or force: a minister of a portfolio (`Justice Minister`, `Minister of
 * Foreign Affairs`: `portfolioOf`), a police force's chief or
 * commissioner (`police chief`, `Police Commissioner`, `chief of police`, `Los Angeles Police Department chief`). A
 * minister with no portfolio (`the minister`) names no post (a government has many), nor does a `minister of state`
 * (a junior minister, several at once).
 */
function namedPost(role: string, org: string | null = null): NamedPost | null {
  const words = role.replace(/[,;:].*$/, '').split(/\s+/).filter(Boolean);
  const clean = (w: string) => w.replace(/^(?:then|ex)-/i, '');
  const lower = words.map((w) => clean(w).toLowerCase());
  // A minister's post. Not yet a secretary's (`Commerce Secretary`): news styles its own country's secretaries without
  // the country in nearly every report, so one report's office fact would split the person's role from the others'.
  const head = lower.findIndex((w) => w === 'minister');
  if (head >= 0 && !(lower[head - 1] === 'prime' || lower[head - 1] === 'chief' || lower[head - 1] === 'first' || lower[head + 1] === 'general' || lower[head - 1] === 'general')) {
    const before = words.slice(0, head).map(clean).filter((w) => !WHEN_WORDS.test(w));
    let from = before.length;
    while (from > 0 && portfolioOf(before.slice(from - 1)) !== null) from -= 1;
    // Joining words never open a portfolio (`Science and innovation minister`: `and innovation` is not one).
    while (from < before.length && portfolioOf(before.slice(from)) === null) from += 1;
    let portfolio = from < before.length ? portfolioOf(before.slice(from)) : null;
    const ownerWords = before.slice(0, from).filter((w) => /^\p{Lu}/u.test(w));
    let own: string | null = null;
    let rest = words.slice(head + 1);
    if (portfolio === null && /^(?:of|for)$/i.test(rest[0] ?? '')) {
      // `Minister of Foreign Affairs of Kenya`: the portfolio runs to the next `of`/`for` or a word of none.
      let k = 1;
      while (k < rest.length && (portfolioOf([rest[k]!]) !== null || /^(?:and|&|the)$/i.test(rest[k]!))) k += 1;
      while (k > 1 && portfolioOf(rest.slice(1, k)) === null) k -= 1;
      portfolio = portfolioOf(rest.slice(1, k));
      own = portfolio !== null ? rest.slice(1, k).join(' ') : null;
      rest = rest.slice(k);
    }
    if (portfolio === null) return null;
    const title = lower[head]!;
    if (portfolio === 'state') return null;
    const office = `${portfolio} ${title}`;
    return { office, ownerBefore: ownerWords.length > 0 ? ownerWords.join(' ') : null, ownerAfter: orgAfter(rest.join(' ')), own };
  }
  // A police force's chief or commissioner.
  const text = role.replace(/[,;:].*$/, '').trim();
  const police = /^(.*?)\bpolice\s+(chief|commissioner)\b|^(.*?)\b(chief|commissioner)\s+of\s+(?:the\s+)?(.*?)\bpolice\b/i.exec(text);
  const force = /^(.*?)\s+(chief|commissioner)$/i.exec(text);
  // `police chief spokesman` is the spokesman's post, not the chief's.
  if (police && !/^\s+\p{Ll}/u.test(text.slice(police.index + police[0].length))) {
    const office = `police ${(police[2] ?? police[4])!.toLowerCase()}`;
    const before = (police[1] ?? police[3] ?? '').split(/\s+/).filter((w) => w && !WHEN_WORDS.test(w)).join(' ');
    const owner = police[5]?.trim() || before;
    return { office, ownerBefore: ownerName(owner), ownerAfter: null, own: null };
  }
  // `Los Angeles Police Department chief`; `LAPD Chief`, whose force the extractor spelt out.
  if (force && (FORCE.test(force[1]!) || (org !== null && FORCE.test(org)))) {
    const owner = FORCE.test(force[1]!) ? force[1]!.replace(FORCE, '') : org!.replace(FORCE, '');
    return { office: `police ${force[2]!.toLowerCase()}`, ownerBefore: ownerName(owner), ownerAfter: null, own: null };
  }
  return null;
}

/** A government's posts a title names without saying whose, beyond the named ones (`namedPost`). */
const BARE_GOVERNMENT = /^(?:prime minister|chief minister|first minister|attorney general|solicitor general)$/;

/**
 * The office a role names when it says whose nowhere (`Prime Minister`, `former Attorney General`, `National Police
 * Commissioner`, `police chief`), with the body it is a post of: `government` for a head of government or a
 * government's lawyer, `police` for a force's chief or commissioner. An article reports its own government's and
 * police's heads so; which country's is the story's (`claimObservation` keys it in the story). `null` for a role that
 * names an owner (`Ruritanian Prime Minister`, `Harbin police chief`: `officeOf` gives it), names none of those posts
 * (`president`, `CEO`, `coach` and `chair` are posts of companies, clubs and countries alike), or is not the holder
 * (`deputy`, `acting`). A minister of a portfolio with no owner (`Justice Minister`) stays the person's role for now:
 * a minister's moves between portfolios are read as changes of that role (eval/seeds-facts.json J-06), which a
 * government's office facts would split.
 */
export function bareOffice(role: string): { body: string; office: string } | null {
  if (NOT_THE_HOLDER.test(role)) return null;
  const words = role.trim().split(/\s+/).filter((w) => !WHEN_WORDS.test(w.replace(/^(?:then|ex)-/i, '')) && !FORMER.test(w));
  const title = words.map((w) => w.replace(/^(?:then|ex)-/i, '')).join(' ');
  if (title.length === 0) return null;
  const lower = title.toLowerCase().replace(/-/g, ' ');
  if (BARE_GOVERNMENT.test(lower)) return { body: 'government', office: lower };
  const post = namedPost(title);
  if (post === null || post.ownerBefore !== null || post.ownerAfter !== null || !post.office.startsWith('police ')) return null;
  // `National Police Commissioner`: a level word is no owner, but any other word before the post is one.
  const rest = lower.replace(/\b(?:police|chief|commissioner|of|the)\b/g, ' ').split(/\s+/).filter(Boolean);
  return rest.every((w) => LEVEL_WORDS.has(w)) ? { body: 'police', office: post.office } : null;
}

/** The capitalised words at the end of a phrase that name a place or body, without words of level (`National`). */
function ownerName(text: string): string | null {
  const words = text.split(/\s+/).filter((w) => w && !WHEN_WORDS.test(w));
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && /^\p{Lu}/u.test(words[i]!); i--) name.unshift(words[i]!);
  while (name.length > 0 && LEVEL_WORDS.has(name[0]!.toLowerCase())) name.shift();
  // `Ontario Provincial Police`: the force's level word is no part of its place.
  while (name.length > 1 && LEVEL_WORDS.has(name.at(-1)!.toLowerCase())) name.pop();
  return name.length > 0 ? name.join(' ') : null;
}

/**
 * A named post's office where it is held: the organisation the extractor gave (unless it is the post's own words,
 * `Foreign Affairs` of `Minister of Foreign Affairs`), else a name the role writes after or before it. With none, no office.
 */
function postOffice(post: NamedPost, org: string | null): Office | null {
  const given = org !== null && !(post.own !== null && org.trim().toLowerCase() === post.own.toLowerCase()) && portfolioOf(org.split(/\s+/)) === null ? (FORCE.test(org) ? ownerName(org.replace(FORCE, '')) : org) : null;
  const where = given || post.ownerAfter || post.ownerBefore;
  if (!where) return null;
  const name = cleanOrg(where);
  return name ? { org: name, office: post.office } : null;
}

/** An article naming a holder in another office of the same organisation or place, on the day of its report. */
export interface OfficeMove {
  /** The holder's name as the office facts hold it. */
  holder: string;
  day: string;
  /** The role the article gives them there: one that also names this office ("chair and lead director") ends nothing. */
  role?: string | null;
}

/**
 * A holder later named in another office of the same organisation, by a report that no longer names them in
 * this one ("Susan Arnold, the independent lead director of the Disney board" in 2020, "Disney chair Susan
 * Arnold" in 2022), left this office by then: their value here ends at the first such report after every
 * report of them here, unless a report already says when it ends. A holder named in both offices by one
 * report holds both (the caller leaves such reports out of `moves`); a report of the other office from
 * before their last report here ends nothing (Iger, executive chairman in 2020, CEO again in 2022, is
 * not ended as CEO by his chairmanship). A role naming this office (`office`, its canonical name) among others
 * ("chair and lead director") ends nothing either. Returns the evidence with those ends set; the rest as given.
 */
export function endByOfficeMoves<E extends { value: unknown; published: string | null; observedAt: string | null; earlier: boolean; validTo: string | null }>(
  evidence: readonly E[],
  moves: readonly OfficeMove[],
  office: string | null = null,
): E[] {
  if (moves.length === 0) return [...evidence];
  const holderOf = (e: E) => {
    const v = e.value as { text?: unknown };
    return typeof v.text === 'string' ? v.text.trim().toLowerCase() : null;
  };
  const last = new Map<string, string>();
  const stated = new Set<string>();
  for (const e of evidence) {
    const holder = holderOf(e);
    const day = e.observedAt ?? e.published;
    if (holder === null || e.earlier || day === null) continue;
    if (e.validTo !== null) stated.add(holder);
    if ((last.get(holder) ?? '') < day) last.set(holder, day);
  }
  const ends = new Map<string, string>();
  for (const m of moves) {
    if (office !== null && m.role && officesNamed(m.role).includes(office)) continue;
    const holder = m.holder.trim().toLowerCase();
    const seen = last.get(holder);
    if (seen === undefined || stated.has(holder) || m.day <= seen) continue;
    const was = ends.get(holder);
    if (was === undefined || m.day < was) ends.set(holder, m.day);
  }
  if (ends.size === 0) return [...evidence];
  return evidence.map((e) => {
    const end = ends.get(holderOf(e) ?? '');
    return end === undefined || e.earlier ? e : { ...e, validTo: end };
  });
}

/**
 * A person's own role facts (`claimObservation`): one per post, predicate `role: <post>` (`role: coach`), or the
 * bare `role` of facts stored before posts were told apart. Not an office's holder (`Disney | chief executive`).
 */
export const ROLE_PREDICATE = 'role';

/** True when a predicate, as a fact shows it (`role: coach`) or as its key holds it (`role coach`), is a person's own post. */
export function isRolePredicateKey(predicate: string): boolean {
  return predicate === ROLE_PREDICATE || predicate.startsWith(`${ROLE_PREDICATE} `) || predicate.startsWith(`${ROLE_PREDICATE}: `);
}

/** Words that say when or whether a person held a post, not which post: `former coach` is the coach's post, ended. */
const POST_TIME_WORDS = new Set(['former', 'ex', 'late', 'then', 'retired', 'outgoing', 'incoming', 'past', 'previous', 'ousted', 'exiled', 'disgraced', 'sacked', 'fired', 'longtime', 'current', 'new', 'now']);
/**
 * Words that make a title another post or rank (`vice president`, `assistant coach`, `prime minister`): they stay in
 * the post. Not `head`: a `head coach` is the team's coach.
 */
const POST_RANK_WORDS = new Set([
  'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'caretaker', 'co', 'under', 'sub', 'senior', 'junior', 'chief',
  'executive', 'general', 'managing', 'prime', 'first', 'second', 'lieutenant', 'principal', 'honorary', 'emeritus', 'elect', 'designate',
  'shadow', 'lead',
]);
/**
 * Words a post is said in other words than its own: the short forms of titles (`CEO`, `Gov.`: `TITLE_FORMS`, which
 * value agreement reads too), and the forms one post takes (`spokesman`, `chairwoman`, `premier`).
 */
const POST_FORMS = new Map<string, readonly string[]>([
  ...TITLE_FORMS,
  // A head of government, as news words it for any country.
  ['premier', ['prime', 'minister']],
  ['spokeswoman', ['spokesperson']],
  ['spokesman', ['spokesperson']],
  ['chairwoman', ['chair']],
  ['chairman', ['chair']],
  ['chairperson', ['chair']],
]);
/** Where the title ends: its organisation, place or a clause follows (`coach of the Oilers`, `officer - or co-pilot - was`). */
const POST_END = /^(?:of|at|for|with|in|on|from|to|by|who|whose|which|that|and|or|&|since|until|when|was|is|were|are|has|had|have|said|says)$/;

/**
 * The post a role names, lower-cased: its head noun with the rank words right before it, without the
 * organisation, place, field or the time words (`Edmonton coach` and `former Oilers coach` → `coach`,
 * `Senior Vice President of marketing` → `senior vice president`, `Economic Revitalization Minister` and
 * `Minister of Economy` → `minister`, `CEO` and `chief executive officer of Disney` → `chief executive`, `head
 * coach` → `coach`, `premier` → `prime minister`). A
 * person holds several posts at once (a party's founder and its leader, a board's vice president and its
 * spokesperson), so each post is a fact of its own; reports of one post over time supersede or contest each
 * other. Of a list of posts (`vice president and general manager`) the first. `null` when no word is left.
 */
export function rolePost(role: string): string | null {
  // The title runs to a break in the text (`-`, `,`) or to the first word that opens its organisation or a clause.
  const cut = role.search(/\s[-–—,;:(]|[,;:(]/);
  const words = (cut >= 0 ? role.slice(0, cut) : role)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, ' ')
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean)
    .flatMap((w) => POST_FORMS.get(w) ?? [w]);
  const end = words.findIndex((w) => POST_END.test(w));
  const kept = end >= 0 ? words.slice(0, end) : words;
  const title = kept.filter((w) => !POST_TIME_WORDS.has(w));
  // `chief executive officer` is the chief executive, as `CEO` reads (`TITLE_FORMS`); so for the other chiefs.
  if (title.length >= 3 && title.at(-1) === 'officer' && title.at(-3) === 'chief') title.pop();
  const head = title.length - 1;
  if (head < 0) return null;
  // A postpositive `general` is the word before's rank (`attorney general`, `secretary general`).
  let from = title[head] === 'general' && head > 0 ? head - 1 : head;
  while (from > 0 && POST_RANK_WORDS.has(title[from - 1]!)) from -= 1;
  return title.slice(from).join(' ');
}

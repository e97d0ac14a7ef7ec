/**
 * Offices: a role that one person holds at a time in one organisation or place (`Disney CEO`, `Miami-
 * Dade County Mayor`, `chairman of the board of Acme`). A person claim with such a role observes the
 * office's holder, so successive holders become successive values of one fact over valid time, and two
 * holders at once a conflict. Pure.
 */
import { countryNamed, isCountryName } from '../lexicon/countries.js';
import { TITLE_FORMS } from './value-agreement.js';

/** Office heads one person holds at a time, with the name the office fact uses. Deputies and assistants are not the office. */
const OFFICES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:chief executive(?: officer)?|ceo)\b/i, 'chief executive'],
  [/\b(?:chief financial officer|cfo)\b/i, 'chief financial officer'],
  [/\b(?:chief operating officer|coo)\b/i, 'chief operating officer'],
  [/\b(?:independent )?lead director\b/i, 'lead director'],
  [/\b(?:(?:executive |non-executive )?(?:chairman|chairwoman|chairperson|chair)(?: of the board)?|board chair)\b/i, 'chair'],
  [/\bprime minister\b/i, 'prime minister'],
  [/\b(?:general secretary|secretary[- ]general)\b/i, 'general secretary'],
  [/\bhead coach\b/i, 'head coach'],
  // `Blues coach`, `coach of the Blues`: a team's coach, when no lower-case word makes it another post (`bowling coach`).
  [/\bcoach\b/i, 'head coach'],
  [/\bmayor\b/i, 'mayor'],
  [/\bgovernor\b/i, 'governor'],
  [/\bchancellor\b/i, 'chancellor'],
  [/\bpresident\b/i, 'president'],
];

/** A role with one of these is not (or no longer, or not yet the sole) holder of the office. */
const NOT_THE_HOLDER = /\b(?:vice|deputy|assistant|associate|outgoing|acting|interim|designate|elect|co)\b/i;
/** A holder who no longer holds it: the office's value, but an earlier one (`isFormerRole`). */
const FORMER = /\b(?:former|late)\b|\bex-/i;

/** True when a role says its holder left it ("former CEO", "ex-mayor of Lyon"): the claim's value is an earlier one. */
export function isFormerRole(role: string | null): boolean {
  return role !== null && FORMER.test(role) && OFFICES.some(([pattern]) => pattern.test(role));
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
  const match = OFFICES.map(([pattern, office]) => ({ m: pattern.exec(role), office })).find((x) => x.m !== null);
  if (!match || !match.m) return null;
  const before = role.slice(0, match.m.index).replace(new RegExp(FORMER.source, 'gi'), ' ').trim();
  const after = role.slice(match.m.index + match.m[0].length).trim();
  if (match.m[0].toLowerCase() === 'coach' && !isTeamCoach(before, after, org)) return null;
  const where = org ?? orgAfter(after) ?? orgBefore(before);
  if (!where) return null;
  const name = cleanOrg(where);
  return name ? { org: name, office: match.office } : null;
}

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
  return (/^\p{Lu}\p{L}+$/u.test(name) && countryNamed(name)) || name;
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
  return OFFICES.filter(([pattern]) => pattern.test(role)).map(([, office]) => office);
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

/**
 * Who holds a post and who held it, as news reports a change of holder: `Y replaced X as chief executive`, `X, who
 * was replaced in December with Y`, `named Y chief executive, replacing X`, `X was succeeded by Y as president`, `X
 * stepped down as chairman of Acme`. The verb says which of two people holds the post and which held it before, so
 * each mention takes the post (the one who left it as `former …`) even when the sentence names it once. Only posts
 * one person holds (`OFFICE_HEAD`): a player `replaced by` another in a game takes no position from it.
 */
import { sentenceAt, type Sentence } from './sentence.js';
import { ROLE_MODIFIER, TITLE_HEAD } from './title.js';
import { escapeRegExp } from '../lexicon/words.js';

/** The mention fields this reads and writes (`PersonMention`'s). */
interface HolderMention {
  start: number;
  end: number;
  name: string;
  role: string | null;
  org: string | null;
}

/** Heads of a post one person holds at a time (a company's, a government's, a team's), not a player's position or a rank. */
const OFFICE_HEAD = /^(?:president|chairman|chairwoman|chair|chairperson|ceo|cfo|coo|cto|chief|executive|officer|director|governor|mayor|minister|premier|secretary|chancellor|coach|manager|commissioner|head|leader|speaker|administrator|superintendent|treasurer|editor)$/i;
/** Words before a post that say its holder left it or is yet to take it: a successor takes the post without them. */
const NOT_NOW = /^(?:former|ex-|outgoing|then-|incoming|new|acting|interim)\s*/i;
/** `of Acme Corp`, `at the Walt Disney Co.`: the capitalised name after a post. */
const OWNER_AFTER = /^\s+(?:of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){0,4}\p{Lu}[\p{L}\p{N}&'’-]*)/u;

/**
 * The post an `as` phrase names (`chief executive of Acme`, `Acme's chairman`, `Bayern Munich coach`, `the team's head
 * coach`): its words up to the last head and the organisation it names, or null when it names no post one person
 * holds. Capitalised words before the head are the organisation's and stay in the role (`Bayern Munich coach`).
 */
export function postOf(phrase: string): { role: string; org: string | null } | null {
  const m = /^(?:(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,3})[’']s\s+)?(?:(?:the|its|their|his|her|a|an)\s+)?(?:\p{Ll}+[’']s\s+)?((?:[\p{L}&.-]+\s+){0,5}[\p{L}&.-]+)/u.exec(phrase);
  if (!m) return null;
  // A word ending in a stop or comma ends the phrase (`as prime minister.`, `as coach, a post`).
  const all = m[2]!.split(/\s+/);
  const end = all.findIndex((w) => /[.,;:]$/.test(w) && !/^\p{Lu}{1,3}\.$/u.test(w));
  const words = (end < 0 ? all : all.slice(0, end + 1)).map((w) => w.replace(/[.,;:]+$/, ''));
  const head = words.findIndex((w) => OFFICE_HEAD.test(w) && (/^\p{Ll}/u.test(w) || /^\p{Lu}{2,4}$/u.test(w)));
  if (head < 0) return null;
  // Before the head: the organisation's capitalised words, then modifiers (`Bayern Munich head coach`, `offensive line coach`).
  if (words.slice(0, head).some((w) => !/^\p{Lu}/u.test(w) && !ROLE_MODIFIER.test(w) && !/^\p{Ll}[\p{Ll}-]+$/u.test(w))) return null;
  let last = head;
  while (last + 1 < words.length && (TITLE_HEAD.test(words[last + 1]!) && /^\p{Ll}/u.test(words[last + 1]!) || /^(?:officer)$/i.test(words[last + 1]!))) last += 1;
  const role = words.slice(0, last + 1).join(' ');
  const at = phrase.indexOf(role, m.index + (m[0].length - m[2]!.length));
  const owner = at < 0 ? null : OWNER_AFTER.exec(phrase.slice(at + role.length));
  return { role, org: m[1] ?? owner?.[1]?.replace(/\s+(?:on|in|at|for)$/u, '') ?? null };
}

/** The post a mention's role names, without the words that say its holder left it: what a successor takes. */
function heldPost(role: string | null): string | null {
  if (role === null) return null;
  const post = role.replace(NOT_NOW, '').trim();
  return post.split(/\s+/).some((w) => OFFICE_HEAD.test(w)) ? post : null;
}

const former = (role: string) => `former ${role.replace(NOT_NOW, '')}`;

/** A company's officer, whom the article's company holds when no owner is said (`companyOfficers`). */
const COMPANY_OFFICER = /\b(?:ceo|cfo|coo|chief (?:executive|financial|operating))\b/i;

/**
 * True when a post says whose it is: an organisation given, a capitalised name before its head (`Bayern Munich
 * coach`), or a company's officer (the article's company's). A bare post (`stepped down as prime minister`) is left
 * alone: with no owner it would be read as the story's post (`bareOffice`), and a clause telling who left or took one
 * recounts history as often as news (`two days before Mulroney stepped down as prime minister`).
 */
function owned(role: string, org: string | null): boolean {
  return org !== null || /^\p{Lu}/u.test(role.replace(NOT_NOW, '')) || COMPANY_OFFICER.test(role);
}

/** `replaced`, `succeeded` and their forms, active. */
const REPLACES = String.raw`(?:replaced|replaces|succeeded|succeeds|(?:will|would|is to|was to)\s+(?:replace|succeed))`;
/** An aside between a name and its verb: an age, a time (`, 54,`, ` in December`, ` on Monday`). */
const ASIDE = String.raw`(?:,\s*\d{1,3},)?`;
const WHEN = String.raw`(?:\s+(?:in|on|last|this|earlier|later)(?:\s+[\p{L}\d.]+){1,2})?`;

/**
 * Sets the post of each mention a sentence reports taking or leaving one: the taker holds it (its role, without
 * `former`), the one who left holds it no longer (`former` and the role). A mention the sentence already gives a post
 * keeps it when it is the one taken; the one left is always set.
 */
export function successions(text: string, sentences: readonly Sentence[], mentions: HolderMention[]): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const take = (m: HolderMention, role: string, org: string | null) => {
    m.role = role.replace(NOT_NOW, '');
    m.org = org;
  };
  const leave = (m: HolderMention, role: string, org: string | null) => {
    m.role = former(role);
    m.org = org;
  };
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const sentence = sentenceAt(sentences, a.start);
    if (!sentence) continue;
    const after = text.slice(a.end, Math.min(sentence.end, a.end + 200));
    // The next mention that begins after this one ends (mentions do not overlap, so at most a step or two on).
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.start < a.end) j += 1;
    const b = sorted[j];
    const between = b && b.start < sentence.end && b.start - a.end <= 160 ? text.slice(a.end, b.start) : null;
    // `A replaced B as chief executive`, `A, who succeeds B as coach`: A takes the post, B left it.
    const active = between !== null ? new RegExp(String.raw`^${ASIDE}(?:,\s+who)?(?:\s+(?:has|had|will))?\s+${REPLACES}\s+(?:the\s+)?$`, 'u').exec(between) : null;
    if (active && b) {
      const as = /^\s+as\s+(.{1,120})/u.exec(text.slice(b.end, Math.min(sentence.end, b.end + 160)));
      const post = as ? postOf(as[1]!) : null;
      const role = post?.role ?? heldPost(b.role);
      const org = post ? post.org : b.org;
      // With no post said and none held by B, `A, who replaces B` may still give A's post to B (below).
      if (role !== null && owned(role, org)) {
        if (post !== null || heldPost(a.role) === null) take(a, role, org);
        leave(b, role, org);
        continue;
      }
    }
    // `B, who was replaced in December with A`, `B was succeeded by A as president`: A takes B's post.
    const passive = between !== null ? new RegExp(String.raw`^${ASIDE}(?:,\s+who)?\s+(?:was|is|will be|has been|had been)\s+(?:replaced|succeeded)${WHEN}\s+(?:by|with)\s+$`, 'u').exec(between) : null;
    if (passive && b) {
      const as = /^\s+as\s+(.{1,120})/u.exec(text.slice(b.end, Math.min(sentence.end, b.end + 160)));
      const post = as ? postOf(as[1]!) : null;
      const role = post?.role ?? heldPost(a.role);
      const org = post ? post.org : a.org;
      if (role === null || !owned(role, org)) continue;
      take(b, role, org);
      if (post !== null || !/^(?:former|ex-|outgoing)/i.test(a.role ?? '')) leave(a, role, org);
      continue;
    }
    // `named A chief executive, replacing B`, `new CEO A, who replaces B`: B held the post A takes, when this sentence
    // gives A the post (right before or after the name), not one A holds elsewhere (`Portsmouth manager A had been
    // the favourite to replace B`, who was another club's).
    if (between !== null && b && b.role === null && a.role !== null && heldPost(a.role) !== null && owned(heldPost(a.role)!, a.org)) {
      const role = escapeRegExp(a.role);
      const here = new RegExp(String.raw`${role}\s*,?\s*$`, 'u').test(text.slice(Math.max(sentence.start, a.start - a.role.length - 4), a.start));
      const named = new RegExp(String.raw`^\s+(?:as\s+)?${role}(?:\s*,)?\s+(?:replacing|succeeding)\s+$`, 'u').test(between);
      const clause = here && /^\s*(?:,\s+who\s+(?:replaces|replaced|succeeds|succeeded|will replace|will succeed|took over from|takes over from)|,?\s*(?:replacing|succeeding|taking over from))\s+$/u.test(between);
      if (named || clause) {
        leave(b, heldPost(a.role)!, a.org);
        continue;
      }
    }
    // `A stepped down as chairman of Acme`, `A will resign as CEO`: A held the post (or holds it until the date said).
    const left = new RegExp(String.raw`^${ASIDE}(?:,\s+who)?(?:\s+(?:has|had))?\s+(will\s+|is to\s+|plans to\s+|intends to\s+)?(?:resigned|resign|resigns|stepped down|step down|steps down|quit|quits|retired|retire|retires|was fired|was sacked|was ousted|was dismissed|was removed)${WHEN}\s+as\s+(.{1,120})`, 'u').exec(after);
    if (left) {
      const post = postOf(left[2]!);
      if (post === null || !owned(post.role, post.org)) continue;
      if (left[1]) take(a, post.role, post.org);
      else leave(a, post.role, post.org);
    }
  }
}

/**
 * Offices: a role that one person holds at a time in one organisation or place (`Disney CEO`, `Miami-
 * Dade County Mayor`, `chairman of the board of Acme`). A person claim with such a role observes the
 * office's holder, so successive holders become successive values of one fact over valid time, and two
 * holders at once a conflict. Pure.
 */

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
  const where = org ?? orgAfter(after) ?? orgBefore(before);
  if (!where) return null;
  const name = cleanOrg(where);
  return name ? { org: name, office: match.office } : null;
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

function cleanOrg(org: string): string {
  return org
    .replace(/[’']s$/u, '')
    .replace(/^the\s+/i, '')
    .replace(ORG_SUFFIX, '')
    .replace(/[,.;:]+$/, '')
    .trim();
}

/**
 * The organisation as a fact subject: hyphenated names are one word (`Miami-Dade` → `MiamiDade`), so
 * the city `Miami` is never a shorter mention of `Miami-Dade County`, while `Disney` still is one of
 * `Walt Disney`.
 */
export function officeSubject(org: string): string {
  return org.replace(/(\p{L})-(\p{L})/gu, '$1$2');
}

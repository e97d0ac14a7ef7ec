/**
 * Person mentions, one claim per mention, linked across the article to one
 * canonical full name in Western order. Names come from titles (`Commerce
 * Secretary Howard Lutnick`), appositives (`Matt Blunt, president of ...`),
 * credit lines (`With assistance from ...`), given names compromise knows, and
 * later surname-only mentions (`Trump`, `Trump-Ishiba`).
 */
import { splitSentences, type Sentence } from './sentence.js';
import { sentenceTokens } from './phrase.js';
import { HONORIFIC, NAME_TITLE, ROLE_MODIFIER, TITLE_HEAD, stripTitlePrefix } from './title.js';
import { isCapitalized, isWord, type Token } from './token.js';
import { isCountryWord, isFirstName, isOrganization, isPlace, tidy } from './vocabulary.js';

/** A person mention with its canonical (article-linked) name. */
export interface PersonMention {
  start: number;
  end: number;
  name: string;
  role: string | null;
  org: string | null;
  rule: string;
  confidence: number;
}

interface RawMention {
  start: number;
  end: number;
  tokens: string[];
  role: string | null;
  org: string | null;
  rule: string;
  confidence: number;
}

// Words that make a capitalised run an organisation or place rather than a name.
const ORG_WORD = /^(?:Co\.?|Corp\.?|Inc\.?|Ltd\.?|LLC|Group|Bank|Motor|Motors|Company|Institute|University|Council|Committee|Commission|Ministry|Department|Agency|Association|Coalition|Foundation|Center|Centre|House|Street|Journal|Times|Post|News|Television|TV|Steel|Industries|Holdings|Partners|Capital|Fund|Party|Senate|Congress|Parliament|Administration|Office|Bureau|Authority|Board|Union|Republic|States|Kingdom|Business|Businessweek|Week|Media|Press|Review|Energy|Airlines|Technologies|Systems)$/;
const FUNCTION_CAP = /^(?:The|A|An|And|But|Or|His|Her|Its|Their|Our|In|On|At|For|From|With|By|As|Of|To|If|When|While|After|Before|Under|Even|Thanks|According|Meanwhile|However|Although|This|That|These|Those|It|He|She|They|We|I|Most|Other|Some|Any|All|Both|Each|Every|Despite|Following|During|Since|Until)$/;
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SPEECH_AFTER = /^(?:said|says|added|told|argued|noted|wrote|posted|stated|explained|warned|recalled)$/i;
const CREDIT = /\b(?:With assistance from|Additional reporting by|Reporting by|Written by|Edited by|Contributors?:)\s+([^\n]+)/g;

function isNameToken(t: Token | undefined): boolean {
  if (!t) return false;
  const w = t.text;
  if (!isWord(w) || !isCapitalized(w) || /^\p{Lu}{2,}$/u.test(w) && w.length > 3) return false;
  if (FUNCTION_CAP.test(w) || MONTH_OR_DAY.test(w) || ORG_WORD.test(w) || TITLE_HEAD.test(w)) return false;
  // Countries and companies compromise knows are not names ("US-Japan", "Toyota").
  if (isCountryWord(w) || isOrganization(w)) return false;
  if (w.includes('.') && !/^\p{Lu}\.$/u.test(w)) return false;
  return true;
}

/** Up to three name tokens starting at `i`; empty when the run looks like a place or organisation. */
function nameRun(tokens: Token[], i: number): Token[] {
  const run: Token[] = [];
  for (let k = i; k < tokens.length && run.length < 3; k++) {
    const t = tokens[k]!;
    if (!isNameToken(t)) break;
    run.push(t);
  }
  const after = tokens[i + run.length];
  if (after && ORG_WORD.test(after.text)) return [];
  if (run.length === 1 && (isPlace(run[0]!.text) || isCountryWord(run[0]!.text) || isOrganization(run[0]!.text))) return [];
  return run;
}

/** The title phrase ending at token `head` (inclusive), extended left over modifiers. */
function titleBefore(tokens: Token[], head: number): { start: number; text: string } {
  let k = head;
  while (k - 1 >= 0 && head - (k - 1) < 5) {
    const t = tokens[k - 1]!;
    const capital = isWord(t.text) && isCapitalized(t.text) && !FUNCTION_CAP.test(t.text) && !isCountryWord(t.text);
    const abbreviation = /^(?:\p{Lu}\.){2,}$/u.test(t.text);
    if (!(capital || abbreviation || ROLE_MODIFIER.test(t.text))) break;
    if (capital && ORG_WORD.test(t.text) === false && isFirstName(t.text) && k === head) break;
    k -= 1;
  }
  const words = tokens.slice(k, head + 1).map((t, idx) => (idx === 0 ? stripTitlePrefix(t.text) : t.text));
  return { start: tokens[k]!.start, text: words.join(' ') };
}

/** Finds raw mentions (names as written) in one sentence. */
function findInSentence(sentence: Sentence, out: RawMention[]): void {
  const tokens = sentenceTokens(sentence);
  const covered = new Set<number>();
  const push = (run: Token[], role: string | null, org: string | null, rule: string, confidence: number) => {
    if (run.length === 0 || run.some((t) => covered.has(t.start))) return;
    for (const t of run) covered.add(t.start);
    out.push({ start: run[0]!.start, end: run[run.length - 1]!.end, tokens: run.map((t) => t.text), role, org, rule, confidence });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const head = stripTitlePrefix(t.text);
    if (!NAME_TITLE.test(head)) continue;
    // "Minister of Economy, Ryosei Akazawa": an "of X" complement belongs to the title.
    let j = i + 1;
    let title = titleBefore(tokens, i).text;
    if (tokens[j]?.text === 'of' && isCapitalized(tokens[j + 1]?.text ?? '')) {
      const words: string[] = [];
      let k = j + 1;
      while (tokens[k] && isCapitalized(tokens[k]!.text) && isWord(tokens[k]!.text) && words.length < 5) words.push(tokens[k++]!.text);
      // "Secretary of Commerce Howard Lutnick": with no comma the name closes the run; a given name marks where it starts.
      let split = words.length;
      if (tokens[k]?.text !== ',' && words.length >= 2) {
        const given = words.findIndex((w, idx) => idx > 0 && isFirstName(w));
        split = given > 0 ? given : words.length >= 3 ? words.length - 2 : words.length;
      }
      title = `${title} of ${words.slice(0, split).join(' ')}`;
      j = k - (words.length - split);
    }
    if (tokens[j]?.text === ',') j += 1;
    const run = nameRun(tokens, j);
    if (run.length === 0) continue;
    // "Commerce Secretary, Howard Lutnick" needs a two-word name; a single word after a comma is too loose.
    if (tokens[j - 1]?.text === ',' && run.length < 2) continue;
    const role = HONORIFIC.test(head) ? null : tidy(title);
    const org = /\bof\s+(.+)$/.exec(title)?.[1] ?? null;
    push(run, role, org, 'person.title', 0.9);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(tokens[i]!.start)) continue;
    const run = nameRun(tokens, i);
    if (run.length < 2) continue;
    const next = tokens[i + run.length];
    const prev = tokens[i - 1];
    const known = isFirstName(run[0]!.text);
    const speech = (next && SPEECH_AFTER.test(next.text)) || (prev && SPEECH_AFTER.test(prev.text));
    const appositive = appositiveRole(sentence, tokens, i + run.length);
    if (!known && !speech && !appositive) continue;
    push(run, appositive?.role ?? null, appositive?.org ?? null, appositive ? 'person.appositive' : known ? 'person.given-name' : 'person.speaker', known ? 0.8 : 0.7);
  }
  // Attach appositive roles to names found by title too ("Jon Toomey, executive director of ...").
  for (const m of out) {
    if (m.role !== null || m.start < sentence.start || m.end > sentence.end) continue;
    const at = tokens.findIndex((t) => t.start >= m.end);
    const appositive = at >= 0 ? appositiveRole(sentence, tokens, at) : null;
    if (appositive) {
      m.role = appositive.role;
      m.org = appositive.org;
    }
  }
}

/** "<name>, (a|an|the) associate director at the Cato Institute’s trade policy center". */
function appositiveRole(sentence: Sentence, tokens: Token[], i: number): { role: string; org: string | null } | null {
  if (tokens[i]?.text !== ',') return null;
  let k = i + 1;
  if (/^(?:a|an|the)$/i.test(tokens[k]?.text ?? '')) k += 1;
  const first = tokens[k];
  if (!first) return null;
  // The phrase must reach a title head within its first three words.
  let headAt = -1;
  for (let h = k; h < k + 3 && tokens[h]; h++) {
    if (TITLE_HEAD.test(tokens[h]!.text) && /^\p{Ll}/u.test(tokens[h]!.text)) {
      headAt = h;
      break;
    }
    if (!ROLE_MODIFIER.test(tokens[h]!.text)) break;
  }
  if (headAt < 0) return null;
  const rest = sentence.text.slice(first.start - sentence.start);
  const stop = /[,.;:“”"()]|\s(?:that|who|which|whose|where|and said|said)\s/.exec(rest);
  const role = tidy(rest.slice(0, stop ? stop.index : rest.length));
  const org = /\b(?:of|at|for)\s+(?:the\s+)?(.+)$/.exec(role)?.[1] ?? null;
  return { role, org };
}

function findCredits(text: string, out: RawMention[]): void {
  for (const m of text.matchAll(CREDIT)) {
    const listStart = m.index! + m[0].length - m[1]!.length;
    for (const item of m[1]!.matchAll(/(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){1,2})/gu)) {
      const start = listStart + item.index!;
      out.push({ start, end: start + item[0].length, tokens: item[0].split(' '), role: null, org: null, rule: 'person.credit', confidence: 0.85 });
    }
  }
}

interface Person {
  tokens: string[];
  family: string;
  role: string | null;
  org: string | null;
}

function key(tokens: readonly string[]): string {
  return [...tokens].map((t) => t.toLowerCase()).sort().join(' ');
}

/**
 * Finds person mentions in `text` and links them: a surname-only mention
 * takes the full name written elsewhere in the article, and a name whose
 * first word is the one used alone (family name first, `Akazawa Ryosei` with
 * `Minister Akazawa`) is turned into Western order.
 */
export function findPersons(text: string, sentences: readonly Sentence[] = splitSentences(text)): PersonMention[] {
  const raw: RawMention[] = [];
  for (const s of sentences) findInSentence(s, raw);
  findCredits(text, raw);
  raw.sort((a, b) => a.start - b.start);
  const dedup = raw.filter((m, i) => !raw.some((o, j) => j !== i && o.start <= m.start && o.end >= m.end && (o.end - o.start > m.end - m.start || j < i)));

  const singles = new Set(dedup.filter((m) => m.tokens.length === 1).map((m) => m.tokens[0]!.toLowerCase()));
  const persons = new Map<string, Person>();
  for (const m of dedup.filter((x) => x.tokens.length > 1)) {
    const k = key(m.tokens);
    if (!persons.has(k)) {
      let tokens = [...m.tokens];
      // Family name first is evident when the first word, not the last, is used alone.
      if (tokens.length === 2 && singles.has(tokens[0]!.toLowerCase()) && !singles.has(tokens[1]!.toLowerCase())) tokens = [tokens[1]!, tokens[0]!];
      persons.set(k, { tokens, family: tokens[tokens.length - 1]!, role: m.role, org: m.org });
    } else if (persons.get(k)!.role === null && m.role !== null) {
      persons.get(k)!.role = m.role;
      persons.get(k)!.org = m.org;
    }
  }
  const byFamily = (word: string): Person | undefined => [...persons.values()].find((p) => p.family.toLowerCase() === word.toLowerCase());
  for (const m of dedup.filter((x) => x.tokens.length === 1)) {
    const w = m.tokens[0]!;
    if (byFamily(w)) {
      const p = byFamily(w)!;
      if (p.role === null && m.role !== null) p.role = m.role;
      continue;
    }
    const k = key([w]);
    if (!persons.has(k)) persons.set(k, { tokens: [w], family: w, role: m.role, org: m.org });
  }

  // A short title at one mention ("Minister Akazawa") takes the fuller one written elsewhere for that person.
  const rolesOf = new Map<Person, string[]>();
  for (const m of dedup) {
    const p = m.tokens.length > 1 ? persons.get(key(m.tokens)) : byFamily(m.tokens[0]!) ?? persons.get(key(m.tokens));
    if (p && m.role) rolesOf.set(p, [...(rolesOf.get(p) ?? []), m.role]);
  }
  const fullest = (p: Person, role: string | null): string | null => {
    const candidates = rolesOf.get(p) ?? [];
    if (role === null) return p.role ?? candidates[0] ?? null;
    const words = role.toLowerCase().split(/\s+/);
    const wider = candidates.filter((r) => r.length > role.length && words.every((w) => r.toLowerCase().split(/\s+/).includes(w)));
    return wider.sort((a, b) => b.length - a.length)[0] ?? role;
  };
  const mentions: PersonMention[] = [];
  const covered: Array<[number, number]> = [];
  for (const m of dedup) {
    const p = m.tokens.length > 1 ? persons.get(key(m.tokens)) : byFamily(m.tokens[0]!) ?? persons.get(key(m.tokens));
    if (!p) continue;
    covered.push([m.start, m.end]);
    mentions.push({ start: m.start, end: m.end, name: p.tokens.join(' '), role: fullest(p, m.role), org: m.org ?? p.org, rule: m.rule, confidence: m.confidence });
  }
  // Later surname-only mentions, also inside compounds ("Trump-Ishiba") and possessives.
  for (const p of persons.values()) {
    const re = new RegExp(`(?<![\\p{L}])${escape(p.family)}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + p.family.length;
      if (covered.some(([a, b]) => start < b && end > a)) continue;
      covered.push([start, end]);
      mentions.push({ start, end, name: p.tokens.join(' '), role: fullest(p, null), org: p.org, rule: 'person.surname', confidence: 0.75 });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


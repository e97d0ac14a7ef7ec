/**
 * Where an article says a proposal was presented: "Borne, who unveiled details
 * of the pension reform proposal on Jan. 10", "The budget bill was introduced
 * in March". A figure the proposal would bring about ("the proposal to raise
 * the retirement age to 64") is proposed from then, which its own sentence
 * rarely says; reconciliation dates it by the presentation of the same
 * proposal (`proposalStems` meet). Pure: one article's text.
 */
import { splitSentences, type Sentence } from './sentence.js';

/** A sentence that reports a proposal being presented. */
export interface ProposalPresentation {
  /** The sentence's span in the text. */
  start: number;
  end: number;
  /** Offset in the text right after the presenting verb: the presentation's date follows it in the sentence. */
  verbEnd: number;
  /** Offset in the text of the presenting verb: a date opening the sentence before it dates it too. */
  verbStart: number;
  /** The stems naming the proposal (`pension`, `reform` of "the pension reform proposal"). */
  stems: string[];
}

/** A verb of presenting in a past form (active or passive): the proposal exists from then. */
const PRESENTING =
  /\b(?:unveiled|presented|introduced|tabled|submitted|published|outlined|proposed|put forward|laid out|set out|announced|released|filed|sent to (?:parliament|congress|lawmakers))\b/gi;
/** Nouns naming a proposal. */
const PROPOSAL_NOUN = /^(?:proposals?|plans?|bills?|reforms?|drafts?|legislation|overhaul)$/i;
/** Words of a proposal's phrase that do not tell one proposal from another. */
const NOT_NAMING = new Set([
  'a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'of', 'for', 'on', 'to', 'new', 'details', 'detail', 'key', 'full',
  'government', 'governments', 'proposal', 'proposals', 'plan', 'plans', 'draft', 'drafts', 'bill', 'bills', 'legislation', 'overhaul', 'first',
  'final', 'revised', 'long', 'awaited', 'controversial', 'planned', 'proposed', 'official', 'version', 'text', 'parts', 'part', 'outline',
]);

/** The comparison stem of a word: its first five letters, lower case ("reforms" ~ "reform"). */
export function proposalStem(word: string): string {
  return word.toLowerCase().slice(0, 5);
}

/** Stems of the words of `text` that could name a proposal (every word but the generic ones). */
export function proposalStems(text: string): string[] {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const word = w.replace(/['’]s$/, '');
    if (word.length < 3 || NOT_NAMING.has(word)) continue;
    out.add(proposalStem(word));
  }
  return [...out];
}

/**
 * The sentences of `text` that report a proposal presented: a presenting verb
 * with a proposal noun within a few words after it ("unveiled details of the
 * pension reform proposal") or before it in a passive ("the bill was
 * introduced", "the plan, presented on …"). The phrase's own words name it. `sentences`: the text's, when the
 * caller has split it already.
 */
export function proposalPresentations(text: string, sentences: readonly Sentence[] = splitSentences(text)): ProposalPresentation[] {
  const out: ProposalPresentation[] = [];
  for (const sentence of sentences) {
    PRESENTING.lastIndex = 0;
    for (let m = PRESENTING.exec(sentence.text); m !== null; m = PRESENTING.exec(sentence.text)) {
      const verbStart = m.index;
      const verbEnd = m.index + m[0].length;
      const phrase = proposalAfter(sentence.text.slice(verbEnd)) ?? proposalBefore(sentence.text.slice(0, verbStart));
      if (phrase === null) continue;
      const stems = proposalStems(phrase);
      if (stems.length === 0) continue;
      out.push({ start: sentence.start, end: sentence.end, verbStart: sentence.start + verbStart, verbEnd: sentence.start + verbEnd, stems });
      break;
    }
  }
  return out;
}

/** "details of the pension reform proposal on Jan. 10": the words up to a proposal noun within eight words, in one clause. */
function proposalAfter(after: string): string | null {
  const clause = after.split(/[,;:.!?()—–]/)[0]!;
  const words = clause.trim().split(/\s+/).slice(0, 8);
  const at = words.findIndex((w) => PROPOSAL_NOUN.test(w.replace(/[’'"”]+$/, '')));
  return at < 0 ? null : words.slice(0, at + 1).join(' ');
}

/** "The pension reform plan was presented", "the bill, introduced …": a proposal noun ending the few words before the verb. */
function proposalBefore(before: string): string | null {
  const m = /((?:[\p{L}'’-]+\s+){0,4}?)([\p{L}]+)\s*,?\s*(?:(?:was|were|is|are|has been|have been|had been|being)\s+)?(?:first\s+)?$/u.exec(before);
  if (!m || !PROPOSAL_NOUN.test(m[2]!)) return null;
  return `${m[1]}${m[2]}`;
}

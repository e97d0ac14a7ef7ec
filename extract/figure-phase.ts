/**
 * Where a figure stands in a change its sentence reports: the value before the
 * change (`base`: "rose from 4 to 11", "to 128 from 145", "Previously, 99
 * people…") or after it (`target`), and whether the change has happened or is
 * only proposed ("the proposal to raise the retirement age from 62 to 64").
 *
 * Reconciliation reads the phase as valid time: a completed change's base held
 * before the report, so it is superseded, never a rival of the new value; a
 * proposed change's target is not yet the value at all, and its base still is.
 * Pure: works on one sentence's text and the spans of its figures.
 */

/** A figure's place in a reported change. */
export interface FigurePhase {
  phase: 'base' | 'target';
  /** The change is planned, proposed or opposed, not done: the target does not hold yet. */
  proposed: boolean;
}

/** A figure's span, relative to the sentence text. */
export interface Span {
  start: number;
  end: number;
}

/** Words a changed quantity is governed by, as verbs in any form or as nouns. */
const CHANGE_WORD =
  /\b(?:rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|soar(?:s|ed|ing)?|surg(?:e|es|ed|ing)|push(?:es|ed|ing)?|bump(?:s|ed|ing)?|extend(?:s|ed|ing)?|extension|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|reduction|slash(?:es|ed|ing)?|shr(?:ink|inks|ank|unk|inking)|revis(?:e|es|ed|ing)|revision|adjust(?:s|ed|ing)?|chang(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|went|gone|go(?:es)?|brought|bring(?:s|ing)?)\b/gi;

/** A change verb in a past form: the change happened. */
const PAST_CHANGE = /^(?:\p{L}+ed|rose|risen|grew|grown|fell|fallen|went|gone|brought|shrank|shrunk|cut)$/iu;

/** Words that make a change a plan rather than a fact when they come before it. */
const PROPOSAL =
  /\b(?:propos(?:al|als|ed|es|e|ing)|plan(?:s|ned|ning)?|draft|bill|would|seek(?:s|ing)? to|prepar(?:es|ing) to|poised to|want(?:s|ed)? to|aim(?:s|ed)? to|intend(?:s|ed)? to|call(?:s|ed)? for|oppos(?:e|es|ed|ing|ition)|against|reject(?:s|ed|ing)?|vote on|threaten(?:s|ed)? to)\b/i;

const APPROX = String.raw`(?:(?:about|around|nearly|almost|roughly|some|just|over|more than|less than|at least|an estimated|a)\s+)*`;
const BEFORE_FROM = new RegExp(String.raw`\bfrom\s+${APPROX}$`, 'i');
const BEFORE_TO = new RegExp(String.raw`\b(?:up |down )?to\s+${APPROX}$`, 'i');
/** `up from 145`, `compared with 145`: the figure is the base a level is compared to. */
const BASE_LEAD = new RegExp(String.raw`\b(?:up|down|rising|falling|increasing|decreasing|unchanged)\s+from\s+${APPROX}$|\b(?:compared (?:with|to)|versus|vs\.?)\s+${APPROX}$`, 'i');
/** A sentence that tells an earlier state: `Previously, there were 102 …`. */
const EARLIER_OPENING = /^\W*(?:(?:previously|initially|at first|before that|originally)\b|earlier\s*,)/i;
/** What may stand between the two figures of a change, unit words included (`from 62 years to 64`). */
const THEN_TO = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:up |down )?to\s+${APPROX}$`, 'iu');
const THEN_FROM = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?from\s+${APPROX}$`, 'iu');

/**
 * The phase of each figure of a sentence (same order as `figures`, which are
 * sorted by start), or null where the sentence reports no change around it.
 */
export function figurePhases(text: string, figures: readonly Span[]): (FigurePhase | null)[] {
  const out: (FigurePhase | null)[] = figures.map(() => null);
  if (EARLIER_OPENING.test(text)) return figures.map(() => ({ phase: 'base', proposed: false }));
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k]!;
    const lead = text.slice(0, f.start);
    const next = figures[k + 1];
    const between = next ? text.slice(f.end, next.start) : null;
    // "from 62 to 64" (base first) and "to 128 from 145" (target first).
    const pair =
      next && between !== null
        ? BEFORE_FROM.test(lead) && THEN_TO.test(between)
          ? { marker: BEFORE_FROM, first: 'base' as const, second: 'target' as const }
          : BEFORE_TO.test(lead) && THEN_FROM.test(between)
            ? { marker: BEFORE_TO, first: 'target' as const, second: 'base' as const }
            : null
        : null;
    if (pair) {
      const mode = changeMode(lead.replace(pair.marker, ''));
      if (mode !== null) {
        out[k] = { phase: pair.first, proposed: mode === 'proposed' };
        out[k + 1] = { phase: pair.second, proposed: mode === 'proposed' };
        k += 1;
      }
      continue;
    }
    if (BASE_LEAD.test(lead)) {
      out[k] = { phase: 'base', proposed: false };
      continue;
    }
    if (BEFORE_TO.test(lead)) {
      // "the extension of the retirement age to 64": a target alone matters only when it is proposed.
      const mode = changeMode(lead.replace(BEFORE_TO, ''));
      if (mode === 'proposed') out[k] = { phase: 'target', proposed: true };
    }
  }
  return out;
}

/**
 * How the change whose figures follow `lead` is reported: `done` when its
 * nearest change word is a past verb ("increased from one to four"),
 * `proposed` when a plan, proposal, modal or opposition comes before that word
 * ("the proposal to raise", "would cut", "oppose the extension"), otherwise
 * null (no change word within reach, or nothing says which).
 */
function changeMode(lead: string): 'done' | 'proposed' | null {
  const window = lead.slice(-120);
  let word: RegExpExecArray | null = null;
  CHANGE_WORD.lastIndex = 0;
  for (let m = CHANGE_WORD.exec(window); m !== null; m = CHANGE_WORD.exec(window)) word = m;
  if (word === null) return null;
  const before = lead.slice(0, lead.length - window.length + word.index);
  const modal = /\b(?:will|would|shall|to)\s+(?:\p{L}+\s+)?$/iu.test(before);
  if (PAST_CHANGE.test(word[0]) && !modal) return 'done';
  return PROPOSAL.test(before) ? 'proposed' : null;
}

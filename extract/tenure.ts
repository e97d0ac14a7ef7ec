/**
 * Whether a sentence says a person no longer holds the role it names them in:
 * "X, CFO Y and Z were among the executives fired", "X, who has stepped down",
 * "named Y chief executive, replacing X". Reconciliation reads it as valid time:
 * the person held the office until the report, so a successor (or nobody) holds
 * it after. Pure: one sentence's text and the person's span in it.
 */
import { TITLE_HEAD } from './title.js';

/** A leaving verb right after the name: "X stepped down", "X, who has resigned", "X was fired". */
const LEFT_AFTER = /^\s*(?:,\s*(?:who|which)\s+)?(?:(?:(?:has|have|had)\s+(?:since\s+)?)?(?:stepped down|stepping down|resigned|resigns|quit|quits|retired|retires|left|leaves|departed|departs)|(?:was|were|has been|have been|had been|is being|was being)\s+(?:fired|ousted|dismissed|sacked|removed|terminated|replaced|forced out|let go|pushed out))\b/i;
/** The name in a list that a passive leaving verb ends: "X, CFO Y, and Z were among the executives terminated". */
const LIST_LEFT = /^[^.;:!?]{0,160}?\b(?:were|was|have been|has been|had been)\s+(?:(?:among|one of|two of|three of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?)?(?:fired|ousted|dismissed|sacked|removed|terminated|replaced|forced out|let go|pushed out)\b/iu;
/** A verb of succession right before the name: "replacing X", "Y replaces X", "succeeding X", "ousted X". */
const REPLACED_BEFORE = /\b(?:replacing|replaces|replaced|succeeding|succeeds|succeeded|ousting|ousted|oust|ousts|fired|fires|firing|sacked|sacks|dismissed|dismisses)\s+(?:(?:the\s+)?(?:former\s+)?(?:\p{Ll}+\s+){0,2}?)?$/u;

/**
 * A title styled as one the person held then, right before the name: "then Interior Minister X", "then-CEO X" (not
 * "and then Prime Minister X", where `then` is when the sentence's action came).
 */
const THEN_TITLE = /(?:^|[^\p{L}])(?<!\band\s)then[\s-]+((?:\p{L}[\p{L}.'’-]*\s+){1,5})$/iu;

/** True when the sentence says the person at `[start, end)` left the role it gives them. */
export function tenureEnded(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  if (LEFT_AFTER.test(after)) return true;
  if (heldThen(text.slice(Math.max(0, start - 60), start))) return true;
  if (REPLACED_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return true;
  // Only a name heading a list (nothing but names, titles and commas before the verb) is its subject.
  const list = LIST_LEFT.exec(after);
  return list !== null && !/\b(?:said|says|told|who|which|that|after|before|when|while|because)\b/i.test(list[0]);
}

/** True when `THEN_TITLE` ends `before` with a title (its words capitalised, or a lower-case title of one or two words), ending in a title's head. */
function heldThen(before: string): boolean {
  const m = THEN_TITLE.exec(before);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  if (!TITLE_HEAD.test(words.at(-1)!)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w)) || (words.length <= 2 && words.every((w) => /^\p{Ll}/u.test(w)));
}

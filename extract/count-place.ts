/**
 * Where a count was counted. "400,000 protesters in the capital Paris" and "2 million people across
 * France" count different crowds; "another 20,000 turning out in the southern coastal city of Nice" a
 * third. A count's place, when its clause names one, scopes it; a country (or "nationwide") is the
 * national figure, which is what a count without a place reports too, so it adds nothing. Pure.
 */
import { isCountry } from './vocabulary.js';

/** The place a count is scoped to, `null` when it names none or only the whole country. */
export interface CountPlace {
  /** The place as written (`Paris`, `Nice`), or null. */
  place: string | null;
  /** True when the clause says the count is national (`nationwide`, `across France`). */
  national: boolean;
}

/**
 * Where the clause of a count ends: a new or subordinate clause ("… rose to four overnight after
 * authorities pulled three bodies from a building in Surfside"), or the next figure, whose place
 * a place after it is.
 */
const CLAUSE_END = /[;:!?]|\.(?:\s|$)|,\s+(?:with|while|whereas|but|and|including|compared|against|according|as|which|who|where|when|although|though|after|before|up|down)\b|\s+(?:—|–)\s+|\s(?:after|before|when|while|because|since|following|until|whereas|although|though|which|who|whom)\s|\s(?=\d)/u;
/** Words that say a count is the whole country's. */
const NATIONAL = /\b(?:nationwide|nationally|across the country|across the nation|throughout the country|all over the country|country-?wide|in the whole country)\b/i;
/**
 * A place after a locative preposition, optionally behind a description of it: `in Paris`, `in the capital
 * Paris`, `in the southern coastal city of Nice`, `on the streets of Lyon`, `across Germany`.
 */
const PLACE = new RegExp(
  String.raw`\b(?:in|across|throughout|around|at)\s+(?:the\s+)?(?:(?:streets|cities|towns)\s+of\s+)?(?:(?:[\p{Ll}-]+\s+){0,3}?(?:city|town|capital|village|region|province|state|county|district|suburb|area|port|island)\s+(?:of\s+)?)?(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})` +
    String.raw`|\bstreets\s+of\s+(?<street>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`,
  'u',
);
/** After a place: the count is of it and of others. */
const WIDER = /^\s*,?\s+and\s+(?:in\s+|at\s+)?(?:many|other|several|various|numerous|dozens|hundreds|elsewhere|across|throughout|around|beyond)\b/i;
/** Capitalised words that follow "in" without being places. */
const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Total|All|Addition|General|Particular|Response|Contrast|Comparison|The|A|An|This|That|His|Her|Their|Its)$/;

/**
 * The place of a count from the text right after it (its counted noun and the rest of the sentence), up
 * to the end of its clause: `after` starts just after the figure's noun.
 */
export function countPlace(after: string): CountPlace {
  const end = CLAUSE_END.exec(after);
  const clause = end ? after.slice(0, end.index) : after;
  const national = NATIONAL.test(clause);
  const m = PLACE.exec(clause);
  const name = m ? (m.groups!.name ?? m.groups!.street)! : null;
  if (!name || NOT_A_PLACE.test(name.split(/\s+/)[0]!)) return { place: null, national };
  // "200 demonstrations in Lyon and in many other places": one place of many does not scope the count.
  if (WIDER.test(after.slice(m!.index + m![0].length))) return { place: null, national };
  if (isCountry(name)) return { place: null, national: true };
  return { place: name, national };
}

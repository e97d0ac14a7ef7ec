/**
 * Negotiating positions: two parties' figures for the same thing, set against each other in one
 * sentence ("Japan proposes 7-year terms vs U.S. demand for 15-year minimums", "the union demands a
 * 10% raise, while management offers 3%"). Each side's wording names the thing its own way (or not at
 * all), yet both are values of one fact that the parties dispute. Pure.
 */
import type { FigureMention } from './figure.js';
import type { FigureDescription } from './figure-subject.js';
import type { Sentence } from './sentence.js';

/** A party's position right before its figure, a few words at most: `proposes`, `demand for`, `offers a`, `is seeking`. */
const POSITION_LEAD =
  /\b(propos(?:es?|ed|ing|als?)|demand(?:s|ed|ing)?|offer(?:s|ed|ing)?|counter-?offer(?:s|ed)?|seek(?:s|ing)?|sought|insist(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|call(?:s|ed|ing)?\s+for|want(?:s|ed|ing)?)(?:\s+(?:for|of))?(?:\s+(?:a|an|the|its|their|his|her))?(?:\s+(?:\p{Ll}[\p{L}-]*)){0,2}\s+$/iu;
/** What sets two positions against each other between their figures. */
const CONTRAST = /(?:\bvs\.?|\bversus\b|\bagainst\b|\bwhile\b|\bwhereas\b|\bbut\b|;)/i;

type Figure = { m: FigureMention; d: FigureDescription; s: Sentence };

/**
 * A figure led by a position (`POSITION_LEAD`) that follows another kind of position's figure of the
 * same unit in its sentence (a demand after a proposal, an offer after a demand), the two set against
 * each other (`CONTRAST` between them), takes the first's subject and predicate: the positions are
 * values of one fact. The first position's own wording names it. Two positions of one kind ("A offered
 * $10 a share, while B offered $12") are rival bids, facts of their own.
 */
export function linkPositions(text: string, figures: Figure[]): void {
  // The position's verb without its ending (`proposes`, `proposal` → `propos`): what kind of position it is.
  const led = (f: Figure) => {
    const verb = POSITION_LEAD.exec(text.slice(Math.max(f.s.start, f.m.start - 60), f.m.start))?.[1];
    return verb ? verb.toLowerCase().split(/\s+/)[0]!.replace(/-/g, '').replace(/(?:es|ed|ing|als?|s)$/, '') : null;
  };
  for (let k = 1; k < figures.length; k++) {
    const cur = figures[k]!;
    if (!('amount' in cur.m.value)) continue;
    const position = led(cur);
    if (!position) continue;
    const unit = cur.m.value.unit;
    for (let j = k - 1; j >= 0 && figures[j]!.s === cur.s; j--) {
      const first = figures[j]!;
      if (!('amount' in first.m.value) || first.m.value.unit !== unit) continue;
      // Two positions of one kind ("A offered $10 a share, while B offered $12") are rival bids, two facts.
      const other = led(first);
      if (first.d.subject && other && other !== position && CONTRAST.test(text.slice(first.m.end, cur.m.start))) cur.d = { ...first.d };
      break;
    }
  }
}

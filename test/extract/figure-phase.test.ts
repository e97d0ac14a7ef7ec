/**
 * `figurePhases`: the value before and after a change a sentence reports, and
 * whether the change happened or is only proposed (pure).
 */
import { describe, expect, test } from 'vitest';
import { figurePhases } from '../../extract/figure-phase.js';

/** Phases of the quoted figures, in order, as `base`/`target` with `?` for a proposed change, `-` for none. */
function phases(text: string, ...quotes: string[]): string[] {
  let from = 0;
  const spans = quotes.map((q) => {
    const start = text.indexOf(q, from);
    if (start < 0) throw new Error(`${q} not in ${text}`);
    from = start + q.length;
    return { start, end: start + q.length };
  });
  return figurePhases(text, spans).map((p) => (p === null ? '-' : `${p.phase}${p.proposed ? '?' : ''}`));
}

describe('figurePhases', () => {
  test('a change that happened: "rose from X to Y", "cut to Y from X"', () => {
    expect(phases('The number of injured climbed from 12 to 30 overnight, officials said.', '12', '30')).toEqual(['base', 'target']);
    expect(phases('The bank lowered its forecast to 2.1% from 2.4% on Tuesday.', '2.1%', '2.4%')).toEqual(['target', 'base']);
    expect(phases('The league revised the attendance figure to 41,000 from 45,000 after an audit.', '41,000', '45,000')).toEqual(['target', 'base']);
  });

  test('a compared base and a sentence telling an earlier state are bases', () => {
    expect(phases('Turnout was 61%, up from 55% four years ago.', '61%', '55%')).toEqual(['-', 'base']);
    expect(phases('Previously, 40 homes had been reported destroyed and 12 damaged.', '40 homes', '12')).toEqual(['base', 'base']);
    expect(phases('Earlier, the count stood at 17.', '17')).toEqual(['base']);
  });

  test('a proposed change: its target is proposed and its base is the value in force', () => {
    expect(phases('Unions marched against the plan to raise the pension age from 65 to 67.', '65', '67')).toEqual(['base?', 'target?']);
    expect(phases('The bill would cut the speed limit from 70 to 60 on rural roads.', '70', '60')).toEqual(['base?', 'target?']);
    expect(phases('Strikers oppose the government reform and the increase of the fare to 3 euros.', '3 euros')).toEqual(['target?']);
    // Preparing or poised to make a change is planning it.
    expect(phases('The mill is preparing to cut staff to 400 from 650.', '400', '650')).toEqual(['target?', 'base?']);
    expect(phases('The council is poised to raise the fare to 3 euros.', '3 euros')).toEqual(['target?']);
  });

  test('no change word, a range, a change nobody says happened or is planned: no phase', () => {
    expect(phases('Tickets cost from 20 to 40 euros.', '20', '40')).toEqual(['-', '-']);
    expect(phases('The board voted to raise the fee from $5 to $7.', '$5', '$7')).toEqual(['-', '-']);
    expect(phases('Tariffs on cars will be reduced to 15% under the agreement.', '15%')).toEqual(['-']);
    expect(phases('Earlier this month, 300 people attended the rally.', '300 people')).toEqual(['-']);
  });
});

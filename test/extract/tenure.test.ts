/** `tenureEnded`: a sentence saying a person left the role it names them in (pure). */
import { describe, expect, test } from 'vitest';
import { tenureEnded } from '../../extract/tenure.js';

function ended(text: string, name: string): boolean {
  const start = text.indexOf(name);
  if (start < 0) throw new Error(`${name} not in ${text}`);
  return tenureEnded(text, start, start + name.length);
}

describe('tenureEnded', () => {
  test('a leaving verb after the name, directly or in a relative clause', () => {
    expect(ended('Coach Ana Ruiz stepped down on Monday after two seasons.', 'Ana Ruiz')).toBe(true);
    expect(ended('The club thanked Ana Ruiz, who has resigned, for her work.', 'Ana Ruiz')).toBe(true);
    expect(ended('Finance chief Tom Hale was fired by the board.', 'Tom Hale')).toBe(true);
  });

  test('a name heading a list that a passive leaving verb ends', () => {
    const text = 'CEO Mia Stone, CFO Raj Patel and general counsel Lee Park were among the officers dismissed by the new owner.';
    expect(ended(text, 'Mia Stone')).toBe(true);
    expect(ended(text, 'Raj Patel')).toBe(true);
  });

  test('the predecessor a successor replaces', () => {
    expect(ended('The board named Ivo Berg chief executive, replacing Carla Mendes, effective immediately.', 'Carla Mendes')).toBe(true);
    expect(ended('The board named Ivo Berg chief executive, replacing Carla Mendes, effective immediately.', 'Ivo Berg')).toBe(false);
    expect(ended('Berg succeeds longtime chief Carla Mendes.', 'Carla Mendes')).toBe(true);
  });

  test('a title styled as the one held then', () => {
    expect(ended('The deal was signed with then Fisheries Minister Ana Lund in 2004.', 'Ana Lund')).toBe(true);
    expect(ended('It was approved by then-CEO Tom Hale.', 'Tom Hale')).toBe(true);
    expect(ended('It was approved by the then chief executive Tom Hale.', 'Tom Hale')).toBe(true);
    // `then` of a sequence of actions, or before a verb, is no title's.
    expect(ended('The king spoke and then Prime Minister Ana Lund rose.', 'Ana Lund')).toBe(false);
    expect(ended('He then met Ana Lund at the port.', 'Ana Lund')).toBe(false);
    expect(ended('He then called Prime Minister Ana Lund.', 'Ana Lund')).toBe(false);
  });

  test('staying, speaking, or another person leaving is not the end of a tenure', () => {
    expect(ended('Mayor Eva Lind said the budget was approved.', 'Eva Lind')).toBe(false);
    expect(ended('Eva Lind, who replaced Jon Dahl in 2019, said the plan will stand.', 'Eva Lind')).toBe(false);
    expect(ended('Mayor Eva Lind said three officials were fired on Friday.', 'Eva Lind')).toBe(false);
  });
});

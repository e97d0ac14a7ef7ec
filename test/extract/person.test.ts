import { describe, expect, it } from 'vitest';
import { findPersons } from '../../extract/person.js';

const people = (text: string) => findPersons(text).map((p) => [text.slice(p.start, p.end), p.name, p.role]);

describe('findPersons', () => {
  it('takes the role from a title before the name', () => {
    expect(people('Energy Secretary Laura Greene spoke first.')).toEqual([['Laura Greene', 'Laura Greene', 'Energy Secretary']]);
  });

  it('drops "then-" from titles', () => {
    expect(people('The bill was vetoed by then-Governor Mark Hale.')).toEqual([['Mark Hale', 'Mark Hale', 'Governor']]);
  });

  it('keeps an "of X" title complement apart from the name', () => {
    expect(people('Minister of Finance Paul Brandt resigned.')).toEqual([['Paul Brandt', 'Paul Brandt', 'Minister of Finance']]);
  });

  it('takes the role from an appositive, without possessive marks', () => {
    expect(people('“No,” said Nora Field, a senior fellow at the Hudson Institute’s energy program.')).toEqual([
      ['Nora Field', 'Nora Field', 'senior fellow at the Hudson Institute energy program'],
    ]);
  });

  it('links later surname mentions, also inside compounds, to the full name', () => {
    const found = people('Chancellor Olaf Brenner arrived. The Brenner-Lutz talks went well, and Brenner smiled.');
    expect(found.map(([q, n]) => [q, n])).toEqual([
      ['Olaf Brenner', 'Olaf Brenner'],
      ['Brenner', 'Olaf Brenner'],
      ['Brenner', 'Olaf Brenner'],
    ]);
  });

  it('puts a family-name-first name in Western order when the first word is used alone', () => {
    const found = people('Trade Minister Tanaka Hiroshi met envoys. Later, Minister Tanaka left.');
    expect(found.map(([, n]) => n)).toEqual(['Hiroshi Tanaka', 'Hiroshi Tanaka']);
    // The fuller title written once is kept for the short mention too.
    expect(found.map(([, , r]) => r)).toEqual(['Trade Minister', 'Trade Minister']);
  });

  it('reads credit lines as people with no role', () => {
    expect(people('–With assistance from Ann Lee and Bo Kim.').map(([, n, r]) => [n, r])).toEqual([['Ann Lee', null], ['Bo Kim', null]]);
  });

  it('does not take places or organisations after a title-like word', () => {
    expect(people('The Commerce Department and General Motors Co. declined to comment.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findPersons } from '../../extract/person.js';
import { postOf } from '../../extract/succession.js';

/** Each person's role and organisation at their first mention in `text`. */
const posts = (text: string) => Object.fromEntries(findPersons(text).map((p) => [p.name, [p.role, p.org]]));

describe('successions', () => {
  it('gives the one replaced the post the successor is named to, as a former holder', () => {
    expect(posts('Acme named Jane Roe chief executive, replacing John Doe.')).toEqual({
      'Jane Roe': ['chief executive', 'Acme'],
      'John Doe': ['former chief executive', 'Acme'],
    });
  });

  it('gives a successor the post of the one the sentence says was replaced with them', () => {
    const text =
      'Sprint Nextel said Friday it plans to cut jobs. Its board fired former CEO Gary Forsee, who was replaced in December with Dan Hesse, former CEO of Sprint spin-off Embarq Corp. Sprint Nextel said it would save money. Sprint Nextel shares fell.';
    const people = posts(text);
    expect(people['Dan Hesse']).toEqual(['CEO', 'Sprint Nextel']);
    expect(people['Gary Forsee']).toEqual(['former CEO', 'Sprint Nextel']);
  });

  it('reads who replaced whom as what', () => {
    expect(posts('Jose Mourinho replaced Felix Magath as Bayern Munich coach on February 1.')).toEqual({
      'Jose Mourinho': ['Bayern Munich coach', null],
      'Felix Magath': ['former Bayern Munich coach', null],
    });
    expect(posts('Claude Brochu was succeeded by John McHale as president of the Montreal Expos.')).toEqual({
      'Claude Brochu': ['former president', 'Montreal Expos'],
      'John McHale': ['president', 'Montreal Expos'],
    });
  });

  it('reads a post left as former, and one to be left as still held', () => {
    expect(posts('Kevin Rudd, 50, resigned as leader of the Labor Party on Monday.')['Kevin Rudd']).toEqual(['former leader', 'Labor Party']);
    expect(posts('Mark Hurd will step down as chief executive of Hewlett-Packard in March.')['Mark Hurd']).toEqual(['chief executive', 'Hewlett-Packard']);
  });

  it('gives no post for a player replaced in a game or a verb with no post', () => {
    expect(posts('Wayne Rooney was replaced by Carlos Tevez in the 70th minute.')).toEqual({ 'Wayne Rooney': [null, null], 'Carlos Tevez': [null, null] });
    expect(posts('United striker Wayne Rooney was replaced by Carlos Tevez.')['Carlos Tevez']).toEqual([null, null]);
    expect(posts('Alan Shearer retired as a player in 2006.')['Alan Shearer']).toEqual([null, null]);
  });
});

describe('postOf', () => {
  it('reads the post and its organisation from an as-phrase', () => {
    expect(postOf('chief executive of Acme Corp on Monday')).toEqual({ role: 'chief executive', org: 'Acme Corp' });
    expect(postOf("Acme's chairman in 2004")).toEqual({ role: 'chairman', org: 'Acme' });
    expect(postOf('the team’s head coach, a post')).toEqual({ role: 'head coach', org: null });
    expect(postOf('prime minister.')).toEqual({ role: 'prime minister', org: null });
    expect(postOf('a player')).toBeNull();
  });
});

describe('successions, what they leave alone', () => {
  it('takes the replaced one’s post only from a successor this sentence names to it', () => {
    const text = 'Portsmouth manager Harry Redknapp had been the favourite to replace Sam Allardyce, who was sacked yesterday.';
    expect(posts(text)['Sam Allardyce']).toEqual([null, null]);
    expect(posts('Globex said it would cut jobs. Its new CEO Jane Roe, who replaces John Doe, starts Monday, Globex said.')['John Doe']).toEqual(['former CEO', 'Globex']);
  });

  it('gives no post whose owner is not said, other than a company officer', () => {
    expect(posts('The talks ended two days before Brian Mulroney stepped down as prime minister.')['Brian Mulroney']).toEqual([null, null]);
  });
});

import { describe, expect, test } from 'vitest';
import { personDraft as person } from './drafts.js';
import { claimObservation, factKey } from '../../reconcile/index.js';
import { isFormerRole, officeOf, officeSubject } from '../../reconcile/office.js';


describe('officeOf', () => {
  test('an organisation before or after the title', () => {
    expect(officeOf('Halden Foods CEO', null)).toEqual({ org: 'Halden Foods', office: 'chief executive' });
    expect(officeOf('chief executive officer of Brightline Rail', null)).toEqual({ org: 'Brightline Rail', office: 'chief executive' });
    expect(officeOf('Porto Verde Mayor', null)).toEqual({ org: 'Porto Verde', office: 'mayor' });
    expect(officeOf("chairman of the board", 'Kestrel Mining Corp.')).toEqual({ org: 'Kestrel Mining', office: 'chair' });
  });

  test('a former holder held the office: the office, with the role saying the value is an earlier one', () => {
    expect(officeOf('Former Halden Foods CEO', null)).toEqual({ org: 'Halden Foods', office: 'chief executive' });
    expect(officeOf('ex-mayor of Porto Verde', null)).toEqual({ org: 'Porto Verde', office: 'mayor' });
    expect(isFormerRole('former CEO')).toBe(true);
    expect(isFormerRole('CEO of Halden Foods')).toBe(false);
    expect(isFormerRole('former analyst')).toBe(false);
  });

  test('a deputy, an acting holder or a title without an organisation is not an office holder', () => {
    expect(officeOf('former CEO', null)).toBeNull();
    expect(officeOf('acting CEO of Halden Foods', null)).toBeNull();
    expect(officeOf('Deputy Mayor of Porto Verde', null)).toBeNull();
    expect(officeOf('vice president of Halden Foods', null)).toBeNull();
    expect(officeOf('CEO', null)).toBeNull();
    expect(officeOf('analyst at Brightline Rail', null)).toBeNull();
  });

  test('a hyphenated place is one word, so a city is not a shorter mention of its county', () => {
    expect(officeSubject('Miami-Dade County')).toBe('MiamiDade County');
    expect(factKey(officeSubject('Miami'), 'mayor').split('|')[0]).toBe('miami');
    expect(factKey(officeSubject('Miami-Dade County'), 'mayor').split('|')[0]).toBe('county miamidade');
  });
});

describe('office observations', () => {
  test('a person holding an office observes who holds it; other roles stay the person\u2019s', () => {
    expect(claimObservation(person('Lena Ortiz', 'Halden Foods CEO'))).toMatchObject({ subject: 'Halden Foods', predicate: 'chief executive', value: { text: 'Lena Ortiz' } });
    expect(claimObservation(person('Omar Said', 'analyst'))).toMatchObject({ subject: 'Omar Said', predicate: 'role', value: { text: 'analyst' } });
  });

  test('two holders of one office meet in one fact, whatever the wording of the organisation', () => {
    const a = claimObservation(person('Lena Ortiz', 'chief executive of Halden Foods'))!;
    const b = claimObservation(person('Piet de Wit', 'Halden Foods CEO'))!;
    expect(a.key).toBe(b.key);
  });
});

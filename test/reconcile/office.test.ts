import { describe, expect, test } from 'vitest';
import { personDraft as person } from './drafts.js';
import type { ClaimDraft } from '../../model/index.js';
import { ambiguousCounts, claimObservation, factKey, scopeToken } from '../../reconcile/index.js';
import { bareOffice, endByOfficeMoves, isFormerRole, isRolePredicateKey, officeOf, officeSubject, rolePost } from '../../reconcile/office.js';


describe("a team's coach", () => {
  test('a coach whose role names the team, in full, is the team\'s head coach', () => {
    expect(officeOf('Hawks coach', 'Port Hale Hawks')).toEqual({ org: 'Port Hale Hawks', office: 'head coach' });
    expect(officeOf('Port Hale Hawks coach', null)).toEqual({ org: 'Port Hale Hawks', office: 'head coach' });
    expect(officeOf('coach of the Port Hale Hawks', null)).toEqual({ org: 'Port Hale Hawks', office: 'head coach' });
    expect(officeOf('former Port Hale Hawks coach', null)).toEqual({ org: 'Port Hale Hawks', office: 'head coach' });
  });

  test('another post, a team borrowed from elsewhere, one word or a country is no office', () => {
    // Another post: a modifier or rank before `coach`.
    expect(officeOf('Port Hale Hawks bowling coach', null)).toBeNull();
    expect(officeOf('Port Hale Hawks assistant coach', null)).toBeNull();
    // The extractor's organisation for a bare `coach` comes from elsewhere in the article.
    expect(officeOf('coach', 'Port Hale Hawks')).toBeNull();
    // A college or a nation has a coach per sport.
    expect(officeOf('Dunmore coach', null)).toBeNull();
    expect(officeOf('New Zealand coach', null)).toBeNull();
  });
});

describe("a government's post named by its portfolio, a police force's head", () => {
  test('a minister or secretary of a portfolio is one post of its country, written before or after the title', () => {
    expect(officeOf('Fisheries Minister', 'Norway')).toEqual({ org: 'Norway', office: 'fisheries minister' });
    expect(officeOf('Minister of Foreign Affairs', 'Peru')).toEqual({ org: 'Peru', office: 'foreign affairs minister' });
    expect(officeOf('minister of home affairs of Chile', null)).toEqual({ org: 'Chile', office: 'home affairs minister' });
    expect(officeOf('Public Safety Minister', 'Canada')).toEqual({ org: 'Canada', office: 'public safety minister' });
    expect(officeOf('Queensland Transport Minister', null)).toEqual({ org: 'Queensland', office: 'transport minister' });
    expect(officeOf('Varna Chief Minister', null)).toEqual({ org: 'Varna', office: 'chief minister' });
    expect(officeOf('Attorney General', 'Ohio')).toEqual({ org: 'Ohio', office: 'attorney general' });
    // A two-word demonym is its country.
    expect(officeOf('Health Minister', 'South African')).toEqual({ org: 'South Africa', office: 'health minister' });
  });

  test('the portfolio is never the owner, and a title without one names no office', () => {
    // The extractor's organisation for `minister of agriculture and lands` is the portfolio's words.
    expect(officeOf('minister of agriculture and lands', 'agriculture and lands')).toBeNull();
    expect(officeOf('Minister of Foreign Affairs', 'Foreign Affairs')).toBeNull();
    expect(officeOf('Justice Minister', null)).toBeNull();
    // A minister with no portfolio, a junior minister, a deputy: not the one holder of a post.
    expect(officeOf('minister', 'Norway')).toBeNull();
    expect(officeOf('Minister of State', 'Norway')).toBeNull();
    expect(officeOf('Deputy Finance Minister', 'Norway')).toBeNull();
    expect(officeOf('press secretary', 'Norway')).toBeNull();
    // A secretary's post stays the person's role for now: most reports style it without the country.
    expect(officeOf('Energy Secretary', 'Norway')).toBeNull();
  });

  test("a police force's chief or commissioner is its place's, never a level word's", () => {
    expect(officeOf('Harbin police chief', null)).toEqual({ org: 'Harbin', office: 'police chief' });
    expect(officeOf('chief of the Harbin police', null)).toEqual({ org: 'Harbin', office: 'police chief' });
    expect(officeOf('Dunmore Police Department chief', null)).toEqual({ org: 'Dunmore', office: 'police chief' });
    expect(officeOf('DPD Chief', 'Dunmore Police Department')).toEqual({ org: 'Dunmore', office: 'police chief' });
    expect(officeOf('Police Commissioner', 'Dunmore Metropolitan Police')).toEqual({ org: 'Dunmore', office: 'police commissioner' });
    expect(officeOf('National Police Commissioner', null)).toBeNull();
    expect(officeOf('police chief', null)).toBeNull();
    expect(officeOf('Assistant Police Commissioner', 'Dunmore')).toBeNull();
    // A commission has several commissioners; a chief of anything else is another post.
    expect(officeOf('Dunmore Trade commissioner', null)).toBeNull();
    expect(officeOf('Dunmore fitness chief', null)).toBeNull();
    expect(officeOf('Harbin police chief spokesman', null)).toBeNull();
  });

  test('a former holder of a named post held it', () => {
    expect(isFormerRole('former Fisheries Minister')).toBe(true);
    expect(isFormerRole('former police chief')).toBe(true);
    expect(isFormerRole('former fitness chief')).toBe(false);
  });
});

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

  test('a governor styled by the abbreviation is the governor; a lieutenant governor is not', () => {
    expect(officeOf('Former Porto Verde Gov.', null)).toEqual({ org: 'Porto Verde', office: 'governor' });
    expect(isFormerRole('former Porto Verde Gov.')).toBe(true);
    expect(officeOf('Porto Verde Lt. Gov.', null)).toBeNull();
    expect(officeOf('Lieutenant Governor of Porto Verde', null)).toBeNull();
    expect(officeOf("Gov't spokesman", null)).toBeNull();
  });

  test('a party styles a government post, it does not hold it: the post is the person’s role', () => {
    expect(officeOf('former Progressive Conservative prime minister', null)).toBeNull();
    expect(officeOf('Labour mayor', null)).toBeNull();
    expect(officeOf('Republican governor', null)).toBeNull();
    // A party's own posts are its offices.
    expect(officeOf('Congress president', null)).toEqual({ org: 'Congress', office: 'president' });
  });

  test('a hyphenated place is one word, so a city is not a shorter mention of its county', () => {
    expect(officeSubject('Miami-Dade County')).toBe('MiamiDade County');
    expect(factKey(officeSubject('Miami'), 'mayor').split('|')[0]).toBe('miami');
    expect(factKey(officeSubject('Miami-Dade County'), 'mayor').split('|')[0]).toBe('county miamidade');
  });
});

describe('a premier', () => {
  test('is the prime minister of the place named, and a name after the word is no title', () => {
    expect(officeOf('Alberta Premier', null)).toEqual({ org: 'Alberta', office: 'prime minister' });
    expect(officeOf('premier', 'Ruritania')).toEqual({ org: 'Ruritania', office: 'prime minister' });
    expect(officeOf('former premier of Ontario', null)).toEqual({ org: 'Ontario', office: 'prime minister' });
    expect(isFormerRole('former Alberta Premier')).toBe(true);
    expect(officeOf('deputy premier', 'Ruritania')).toBeNull();
    expect(officeOf('Premier League manager', null)).toBeNull();
    expect(officeOf('president of Premier Foods', null)).toEqual({ org: 'Premier Foods', office: 'president' });
    // With no owner it stays the person's post, as a province's premier and a country's prime minister share a story.
    expect(officeOf('Premier', null)).toBeNull();
    expect(bareOffice('Premier')).toBeNull();
  });
});

describe('office observations', () => {
  test('a person holding an office observes who holds it; other roles stay the person\u2019s', () => {
    expect(claimObservation(person('Lena Ortiz', 'Halden Foods CEO'))).toMatchObject({ subject: 'Halden Foods', predicate: 'chief executive', value: { text: 'Lena Ortiz' } });
    expect(claimObservation(person('Omar Said', 'analyst'))).toMatchObject({ subject: 'Omar Said', predicate: 'role: analyst', value: { text: 'analyst' } });
  });

  test('two holders of one office meet in one fact, whatever the wording of the organisation', () => {
    const a = claimObservation(person('Lena Ortiz', 'chief executive of Halden Foods'))!;
    const b = claimObservation(person('Piet de Wit', 'Halden Foods CEO'))!;
    expect(a.key).toBe(b.key);
  });
});

describe('endByOfficeMoves', () => {
  const report = (holder: string, published: string, extra: Partial<{ earlier: boolean; validTo: string | null }> = {}) => ({
    value: { text: holder },
    published,
    observedAt: null,
    earlier: false,
    validTo: null,
    ...extra,
  });

  test('a holder named later in another office of the organisation left this one then', () => {
    const evidence = [report('Jane Holt', '2020-03-01'), report('Jane Holt', '2021-01-10')];
    const ended = endByOfficeMoves(evidence, [{ holder: 'Jane Holt', day: '2023-05-01', role: 'Acme chair' }, { holder: 'Jane Holt', day: '2024-02-02' }], 'lead director');
    expect(ended.map((e) => e.validTo)).toEqual(['2023-05-01', '2023-05-01']);
  });

  test('no end: an earlier report of the other office, a role naming both, a stated end, another person', () => {
    const evidence = [report('Bob Lane', '2022-11-21')];
    // Executive chairman in 2020, CEO again in 2022: the chairmanship does not end the later tenure.
    expect(endByOfficeMoves(evidence, [{ holder: 'Bob Lane', day: '2020-02-25' }], 'chief executive')[0]!.validTo).toBeNull();
    expect(endByOfficeMoves(evidence, [{ holder: 'Bob Lane', day: '2023-01-01', role: 'chair and CEO' }], 'chief executive')[0]!.validTo).toBeNull();
    const stated = [report('Bob Lane', '2020-02-25', { validTo: '2022-01-01' })];
    expect(endByOfficeMoves(stated, [{ holder: 'Bob Lane', day: '2023-01-01' }], 'chair')[0]!.validTo).toBe('2022-01-01');
    expect(endByOfficeMoves(evidence, [{ holder: 'Ann Lane', day: '2023-01-01' }], 'chief executive')[0]!.validTo).toBeNull();
    // A former holder's report ("former CEO") is an earlier value already.
    const former = [report('Bob Lane', '2022-11-21', { earlier: true })];
    expect(endByOfficeMoves(former, [{ holder: 'Bob Lane', day: '2023-01-01' }], 'chief executive')[0]!.validTo).toBeNull();
  });
});

describe('a country as the place of an office', () => {
  test('a demonym is its country, so "Pakistani President" and "President of Pakistan" are one office', () => {
    expect(officeOf('President', 'Pakistani')).toEqual({ org: 'Pakistan', office: 'president' });
    expect(officeOf('president of Pakistan', null)).toEqual({ org: 'Pakistan', office: 'president' });
    expect(officeOf('Halden Foods CEO', null)).toEqual({ org: 'Halden Foods', office: 'chief executive' });
    // So for the smaller countries the table knows since rules@121 (`Liberian President`, `Sierra Leonean Foreign Minister`).
    expect(officeOf('President', 'Liberian')).toEqual({ org: 'Liberia', office: 'president' });
    expect(officeOf('Foreign Minister', 'Sierra Leonean')).toEqual({ org: 'Sierra Leone', office: 'foreign minister' });
  });
});

describe('rolePost', () => {
  test('the post without its organisation, field, place or time words', () => {
    expect(rolePost('Riverton coach')).toBe('coach');
    expect(rolePost('former Harbour Hawks coach')).toBe('coach');
    expect(rolePost('Minister of Fisheries')).toBe('minister');
    expect(rolePost('Regional Development Minister')).toBe('minister');
    expect(rolePost('spokeswoman for the Valley Water Board')).toBe('spokesperson');
    expect(rolePost('analyst with Corbel Research Inc')).toBe('analyst');
    expect(rolePost('Quarry Town owner')).toBe('owner');
    expect(rolePost('head coach')).toBe('coach');
    expect(rolePost('caretaker premier')).toBe('caretaker prime minister');
    expect(rolePost('Gen.')).toBe('general');
    expect(rolePost('Lt. Col.')).toBe('lieutenant colonel');
    // Every rank written short before a name is its spelled-out post.
    expect(rolePost('Adm.')).toBe(rolePost('Admiral'));
    expect(rolePost('Det. Insp.')).toBe(rolePost('Detective Inspector'));
    expect(rolePost('Maj.')).not.toBe(rolePost('Gen.'));
  });

  test('rank words stay: another rank is another post', () => {
    expect(rolePost('Senior Vice President of sales')).toBe('senior vice president');
    expect(rolePost('vice president')).not.toBe(rolePost('president'));
    expect(rolePost('assistant coach')).toBe('assistant coach');
    expect(rolePost('Prime Minister')).toBe('prime minister');
    expect(rolePost('Attorney General')).toBe('attorney general');
    expect(rolePost('general manager of the Ferndale plant')).toBe('general manager');
  });

  test('short forms are their full form; a list of posts gives the first; a clause ends the title', () => {
    expect(rolePost('CEO')).toBe('chief executive');
    expect(rolePost('chief executive officer of Halden Foods')).toBe('chief executive');
    expect(rolePost('CFO')).toBe(rolePost('Chief Financial Officer'));
    expect(rolePost('vice president and head of research at Corbel')).toBe('vice president');
    expect(rolePost('pilot - who had flown for 20 years - said')).toBe('pilot');
    expect(rolePost('nominee for best actor')).toBe('nominee');
    expect(rolePost('the')).toBe('the');
    expect(rolePost('former')).toBeNull();
  });

  test('a person observes one fact per post: two posts never meet, two wordings of one post do', () => {
    const key = (role: string) => claimObservation(person('Lena Ortiz', role))!.key;
    expect(key('party founder')).not.toBe(key('party leader'));
    expect(key('board vice president')).not.toBe(key('board spokeswoman'));
    expect(key('Riverton coach')).toBe(key('Hawks coach'));
    expect(key('Minister of Fisheries')).toBe(key('Regional Development Minister'));
    expect(key('former Hawks coach')).toBe(key('Hawks coach'));
    // A team named in full is the team's office (`a team's coach`, above), not the person's post.
    expect(key('Harbour Hawks coach')).toBe('harbour hawk|head coach');
    expect(isRolePredicateKey(key('analyst').split('|')[1]!)).toBe(true);
    expect(isRolePredicateKey('role')).toBe(true);
    expect(isRolePredicateKey('roles')).toBe(false);
    expect(isRolePredicateKey('chief executive')).toBe(false);
  });
});

describe('a post its article names without saying whose', () => {
  const scope = (claims: ClaimDraft[], id = 's_1') => ({ token: scopeToken(id), names: new Set<string>(), ambiguousCounts: ambiguousCounts(claims) });

  test('bareOffice: a government post or a police force head with no owner, and the body it belongs to', () => {
    expect(bareOffice('former Prime Minister')).toEqual({ body: 'government', office: 'prime minister' });
    expect(bareOffice('Attorney General')).toEqual({ body: 'government', office: 'attorney general' });
    expect(bareOffice('National Police Commissioner')).toEqual({ body: 'police', office: 'police commissioner' });
    expect(bareOffice('police chief')).toEqual({ body: 'police', office: 'police chief' });
    // An owner in the role (officeOf's), another post, a post of companies and countries alike, not the holder.
    expect(bareOffice('Harbin police chief')).toBeNull();
    expect(bareOffice('Queensland Transport Minister')).toBeNull();
    expect(bareOffice('minister')).toBeNull();
    expect(bareOffice('President')).toBeNull();
    expect(bareOffice('chief executive')).toBeNull();
    expect(bareOffice('Energy Secretary')).toBeNull();
    // A minister of a portfolio stays the person's role: their moves between portfolios are changes of it.
    expect(bareOffice('Fisheries Minister')).toBeNull();
    expect(bareOffice('Deputy Prime Minister')).toBeNull();
  });

  test("in a story, its holder is the value of the story's office; outside one, the post stays the person's role", () => {
    const claims = [person('Ana Lund', 'Prime Minister'), person('Ben Ode', 'police chief')];
    const s = scope(claims);
    expect(claimObservation(claims[0]!, s)).toMatchObject({ subject: 'government', predicate: 'prime minister', value: { text: 'Ana Lund' } });
    expect(claimObservation(claims[1]!, s)).toMatchObject({ subject: 'police', predicate: 'police chief', value: { text: 'Ben Ode' } });
    expect(claimObservation(claims[0]!, null)).toMatchObject({ subject: 'Ana Lund', predicate: 'role: prime minister' });
    // Two stories' prime ministers are two facts; an owned office is the owner's, whatever the story.
    expect(claimObservation(claims[0]!, scope(claims, 's_2'))!.key).not.toBe(claimObservation(claims[0]!, s)!.key);
    expect(claimObservation(person('Ana Lund', 'Prime Minister', 'Norway'), s)).toMatchObject({ subject: 'Norway', predicate: 'prime minister' });
  });

  test('an article naming two holders of one such post at once says of neither whose it is', () => {
    const claims = [person('Ana Lund', 'Prime Minister'), person('Carl Berg', 'Prime Minister'), person('Dora Vik', 'Attorney General')];
    const s = scope(claims);
    expect(claimObservation(claims[0]!, s)).toMatchObject({ subject: 'Ana Lund', predicate: 'role: prime minister' });
    expect(claimObservation(claims[1]!, s)).toMatchObject({ subject: 'Carl Berg', predicate: 'role: prime minister' });
    expect(claimObservation(claims[2]!, s)).toMatchObject({ subject: 'government', predicate: 'attorney general' });
    // A former holder beside the holder is a succession, not two at once.
    const succession = [person('Ana Lund', 'Prime Minister'), person('Carl Berg', 'former Prime Minister')];
    expect(claimObservation(succession[0]!, scope(succession))).toMatchObject({ subject: 'government', predicate: 'prime minister' });
  });
});

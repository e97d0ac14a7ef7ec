import { describe, expect, test } from 'vitest';
import { findPersons } from '../../extract/person.js';
import { officeOf } from '../../reconcile/office.js';

/** Each mention of `name`: its role and organisation. */
function mentionsOf(text: string, name: string): { role: string | null; org: string | null }[] {
  return findPersons(text)
    .filter((p) => p.name === name)
    .map(({ role, org }) => ({ role, org }));
}

describe('a title with no owner: the owner the article states for it', () => {
  test('the same person with the same title and an owner elsewhere in the article', () => {
    const text = 'Prime Minister Ana Lund opened the session on Monday. Later, Ana Lund, Norway’s prime minister, left for Oslo.';
    expect(mentionsOf(text, 'Ana Lund')).toEqual([
      { role: 'Prime Minister', org: 'Norway' },
      { role: 'prime minister', org: 'Norway' },
    ]);
    // Two owners for one person's title (two articles' worth of copy in one page): none is taken.
    const two = 'President Tomas Vial spoke. Tomas Vial, Chile’s president, left. Tomas Vial, Peru’s president, came.';
    expect(mentionsOf(two, 'Tomas Vial')[0]).toEqual({ role: 'President', org: null });
  });

  test('another person’s owner is not borrowed', () => {
    const text = 'Norwegian Prime Minister Ana Lund met Prime Minister Karl Haas on Monday.';
    expect(mentionsOf(text, 'Karl Haas')).toEqual([{ role: 'Prime Minister', org: null }]);
  });

  test('a side named right before the title', () => {
    const text = 'Talks resumed. On the Danish side, Prime Minister Ana Lund said a deal was close.';
    expect(mentionsOf(text, 'Ana Lund')).toEqual([{ role: 'Prime Minister', org: 'Denmark' }]);
    const president = 'On the Kenyan side, President Ruth Mwangi said a deal was close.';
    expect(mentionsOf(president, 'Ruth Mwangi')).toEqual([{ role: 'President', org: 'Kenya' }]);
  });

  test('a prime minister: the one country before the title in its sentence that has one, as modifier or owner', () => {
    // The United States has no prime minister, so of `U.S.-Danish` only Denmark can own the title.
    const text = 'With U.S.-Danish trade talks stalled, Prime Minister Ana Lund has changed course. Denmark wants a deal.';
    expect(mentionsOf(text, 'Ana Lund')).toEqual([{ role: 'Prime Minister', org: 'Denmark' }]);
    const government = 'Rebels attacked the Thai government of Prime Minister Somchai Wong on Monday.';
    expect(mentionsOf(government, 'Somchai Wong')[0]?.org).toBe('Thailand');
  });

  test('a country a verb or preposition reaches is where someone goes or who acts, not the owner', () => {
    expect(mentionsOf('Flights were delayed as Prime Minister Ana Lund left for Denmark.', 'Ana Lund')[0]?.org).toBeNull();
    expect(mentionsOf('The plan, backed by Syria and Egypt, was rejected by Prime Minister Omar Haddad.', 'Omar Haddad')[0]?.org).toBeNull();
    expect(mentionsOf('Aid flowed to Denmark. Prime Minister Ana Lund thanked donors.', 'Ana Lund')[0]?.org).toBeNull();
    // Over the modifiers between: `in northern Syria` is a place, not an owner.
    expect(mentionsOf('Jets struck rebels in northern Syria as Prime Minister Omar Haddad spoke.', 'Omar Haddad')[0]?.org).toBeNull();
    expect(mentionsOf('Jets struck rebels in the north of Syria as Prime Minister Omar Haddad spoke.', 'Omar Haddad')[0]?.org).toBeNull();
  });

  test('a surname written alone has its title elsewhere: its sentence says nothing of whose the title is', () => {
    const text = 'Prime Minister Ana Lund spoke on Monday. Asked about Swedish exports, Lund said they would rise.';
    expect(mentionsOf(text, 'Ana Lund').map((m) => m.org)).toEqual([null, null]);
  });

  test('two countries with a prime minister, or another named more often in the article, leave the title alone', () => {
    expect(mentionsOf('With Danish-Swedish talks stalled, Prime Minister Ana Lund spoke.', 'Ana Lund')[0]?.org).toBeNull();
    const often = 'Sweden and Sweden’s allies met. Swedish ministers came. Danish officials said Prime Minister Ana Lund spoke.';
    expect(mentionsOf(often, 'Ana Lund')[0]?.org).toBeNull();
  });

  test('a president takes no country from its sentence: most countries have one, the visited as often as the visitor’s', () => {
    // (Kenya named too, so that the article's one country, below, says nothing either.)
    expect(mentionsOf('Danish officials said President Ruth Mwangi would arrive Monday. Kenya sent aid.', 'Ruth Mwangi')[0]?.org).toBeNull();
  });

  test('a minister of a portfolio is the minister of the country the article names alone or more than twice as often as any other', () => {
    const alone = 'Justice Minister Ana Lund spoke on Monday. Lund said the South African police would act.';
    expect(mentionsOf(alone, 'Ana Lund')).toEqual([
      { role: 'Justice Minister', org: 'South Africa' },
      { role: 'Justice Minister', org: 'South Africa' },
    ]);
    const most = 'Pakistan voted. Pakistani police patrolled. In Pakistan, Information Minister Omar Khan said the United States had called.';
    expect(mentionsOf(most, 'Omar Khan')[0]).toEqual({ role: 'Information Minister', org: 'Pakistan' });
    expect(mentionsOf('Foreign Affairs Minister Omar Khan spoke. Pakistan voted.', 'Omar Khan')[0]?.org).toBe('Pakistan');
    // Twice as often is not enough; a minister of state is a junior post, several at once; a deputy is not the holder.
    expect(mentionsOf('Pakistan voted. Pakistan wept. Information Minister Omar Khan spoke to Indian reporters.', 'Omar Khan')[0]?.org).toBeNull();
    expect(mentionsOf('Minister of State Omar Khan spoke. Pakistan voted.', 'Omar Khan')[0]?.org).not.toBe('Pakistan');
    expect(mentionsOf('Deputy Information Minister Omar Khan spoke. Pakistan voted.', 'Omar Khan')[0]?.org).toBeNull();
    // No country named: no owner.
    expect(mentionsOf('Health Minister Ana Lund spoke.', 'Ana Lund')[0]?.org).toBeNull();
  });

  test('a president styled by the title alone is that of the one country the article names, never of the one named most', () => {
    expect(mentionsOf('President Ruth Mwangi opened parliament. Kenyan lawmakers clapped.', 'Ruth Mwangi')[0]).toEqual({ role: 'President', org: 'Kenya' });
    expect(mentionsOf('Kenya voted. Kenyan lawmakers clapped. President Ruth Mwangi met Danish envoys.', 'Ruth Mwangi')[0]?.org).toBeNull();
    // A president of a body (`the museum's president`, lower case) is not a head of state.
    expect(mentionsOf('Kenyan police said the museum’s president, Ruth Mwangi, was safe.', 'Ruth Mwangi')[0]?.org).toBeNull();
  });

  test('the owner makes the title an office fact of that country', () => {
    const [p] = findPersons('On the Danish side, Prime Minister Ana Lund spoke.');
    expect(officeOf(p!.role!, p!.org)).toEqual({ org: 'Denmark', office: 'prime minister' });
  });
});

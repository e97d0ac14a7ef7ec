import { describe, expect, it, test } from 'vitest';
import { findPersons } from '../../extract/person.js';

const people = (text: string) => findPersons(text).map((p) => [text.slice(p.start, p.end), p.name, p.role]);
/** The organisation of the person named `name` in `text`, or null. */
const orgOf = (text: string, name: string) => findPersons(text).find((p) => p.name === name)?.org ?? null;

describe('findPersons', () => {
  it('takes the role from a title before the name', () => {
    expect(people('Energy Secretary Laura Greene spoke first.')).toEqual([['Laura Greene', 'Laura Greene', 'Energy Secretary']]);
  });

  it('keeps the organisation before a bracketed acronym in the title, without the brackets', () => {
    expect(people('National Water Authority (NWA) director Ines Moreau said the dam held.')).toEqual([['Ines Moreau', 'Ines Moreau', 'National Water Authority director']]);
    expect(people('Water Authority director Ines Moreau said the dam held.')).toEqual([['Ines Moreau', 'Ines Moreau', 'Water Authority director']]);
  });

  it('does not take a company named after an organisation noun for a person, but keeps people after job nouns', () => {
    expect(people('Mining company Minera Pacifico said output would rise.')).toEqual([]);
    expect(people('Billionaire investor Carl Icahn said the offer was too low.').map(([q]) => q)).toEqual(['Carl Icahn']);
    expect(people('Film producer Maria Lopez said shooting starts in May.').map(([q]) => q)).toEqual(['Maria Lopez']);
  });

  it('reads "X, 54, who chairs the Y" as the chair of Y', () => {
    expect(people('Anna Berg, 54, who chairs the finance committee, voted against.')).toEqual([['Anna Berg', 'Anna Berg', 'chair of finance committee']]);
  });

  it('reads a military rank spelled out before a given name as the title, never an organisation word', () => {
    expect(people('General Anna Weiss said the troops would stay.')).toEqual([['Anna Weiss', 'Anna Weiss', 'General']]);
    expect(people('Earlier, Gen. Anna Weiss said the troops would stay.')).toEqual([['Anna Weiss', 'Anna Weiss', 'Gen.']]);
    expect(people('General Motors Co. said sales fell.')).toEqual([]);
    expect(people('Director General Maria Lopez said the fund was short.')).toEqual([['Maria Lopez', 'Maria Lopez', 'Director General']]);
  });

  it('leaves a party word before a name out of the name', () => {
    expect(people('The chairman and ranking Republican Tom Davis wrote to the department.')).toEqual([['Tom Davis', 'Tom Davis', null]]);
    expect(people('Democrat Ana Ruiz voted against the bill.')).toEqual([['Ana Ruiz', 'Ana Ruiz', null]]);
    expect(people('Republican Party leaders met on Monday.')).toEqual([]);
  });

  it("gives an acronym's organisation the name the article spells it out with", () => {
    const orgs = (text: string) => findPersons(text).map((p) => [p.name, p.org]);
    expect(orgs('NWA chairman Ines Moreau said the National Water Authority would meet on Friday.')).toEqual([['Ines Moreau', 'National Water Authority']]);
    expect(orgs("The National Water Authority's board met. NWA chairman Ines Moreau spoke.")).toEqual([['Ines Moreau', 'National Water Authority']]);
    expect(orgs('The National Water Authority (NWA) met. Later the chairman of the NWA, Ines Moreau, spoke.')).toEqual([['Ines Moreau', 'National Water Authority']]);
    // Not spelled out, or spelled out two ways: the acronym stays.
    expect(orgs('NWA chairman Ines Moreau said the dam held.')).toEqual([['Ines Moreau', null]]);
    expect(orgs('NWA chairman Ines Moreau met the National Water Authority and the Northern Women Association.')).toEqual([['Ines Moreau', null]]);
    // A person's name spells no organisation.
    expect(orgs('GM chairman Ines Moreau met Gary Miller on Monday.')).toEqual([['Ines Moreau', null], ['Gary Miller', null]]);
  });

  it('leaves an honorific written without its period out of the name, and links the family name to the full name', () => {
    expect(people('Ports Minister Alan Verey opened the wharf. Mr Verey said it was late.')).toEqual([
      ['Alan Verey', 'Alan Verey', 'Ports Minister'],
      ['Verey', 'Alan Verey', 'Ports Minister'],
    ]);
    expect(people('Dr Ruth Okafor said the ward was full, and Ms Lind agreed.')).toEqual([
      ['Ruth Okafor', 'Ruth Okafor', null],
      ['Lind', 'Lind', null],
    ]);
    // A later full name gives the given name, never the honorific.
    expect(people('Mrs Harwood declined to comment. Jane Harwood has run the inn since 1990.').map(([, name]) => name)).toEqual(['Jane Harwood', 'Jane Harwood']);
    // `Miss` before a word that is no known family name names a title or a show, not a person; an initial alone is no name.
    expect(people('Miss Universe was crowned on Sunday.')).toEqual([]);
    expect(people('I met Mr K. Doshi at the gate.').map(([q]) => q)).not.toContain('K');
  });

  it('takes a family name shared by two people named in full for the one its title fits or its given name writes', () => {
    const who = (text: string) => findPersons(text).map((p) => [text.slice(p.start, p.end), p.name, p.role]);
    // A title the article gives only one of them, and an honorific of one given name's sex, say which; the role stays
    // with that person and is not given to the first named.
    expect(who('Senator Thomas Weber met Mayor Anna Weber. Senator Weber said no. Mayor Weber said yes.')).toEqual([
      ['Thomas Weber', 'Thomas Weber', 'Senator'],
      ['Anna Weber', 'Anna Weber', 'Mayor'],
      ['Weber', 'Thomas Weber', 'Senator'],
      ['Weber', 'Anna Weber', 'Mayor'],
    ]);
    expect(who('Thomas Weber met Anna Weber. Mrs. Weber said no. Mr. Weber said yes.').map(([, name]) => name)).toEqual([
      'Thomas Weber', 'Anna Weber', 'Anna Weber', 'Thomas Weber',
    ]);
    expect(who('Anna Weber met President Thomas Weber. President Weber spoke first.')).toEqual([
      ['Anna Weber', 'Anna Weber', null],
      ['Thomas Weber', 'Thomas Weber', 'President'],
      ['Weber', 'Thomas Weber', 'President'],
    ]);
    // Else the one named in full most recently before, when named with a title: a second principal of the story.
    expect(who('Anna Weber spoke first. Mayor Thomas Weber spoke next. Weber said the bridge would open.').map(([, name]) => name)).toEqual([
      'Anna Weber', 'Thomas Weber', 'Thomas Weber',
    ]);
    // Never one named only after it, and one named last with no title is no guide (a relative is often named in
    // passing): the first named.
    expect(who('Anna Weber spoke first. Weber said the bridge would open. Then Mayor Thomas Weber spoke.').map(([, name]) => name)).toEqual([
      'Anna Weber', 'Anna Weber', 'Thomas Weber',
    ]);
    expect(who('Anna Weber met her brother Thomas Weber. Weber said the bridge would open.').map(([, name]) => name)).toEqual([
      'Anna Weber', 'Thomas Weber', 'Anna Weber',
    ]);
    expect(who('Thomas Weber met Marco Weber. Mr. Weber said yes.').map(([, name]) => name)).toEqual(['Thomas Weber', 'Marco Weber', 'Thomas Weber']);
    // A style is no second person of the family.
    expect(who('Sir Edmund Hillary met Anna Hillary. Sir Hillary spoke.').map(([, name]) => name)).toEqual(['Edmund Hillary', 'Anna Hillary', 'Edmund Hillary']);
  });

  it('does not take a family name that begins an organisation name for the person', () => {
    expect(people('Maria Varga opened the hall. Mr Varga smiled at the rivals of Varga Motors.').map(([q, name]) => [q, name])).toEqual([
      ['Maria Varga', 'Maria Varga'],
      ['Varga', 'Maria Varga'],
    ]);
  });

  it('takes no team, school or body named after a place of two or more words for a person', () => {
    expect(people('Lena Ortiz scored twice for the San Jose Comets on Sunday.').map(([q]) => q)).toEqual(['Lena Ortiz']);
    expect(people('The San Diego Comets said the deal was off.')).toEqual([]);
    expect(people('He coached the South Carolina Pioneers before they folded.')).toEqual([]);
    // A given name after the place begins a name.
    expect(people('San Jose forward Lena Ortiz scored.').map(([q]) => q)).toEqual(['Lena Ortiz']);
    // A title word that begins a place's name is no title.
    expect(people('Prince Edward Island Harbour coach Tom Vail was fired.')).toEqual([['Tom Vail', 'Tom Vail', 'Prince Edward Island Harbour coach']]);
  });

  it('leaves a style or an abbreviation before a given name and a family name out of the name', () => {
    expect(people('Sir Colin Marwood said the club would appeal.')).toEqual([['Colin Marwood', 'Colin Marwood', null]]);
    expect(people('Board chairman Sir Colin Marwood said the club would appeal.')).toEqual([['Colin Marwood', 'Colin Marwood', 'Board chairman']]);
    expect(people('The Liberal MP Carla Brandt said the vote was rigged.').map(([q]) => q)).toEqual(['Carla Brandt']);
    expect(people('Former MVP Dario Vance scored 20 points.').map(([q]) => q)).toEqual(['Dario Vance']);
    // A style before a family name alone stays with it, and a name may begin with capital letters.
    expect(people('Lord Marwood said the report was final.').map(([q]) => q)).toEqual(['Lord Marwood']);
    expect(people('JR Marwood scored 20 points, JR Marwood said.').map(([q]) => q)).toEqual(['JR Marwood', 'JR Marwood']);
  });

  it('leaves the place and party of a member out of the name', () => {
    expect(people('Oregon Democrat Ana Ruiz said the bill was dead.')).toEqual([['Ana Ruiz', 'Ana Ruiz', null]]);
    expect(people('New Mexico Republican Tom Davis said the bill was dead.')).toEqual([['Tom Davis', 'Tom Davis', null]]);
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

  it('ends an appositive role at an aside set off by dashes, or at the verb of the sentence it interrupts', () => {
    expect(people('Officials said Lena Voss, her chief pilot - a 20-year veteran - flew the plane.')).toEqual([['Lena Voss', 'Lena Voss', 'chief pilot']]);
    expect(people('Tomas Reyt, the club’s head coach was dismissed on Monday.')).toEqual([['Tomas Reyt', 'Tomas Reyt', 'head coach']]);
    // A hyphen inside a word is no aside.
    expect(people('Ana Pell, a vice-president of Acme, spoke.')).toEqual([['Ana Pell', 'Ana Pell', 'vice-president of Acme']]);
  });

  it('keeps a rank word that opens the sentence in the title before the name', () => {
    expect(people('Senior first officer Jon Marek landed the jet.')).toEqual([['Jon Marek', 'Jon Marek', 'Senior first officer']]);
    expect(people('Yesterday senior first officer Jon Marek landed the jet.')).toEqual([['Jon Marek', 'Jon Marek', 'senior first officer']]);
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

  it('keeps name particles and four-word names', () => {
    expect(people('Energy Minister Faisal bin Nasser al Thani spoke.').map(([, n]) => n)).toEqual(['Faisal bin Nasser al Thani']);
    expect(people('Adnoc chief executive Khaled Omar Al Jaber said output rose.').map(([, n, r]) => [n, r])).toEqual([['Khaled Omar Al Jaber', 'Adnoc chief executive']]);
  });

  it('reads a title phrase before a comma, skipping a style such as Prince', () => {
    expect(people('The country’s water safety chief, Amaia Etxeberria, said the dam held.')).toEqual([['Amaia Etxeberria', 'Amaia Etxeberria', 'water safety chief']]);
    expect(people('The kingdom’s finance minister, Prince Turki bin Nawaf, said so.').map(([, n, r]) => [n, r])).toEqual([['Turki bin Nawaf', 'finance minister']]);
  });

  it('takes a byline, an appositive after "its" and titles such as manager and agent', () => {
    const text = 'By Hana Okada and Peter Munk in Osaka\nThe club named Dario Velasco, its chief scouting officer, as coach, his agent Ruben Cid said. Manager Oleg Ivanov agreed.';
    expect(people(text).map(([, n, r]) => [n, r])).toEqual([
      ['Hana Okada', null], ['Peter Munk', null], ['Dario Velasco', 'chief scouting officer'], ['Ruben Cid', 'agent'], ['Oleg Ivanov', 'Manager'],
    ]);
  });

  it('finds a family-name-only person by an age appositive and completes the name written elsewhere', () => {
    const found = people('The club signed Tomasz Wrona on Monday. Wrona, 29, joins from Lodz.');
    expect(found.map(([q, n]) => [q, n])).toEqual([['Tomasz Wrona', 'Tomasz Wrona'], ['Wrona', 'Tomasz Wrona']]);
  });

  it('takes a family name the lexicon knows as a cue, and rejects multi-word places', () => {
    expect(people('Later, Akiko Tanaka met Abu Dhabi officials.').map(([, n]) => n)).toEqual(['Akiko Tanaka']);
  });

  it('takes the office from "was sworn in as X’s president"', () => {
    expect(people('Peter Mutharika was sworn in as Malawi’s president on Monday.')).toEqual([['Peter Mutharika', 'Peter Mutharika', 'president']]);
  });
});

describe('findPersons on any topic', () => {
  const roleOf = (text: string, name: string) => findPersons(text).find((p) => p.name === name)?.role;

  it('reads abbreviated and dotted titles without making them part of the name', () => {
    expect(people('PM Anika Sorensen flew to Oslo.')).toEqual([['Anika Sorensen', 'Anika Sorensen', 'PM']]);
    expect(people('Gov. Tomas Reyna signed the bill.')).toEqual([['Tomas Reyna', 'Tomas Reyna', 'Gov.']]);
    expect(roleOf('CFO Dalia Mendez and COO Ivo Petrov left.', 'Dalia Mendez')).toBe('CFO');
  });

  it('keeps complements and "General" after attorney in titles', () => {
    expect(roleOf('Envoy for Climate Mariam Osei spoke in Nairobi.', 'Mariam Osei')).toBe('Envoy for Climate');
    expect(roleOf('Ohio Attorney General Karl Brandt sued the company.', 'Karl Brandt')).toBe('Ohio Attorney General');
    expect(roleOf('the chairman of the ANC, Thabo Dlamini, said on Monday', 'Thabo Dlamini')).toBe('chairman of the ANC');
  });

  it('reads sports positions and lower-case nouns before a title', () => {
    expect(roleOf('The club signed striker Kwame Mensah on loan.', 'Kwame Mensah')).toBe('striker');
    expect(roleOf('"A bad day," tweeted Brightline retail analyst Nora Keane.', 'Nora Keane')).toBe('retail analyst');
  });

  it('reads roles from appositives with an owner or organisation before the title', () => {
    const vogt = findPersons('Lena Vogt, Siemens’ chief financial officer, said costs rose.')[0]!;
    expect([vogt.role, vogt.org]).toEqual(['chief financial officer', 'Siemens']);
    expect(roleOf('Omar Haddad, a Dubai Police deputy commander, said two men were held.', 'Omar Haddad')).toBe('deputy commander');
  });

  it('reads roles from "who took over as" and naming verbs', () => {
    expect(roleOf('Ines Duarte, who took over as chief executive in May, said sales rose.', 'Ines Duarte')).toBe('chief executive');
    expect(roleOf('The board named Pavel Novak CEO on Friday.', 'Pavel Novak')).toBe('CEO');
    expect(roleOf('Coach Ana Ruiz, who took over as head coach last year, praised the team.', 'Ana Ruiz')).toBe('head coach');
  });

  it('reads an appositive title after an owner described in lower-case words', () => {
    expect(roleOf('Guy Hands, the equity group\'s chief executive officer, wanted cuts.', 'Guy Hands')).toBe('chief executive officer');
    expect(roleOf('Kaz Hirai, the electronics maker\'s chief executive, said demand was weak.', 'Kaz Hirai')).toBe('chief executive');
    expect(roleOf('Ann Cole, the city\'s finance director, said taxes rose.', 'Ann Cole')).toBe('finance director');
    // A described owner is no organisation's name.
    expect(orgOf('Guy Hands, the equity group\'s chief executive officer, wanted cuts.', 'Guy Hands')).toBeNull();
  });

  it('reads a post from a copula, with the organisation its title names after it', () => {
    const post = (text: string, name: string) => findPersons(text).filter((p) => p.name === name).map((p) => [p.role, p.org])[0];
    expect(post('Marta Kuhn is the justice minister of Austria, and she said the law would pass.', 'Marta Kuhn')).toEqual(['justice minister', 'Austria']);
    expect(post('Tom Baker, who is the mayor of Leeds, opened the bridge.', 'Tom Baker')).toEqual(['mayor', 'Leeds']);
    expect(post('Ellen Park, who is president of the Federal Reserve Bank of Dallas, spoke.', 'Ellen Park')).toEqual(['president', 'Federal Reserve Bank of Dallas']);
    expect(post('Peter Long is chairman of the board.', 'Peter Long')).toEqual(['chairman', null]);
    // A naming verb's title takes its organisation the same way.
    expect(post('Anna Berg became chief financial officer of Volvo in March.', 'Anna Berg')).toEqual(['chief financial officer', 'Volvo']);
    // What someone is, but no post: a relation, a title the lexicon does not know, a distinction.
    expect(post('Jane Doe is the daughter of a miner.', 'Jane Doe')).toEqual([null, null]);
    expect(post('Dan Rowe is the executive producer of the show.', 'Dan Rowe')).toEqual([null, null]);
    expect(post('Rita Moss is the third coach to be fired this season.', 'Rita Moss')).toEqual([null, null]);
    expect(post('Ana Silva is expected to resign next week.', 'Ana Silva')).toEqual([null, null]);
  });

  it('links a shorter form of a long name and does not take services or counties for people', () => {
    const found = findPersons('Mayor Maria Lopez Garcia visited. Crews arrived, said Lopez Garcia.');
    expect(new Set(found.map((p) => p.name))).toEqual(new Set(['Maria Lopez Garcia']));
    expect(people('Gusts were forecast, the National Weather Service said.')).toEqual([]);
    expect(people('Kern County Sheriff Dale Ross said the road was closed.')).toEqual([['Dale Ross', 'Dale Ross', 'Kern County Sheriff']]);
  });
});

describe('offices named by who appoints, and bare titles in an article that names the organisation', () => {
  const roles = (text: string) => findPersons(text).map((p) => [p.name, p.role, p.org]);

  it('the organisation that names a person to an office is whose office it is, also for a surname-only mention', () => {
    expect(roles('Halden Foods has named John Miller CEO, effective immediately.')).toContainEqual(['John Miller', 'CEO', 'Halden Foods']);
    const text = 'Mara Quist is back. Orbis re-appointed Quist as CEO on Sunday.';
    expect(roles(text).filter(([n]) => n === 'Mara Quist').map(([, r, o]) => [r, o])).toEqual([
      ['CEO', 'Orbis'],
      ['CEO', 'Orbis'],
    ]);
  });

  it("a later mention's own sentence gives the role it reports, in the organisation of the person's known role", () => {
    const text = 'Orbis CEO Mara Quist steps down. The board on Monday makes Quist executive chair. Quist will remain chair through 2027. Quist thanked staff.';
    const quist = roles(text).filter(([n]) => n === 'Mara Quist');
    expect(quist).toEqual([
      ['Mara Quist', 'Orbis CEO', null],
      ['Mara Quist', 'executive chair', 'Orbis'],
      ['Mara Quist', 'chair', 'Orbis'],
      // A sentence that gives no role keeps the one the article gave first.
      ['Mara Quist', 'Orbis CEO', null],
    ]);
    // A weekday before the naming verb says when, not who names.
    expect(roles('Acme CEO Tom Reyes left. The announcement Tuesday made Reyes adviser.').at(-1)).toEqual(['Tom Reyes', 'adviser', 'Acme']);
  });

  it('a person who appoints is not the organisation', () => {
    const found = roles('Investor Sarah Collins named John Miller CEO of the new venture.');
    expect(found.find(([n]) => n === 'John Miller')![2]).toBeNull();
  });

  it('a bare title takes the one organisation the article gives that title', () => {
    const text = 'Acme CEO Lena Ortiz stepped down. The board named Tom Reyes CEO on Friday, and former CEO Ortiz will advise him.';
    const found = roles(text);
    expect(found.find(([n]) => n === 'Tom Reyes')![2]).toBe('Acme');
    // Two organisations with a CEO: a bare "CEO" stays without one.
    const two = roles('Acme CEO Lena Ortiz and Orbis CEO Raj Patel spoke on Monday. Later, CEO Tom Reyes joined them.');
    expect(two.find(([n]) => n === 'Tom Reyes')![2]).toBeNull();
  });

  it("a country's title held by one person is not another's: a second holder is a counterpart", () => {
    const text = "Norway's Prime Minister Ana Lund met her Danish counterpart Mette Berg. \"I asked prime minister Berg to visit,\" Lund said. Later the prime minister, Ana Lund, left.";
    const found = roles(text);
    expect(found.filter(([n]) => n === 'Mette Berg').every(([, , org]) => org !== 'Norway')).toBe(true);
    expect(found.filter(([n]) => n === 'Ana Lund').every(([, , org]) => org === 'Norway')).toBe(true);
    // A game's other coach is the opponent's.
    const game = roles('Port Hale Hawks coach Ana Lund praised her defence. Later, the coach, Tom Reyes, blamed the referee.');
    expect(game.find(([n]) => n === 'Tom Reyes')![2]).toBeNull();
  });

  it("an owner's board is the owner's: \"Orbis's chairman of the board\" is Orbis's chair", () => {
    const found = roles("Lena Ortiz, Orbis's chairman of the board, said the search was over.");
    expect(found.find(([n]) => n === 'Lena Ortiz')).toEqual(['Lena Ortiz', 'chairman of the board', 'Orbis']);
  });

  it("a capitalised style before a name is not the organisation's title: \"President Ruto\" is not the tea board's", () => {
    // (A second country, so that the article's one country, `articleCountryOwners`, says nothing either.)
    const found = roles('President William Ruto met Amina Oduya, president of the Kenya Tea Board, on Monday. Uganda sent no one.');
    expect(found.find(([n]) => n === 'William Ruto')![2]).toBeNull();
    expect(found.find(([n]) => n === 'Amina Oduya')![2]).toMatch(/Kenya Tea Board/);
  });
});

describe('the country a title is styled with', () => {
  test('is where the office is held: before the title, possessive or not, or after the name', () => {
    expect(findPersons('Norwegian Prime Minister Ana Lund spoke.')[0]).toMatchObject({ role: 'Prime Minister', org: 'Norway' });
    expect(findPersons("Kenya's President Ruth Mwangi spoke.")[0]).toMatchObject({ role: 'President', org: 'Kenya' });
    expect(findPersons("Chile's newly elected President Tomas Vial spoke.")[0]).toMatchObject({ role: 'President', org: 'Chile' });
    expect(findPersons('President Tomas Vial of Chile spoke.')[0]).toMatchObject({ role: 'President', org: 'Chile' });
  });

  test('a country of two words is read whole, not by its last word', () => {
    expect(findPersons('South Korean Trade Minister Min Park spoke.')[0]).toMatchObject({ role: 'Trade Minister', org: 'South Korea' });
    expect(findPersons('South African Justice Minister Ana Lund spoke.')[0]).toMatchObject({ role: 'Justice Minister', org: 'South Africa' });
  });

  test('no country, no place: a title alone, or an organisation that is no country after the name', () => {
    expect(findPersons('President Tomas Vial of Acme spoke.')[0]).toMatchObject({ role: 'President', org: null });
    expect(findPersons('Prime Minister Ana Lund spoke.')[0]).toMatchObject({ role: 'Prime Minister', org: null });
  });
});

describe('a middle initial', () => {
  test('is part of the name, and a later surname is that person', () => {
    expect(findPersons('President George W. Bush spoke. Bush left.').map((p) => p.name)).toEqual(['George W. Bush', 'George W. Bush']);
  });

  it('a college team or a department named with State, College, Academy or Security is no person', () => {
    expect(people('Jana Kolar scored for Boise State, and Weber State lost.').map(([q]) => q)).toEqual(['Jana Kolar']);
    expect(people('Officials of Homeland Security and Dartmouth College met.')).toEqual([]);
  });

  it('an event named after a person (a tournament, a festival, a show) is no person, and its players are', () => {
    expect(people('Mara Lind took the lead at the Ann Cole Memorial Classic on Friday.').map(([q]) => q)).toEqual(['Mara Lind']);
    expect(people('Tom Price won the Jim Ward Invitational and the Ed Hale Trophy.').map(([q]) => q)).toEqual(['Tom Price']);
  });
});

describe("a company's officer named by title alone", () => {
  test('is the officer of the one company the article is about', () => {
    const text = 'Brindle Foods said Monday it would close two plants. Former CEO Tom Varga left in May. Shares of Brindle Foods fell after new chief executive Ana Ruiz spoke.';
    expect(orgOf(text, 'Tom Varga')).toBe('Brindle Foods');
    expect(orgOf(text, 'Ana Ruiz')).toBe('Brindle Foods');
    // A company by its legal form, named twice, counts too.
    const form = 'Quill Paper Corp. will merge with a rival. Chief financial officer Li Wen said Quill Paper expects savings.';
    expect(orgOf(form, 'Li Wen')).toBe('Quill Paper');
  });

  test('is left alone when two companies are named about as often, or the company only once', () => {
    const two = 'Brindle Foods said it would buy Harlow Mills. Harlow Mills said its board agreed. Brindle Foods and Harlow Mills expect approval. CEO Tom Varga spoke.';
    expect(orgOf(two, 'Tom Varga')).toBeNull();
    const once = 'Brindle Foods said it would close two plants. Former CEO Tom Varga left in May.';
    expect(orgOf(once, 'Tom Varga')).toBeNull();
  });

  test("a bare title that is no company officer's, a chairman, a coach or a president, takes no company", () => {
    const text = 'Brindle Foods said Monday it would close two plants. Chairman Tom Varga and coach Ana Ruiz spoke. Brindle Foods fell.';
    expect(orgOf(text, 'Tom Varga')).toBeNull();
    expect(orgOf(text, 'Ana Ruiz')).toBeNull();
  });
});

describe('a title glossed with its acronym', () => {
  test('keeps the organisation after the acronym: `chief operating officer (COO) of Vela Labs`', () => {
    const [p] = findPersons('Ira Cole, chief operating officer (COO) of Vela Labs, said sales rose.');
    expect(p).toMatchObject({ name: 'Ira Cole', org: 'Vela Labs' });
    // Brackets that are not the title's initials end the role, as before.
    const [q] = findPersons('Ira Cole, chief operating officer (US) of Vela Labs, said sales rose.');
    expect(q?.org ?? null).toBeNull();
  });
});

describe("a team named by part of its name in a coach's title", () => {
  test('is the one longer name the article writes: `Hawks coach` and `Port Hale coach` beside `the Port Hale Hawks`', () => {
    const text = 'The Port Hale Hawks beat the Dunmore Red Foxes 4-2. "We were ready," said Hawks coach Lena Ortiz. Red Foxes coach Tom Reyes was upset.';
    expect(orgOf(text, 'Lena Ortiz')).toBe('Port Hale Hawks');
    expect(orgOf(text, 'Tom Reyes')).toBe('Dunmore Red Foxes');
    const city = 'Dunmore Red Foxes rallied late. Dunmore coach Tom Reyes praised his goalie.';
    expect(orgOf(city, 'Tom Reyes')).toBe('Dunmore Red Foxes');
  });

  test('a place abbreviated with a period is the title\'s, and its name no person: `St. Ives coach`', () => {
    const text = 'The St. Ives Gulls won again. St. Ives coach Mara Holt said the Gulls were tired.';
    const persons = findPersons(text);
    expect(persons.find((p) => p.name === 'Mara Holt')).toMatchObject({ role: 'St. Ives coach', org: 'St. Ives Gulls' });
    expect(persons.some((p) => /Ives/.test(p.name))).toBe(false);
  });

  test('two longer names, a name across a sentence end, or a place\'s officer leave the organisation as written', () => {
    const two = 'The Dunmore Red Foxes and the Dunmore Rovers both lost. Dunmore coach Tom Reyes was upset.';
    expect(orgOf(two, 'Tom Reyes')).toBeNull();
    const across = 'The game ended on Friday. Hawks fans cheered. Hawks coach Lena Ortiz smiled.';
    expect(orgOf(across, 'Lena Ortiz')).toBeNull();
    const mayor = 'The Dunmore Red Foxes won. Dunmore Mayor Ana Ruiz attended.';
    expect(orgOf(mayor, 'Ana Ruiz')).toBeNull();
  });
});

describe('a family name written with the Arabic article', () => {
  test('ends the name, and a later mention with or without the article is that person', () => {
    const text = 'Syrian President Karim al-Nasser met envoys. Al-Nasser’s aides said Nasser would travel, and al-Nasser left.';
    const found = findPersons(text);
    expect(found.map((p) => [text.slice(p.start, p.end), p.name])).toEqual([
      ['Karim al-Nasser', 'Karim al-Nasser'],
      ['Al-Nasser', 'Karim al-Nasser'],
      ['Nasser', 'Karim al-Nasser'],
      ['al-Nasser', 'Karim al-Nasser'],
    ]);
    expect(found[0]).toMatchObject({ role: 'President', org: 'Syria' });
  });

  test('a group named so is no person when only a speech verb says so', () => {
    expect(findPersons('Jund al-Karim said it fired the rockets.')).toEqual([]);
    // A given name the lexicon knows still makes one.
    expect(findPersons('Ahmed al-Karim said he fired the rockets.').map((p) => p.name)).toEqual(['Ahmed al-Karim']);
  });
});

describe('a capitalised word before a name that is no part of it', () => {
  it('drops a determiner, a verb in the present, a plural or a modifier that opens the sentence', () => {
    expect(people('THE Rosa Lindqvist affair is not over.').map(([q]) => q)).toEqual(['Rosa Lindqvist']);
    expect(people('Is Karen Holt the best choice?').map(([q]) => q)).toEqual(['Karen Holt']);
    expect(people('Doctors Maria Ortiz and Helen Brandt examined the boy.').map(([q]) => q)).toEqual(['Maria Ortiz', 'Helen Brandt']);
    expect(people('Former Ferrari driver Tomas Berg has joined the team.').map(([q]) => q)).toEqual(['Tomas Berg']);
  });

  it('drops a hyphened description, and a word opening the sentence before a given name and a family name', () => {
    expect(people('Top-seeded Anna Lind won in straight sets.').map(([q]) => q)).toEqual(['Anna Lind']);
    expect(people('Sophomore Justin Marsh scored 20 points.').map(([q]) => q)).toEqual(['Justin Marsh']);
    expect(people('Then Justin Marsh scored.').map(([q]) => q)).toEqual(['Justin Marsh']);
    // A given name the lexicon knows opens the name; so does a word not first in its sentence.
    expect(people('Mary Jo Kessler chaired the panel.').map(([q]) => q)).toEqual(['Mary Jo Kessler']);
    expect(people('The panel heard Bao Justin Tran.').map(([q]) => q)).toEqual(['Bao Justin Tran']);
  });

  it('takes a singular occupation before a full name, with the title words before it, as the role', () => {
    expect(people('Astronaut Peter Lind returned to Earth on Thursday.')).toEqual([['Peter Lind', 'Peter Lind', 'Astronaut']]);
    expect(people('Chief Magistrate Owen Darby dismissed the charges.')).toEqual([['Owen Darby', 'Owen Darby', 'Chief Magistrate']]);
  });

  it('keeps a word inside a longer name, a family name particle, a style, and an occupation before a single word', () => {
    expect(people('Ten-year-old Hoang Son Pham had surgery.').map(([q]) => q)).toEqual(['Son Pham']);
    expect(people('They picked out security guard Le Van Thanh, who refused to testify.').map(([q]) => q)).toEqual(['Le Van Thanh']);
    expect(people('Lord Stevens said the report was final.').map(([q]) => q)).toEqual(['Lord Stevens']);
    expect(people('Said Khan, the negotiator, left early.').map(([q]) => q)).toEqual(['Said Khan']);
  });

  it('an occupation alone marks no person before common words', () => {
    expect(people('The Revolutionary Armed Forces freed two hostages.')).toEqual([]);
    expect(people('She won Celebrity Big Brother last year.')).toEqual([]);
  });

  it("a credit line's agency and date are no names", () => {
    expect(people('By Associated Press Writer Fri Dec 28, 2007')).toEqual([]);
    expect(people('By Maki Shiraki and Daniel Leussink in Tokyo').map(([q]) => q)).toEqual(['Maki Shiraki', 'Daniel Leussink']);
  });

  it('a zoo, a hospital, a school or a police force named after a place is no person', () => {
    expect(people('The San Diego Zoo said the tiger was calm.')).toEqual([]);
    expect(people('Cleveland Police said two men were arrested.')).toEqual([]);
    expect(people('He was taken to Hayes Hospital on Monday.')).toEqual([]);
  });

  it("takes the organisation a possessive names right before a title as the office's owner", () => {
    expect(orgOf("Sprint Nextel's new chief executive Dan Hesse said the cuts were needed.", 'Dan Hesse')).toBe('Sprint Nextel');
    expect(orgOf("Newcastle's chairman, Chris Mort, said so.", 'Chris Mort')).toBe('Newcastle');
    // A longer name than the country it ends in is the organisation, not the country.
    expect(orgOf("But Cricket Australia's chief executive, James Sutherland, said.", 'James Sutherland')).toBe('Cricket Australia');
    expect(orgOf("Japan's Prime Minister Yasuo Fukuda spoke.", 'Yasuo Fukuda')).toBe('Japan');
    // A sentence's first word naming people, and a person the article names, own no office.
    expect(orgOf("Women's empowerment minister Meutia Hatta spoke.", 'Meutia Hatta')).toBeNull();
    expect(orgOf("Raila Odinga said the vote was rigged. Odinga's party spokesman, Ahmed Hashi, said.", 'Ahmed Hashi')).toBeNull();
    // Nor does a titled person's possessive, nor one a verb stands between.
    expect(orgOf("Secretary-General Ban Ki-moon's Special Representative Joachim Rücker spoke.", 'Joachim Rücker')).toBeNull();
    expect(orgOf("Acme's shares fell after chief executive Ana Lund spoke.", 'Ana Lund')).toBeNull();
  });
});

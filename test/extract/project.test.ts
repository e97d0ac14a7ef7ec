import { describe, expect, it } from 'vitest';
import { findFigures } from '../../extract/figure.js';
import { findProjects, groupProjects } from '../../extract/project.js';
import { splitSentences } from '../../extract/sentence.js';

function projects(text: string) {
  const found = splitSentences(text).flatMap((s) => findProjects(s, findFigures(s)));
  return groupProjects(found).map((p) => ({ quote: text.slice(p.start, p.end), name: p.name, sponsor: p.sponsor, location: p.location, amount: p.amount }));
}

describe('findProjects', () => {
  it('takes a described facility with its location and sponsor', () => {
    expect(projects('The list includes a battery recycling plant in Nevada and a hydrogen hub led by Orsted.')).toEqual([
      { quote: 'battery recycling plant in Nevada', name: 'battery recycling plant in Nevada', sponsor: null, location: 'Nevada', amount: null },
      { quote: 'hydrogen hub led by Orsted', name: 'Orsted hydrogen hub', sponsor: 'Orsted', location: null, amount: null },
    ]);
  });

  it('takes an owner and an amount written before the facility', () => {
    const [p] = projects('Toyota’s $2 billion Kentucky battery plant opened.');
    expect(p).toMatchObject({ name: 'Toyota Kentucky battery plant', sponsor: 'Toyota', amount: { amount: 2_000_000_000, unit: 'USD' } });
  });

  it('ignores generic mentions and sector lists', () => {
    expect(projects('This project is one of several key investment projects covering energy storage hubs.')).toEqual([]);
    expect(projects('Funds will support manufacturing plants and other projects in the US.')).toEqual([]);
  });

  it('takes plural facilities that are built or invested in, with their coordinated siblings', () => {
    expect(projects('They discussed investing in geothermal plants and new railways.').map((p) => p.name)).toEqual(['geothermal plants', 'new railways']);
  });

  it('splits "facilities to produce X and Y" into one project per product', () => {
    expect(projects('Officials discussed facilities to produce wind blades and vaccines, and also weighed loans.').map((p) => p.quote)).toEqual(['wind blades', 'vaccines']);
  });

  it('groups the mentions of one acquisition under one name', () => {
    const found = projects('Acme Corp proposes a $5 billion buyout of Beta Steel. Critics fought the Acme Corp acquisition.');
    expect(new Set(found.map((p) => p.name))).toEqual(new Set(['Acme Corp acquisition of Beta Steel']));
    expect(found).toHaveLength(2);
  });

  it('takes stakes bought or sold, naming the company after its description', () => {
    expect(projects('Orlen agreed to buy a 30% stake in a Norwegian wind developer, Vindkraft Nord, for €400 million.').map((p) => p.name)).toEqual([
      'Orlen acquisition of stake in Vindkraft Nord',
    ]);
    expect(projects('Eni will sell its 40% stake in a Ghanaian offshore field to a local group.').map((p) => p.name)).toEqual([
      'Eni sale of stake in Ghanaian offshore field',
    ]);
  });

  it('takes acquisitions written as a verb, but not denied ones', () => {
    expect(projects('Siemens will acquire Canada’s Altair Engineering.').map((p) => [p.name, p.location])).toEqual([['Siemens acquisition of Altair Engineering', 'Canada']]);
    expect(projects('Siemens said it was not looking to acquire Altair.')).toEqual([]);
  });

  it('names mergers and bids after their noun and groups one deal across mentions', () => {
    const found = projects('Renault, Nissan end merger talks.\nRenault Group said it had ended talks on a merger with Nissan Motor.');
    expect(new Set(found.map((p) => p.name))).toEqual(new Set(['Renault Group merger with Nissan Motor']));
    expect(projects('Chinese carmaker Geely is weighing a $3B bid for a Swedish rival.').map((p) => p.name)).toEqual(['Geely bid for Swedish rival']);
  });

  it('takes no party from a common word that opens the sentence', () => {
    expect(projects('Delays caused by the merger hurt sales.\nFrom the merger, the carrier gained 8,000 stores.')).toEqual([]);
    expect(projects('Since the merger with Nextel, Sprint has lost customers.').map((p) => p.name)).toEqual(['merger with Nextel']);
    expect(projects('From Monday, Acme Corp will finalise its merger with Zenith Labs.').map((p) => p.sponsor)).toEqual(['Acme Corp']);
  });

  it('accepts a named facility after "the" and an unmodified one with a site', () => {
    expect(projects('The utility will rebuild the Rio Verde pumping station.').map((p) => p.name)).toEqual(['Rio Verde pumping station']);
    expect(projects('The firm broke ground on a factory in Tucson.').map((p) => p.location)).toEqual(['Tucson']);
  });

  it('takes the invested amount written before "in a <facility>"', () => {
    const [p] = projects('Acme will invest $2bn in a new cathode plant in Ohio.');
    expect(p!.amount).toEqual({ amount: 2_000_000_000, unit: 'USD' });
  });

  it('reads holdings as stakes', () => {
    expect(projects('Anglo is selling its 60% holding in Kumba to investors.').map((p) => p.name)).toEqual(['Anglo sale of stake in Kumba']);
  });
});

describe('findProjects on any topic', () => {
  const names = (text: string) => [...new Set(projects(text).map((p) => p.name))];

  it('groups a possessive offer, a family-name mention and a definite "the deal" with the named acquisition', () => {
    const text = 'Rania Haddad’s offer to buy Solvex was accepted. Haddad’s acquisition of Solvex closes in May. Haddad’s offer values it at $2 billion. The board backed the $2 billion buyout deal on Friday.';
    expect(names(text)).toEqual(['Rania Haddad acquisition of Solvex']);
  });

  it('reads "has taken over X" as an acquisition by the clause subject', () => {
    expect(names('Rania Haddad has taken over Solvex and replaced its board.')).toEqual(['Rania Haddad acquisition of Solvex']);
  });

  it('drops a capitalised size word as buyer and a definite deal with no acquisition to refer to', () => {
    expect(names('Multi-billion acquisition\nThe $9 billion acquisition is the largest this year.')).toEqual([]);
  });

  it('does not take a policy or study for an investment project', () => {
    expect(names('Unions fought a pension reform project in 2019.')).toEqual([]);
    expect(names('Scientists began a research project on bats.')).toEqual([]);
  });

  it('reads breweries and shipyards as facilities', () => {
    expect(names('The group will build a brewery in Kenya’s Nakuru county.')).toEqual(['brewery in Kenya']);
  });
});

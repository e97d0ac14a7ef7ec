/** `findStatuses` and the extractor's status claims: where a deal stands, as a sentence reports it (pure). */
import { describe, expect, test } from 'vitest';
import { findStatuses } from '../../extract/status.js';
import { extractClaims } from '../../extract/index.js';
import { splitSentences } from '../../extract/sentence.js';
import { isHeading } from '../../extract/status.js';

function states(text: string): [string, string, string][] {
  return splitSentences(text).flatMap((s) => findStatuses(s).map((m) => [m.state, m.deal, text.slice(m.start, m.end)] as [string, string, string]));
}

describe('findStatuses', () => {
  test('a verb of a deal’s life with the deal as its object, active or passive', () => {
    expect(states('The board has accepted Acme’s offer to buy the company.')).toEqual([['agreed', 'acquisition', 'accepted Acme’s offer']]);
    expect(states('Brightline said it is terminating the merger.')).toEqual([['terminated', 'merger', 'terminating the merger']]);
    expect(states('Orbis completed the $2 billion takeover on Monday.')).toEqual([['completed', 'acquisition', 'completed the $2 billion takeover']]);
    expect(states('The merger was blocked by the competition authority.')).toEqual([['blocked', 'merger', 'merger was blocked']]);
    expect(states('The two countries signed a trade agreement in Hanoi.')).toEqual([['agreed', 'trade agreement', 'signed a trade agreement']]);
    expect(states('Vela rejected the hostile bid for Corvo.')).toEqual([['rejected', 'acquisition', 'rejected the hostile bid']]);
  });

  test('a company now owned or acquired by a buyer: its acquisition is completed, named by both parties', () => {
    const named = (text: string) => splitSentences(text).flatMap((s) => findStatuses(s).map((m) => [m.state, m.name]));
    expect(named('Could regulators unwind Corvo Steel now owned by German Orbis Holdings?')).toEqual([['completed', 'Orbis Holdings acquisition of Corvo Steel']]);
    expect(named('Vela Foods, which was acquired by Brightline in 2019, grew.')).toEqual([['completed', 'Brightline acquisition of Vela Foods']]);
    // Owning alone may be old news; a buyer that may yet buy is no buyer.
    expect(named('Corvo Steel is owned by Orbis Holdings.')).toEqual([]);
    expect(named('Corvo Steel could be acquired by Orbis Holdings.')).toEqual([]);
  });

  test('what is not done or not a deal reports no state', () => {
    // A modal, an infinitive, a negation, a condition, a bare gerund.
    expect(states('Corvo will accept the offer to buy the firm.')).toEqual([]);
    expect(states('He faces a deadline to complete the acquisition.')).toEqual([]);
    expect(states('Corvo was not interested in accepting the offer to acquire it.')).toEqual([]);
    expect(states('Once the deal is finalized, the firm goes private.')).toEqual([]);
    expect(states('It is unclear whether he would complete the deal.')).toEqual([]);
    // An offer that is no offer to buy; a participle that modifies the noun; a deal the verb does not govern.
    expect(states('She accepted a job offer from the bank.')).toEqual([]);
    expect(states('Orbis’s proposed acquisition of Corvo drew scrutiny.')).toEqual([]);
    expect(states('The union agreed to support the deal.')).toEqual([]);
    expect(states('The talks struck no deal.')).toEqual([]);
    expect(states('The decision was reached by mutual agreement.')).toEqual([]);
    // A sentence telling the story's past.
    expect(states('Earlier this year, the acquisition was blocked by the president.')).toEqual([]);
  });
  test('a bill: introduced, passed, signed into law, vetoed, defeated', () => {
    expect(states('Two senators introduced a bill to cap rents.')).toEqual([['proposed', 'bill', 'introduced a bill']]);
    expect(states('The Senate passed the farm bill on Tuesday.')).toEqual([['approved', 'farm bill', 'passed the farm bill']]);
    expect(states('The governor signed the bill into law.')).toEqual([['enacted', 'bill', 'signed the bill']]);
    expect(states('The president vetoed the spending bill.')).toEqual([['blocked', 'spending bill', 'vetoed the spending bill']]);
    expect(states('The bill was defeated in the lower house.')).toEqual([['rejected', 'bill', 'bill was defeated']]);
    // A party that "rejected the bill" opposes it; a name is no bill; a bill to be passed is not passed.
    expect(states('Two opposition parties rejected the bill.')).toEqual([]);
    expect(states('Voters thanked Bill for his work.')).toEqual([]);
    expect(states('Bill was introduced to the board in May.')).toEqual([]);
    expect(states('The chamber is expected to pass the bill next week.')).toEqual([]);
  });

  test('a plan or project: unveiled, approved, launched, suspended, shelved, completed', () => {
    expect(states('The council approved the plan to widen the ring road.')).toEqual([['approved', 'plan', 'approved the plan']]);
    expect(states('The ministry has shelved the dam project.')).toEqual([['terminated', 'dam project', 'shelved the dam project']]);
    expect(states('The city launched a recycling programme in May.')).toEqual([['launched', 'recycling programme', 'launched a recycling programme']]);
    expect(states('Work stopped after the regulator suspended the pipeline project.')).toEqual([['suspended', 'pipeline project', 'suspended the pipeline project']]);
    expect(states('The pension reform was unveiled by the cabinet on Monday.')).toEqual([['proposed', 'pension reform', 'reform was unveiled']]);
    // The noun is another word's object; no decision yet; a condition.
    expect(states('Protesters launched an attack on the project.')).toEqual([]);
    expect(states('The board has not decided whether to approve the plan.')).toEqual([]);
    expect(states('The scheme fails if the regional council rejects the proposal.')).toEqual([]);
  });

  test('a strike: begun, called off, ended; a military strike is none', () => {
    expect(states('Dock workers went on strike on Monday.')).toEqual([['launched', 'strike', 'went on strike']]);
    expect(states('The union called off the rail strike.')).toEqual([['terminated', 'rail strike', 'called off the rail strike']]);
    expect(states('The strike ended after nine days.')).toEqual([['ended', 'strike', 'strike ended']]);
    expect(states('The air strike began at dawn.')).toEqual([]);
  });

  test('a lawsuit or charges: filed, dismissed, settled', () => {
    expect(states('The tenants filed a lawsuit against the landlord.')).toEqual([['filed', 'lawsuit', 'filed a lawsuit']]);
    expect(states('A judge dismissed the lawsuit on Friday.')).toEqual([['dismissed', 'lawsuit', 'dismissed the lawsuit']]);
    expect(states('The charges were dropped in June.')).toEqual([['dismissed', 'charges', 'charges were dropped']]);
    expect(states('The two firms settled the patent case out of court.')).toEqual([['settled', 'patent case', 'settled the patent case']]);
  });

  test('an event: only its cancellation or postponement is a stage', () => {
    expect(states('Organisers postponed the vote until March.')).toEqual([['suspended', 'vote', 'postponed the vote']]);
    expect(states('The open-air concert was cancelled because of the storm.')).toEqual([['terminated', 'open-air concert', 'concert was cancelled']]);
    expect(states('Talks broke down on Friday.')).toEqual([['terminated', 'talks', 'Talks broke down']]);
    // A player's ban; a gerund the verb governs; an event that took place.
    expect(states('He was suspended for three games.')).toEqual([]);
    expect(states('The union postponed starting the talks.')).toEqual([]);
    expect(states('The festival took place in June.')).toEqual([]);
  });

  test('near the end is its own stage, never the end; a hedge or negation reports none', () => {
    expect(states('The two companies are close to finalizing the merger.')).toEqual([['close to final', 'merger', 'close to finalizing the merger']]);
    expect(states('Negotiators say they are on the verge of an agreement.')).toEqual([['close to final', 'agreement', 'on the verge of an agreement']]);
    expect(states('The sides were nearing a deal on fishing rights.')).toEqual([['close to final', 'deal', 'nearing a deal']]);
    expect(states('Ministers are close to approving the housing plan.')).toEqual([['close to final', 'housing plan', 'close to approving the housing plan']]);
    // A place near a project; not close; a nearness that may come; an end expected.
    expect(states('The school is near the project site.')).toEqual([]);
    expect(states('The sides are not close to a deal.')).toEqual([]);
    expect(states('They could be close to a deal by Friday.')).toEqual([]);
    expect(states('The firms are expected to finalize the merger.')).toEqual([]);
  });
});

describe('a thing named by a title', () => {
  const named = (text: string) => splitSentences(text).flatMap((s) => findStatuses(s).map((m) => [m.state, m.name ?? null]));
  test('a capitalised noun after capitalised words is the thing’s name; an owner or a lone capital is none', () => {
    expect(named('The Senate passed the Clean Water Act on Tuesday.')).toEqual([['approved', 'Clean Water Act']]);
    expect(named('The Harbour Renewal Project was cancelled in June.')).toEqual([['terminated', 'Harbour Renewal Project']]);
    expect(named('Both parties signed the Lake Vell Accord.')).toEqual([['agreed', 'Lake Vell Accord']]);
    expect(named('The council approved the harbour plan.')).toEqual([['approved', null]]);
    // The common word `act`; a name that is a person's.
    expect(named('The act was passed quietly.')).toEqual([]);
    expect(named('The board approved Bill Okoro’s appointment.')).toEqual([]);
  });

  test('a title-case heading names nothing; its thing is the body’s by its words in any case', () => {
    const status = (t: string) => extractClaims({ text: t, published: '2024-05-06' }).filter((c) => c.kind === 'status').map((c) => [c.value, c.subject]);
    expect(status('Council Approves Harbour Plan\nThe council is close to finalizing the harbour plan.')).toEqual([[{ state: 'close to final' }, 'harbour plan']]);
    expect(status('Council Approves Harbour Plan\nThe vote was seven to two.')).toEqual([[{ state: 'approved' }, 'harbour plan']]);
  });
});

describe('status claims', () => {
  test('an article reporting several stages of one deal reports the last, named as its acquisition', () => {
    const text =
      'Orbis made an offer to buy Corvo for $3 billion in March. On Monday, Corvo accepted Orbis’s offer to acquire the company. ' +
      'The deal is valued at $3 billion.';
    const claims = extractClaims({ text, published: '2024-05-06' }).filter((c) => c.kind === 'status');
    expect(claims.map((c) => [c.quote, c.value, c.subject, c.predicate])).toEqual([['accepted Orbis’s offer', { state: 'agreed' }, 'Orbis acquisition of Corvo', 'status']]);
  });

  test('a heading counts for less than the body: the body’s stage stands where they disagree', () => {
    const text = 'City council approves stadium plan\nMembers are close to finalizing the stadium plan, officials said. A vote is due in May.';
    const status = (t: string) => extractClaims({ text: t, published: '2024-05-06' }).filter((c) => c.kind === 'status').map((c) => [c.quote, c.value, c.subject]);
    expect(status(text)).toEqual([['close to finalizing the stadium plan', { state: 'close to final' }, 'stadium plan']]);
    // Where the body reports nothing of it, the heading's report stands.
    expect(status('City council approves stadium plan\nThe vote was seven to two.')).toEqual([['approves stadium plan', { state: 'approved' }, 'stadium plan']]);
  });

  test('a heading is a line of its own without a sentence end', () => {
    const text = 'Senate passes farm bill\nThe Senate passed the bill. It goes to the House.';
    expect(splitSentences(text).map((s) => isHeading(text, s))).toEqual([true, false, false]);
  });
});

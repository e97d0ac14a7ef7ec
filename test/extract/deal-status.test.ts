/** `findDealStatuses` and the extractor's status claims: where a deal stands, as a sentence reports it (pure). */
import { describe, expect, test } from 'vitest';
import { findDealStatuses } from '../../extract/deal-status.js';
import { extractClaims } from '../../extract/index.js';
import { splitSentences } from '../../extract/sentence.js';

function states(text: string): [string, string, string][] {
  return splitSentences(text).flatMap((s) => findDealStatuses(s).map((m) => [m.state, m.deal, text.slice(m.start, m.end)] as [string, string, string]));
}

describe('findDealStatuses', () => {
  test('a verb of a deal’s life with the deal as its object, active or passive', () => {
    expect(states('The board has accepted Acme’s offer to buy the company.')).toEqual([['agreed', 'acquisition', 'accepted Acme’s offer']]);
    expect(states('Brightline said it is terminating the merger.')).toEqual([['terminated', 'merger', 'terminating the merger']]);
    expect(states('Orbis completed the $2 billion takeover on Monday.')).toEqual([['completed', 'acquisition', 'completed the $2 billion takeover']]);
    expect(states('The merger was blocked by the competition authority.')).toEqual([['blocked', 'merger', 'merger was blocked']]);
    expect(states('The two countries signed a trade agreement in Hanoi.')).toEqual([['agreed', 'trade agreement', 'signed a trade agreement']]);
    expect(states('Vela rejected the hostile bid for Corvo.')).toEqual([['rejected', 'acquisition', 'rejected the hostile bid']]);
  });

  test('a company now owned or acquired by a buyer: its acquisition is completed, named by both parties', () => {
    const named = (text: string) => splitSentences(text).flatMap((s) => findDealStatuses(s).map((m) => [m.state, m.name]));
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
});

describe('status claims', () => {
  test('an article reporting several stages of one deal reports the last, named as its acquisition', () => {
    const text =
      'Orbis made an offer to buy Corvo for $3 billion in March. On Monday, Corvo accepted Orbis’s offer to acquire the company. ' +
      'The deal is valued at $3 billion.';
    const claims = extractClaims({ text, published: '2024-05-06' }).filter((c) => c.kind === 'status');
    expect(claims.map((c) => [c.quote, c.value, c.subject, c.predicate])).toEqual([['accepted Orbis’s offer', { state: 'agreed' }, 'Orbis acquisition of Corvo', 'status']]);
  });
});

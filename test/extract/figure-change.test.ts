import { describe, expect, it } from 'vitest';
import { changeSubject, ofComplementSubject, priceSubject } from '../../extract/figure-change.js';
import { sentenceTokens } from '../../extract/phrase.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string): Sentence => ({ start: 0, end: text.length, text });
const at = (text: string, figure: string) => ({ sentence: s(text), start: text.indexOf(figure) });

function change(text: string, figure: string) {
  const { sentence, start } = at(text, figure);
  const found = changeSubject(sentenceTokens(sentence), sentence, start);
  return found && { subject: found.subject, predicate: found.predicate, tariff: found.tariff };
}

describe('changeSubject', () => {
  it('takes the subject before an intransitive change verb, past auxiliaries and a comparison base', () => {
    expect(change('Factory output could slow to about 3% next year.', '3%')).toEqual({ subject: 'Factory output', predicate: 'level', tariff: false });
    expect(change('Ford’s third-quarter adjusted profit fell 12% from a year earlier to $1.1 billion.', '$1.1')).toMatchObject({ subject: 'Ford third-quarter adjusted profit', predicate: 'level' });
    expect(change('Bond yields rose as much as 8 basis points to 4.1%.', '4.1%')).toMatchObject({ subject: 'Bond yields' });
  });

  it('takes the object between a transitive verb and "to"/"by", flagging tariffs', () => {
    expect(change('Ottawa raised duties on most U.S. steel to 50%.', '50%')).toEqual({ subject: 'duties on U.S. steel'.replace('U.S.', 'US'), predicate: 'level', tariff: true });
    expect(change('The cartel will cut output by 200,000 barrels.', '200,000')).toEqual({ subject: 'output', predicate: 'change', tariff: false });
  });

  it('falls back to the sentence subject for a coordinated verb', () => {
    expect(change('The Smith contract, signed in May, includes a bonus and could rise to $90 million.', '$90')).toMatchObject({ subject: 'Smith contract' });
  });

  it('returns null for a direct object of a transitive verb or no change verb', () => {
    expect(change('The firm will cut 900 jobs.', '900')).toBeNull();
    expect(change('Turnout was 61%.', '61%')).toBeNull();
  });
});

describe('ofComplementSubject and priceSubject', () => {
  it('reads "<noun> of <figure>", past qualifiers, but not vague heads', () => {
    const of = (text: string, figure: string) => ofComplementSubject(sentenceTokens(s(text)), text.indexOf(figure));
    expect(of('It set an inflation goal of around 2%.', '2%')).toBe('inflation goal');
    expect(of('Damages of between $1 million and $3 million', '$1')).toBe('damages');
    expect(of('a total of $5 billion', '$5')).toBeNull();
  });

  it('reads a price after a purchase or sale verb', () => {
    const price = (text: string, figure: string) => priceSubject(sentenceTokens(s(text)), text.indexOf(figure));
    expect(price('Ørsted agreed to sell a 25% stake in the farm for up to $900 million.', '$900')).toBe('stake sale');
    expect(price('It paid for $900 million of debt.', '$900')).toBeNull();
  });
});

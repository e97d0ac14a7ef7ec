import { describe, expect, it } from 'vitest';
import { attributeSentence } from '../../extract/attribution.js';
import type { Sentence } from '../../extract/sentence.js';

const s = (text: string): Sentence => ({ start: 0, end: text.length, text });

describe('attributeSentence', () => {
  it('reads "according to X" as reported', () => {
    expect(attributeSentence(s('Sales rose 4%, according to the Census Bureau.'))).toEqual({ attribution: 'Census Bureau', hedge: 'reported' });
  });

  it('reads "X said" and "said X"', () => {
    expect(attributeSentence(s('Ford said output rose.')).attribution).toBe('Ford');
    expect(attributeSentence(s('“Output rose,” said Maria Lopez.')).attribution).toBe('Maria Lopez');
  });

  it('names anonymous sources', () => {
    expect(attributeSentence(s('The plan was dropped, people familiar with the matter said.')).attribution).toBe('people familiar with the matter');
  });

  it('marks modal and planning language speculative', () => {
    expect(attributeSentence(s('The company plans to hire 500 workers.')).hedge).toBe('speculative');
    expect(attributeSentence(s('Output could double.')).hedge).toBe('speculative');
    expect(attributeSentence(s('The crowd may exceed 10,000 people.')).hedge).toBe('speculative');
  });

  it('a noun of intent does not make a reported count speculative', () => {
    expect(attributeSentence(s('Some 8,000 farmers marched against a government plan to cut subsidies.')).hedge).toBe('asserted');
    expect(attributeSentence(s('The proposal drew 300 objections, a potential setback.')).hedge).toBe('asserted');
  });

  it('marks denials and plain statements', () => {
    expect(attributeSentence(s('The ministry denied the report.')).hedge).toBe('denied');
    expect(attributeSentence(s('Output rose 4% in June.'))).toEqual({ attribution: null, hedge: 'asserted' });
  });

  it('names the source of a denial, an auxiliary "had reported" and a comma before "said"', () => {
    expect(attributeSentence(s('Airbus on Friday denied a report that it would cut output.'))).toEqual({ attribution: 'Airbus', hedge: 'denied' });
    expect(attributeSentence(s('Le Monde had reported the sale.')).attribution).toBe('Le Monde');
    expect(attributeSentence(s('A spokeswoman, Ana Ruiz, said sales rose.')).attribution).toBe('Ana Ruiz');
    expect(attributeSentence(s('Output fell, according to two people with knowledge of the matter.')).attribution).toBe('two people with knowledge of the matter');
  });
});
